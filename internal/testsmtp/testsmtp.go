// Package testsmtp is a real SMTP server on loopback for tests and the
// delivery benchmark: STARTTLS with a certificate from a CA generated per
// server, recording every message it accepts (or only counting them), and
// able to answer temporary failures or stall on demand.
package testsmtp

import (
	"bytes"
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
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// Message is one accepted message.
type Message struct {
	From       string
	To         []string
	Data       []byte
	RequireTLS bool // submitted with REQUIRETLS (RFC 8689)
}

// Server is a running SMTP server.
type Server struct {
	Addr   string // host:port
	Host   string
	Port   int
	CAFile string // PEM of the CA that signed the server certificate

	mu         sync.Mutex
	msgs       []Message
	failNext   int // answer 451 to this many DATA commands
	countOnly  bool
	accepted   map[string]time.Time   // Message-ID → accept time
	copies     map[string][]time.Time // Message-ID → every accept time, in order
	duplicates int
	delay      time.Duration // each DATA is answered this long after its data arrived
	stall      chan struct{} // when set, DATA blocks until it is closed
	stalled    chan struct{} // closed when a DATA is stalling
	arrived    chan struct{}
	srv        *smtp.Server
	refuseTLS  bool // answer 550 5.7.30 to MAIL FROM … REQUIRETLS
}

// Options change how the server behaves from its start.
type Options struct {
	// RequireTLS advertises REQUIRETLS (RFC 8689) after STARTTLS.
	RequireTLS bool
}

// StartWith is Start with options.
func StartWith(t testing.TB, o Options) *Server {
	t.Helper()
	s, stop, err := listen(t.TempDir(), false, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return s
}

// RefuseRequireTLS makes MAIL FROM with REQUIRETLS fail with 550 5.7.30 (a
// relay that advertises it but cannot honour it for this message).
func (s *Server) RefuseRequireTLS(on bool) { s.mu.Lock(); s.refuseTLS = on; s.mu.Unlock() }

// Start runs a server until the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s, stop, err := Listen(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return s
}

// Listen runs a server on 127.0.0.1 with its CA written to dir. With
// countOnly it keeps no message bodies, only accept times by Message-ID
// (see Accepted). stop closes it.
func Listen(dir string, countOnly bool) (*Server, func(), error) {
	return listen(dir, countOnly, Options{})
}

func listen(dir string, countOnly bool, o Options) (*Server, func(), error) {
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "sealpost test CA"}, NotBefore: time.Now().Add(-time.Hour),
		NotAfter: time.Now().Add(24 * time.Hour), IsCA: true, KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, nil, err
	}
	ca, _ := x509.ParseCertificate(caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leafTmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"}, NotBefore: time.Now().Add(-time.Hour),
		NotAfter: time.Now().Add(24 * time.Hour), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		return nil, nil, err
	}
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o600); err != nil {
		return nil, nil, err
	}
	s := &Server{CAFile: caFile, arrived: make(chan struct{}, 1<<16), countOnly: countOnly, accepted: map[string]time.Time{}, copies: map[string][]time.Time{}}
	srv := smtp.NewServer(backend{s})
	srv.Domain = "127.0.0.1"
	srv.ErrorLog = log.New(io.Discard, "", 0) // clients killed mid-session are expected in the fault tests
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{leafDER}, PrivateKey: key}}, MinVersion: tls.VersionTLS12}
	srv.ReadTimeout, srv.WriteTimeout = 30*time.Second, 30*time.Second
	srv.MaxMessageBytes = 1 << 20
	srv.EnableREQUIRETLS = o.RequireTLS
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	s.srv, s.Addr = srv, ln.Addr().String()
	s.Host, s.Port = "127.0.0.1", ln.Addr().(*net.TCPAddr).Port
	go srv.Serve(ln) //nolint:errcheck
	return s, func() { s.Release(); srv.Close() }, nil
}

// Accepted returns when each Message-ID was accepted, and how many messages
// carried an already-seen Message-ID.
func (s *Server) Accepted() (map[string]time.Time, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]time.Time, len(s.accepted))
	for k, v := range s.accepted {
		out[k] = v
	}
	return out, s.duplicates
}

// Copies returns, by Message-ID, when the whole of each copy carrying it had
// arrived (before the relay's delay): the moment its sender's part was done,
// which is what a fault test compares with the sender's death.
func (s *Server) Copies() map[string][]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string][]time.Time, len(s.copies))
	for k, v := range s.copies {
		out[k] = append([]time.Time(nil), v...)
	}
	return out
}

// SetDelay makes every DATA answer d after its data arrived, so sends are in
// flight when a test kills their sender. A message whose sender went away
// during the delay is still accepted (a relay that received the whole message
// may deliver it although the client never saw the reply).
func (s *Server) SetDelay(d time.Duration) { s.mu.Lock(); s.delay = d; s.mu.Unlock() }

// FailNext makes the next n DATA commands answer 451 (temporary).
func (s *Server) FailNext(n int) { s.mu.Lock(); s.failNext = n; s.mu.Unlock() }

// Stall makes DATA hang until Release; Stalled is closed once one does.
func (s *Server) Stall() (stalled <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stall, s.stalled = make(chan struct{}), make(chan struct{})
	return s.stalled
}

// Release ends a stall.
func (s *Server) Release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stall != nil {
		close(s.stall)
		s.stall = nil
	}
}

// Messages returns what was accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Wait blocks until n messages were accepted or the deadline passes.
func (s *Server) Wait(n int, d time.Duration) []Message {
	deadline := time.After(d)
	for {
		if m := s.Messages(); len(m) >= n {
			return m
		}
		select {
		case <-s.arrived:
		case <-deadline:
			return s.Messages()
		}
	}
}

type backend struct{ s *Server }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{s: b.s}, nil }

type session struct {
	s          *Server
	from       string
	to         []string
	requireTLS bool
}

func (x *session) AuthPlain(string, string) error { return nil }
func (x *session) Mail(from string, o *smtp.MailOptions) error {
	x.requireTLS = o != nil && o.RequireTLS
	if x.requireTLS {
		x.s.mu.Lock()
		refuse := x.s.refuseTLS
		x.s.mu.Unlock()
		if refuse {
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 30}, Message: "REQUIRETLS support required but not available"}
		}
	}
	x.from = from
	return nil
}
func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error { x.to = append(x.to, to); return nil }
func (x *session) Reset()                                    { x.from, x.to, x.requireTLS = "", nil, false }
func (x *session) Logout() error                             { return nil }

func (x *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	arrived := time.Now()
	x.s.mu.Lock()
	stall, stalled, delay := x.s.stall, x.s.stalled, x.s.delay
	if x.s.failNext > 0 {
		x.s.failNext--
		x.s.mu.Unlock()
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	x.s.mu.Unlock()
	if stall != nil {
		select {
		case <-stalled:
		default:
			close(stalled)
		}
		<-stall
		return errors.New("stalled transaction abandoned") // the client gave up: nothing accepted
	}
	if delay > 0 {
		time.Sleep(delay) // the relay's processing time
	}
	now := time.Now()
	id := messageID(data)
	x.s.mu.Lock()
	if _, seen := x.s.accepted[id]; seen && id != "" {
		x.s.duplicates++
	}
	x.s.accepted[id] = now
	x.s.copies[id] = append(x.s.copies[id], arrived)
	if !x.s.countOnly {
		x.s.msgs = append(x.s.msgs, Message{From: x.from, To: x.to, Data: data, RequireTLS: x.requireTLS})
	}
	x.s.mu.Unlock()
	select {
	case x.s.arrived <- struct{}{}:
	default:
	}
	return nil
}

func messageID(data []byte) string {
	const h = "Message-ID: <"
	i := bytes.Index(data, []byte("\n"+h))
	switch {
	case bytes.HasPrefix(data, []byte(h)):
		i = 0
	case i >= 0:
		i++
	default:
		return ""
	}
	rest := data[i+len(h):]
	j := bytes.IndexByte(rest, '>')
	if j < 0 {
		return ""
	}
	return string(rest[:j])
}
