package email

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/osslrsa"
)

const (
	testFrom   = "Acme Health <notices@acme.example>"
	testTo     = "patient.jane@example.org"
	testDomain = "acme.example"
)

// Keys are generated once per test binary: RSA-2048 generation is slow.
var (
	keysOnce sync.Once
	keyDir   string
	rsaKey   *rsa.PrivateKey
	edKey    ed25519.PrivateKey
	rsaPath  string
	edPath   string
)

func testKeys(t testing.TB) {
	t.Helper()
	keysOnce.Do(func() {
		var err error
		keyDir, err = os.MkdirTemp("", "sealpost-dkim-")
		if err != nil {
			panic(err)
		}
		if rsaKey, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
		_, edKey, _ = ed25519.GenerateKey(rand.Reader)
		rsaPath = filepath.Join(keyDir, "rsa.pem")
		edPath = filepath.Join(keyDir, "ed25519.pem")
		// RSA as PKCS#1, Ed25519 as PKCS#8: both supported forms.
		os.WriteFile(rsaPath, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(rsaKey)}), 0o600)
		der, _ := x509.MarshalPKCS8PrivateKey(edKey)
		os.WriteFile(edPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
	})
}

func TestMain(m *testing.M) {
	code := m.Run()
	if keyDir != "" {
		os.RemoveAll(keyDir)
	}
	os.Exit(code)
}

// lookupTXT serves the DKIM records of the test keys.
func lookupTXT(domain string) ([]string, error) {
	switch domain {
	case "rsa2048._domainkey." + testDomain:
		der, _ := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
		return []string{"v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der)}, nil
	case "ed1._domainkey." + testDomain:
		return []string{"v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(edKey.Public().(ed25519.PublicKey))}, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: domain, IsNotFound: true}
}

func dkimKeys() []DKIMKey {
	return []DKIMKey{
		{Domain: testDomain, Selector: "rsa2048", KeyFile: rsaPath},
		{Domain: testDomain, Selector: "ed1", KeyFile: edPath},
	}
}

// tlsSetup is a CA, a server on 127.0.0.1 offering STARTTLS with a
// certificate from it, and a matching client Config.
func tlsSetup(t testing.TB, o serverOpts) (*testServer, Config, *testCA) {
	t.Helper()
	ca := newTestCA(t, "sealpost-test-ca")
	cert := ca.issue(t, "127.0.0.1", "mx.sealpost.test")
	if o.Implicit == nil && o.StartTLS == nil {
		o.StartTLS = &cert
	}
	ts := startServer(t, o)
	return ts, Config{
		Host:           ts.Host,
		Port:           ts.Port,
		CAFile:         ca.pemPath,
		From:           testFrom,
		DialTimeout:    5 * time.Second,
		CommandTimeout: 10 * time.Second,
	}, ca
}

func newSender(t testing.TB, cfg Config) *Sender {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func notice(id string) channel.Notice {
	return channel.Notice{
		TenantID:   "ten_1",
		DeliveryID: id,
		MessageID:  "msg_1",
		Category:   "account_message",
		To:         testTo,
		Subject:    "You have a new message",
		Text:       "You have a new message. Read it at https://portal.example/m/abc\n",
		HTML:       `<p>You have a new message. <a href="https://portal.example/m/abc">Read it</a></p>`,
		Link:       "https://portal.example/m/abc",
	}
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// wantErr checks err is a channel.Error of the given kind whose reason
// contains substr and never the recipient address.
func wantErr(t *testing.T, err error, temporary bool, substr string) {
	t.Helper()
	var ce *channel.Error
	if !errors.As(err, &ce) {
		t.Fatalf("error %v (%T) is not a channel.Error", err, err)
	}
	if ce.Temporary != temporary {
		t.Errorf("temporary=%v, want %v (%v)", ce.Temporary, temporary, err)
	}
	if !strings.Contains(ce.Reason, substr) {
		t.Errorf("reason %q does not contain %q", ce.Reason, substr)
	}
	if strings.Contains(err.Error(), testTo) || strings.Contains(err.Error(), "patient") {
		t.Errorf("error leaks the recipient: %v", err)
	}
}

func header(t *testing.T, raw []byte) mail.Header {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return m.Header
}

func TestSendStartTLSWithDKIM(t *testing.T) {
	testKeys(t)
	ts, cfg, _ := tlsSetup(t, serverOpts{DataReply: "OK: queued as 4XyZ123"})
	cfg.DKIM = dkimKeys()
	s := newSender(t, cfg)

	r, err := s.Send(ctxT(t), notice("dlv_0001"))
	if err != nil {
		t.Fatal(err)
	}
	if r.ProviderID != "4XyZ123" {
		t.Errorf("ProviderID = %q", r.ProviderID)
	}
	msgs := ts.messages()
	if len(msgs) != 1 {
		t.Fatalf("server accepted %d messages", len(msgs))
	}
	got := msgs[0]
	if got.From != "notices@acme.example" || len(got.To) != 1 || got.To[0] != testTo {
		t.Errorf("envelope %q -> %q", got.From, got.To)
	}
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(got.Data), &dkim.VerifyOptions{LookupTXT: lookupTXT})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 {
		t.Fatalf("%d signatures, want 2", len(vs))
	}
	for _, v := range vs {
		if v.Err != nil {
			t.Errorf("signature of %s: %v", v.Domain, v.Err)
		}
		if v.Domain != testDomain {
			t.Errorf("d=%s", v.Domain)
		}
		for _, h := range []string{"from", "to", "subject", "date", "message-id", "mime-version", "content-type"} {
			if !containsFold(v.HeaderKeys, h) {
				t.Errorf("%s not signed (h=%v)", h, v.HeaderKeys)
			}
		}
	}
	if !bytes.Contains(got.Data, []byte("a=rsa-sha256")) || !bytes.Contains(got.Data, []byte("a=ed25519-sha256")) {
		t.Error("want one RSA-SHA256 and one Ed25519-SHA256 signature")
	}
	h := header(t, got.Data)
	if h.Get("Message-ID") != "<dlv_0001@acme.example>" {
		t.Errorf("Message-ID %q", h.Get("Message-ID"))
	}
	if h.Get("Auto-Submitted") != "auto-generated" || h.Get("X-Auto-Response-Suppress") != "All" {
		t.Error("missing Auto-Submitted / X-Auto-Response-Suppress")
	}
	if h.Get("List-Unsubscribe") != "" {
		t.Error("List-Unsubscribe on a non-marketing notice")
	}

	// A tampered body no longer verifies: the verifier really checks.
	bad := bytes.Replace(got.Data, []byte("new message"), []byte("new massage"), 1)
	vs, _ = dkim.VerifyWithOptions(bytes.NewReader(bad), &dkim.VerifyOptions{LookupTXT: lookupTXT})
	for _, v := range vs {
		if v.Err == nil {
			t.Error("tampered message verified")
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

func TestNoStartTLSOffered(t *testing.T) {
	ca := newTestCA(t, "ca")
	ts := startServer(t, serverOpts{}) // plaintext only
	s := newSender(t, Config{Host: ts.Host, Port: ts.Port, CAFile: ca.pemPath, From: testFrom})
	_, err := s.Send(ctxT(t), notice("dlv_1"))
	wantErr(t, err, false, "smtp server does not offer STARTTLS")
	if n := len(ts.messages()); n != 0 {
		t.Errorf("%d messages accepted", n)
	}
}

func TestUntrustedCA(t *testing.T) {
	other := newTestCA(t, "other-ca")
	cert := other.issue(t, "127.0.0.1")
	ts, cfg, _ := tlsSetup(t, serverOpts{StartTLS: &cert})
	s := newSender(t, cfg)
	_, err := s.Send(ctxT(t), notice("dlv_1"))
	wantErr(t, err, false, "tls: certificate does not verify for 127.0.0.1")
	if len(ts.messages()) != 0 {
		t.Error("message accepted")
	}
}

func TestWrongServerName(t *testing.T) {
	ca := newTestCA(t, "ca")
	cert := ca.issue(t, "someone-else.test")
	ts := startServer(t, serverOpts{StartTLS: &cert})
	s := newSender(t, Config{Host: ts.Host, Port: ts.Port, CAFile: ca.pemPath, From: testFrom})
	_, err := s.Send(ctxT(t), notice("dlv_1"))
	wantErr(t, err, false, "tls: certificate does not verify")
	if len(ts.messages()) != 0 {
		t.Error("message accepted")
	}

	// Same server, the name it does carry: accepted.
	s2 := newSender(t, Config{Host: ts.Host, Port: ts.Port, CAFile: ca.pemPath, ServerName: "someone-else.test", From: testFrom})
	if _, err := s2.Send(ctxT(t), notice("dlv_2")); err != nil {
		t.Fatal(err)
	}
}

func TestImplicitTLS(t *testing.T) {
	ca := newTestCA(t, "ca")
	cert := ca.issue(t, "127.0.0.1")
	ts := startServer(t, serverOpts{Implicit: &cert})
	s := newSender(t, Config{Host: ts.Host, Port: ts.Port, TLS: TLSImplicit, CAFile: ca.pemPath, From: testFrom})
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	if len(ts.messages()) != 1 {
		t.Fatal("not accepted")
	}
	// Implicit TLS against an untrusted CA: refused.
	s2 := newSender(t, Config{Host: ts.Host, Port: ts.Port, TLS: TLSImplicit, From: testFrom})
	_, err := s2.Send(ctxT(t), notice("dlv_2"))
	wantErr(t, err, false, "certificate does not verify")
}

func TestPlaintextOnlyToLoopbackWhenAllowed(t *testing.T) {
	ts := startServer(t, serverOpts{})
	if _, err := New(Config{Host: ts.Host, Port: ts.Port, TLS: TLSNone, From: testFrom}); err == nil {
		t.Error("TLS none accepted without AllowPlaintextLoopback")
	}
	if _, err := New(Config{Host: "192.0.2.10", Port: 25, TLS: TLSNone, AllowPlaintextLoopback: true, From: testFrom}); err == nil {
		t.Error("plaintext to a non-loopback address accepted")
	}
	if _, err := New(Config{Host: ts.Host, Port: ts.Port, TLS: TLSNone, AllowPlaintextLoopback: true, From: testFrom, Username: "u", Password: "p"}); err == nil {
		t.Error("AUTH over plaintext accepted")
	}
	s := newSender(t, Config{Host: ts.Host, Port: ts.Port, TLS: TLSNone, AllowPlaintextLoopback: true, From: testFrom})
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	if len(ts.messages()) != 1 {
		t.Fatal("not accepted")
	}
}

func TestAuth(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{Users: map[string]string{"relay": "s3cret"}})

	cfg.Username, cfg.Password = "relay", "s3cret"
	s := newSender(t, cfg)
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	if len(ts.messages()) != 1 {
		t.Fatal("not accepted")
	}

	cfg.Password = "wrong"
	s2 := newSender(t, cfg)
	_, err := s2.Send(ctxT(t), notice("dlv_2"))
	wantErr(t, err, false, "smtp 535 5.7.8 at AUTH")

	cfg.Username, cfg.Password = "", ""
	s3 := newSender(t, cfg)
	_, err = s3.Send(ctxT(t), notice("dlv_3"))
	wantErr(t, err, false, "at MAIL FROM")
	if len(ts.messages()) != 1 {
		t.Error("unauthenticated message accepted")
	}
}

func TestReplyClassification(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	cases := []struct {
		at        string
		code      int
		enh       smtp.EnhancedCode
		temporary bool
		reason    string
	}{
		{"MAIL", 451, smtp.EnhancedCode{4, 7, 1}, true, "smtp 451 4.7.1 at MAIL FROM: local error in processing"},
		{"RCPT", 450, smtp.EnhancedCode{4, 2, 0}, true, "smtp 450 4.2.0 at RCPT TO"},
		{"RCPT", 550, smtp.EnhancedCode{5, 1, 1}, false, "smtp 550 5.1.1 at RCPT TO: mailbox unavailable"},
		{"DATA", 554, smtp.EnhancedCode{5, 7, 1}, false, "smtp 554 5.7.1 at end of data"},
		{"DATA", 452, smtp.EnhancedCode{4, 3, 1}, true, "smtp 452 4.3.1 at end of data"},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%s_%d", c.at, c.code), func(t *testing.T) {
			// Servers echo the address in their text: it must not reach the reason.
			ts.setFail(c.at, &smtp.SMTPError{Code: c.code, EnhancedCode: c.enh, Message: "<" + testTo + "> says no: You have a new message"})
			_, err := s.Send(ctxT(t), notice(fmt.Sprintf("dlv_c%d", i)))
			wantErr(t, err, c.temporary, c.reason)
			if strings.Contains(err.Error(), "says no") || strings.Contains(err.Error(), "new message") {
				t.Errorf("server text in error: %v", err)
			}
			if channel.IsTemporary(err) != c.temporary {
				t.Error("IsTemporary disagrees")
			}
		})
	}
	ts.setFail("", nil)
	if _, err := s.Send(ctxT(t), notice("dlv_ok")); err != nil {
		t.Fatalf("connection not usable after error replies: %v", err)
	}
	if n := ts.accepted.Load(); n != 1 {
		t.Errorf("%d connections; error replies should not cost the connection", n)
	}
}

func TestServerDownIsTemporary(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s := newSender(t, Config{Host: "127.0.0.1", Port: port, From: testFrom, DialTimeout: 2 * time.Second})
	_, err = s.Send(ctxT(t), notice("dlv_1"))
	wantErr(t, err, true, "smtp connect to 127.0.0.1:")
}

func TestCanceledContextIsTemporary(t *testing.T) {
	_, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Send(ctx, notice("dlv_1"))
	if !channel.IsTemporary(err) {
		t.Fatalf("want temporary, got %v", err)
	}
}

func TestPoolSequentialReuse(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	for i := 0; i < 20; i++ {
		if _, err := s.Send(ctxT(t), notice(fmt.Sprintf("dlv_%d", i))); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(ts.messages()); n != 20 {
		t.Fatalf("%d messages", n)
	}
	if n := ts.accepted.Load(); n != 1 {
		t.Errorf("%d connections for 20 sequential sends, want 1", n)
	}
}

func TestPoolConcurrentBound(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.PoolSize = 3
	s := newSender(t, cfg)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := s.Send(ctxT(t), notice(fmt.Sprintf("dlv_%d", i)))
			errs <- err
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := len(ts.messages()); n != 20 {
		t.Fatalf("%d messages", n)
	}
	if n := ts.accepted.Load(); n > 3 {
		t.Errorf("%d connections with PoolSize 3", n)
	}
}

func TestPoolDroppedConnection(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	ts.dropAll()
	if !ts.waitClosed(1, 10*time.Second) {
		t.Fatal("server did not close the connection")
	}
	if _, err := s.Send(ctxT(t), notice("dlv_2")); err != nil {
		t.Fatalf("send after a dropped pooled connection: %v", err)
	}
	if n := len(ts.messages()); n != 2 {
		t.Fatalf("%d messages", n)
	}
	if n := ts.accepted.Load(); n != 2 {
		t.Errorf("%d connections, want 2", n)
	}
}

// TestRetryAfterDeadConnectionDials: when the relay dropped every idle
// pooled connection, the one retry of a send dials a new connection instead
// of taking another dead one (found by the fault suite: sends after a quiet
// spell failed twice on stale connections and waited for River's retry).
func TestRetryAfterDeadConnectionDials(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.PoolSize = 3
	s := newSender(t, cfg)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.Send(ctxT(t), notice(fmt.Sprintf("dlv_%d", i))); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	opened := ts.accepted.Load()
	if opened < 2 {
		t.Skipf("the three sends shared %d connection(s); nothing to test", opened)
	}
	ts.dropAll()
	if !ts.waitClosed(int(opened), 10*time.Second) {
		t.Fatal("server did not close the connections")
	}
	if _, err := s.Send(ctxT(t), notice("dlv_after")); err != nil {
		t.Fatalf("send after the relay dropped every pooled connection: %v", err)
	}
}

func TestConnectionLostAfterDataIsTemporaryAndNotRetried(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	ts.dropNextData()
	_, err := s.Send(ctxT(t), notice("dlv_2")) // on the reused connection
	wantErr(t, err, true, "after the message data was sent")
	if n := len(ts.messages()); n != 2 {
		t.Fatalf("server holds %d messages, want 2 (no silent retry after DATA)", n)
	}
	// The worker's retry is recognisable: same Message-ID.
	if _, err := s.Send(ctxT(t), notice("dlv_2")); err != nil {
		t.Fatal(err)
	}
	msgs := ts.messages()
	if a, b := header(t, msgs[1].Data).Get("Message-ID"), header(t, msgs[2].Data).Get("Message-ID"); a != b || a != "<dlv_2@acme.example>" {
		t.Errorf("Message-IDs %q and %q", a, b)
	}
}

func TestIdleConnectionsClosed(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.IdleTimeout = 30 * time.Millisecond
	s := newSender(t, cfg)
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	if !ts.waitClosed(1, 10*time.Second) {
		t.Fatal("idle connection not closed")
	}
	if _, err := s.Send(ctxT(t), notice("dlv_2")); err != nil {
		t.Fatal(err)
	}
	if n := ts.accepted.Load(); n != 2 {
		t.Errorf("%d connections, want 2", n)
	}
}

func TestCloseClosesConnections(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.PoolSize = 2
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Send(ctxT(t), notice(fmt.Sprintf("dlv_%d", i)))
		}(i)
	}
	wg.Wait()
	open := int(ts.accepted.Load())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if !ts.waitClosed(open, 10*time.Second) {
		t.Fatal("Close left connections open")
	}
	_, err = s.Send(ctxT(t), notice("dlv_x"))
	if !channel.IsTemporary(err) {
		t.Errorf("send after Close: %v", err)
	}
}

func TestMessageIDStableAcrossSends(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	n := notice("dlv_01j9stable")
	for i := 0; i < 2; i++ {
		if _, err := s.Send(ctxT(t), n); err != nil {
			t.Fatal(err)
		}
	}
	msgs := ts.messages()
	a, b := header(t, msgs[0].Data).Get("Message-ID"), header(t, msgs[1].Data).Get("Message-ID")
	if a != "<dlv_01j9stable@acme.example>" || a != b {
		t.Errorf("Message-IDs %q, %q", a, b)
	}
}

func TestMarketingHeadersSigned(t *testing.T) {
	testKeys(t)
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.DKIM = dkimKeys()
	s := newSender(t, cfg)
	n := notice("dlv_m1")
	n.Marketing = true
	n.UnsubscribeURL = "https://portal.example/u/tok123"
	if _, err := s.Send(ctxT(t), n); err != nil {
		t.Fatal(err)
	}
	data := ts.messages()[0].Data
	h := header(t, data)
	if h.Get("List-Unsubscribe") != "<https://portal.example/u/tok123>" || h.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" {
		t.Fatalf("headers: %q %q", h.Get("List-Unsubscribe"), h.Get("List-Unsubscribe-Post"))
	}
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(data), &dkim.VerifyOptions{LookupTXT: lookupTXT})
	if err != nil || len(vs) != 2 {
		t.Fatal(err, len(vs))
	}
	for _, v := range vs {
		if v.Err != nil {
			t.Error(v.Err)
		}
		if !containsFold(v.HeaderKeys, "List-Unsubscribe") || !containsFold(v.HeaderKeys, "List-Unsubscribe-Post") {
			t.Errorf("h=%v lacks the List-Unsubscribe headers", v.HeaderKeys)
		}
	}
	// Marketing without an unsubscribe target is refused.
	n.UnsubscribeURL = ""
	_, err = s.Send(ctxT(t), n)
	wantErr(t, err, false, "unsubscribe")
}

func TestHeaderInjectionRefused(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	mods := map[string]func(*channel.Notice){
		"subject":     func(n *channel.Notice) { n.Subject = "Hi\r\nBcc: victim@evil.example" },
		"subject-lf":  func(n *channel.Notice) { n.Subject = "Hi\nX-Evil: 1" },
		"to":          func(n *channel.Notice) { n.To = testTo + "\r\nBcc: victim@evil.example" },
		"to-name":     func(n *channel.Notice) { n.To = "Jane <" + testTo + ">" },
		"to-list":     func(n *channel.Notice) { n.To = testTo + ", other@example.org" },
		"delivery-id": func(n *channel.Notice) { n.DeliveryID = "dlv\r\nX: y" },
		"unsubscribe": func(n *channel.Notice) {
			n.Marketing, n.UnsubscribeURL = true, "https://p.example/u\r\nBcc: victim@evil.example"
		},
	}
	for name, mod := range mods {
		n := notice("dlv_inj")
		mod(&n)
		_, err := s.Send(ctxT(t), n)
		var ce *channel.Error
		if !errors.As(err, &ce) || ce.Temporary {
			t.Errorf("%s: want a permanent error, got %v", name, err)
		}
		if err != nil && (strings.Contains(err.Error(), "evil") || strings.Contains(err.Error(), testTo)) {
			t.Errorf("%s: error echoes input: %v", name, err)
		}
	}
	if n := len(ts.messages()); n != 0 {
		t.Errorf("%d messages accepted", n)
	}
	if ts.accepted.Load() != 0 {
		t.Error("connected for a notice that cannot be built")
	}
}

func TestBuildMessage(t *testing.T) {
	now := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	n := notice("dlv_b1")
	n.Subject = "Información importante sobre su cuenta — aviso"
	n.Text = "Línea uno\nhttps://portal.example/m/abc?x=1&y=2\n" + strings.Repeat("long ", 40) + "\n"
	n.HTML = "<p>Hola, tienes un mensaje nuevo = ñ</p>"
	raw, err := BuildMessage(n, testFrom, now)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range bytes.Split(raw, []byte("\r\n")) {
		if len(line) > 78 && !bytes.HasPrefix(line, []byte("Content-Type")) {
			t.Errorf("line %d is %d octets: %q", i, len(line), line)
		}
		if bytes.ContainsAny(line, "\n\r") {
			t.Errorf("bare line break in line %d", i)
		}
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	dec := new(mime.WordDecoder)
	subj, err := dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil || subj != n.Subject {
		t.Errorf("subject %q (%v)", subj, err)
	}
	if !strings.HasPrefix(m.Header.Get("Subject"), "=?utf-8?q?") {
		t.Errorf("non-ASCII subject not RFC 2047 encoded: %q", m.Header.Get("Subject"))
	}
	if d, _ := m.Header.Date(); !d.Equal(now) {
		t.Errorf("Date %v", d)
	}
	if m.Header.Get("MIME-Version") != "1.0" || m.Header.Get("From") != `"Acme Health" <notices@acme.example>` || m.Header.Get("To") != testTo {
		t.Errorf("headers %v", m.Header)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("content type %q", m.Header.Get("Content-Type"))
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var parts []string
	var types []string
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if p.Header.Get("Content-Transfer-Encoding") != "quoted-printable" {
			t.Error("part not quoted-printable")
		}
		b, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, p.Header.Get("Content-Type"))
		parts = append(parts, string(b))
	}
	if len(parts) != 2 || types[0] != `text/plain; charset="utf-8"` || types[1] != `text/html; charset="utf-8"` {
		t.Fatalf("parts %v", types)
	}
	if want := strings.ReplaceAll(n.Text, "\n", "\r\n"); parts[0] != want {
		t.Errorf("text part %q, want %q", parts[0], want)
	}
	if strings.TrimRight(parts[1], "\r\n") != n.HTML {
		t.Errorf("html part %q", parts[1])
	}
	// Same notice, same bytes (apart from Date when time moves).
	raw2, _ := BuildMessage(n, testFrom, now)
	if !bytes.Equal(raw, raw2) {
		t.Error("BuildMessage is not deterministic")
	}
}

func TestBuildMessageTextOnly(t *testing.T) {
	n := notice("dlv_t")
	n.HTML = ""
	raw, err := BuildMessage(n, testFrom, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	m, _ := mail.ReadMessage(bytes.NewReader(raw))
	if ct := m.Header.Get("Content-Type"); ct != `text/plain; charset="utf-8"` {
		t.Errorf("Content-Type %q", ct)
	}
	b, _ := io.ReadAll(quotedprintable.NewReader(m.Body))
	if string(b) != strings.ReplaceAll(n.Text, "\n", "\r\n") {
		t.Errorf("body %q", b)
	}
}

func TestNewValidation(t *testing.T) {
	testKeys(t)
	dir := t.TempDir()
	small, _ := rsa.GenerateKey(rand.Reader, 1024)
	smallPath := filepath.Join(dir, "small.pem")
	der, _ := x509.MarshalPKCS8PrivateKey(small)
	os.WriteFile(smallPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
	notPEM := filepath.Join(dir, "x.pem")
	os.WriteFile(notPEM, []byte("nothing here"), 0o600)

	base := Config{Host: "smtp.example.org", From: testFrom}
	bad := map[string]func(*Config){
		"rsa-1024": func(c *Config) { c.DKIM = []DKIMKey{{Domain: testDomain, Selector: "s", KeyFile: smallPath}} },
		"key-missing": func(c *Config) {
			c.DKIM = []DKIMKey{{Domain: testDomain, Selector: "s", KeyFile: filepath.Join(dir, "none")}}
		},
		"key-selector": func(c *Config) { c.DKIM = []DKIMKey{{Domain: testDomain, Selector: "a b", KeyFile: rsaPath}} },
		"no-from":      func(c *Config) { c.From = "" },
		"from-crlf":    func(c *Config) { c.From = "a@b.example\r\nBcc: x@y.example" },
		"no-host":      func(c *Config) { c.Host = "" },
		"tls-mode":     func(c *Config) { c.TLS = "opportunistic" },
		"ca-empty":     func(c *Config) { c.CAFile = notPEM },
		"port":         func(c *Config) { c.Port = 70000 },
		"pool":         func(c *Config) { c.PoolSize = -1 },
	}
	for name, mod := range bad {
		c := base
		mod(&c)
		if s, err := New(c); err == nil {
			s.Close()
			t.Errorf("%s: accepted", name)
		}
	}
	c := base
	c.DKIM = dkimKeys()
	s, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.cfg.Port != 587 || s.cfg.PoolSize != 4 || s.helo != testDomain || s.tlsConf.MinVersion < 0x0303 {
		t.Errorf("defaults: %+v", s.cfg)
	}
}

func TestQueueID(t *testing.T) {
	for in, want := range map[string]string{
		"2.0.0 Ok: queued as 4Bc1Xy2z3":                                   "4Bc1Xy2z3",
		"OK id=1rAbCd-000123-Xy":                                          "1rAbCd-000123-Xy",
		"Ok 0100018d4f3c5e2a-1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e-000000": "0100018d4f3c5e2a-1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e-000000",
		"2.0.0 OK: queued":                                                "",
		"OK":                                                              "",
	} {
		if got := queueID(in); got != want {
			t.Errorf("queueID(%q) = %q, want %q", in, got, want)
		}
	}
}

// A pooled connection goes straight to MAIL FROM after a completed
// transaction, and says RSET first after one that was refused midway.
func TestRsetOnlyAfterAnUnfinishedTransaction(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.PoolSize = 1
	s := newSender(t, cfg)
	for _, id := range []string{"dlv_1", "dlv_2", "dlv_3"} {
		if _, err := s.Send(ctxT(t), notice(id)); err != nil {
			t.Fatal(err)
		}
	}
	if n := ts.rsets.Load(); n != 0 {
		t.Errorf("%d RSET after completed transactions, want 0", n)
	}
	ts.setFail("RCPT", &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "mailbox unavailable"})
	_, err := s.Send(ctxT(t), notice("dlv_4"))
	wantErr(t, err, false, "smtp 550 5.1.1 at RCPT TO")
	ts.setFail("", nil)
	if _, err := s.Send(ctxT(t), notice("dlv_5")); err != nil {
		t.Fatal(err)
	}
	if n := ts.rsets.Load(); n != 1 {
		t.Errorf("%d RSET, want 1 (after the refused RCPT)", n)
	}
	if n, c := len(ts.messages()), ts.accepted.Load(); n != 4 || c != 1 {
		t.Errorf("%d messages over %d connections, want 4 over 1", n, c)
	}
}

func TestReply421OnReusedConnectionRetriesOnce(t *testing.T) {
	ts, cfg, _ := tlsSetup(t, serverOpts{})
	s := newSender(t, cfg)
	if _, err := s.Send(ctxT(t), notice("dlv_1")); err != nil {
		t.Fatal(err)
	}
	ts.setFail("MAIL", &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 2}, Message: "shutting down"})
	_, err := s.Send(ctxT(t), notice("dlv_2"))
	wantErr(t, err, true, "smtp 421 4.3.2 at MAIL FROM")
	if n := ts.accepted.Load(); n != 2 {
		t.Errorf("%d connections: a 421 on a reused connection should be retried once on a fresh one", n)
	}
	ts.setFail("", nil)
	if _, err := s.Send(ctxT(t), notice("dlv_3")); err != nil {
		t.Fatal(err)
	}
}

func TestSilentServerTimesOut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	held := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			held <- c // accept, never greet
		}
	}()
	defer func() {
		for len(held) > 0 {
			(<-held).Close()
		}
	}()
	s := newSender(t, Config{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: testFrom, CommandTimeout: 200 * time.Millisecond})
	_, err = s.Send(ctxT(t), notice("dlv_1"))
	wantErr(t, err, true, "during greeting")
}

// TestDKIMRSAImplementations: whichever implementation computes the RSA
// signature (Go's crypto/rsa or the system's libcrypto), the sink receives a
// signature go-msgauth verifies; an unknown choice is refused at start-up,
// and requiring libcrypto where it cannot be loaded fails instead of falling
// back.
func TestDKIMRSAImplementations(t *testing.T) {
	testKeys(t)
	impls := []RSAImpl{RSAGo, RSAAuto}
	if osslrsa.Available() == nil {
		impls = append(impls, RSAOpenSSL)
	}
	for _, impl := range impls {
		t.Run(string(impl), func(t *testing.T) {
			ts, cfg, _ := tlsSetup(t, serverOpts{})
			cfg.DKIM = dkimKeys()[:1] // the RSA key
			cfg.DKIMRSA = impl
			s := newSender(t, cfg)
			d := s.DKIMSigners()
			wantDesc := "Go crypto/rsa"
			if impl == RSAOpenSSL || (impl == RSAAuto && osslrsa.Available() == nil) {
				wantDesc = osslrsa.Version()
			}
			if len(d) != 1 || !strings.Contains(d[0], "rsa-sha256") || !strings.Contains(d[0], wantDesc) {
				t.Errorf("signers %q, want rsa-sha256 by %q", d, wantDesc)
			}
			if _, err := s.Send(ctxT(t), notice("dlv_impl")); err != nil {
				t.Fatal(err)
			}
			vs, err := dkim.VerifyWithOptions(bytes.NewReader(ts.messages()[0].Data), &dkim.VerifyOptions{LookupTXT: lookupTXT})
			if err != nil || len(vs) != 1 || vs[0].Err != nil {
				t.Fatalf("verify: %v %+v", err, vs)
			}
		})
	}
	_, cfg, _ := tlsSetup(t, serverOpts{})
	cfg.DKIM = dkimKeys()[:1]
	cfg.DKIMRSA = "fastest"
	if _, err := New(cfg); err == nil || !strings.Contains(err.Error(), "unknown RSA implementation") {
		t.Errorf("unknown implementation: %v", err)
	}
	if osslrsa.Available() != nil {
		cfg.DKIMRSA = RSAOpenSSL
		if _, err := New(cfg); !errors.Is(err, osslrsa.ErrUnavailable) {
			t.Errorf("openssl required but unavailable: %v", err)
		}
	}
}
