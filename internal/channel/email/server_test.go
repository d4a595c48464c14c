package email

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// testCA is a throwaway certificate authority.
type testCA struct {
	cert    *x509.Certificate
	key     crypto.Signer
	pemPath string
}

func newTestCA(t testing.TB, name string) *testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	p := filepath.Join(t.TempDir(), name+".pem")
	if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return &testCA{cert: cert, key: key, pemPath: p}
}

// issue returns a server certificate for the given DNS names and IPs.
func (ca *testCA) issue(t testing.TB, names ...string) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: names[0]},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, key.Public(), ca.key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}

// received is one message the test server accepted.
type received struct {
	From string
	To   []string
	Data []byte
}

// serverOpts configures a test SMTP server.
type serverOpts struct {
	StartTLS *tls.Certificate // offer STARTTLS with this certificate
	Implicit *tls.Certificate // speak TLS from the first byte
	Users    map[string]string
	// FailAt ("MAIL", "RCPT", "DATA") answers Fail there.
	FailAt string
	Fail   *smtp.SMTPError
	// DataReply replaces the final "250 OK: queued" text.
	DataReply string
	// Discard counts messages without keeping them (benchmarks).
	Discard bool
}

// testServer is a go-smtp server on 127.0.0.1 that records what it accepts
// and counts connections.
type testServer struct {
	t    testing.TB
	Addr string
	Host string
	Port int
	srv  *smtp.Server

	mu      sync.Mutex
	opts    serverOpts
	msgs    []received
	live    map[net.Conn]struct{}
	dropped func() // set by dropNextData

	rsets    atomic.Int64  // RSET commands received
	accepted atomic.Int64  // connections accepted
	count    atomic.Int64  // messages accepted
	closedCh chan struct{} // one value per server-side connection close
}

func startServer(t testing.TB, o serverOpts) *testServer {
	t.Helper()
	ts := &testServer{t: t, opts: o, live: map[net.Conn]struct{}{}, closedCh: make(chan struct{}, 1024)}
	srv := smtp.NewServer(ts)
	srv.Domain = "mx.sealpost.test"
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.Debug = rsetCounter{ts}
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	if o.StartTLS != nil {
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*o.StartTLS}}
	}
	ts.srv = srv
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var l net.Listener = &countingListener{Listener: ln, ts: ts}
	if o.Implicit != nil {
		l = tls.NewListener(l, &tls.Config{Certificates: []tls.Certificate{*o.Implicit}})
	}
	ts.Addr = ln.Addr().String()
	ts.Host = "127.0.0.1"
	ts.Port = ln.Addr().(*net.TCPAddr).Port
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return ts
}

func (ts *testServer) messages() []received {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]received(nil), ts.msgs...)
}

func (ts *testServer) setFail(at string, e *smtp.SMTPError) {
	ts.mu.Lock()
	ts.opts.FailAt, ts.opts.Fail = at, e
	ts.mu.Unlock()
}

// dropAll closes every live connection from the server side.
func (ts *testServer) dropAll() {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for c := range ts.live {
		c.Close()
	}
}

// waitClosed waits for n server-side connection closes.
func (ts *testServer) waitClosed(n int, within time.Duration) bool {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	for i := 0; i < n; i++ {
		select {
		case <-ts.closedCh:
		case <-deadline.C:
			return false
		}
	}
	return true
}

type countingListener struct {
	net.Listener
	ts *testServer
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.ts.accepted.Add(1)
	tc := &trackedConn{Conn: c, ts: l.ts}
	l.ts.mu.Lock()
	l.ts.live[c] = struct{}{}
	l.ts.mu.Unlock()
	return tc, nil
}

type trackedConn struct {
	net.Conn
	ts   *testServer
	once sync.Once
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.ts.mu.Lock()
		delete(c.ts.live, c.Conn)
		c.ts.mu.Unlock()
		c.ts.closedCh <- struct{}{}
	})
	return err
}

// NewSession implements smtp.Backend.
func (ts *testServer) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{ts: ts, conn: c}, nil
}

type session struct {
	ts     *testServer
	conn   *smtp.Conn
	authed bool
	from   string
	to     []string
}

func (s *session) fail(at string) error {
	s.ts.mu.Lock()
	defer s.ts.mu.Unlock()
	if s.ts.opts.FailAt == at {
		return s.ts.opts.Fail
	}
	return nil
}

func (s *session) AuthMechanisms() []string {
	if s.ts.opts.Users == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if pw, ok := s.ts.opts.Users[username]; ok && pw == password {
			s.authed = true
			return nil
		}
		return smtp.ErrAuthFailed
	}), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.ts.opts.Users != nil && !s.authed {
		return smtp.ErrAuthRequired
	}
	if err := s.fail("MAIL"); err != nil {
		return err
	}
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := s.fail("RCPT"); err != nil {
		return err
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := s.fail("DATA"); err != nil {
		return err
	}
	s.ts.count.Add(1)
	if !s.ts.opts.Discard {
		s.ts.mu.Lock()
		s.ts.msgs = append(s.ts.msgs, received{From: s.from, To: s.to, Data: b})
		drop := s.ts.dropped
		s.ts.dropped = nil
		s.ts.mu.Unlock()
		if drop != nil {
			// Accepted the data, then the connection dies before the reply.
			s.conn.Conn().Close()
			return errors.New("dropped")
		}
	}
	if s.ts.opts.DataReply != "" {
		return &smtp.SMTPError{Code: 250, EnhancedCode: smtp.EnhancedCode{2, 0, 0}, Message: s.ts.opts.DataReply}
	}
	return nil
}

// dropNextData makes the next accepted message's connection die before the
// final reply.
func (ts *testServer) dropNextData() {
	ts.mu.Lock()
	ts.dropped = func() {}
	ts.mu.Unlock()
}

// Reset runs after RSET and after every completed DATA alike; rsetCounter
// counts the commands themselves in the session transcript.
func (s *session) Reset() { s.from, s.to = "", nil }

type rsetCounter struct{ ts *testServer }

func (c rsetCounter) Write(p []byte) (int, error) {
	if bytes.HasPrefix(bytes.ToUpper(p), []byte("RSET")) {
		c.ts.rsets.Add(1)
	}
	return len(p), nil
}

func (s *session) Logout() error { return nil }
