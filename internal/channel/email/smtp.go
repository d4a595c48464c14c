package email

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/internal/channel"
)

// result classifies a failed transaction for the pool and the retry rule.
type result struct {
	err    error
	broken bool // the connection cannot be reused
	retry  bool // nothing of the message reached the server: safe to retry on a fresh connection
}

// transact runs MAIL, RCPT, DATA on pc, after RSET when pc's previous
// transaction did not complete.
func (s *Sender) transact(ctx context.Context, pc *poolConn, m *message, raw []byte) (string, result) {
	stop := context.AfterFunc(ctx, func() { pc.raw.Close() })
	id, res := s.transactOn(ctx, pc, m, raw)
	if !stop() {
		// ctx ended while sending and the connection was closed under us;
		// a success still stands, but the connection is gone.
		res.broken = true
	}
	return id, res
}

func (s *Sender) transactOn(ctx context.Context, pc *poolConn, m *message, raw []byte) (string, result) {
	fail := func(stage string, err error, dataSent bool) result {
		if ctx.Err() != nil {
			return result{err: canceled(ctx, "during "+stage), broken: true}
		}
		if se, ok := asReply(err); ok {
			broken := se.Code == 421 // the server is closing the connection
			return result{err: replyError(stage, se), broken: broken, retry: broken && !dataSent}
		}
		if dataSent {
			return result{err: channel.Temporary("smtp connection lost after the message data was sent; delivery state unknown", err), broken: true}
		}
		return result{err: channel.Temporary("smtp connection failed during "+stage, err), broken: true, retry: true}
	}

	if pc.dirty {
		if err := pc.c.Reset(); err != nil {
			return "", fail("RSET", err, false)
		}
	}
	var mopts *smtp.MailOptions
	if m.requireTLS {
		// RFC 8689: the relay must offer REQUIRETLS (it does so only over
		// TLS) and accept it for this message, or nothing is sent.
		if ok, _ := pc.c.Extension("REQUIRETLS"); !ok {
			return "", result{err: channel.Permanent("the relay does not offer REQUIRETLS", channel.ErrRequireTLSRefused)}
		}
		mopts = &smtp.MailOptions{RequireTLS: true}
	}
	pc.dirty = true
	if err := pc.c.Mail(m.from, mopts); err != nil {
		if se, ok := asReply(err); ok && m.requireTLS && se.Code >= 500 {
			return "", result{err: channel.Permanent(fmt.Sprintf("the relay refused REQUIRETLS (smtp %d)", se.Code), channel.ErrRequireTLSRefused)}
		}
		return "", fail("MAIL FROM", err, false)
	}
	if err := pc.c.Rcpt(m.to, nil); err != nil {
		return "", fail("RCPT TO", err, false)
	}
	w, err := pc.c.Data()
	if err != nil {
		return "", fail("DATA", err, false)
	}
	_ = pc.raw.SetDeadline(time.Now().Add(s.cfg.CommandTimeout))
	if _, err := w.Write(raw); err != nil {
		return "", fail("message data", err, true)
	}
	resp, err := w.CloseWithResponse()
	if err != nil {
		return "", fail("end of data", err, true)
	}
	pc.dirty = false
	return queueID(resp.StatusText), result{}
}

// connect dials the relay, secures the connection, says EHLO and
// authenticates.
func (s *Sender) connect(ctx context.Context) (*poolConn, error) {
	dctx, cancel := context.WithTimeout(ctx, s.cfg.DialTimeout)
	raw, err := s.dialer.DialContext(dctx, "tcp", s.addr)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return nil, canceled(ctx, "while connecting")
		}
		return nil, channel.Temporary("smtp connect to "+s.addr+" failed", err)
	}
	if s.loopback {
		if ta, ok := raw.RemoteAddr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
			raw.Close()
			return nil, channel.Permanent("plaintext smtp refused: relay is not on a loopback address", nil)
		}
	}
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	c, err := s.setup(ctx, raw)
	if !stop() {
		if c != nil {
			c.Close()
		}
		raw.Close()
		return nil, canceled(ctx, "while connecting")
	}
	if err != nil {
		if c != nil {
			c.Close()
		}
		raw.Close()
		return nil, err
	}
	return &poolConn{c: c, raw: raw, lastUsed: time.Now()}, nil
}

func (s *Sender) setup(ctx context.Context, raw net.Conn) (*smtp.Client, error) {
	var conn net.Conn = raw
	switch s.cfg.TLS {
	case TLSStartTLS:
		tc, err := s.startTLS(ctx, raw)
		if err != nil {
			return nil, err
		}
		// The server does not greet again after STARTTLS; go-smtp's client
		// expects a greeting, so hand it a synthetic one.
		conn = &greetedConn{Conn: tc, pending: []byte("220 TLS established\r\n")}
	case TLSImplicit:
		tc := tls.Client(raw, s.tlsConf)
		_ = raw.SetDeadline(time.Now().Add(s.cfg.CommandTimeout))
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, s.tlsError(err)
		}
		_ = raw.SetDeadline(time.Time{})
		conn = tc
	}
	c := smtp.NewClient(conn)
	c.CommandTimeout = s.cfg.CommandTimeout
	c.SubmissionTimeout = s.cfg.CommandTimeout
	if err := c.Hello(s.helo); err != nil {
		return c, connError("EHLO", err)
	}
	if s.cfg.Username != "" {
		ok, mechs := c.Extension("AUTH")
		if !ok {
			return c, channel.Permanent("smtp server does not offer AUTH", nil)
		}
		var a sasl.Client
		offered := strings.Fields(strings.ToUpper(mechs))
		switch {
		case contains(offered, "PLAIN"):
			a = sasl.NewPlainClient("", s.cfg.Username, s.cfg.Password)
		case contains(offered, "LOGIN"):
			a = sasl.NewLoginClient(s.cfg.Username, s.cfg.Password)
		default:
			return c, channel.Permanent("smtp server offers no supported AUTH mechanism (PLAIN, LOGIN)", nil)
		}
		if err := c.Auth(a); err != nil {
			return c, connError("AUTH", err)
		}
	}
	return c, nil
}

// startTLS reads the greeting, says EHLO, requires STARTTLS and performs the
// TLS handshake, all on raw before go-smtp's client takes over.
func (s *Sender) startTLS(ctx context.Context, raw net.Conn) (*tls.Conn, error) {
	_ = raw.SetDeadline(time.Now().Add(s.cfg.CommandTimeout))
	tp := textproto.NewConn(raw)
	if _, _, err := tp.ReadResponse(220); err != nil {
		return nil, connError("greeting", err)
	}
	msg, err := cmd(tp, 250, "EHLO "+s.helo)
	if err != nil {
		if se, ok := asReply(err); ok && se.Code >= 500 {
			// No ESMTP, hence no STARTTLS.
			return nil, channel.Permanent("smtp server does not offer STARTTLS", nil)
		}
		return nil, connError("EHLO", err)
	}
	offered := false
	for _, line := range strings.Split(msg, "\n")[1:] {
		if f := strings.Fields(line); len(f) > 0 && strings.EqualFold(f[0], "STARTTLS") {
			offered = true
		}
	}
	if !offered {
		return nil, channel.Permanent("smtp server does not offer STARTTLS", nil)
	}
	if _, err := cmd(tp, 220, "STARTTLS"); err != nil {
		return nil, connError("STARTTLS", err)
	}
	if tp.R.Buffered() > 0 {
		// Anything already buffered was sent before the handshake: a
		// command-injection attempt (CVE-2011-0411 style).
		return nil, channel.Permanent("smtp server sent data before the TLS handshake", nil)
	}
	tc := tls.Client(raw, s.tlsConf)
	if err := tc.HandshakeContext(ctx); err != nil {
		return nil, s.tlsError(err)
	}
	_ = raw.SetDeadline(time.Time{})
	return tc, nil
}

func cmd(tp *textproto.Conn, expect int, line string) (string, error) {
	id, err := tp.Cmd("%s", line)
	if err != nil {
		return "", err
	}
	tp.StartResponse(id)
	defer tp.EndResponse(id)
	_, msg, err := tp.ReadResponse(expect)
	return msg, err
}

// greetedConn returns pending before reading from the connection.
type greetedConn struct {
	net.Conn
	pending []byte
}

func (g *greetedConn) Read(p []byte) (int, error) {
	if len(g.pending) > 0 {
		n := copy(p, g.pending)
		g.pending = g.pending[n:]
		return n, nil
	}
	return g.Conn.Read(p)
}

func (s *Sender) tlsError(err error) error {
	var cv *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.As(err, &cv) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci) {
		return channel.Permanent("tls: certificate does not verify for "+s.cfg.ServerName, err)
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) {
		return channel.Temporary("tls handshake with smtp server interrupted", err)
	}
	return channel.Permanent("tls handshake with smtp server failed", err)
}

// connError classifies a failure while setting up a connection.
func connError(stage string, err error) error {
	if se, ok := asReply(err); ok {
		return replyError(stage, se)
	}
	var cv *tls.CertificateVerificationError
	if errors.As(err, &cv) {
		return channel.Permanent("tls: certificate does not verify", err)
	}
	return channel.Temporary("smtp connection failed during "+stage, err)
}

func canceled(ctx context.Context, where string) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return channel.Temporary("smtp send timed out "+where, ctx.Err())
	}
	return channel.Temporary("smtp send canceled "+where, ctx.Err())
}

// asReply extracts an SMTP reply from err (go-smtp's or textproto's form).
func asReply(err error) (*smtp.SMTPError, bool) {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		return se, true
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		r := &smtp.SMTPError{Code: te.Code}
		if f := strings.Fields(te.Msg); len(f) > 0 {
			r.EnhancedCode, _ = parseEnhanced(f[0])
		}
		return r, true
	}
	return nil, false
}

func parseEnhanced(s string) (smtp.EnhancedCode, bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return smtp.EnhancedCode{}, false
	}
	var e smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 999 {
			return smtp.EnhancedCode{}, false
		}
		e[i] = n
	}
	if e[0] < 2 || e[0] > 5 {
		return smtp.EnhancedCode{}, false
	}
	return e, true
}

// ReplyError is the PHI-free record of an SMTP error reply: the code, the
// enhanced code and the command it answered. The server's text is dropped
// because servers echo addresses in it.
type ReplyError struct {
	Code     int
	Enhanced [3]int // zero when the server sent none
	Stage    string // "MAIL FROM", "RCPT TO", "end of data"…
}

func (e *ReplyError) Error() string {
	s := "smtp " + strconv.Itoa(e.Code)
	if e.Enhanced[0] != 0 {
		s += fmt.Sprintf(" %d.%d.%d", e.Enhanced[0], e.Enhanced[1], e.Enhanced[2])
	}
	return s + " at " + e.Stage + ": " + replyText(e.Code)
}

// replyError turns an SMTP reply into a classified channel error: 4xx
// temporary, 5xx permanent, anything unexpected temporary.
func replyError(stage string, se *smtp.SMTPError) error {
	re := &ReplyError{Code: se.Code, Enhanced: [3]int(se.EnhancedCode), Stage: stage}
	if re.Enhanced[0] < 2 {
		re.Enhanced = [3]int{}
	}
	reason := re.Error()
	if se.Code >= 500 && se.Code <= 599 {
		return channel.Permanent(reason, re)
	}
	return channel.Temporary(reason, re)
}

func replyText(code int) string {
	switch code {
	case 421:
		return "service not available"
	case 450:
		return "mailbox unavailable"
	case 451:
		return "local error in processing"
	case 452:
		return "insufficient system storage"
	case 454:
		return "temporary authentication or TLS failure"
	case 500, 501, 502, 503, 504:
		return "command not accepted"
	case 530:
		return "authentication required"
	case 534:
		return "authentication mechanism too weak"
	case 535:
		return "authentication failed"
	case 538:
		return "encryption required"
	case 550:
		return "mailbox unavailable"
	case 551:
		return "user not local"
	case 552:
		return "exceeded storage allocation"
	case 553:
		return "mailbox name not allowed"
	case 554:
		return "transaction failed"
	}
	switch code / 100 {
	case 4:
		return "temporary failure"
	case 5:
		return "permanent failure"
	}
	return "unexpected reply"
}

var queueIDPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bqueued as ([A-Za-z0-9._\-]{3,64})`),                         // Postfix, go-smtp style
	regexp.MustCompile(`(?i)\bid=([A-Za-z0-9._\-]{3,64})`),                                // Exim
	regexp.MustCompile(`(?i)^(?:[245]\.\d{1,3}\.\d{1,3} )?ok ([0-9a-f][0-9a-f\-]{15,})$`), // Amazon SES
}

// queueID extracts the relay's queue id from the final reply, if it has one.
func queueID(text string) string {
	text = strings.TrimSpace(text)
	for _, re := range queueIDPatterns {
		if m := re.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
