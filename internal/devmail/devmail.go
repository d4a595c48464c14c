// Package devmail is the dev mailbox of `sealpost serve --dev`: an SMTP
// catcher on a loopback address (plaintext, development only) that accepts
// every message, keeps the last N in memory, and serves pages to read them —
// a list, a message view (headers, DKIM presence, text with clickable links,
// HTML as escaped source and as a sandboxed, script-free rendering) and the
// raw .eml. Nothing is written to disk and nothing is relayed.
package devmail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one caught message.
type Message struct {
	ID        string // mailbox-local id, used in URLs
	Received  time.Time
	From      string   // envelope sender (MAIL FROM)
	To        []string // envelope recipients (RCPT TO)
	Subject   string   // decoded
	MessageID string   // the Message-ID header
	Text      string   // first text/plain part, decoded
	HTML      string   // first text/html part, decoded
	Raw       []byte
	Headers   map[string][]string // top-level header fields as sent (canonical keys)
}

// Mailbox is a ring buffer of the last N messages, safe for concurrent use.
type Mailbox struct {
	mu    sync.RWMutex
	buf   []Message // ring of cap max
	start int       // index of the oldest message
	n     int
	seq   uint64
}

// DefaultMax is used when New is given max <= 0.
const DefaultMax = 200

// maxMessageBytes bounds one message (a notice is a few kilobytes).
const maxMessageBytes = 10 << 20

// New returns an empty mailbox that keeps the last max messages.
func New(max int) *Mailbox {
	if max <= 0 {
		max = DefaultMax
	}
	return &Mailbox{buf: make([]Message, max)}
}

// ListenAndServe starts the SMTP catcher on addr, which must be a loopback
// address ("127.0.0.1:0" picks a free port). It returns the address it
// listens on once it is listening; the server stops when ctx ends.
func (m *Mailbox) ListenAndServe(ctx context.Context, addr string) (string, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("devmail: %w", err)
	}
	if !isLoopback(host) {
		return "", errors.New("devmail: the dev mailbox only listens on a loopback address (e.g. 127.0.0.1:2525)")
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return "", fmt.Errorf("devmail: %w", err)
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		ln.Close()
		return "", errors.New("devmail: listener is not on a loopback address")
	}
	srv := smtp.NewServer(&backend{m: m})
	srv.Domain = "sealpost-devmail.localhost"
	srv.AllowInsecureAuth = true // loopback only, development only
	srv.MaxMessageBytes = maxMessageBytes
	srv.MaxRecipients = 100
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.ErrorLog = log.New(io.Discard, "", 0)
	tl := &trackingListener{Listener: ln, conns: map[net.Conn]struct{}{}}
	go srv.Serve(tl)
	go func() {
		<-ctx.Done()
		srv.Close()
		tl.closeAll() // also the ones go-smtp had not registered yet
	}()
	return ln.Addr().String(), nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Add stores a message (what the SMTP catcher calls for each message) and
// returns it with its id. Exported for tests and for callers that catch
// mail another way.
func (m *Mailbox) Add(from string, to []string, raw []byte) Message {
	msg := parse(raw)
	msg.From = from
	msg.To = append([]string(nil), to...)
	msg.Received = time.Now().UTC()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.seq++
	msg.ID = strconv.FormatUint(m.seq, 10)
	max := len(m.buf)
	if m.n < max {
		m.buf[(m.start+m.n)%max] = msg
		m.n++
	} else {
		m.buf[m.start] = msg
		m.start = (m.start + 1) % max
	}
	return msg
}

// Messages returns the stored messages, newest first.
func (m *Mailbox) Messages() []Message {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]Message, 0, m.n)
	for i := m.n - 1; i >= 0; i-- {
		out = append(out, m.buf[(m.start+i)%len(m.buf)])
	}
	return out
}

// Get returns the message with the given id, if it is still stored.
func (m *Mailbox) Get(id string) (Message, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for i := 0; i < m.n; i++ {
		if msg := m.buf[(m.start+i)%len(m.buf)]; msg.ID == id {
			return msg, true
		}
	}
	return Message{}, false
}

// Len returns the number of stored messages.
func (m *Mailbox) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.n
}

type backend struct{ m *Mailbox }

func (b *backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{m: b.m}, nil }

type session struct {
	m    *Mailbox
	from string
	to   []string
}

// AUTH is accepted with any credentials: this is a catcher, not a relay.
func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, _ string) error { return nil }), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error { s.from = from; return nil }

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = append(s.to, to); return nil }

func (s *session) Data(r io.Reader) error {
	var b bytes.Buffer
	if _, err := b.ReadFrom(r); err != nil {
		return err
	}
	s.m.Add(s.from, s.to, b.Bytes())
	return nil
}

func (s *session) Reset() { s.from, s.to = "", nil }

func (s *session) Logout() error { return nil }

// trackingListener remembers accepted connections so that stopping closes
// every one of them, including any accepted just before the stop.
type trackingListener struct {
	net.Listener
	mu     sync.Mutex
	closed bool
	conns  map[net.Conn]struct{}
}

func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		c.Close()
		return nil, net.ErrClosed
	}
	tc := &trackedConn{Conn: c, l: l}
	l.conns[tc] = struct{}{}
	return tc, nil
}

func (l *trackingListener) closeAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.closed = true
	for c := range l.conns {
		c.(*trackedConn).Conn.Close()
	}
	l.conns = nil
}

type trackedConn struct {
	net.Conn
	l *trackingListener
}

func (c *trackedConn) Close() error {
	c.l.mu.Lock()
	delete(c.l.conns, c)
	c.l.mu.Unlock()
	return c.Conn.Close()
}
