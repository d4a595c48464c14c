package devmail

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/smtp"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
)

func start(t *testing.T, max int) (*Mailbox, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	m := New(max)
	addr, err := m.ListenAndServe(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return m, addr
}

// sendRaw delivers raw with the standard library's SMTP client.
func sendRaw(t *testing.T, addr, from string, to []string, raw string) {
	t.Helper()
	if err := smtp.SendMail(addr, nil, from, to, []byte(strings.ReplaceAll(raw, "\n", "\r\n"))); err != nil {
		t.Fatal(err)
	}
}

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec
}

// senderTo returns sealpost's email sender wired to the mailbox the way
// `serve --dev` does it (plaintext to loopback), with an Ed25519 DKIM key.
func senderTo(t *testing.T, addr string) *email.Sender {
	t.Helper()
	host, port, _ := net.SplitHostPort(addr)
	p, _ := strconv.Atoi(port)
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(key)
	kf := filepath.Join(t.TempDir(), "dkim.pem")
	os.WriteFile(kf, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
	s, err := email.New(email.Config{
		Host: host, Port: p, TLS: email.TLSNone, AllowPlaintextLoopback: true,
		From: "Demo Clinic <notices@demo.localhost>",
		DKIM: []email.DKIMKey{{Domain: "demo.localhost", Selector: "dev", KeyFile: kf}},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCatchListAndView(t *testing.T) {
	m, addr := start(t, 10)
	s := senderTo(t, addr)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for i, subj := range []string{"You have a new message", "Payment processed successfully"} {
		_, err := s.Send(ctx, channel.Notice{
			DeliveryID: fmt.Sprintf("dlv_%d", i),
			To:         "jane@example.org",
			Subject:    subj,
			Text:       "Read it at https://portal.example/m/tok" + strconv.Itoa(i) + ".\n",
			HTML:       `<p>Read it <a href="https://portal.example/m/tok">here</a></p><script>alert(1)</script>`,
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	msgs := m.Messages()
	if len(msgs) != 2 || msgs[0].Subject != "Payment processed successfully" || msgs[1].Subject != "You have a new message" {
		t.Fatalf("messages not newest first: %+v", msgs)
	}
	got := msgs[0]
	if got.From != "notices@demo.localhost" || len(got.To) != 1 || got.To[0] != "jane@example.org" {
		t.Errorf("envelope %q %q", got.From, got.To)
	}
	if got.MessageID != "<dlv_1@demo.localhost>" {
		t.Errorf("Message-ID %q", got.MessageID)
	}
	if got.Text != "Read it at https://portal.example/m/tok1.\n" || !strings.Contains(got.HTML, `<a href="https://portal.example/m/tok">`) {
		t.Errorf("parts %q / %q", got.Text, got.HTML)
	}

	h := m.Handler("/dev/mail")
	list := get(t, h, "/dev/mail")
	if list.Code != 200 {
		t.Fatal(list.Code)
	}
	body := list.Body.String()
	i1, i0 := strings.Index(body, "Payment processed"), strings.Index(body, "You have a new message")
	if i1 < 0 || i0 < 0 || i1 > i0 {
		t.Error("list not newest first")
	}
	if !strings.Contains(body, `href="/dev/mail/`+got.ID+`"`) || !strings.Contains(body, "jane@example.org") {
		t.Error("list lacks link or recipient")
	}
	checkSecurityHeaders(t, list)

	view := get(t, h, "/dev/mail/"+got.ID)
	if view.Code != 200 {
		t.Fatal(view.Code)
	}
	vb := view.Body.String()
	for _, want := range []string{
		"DKIM-Signature present", "d=demo.localhost s=dev a=ed25519-sha256",
		`<a href="https://portal.example/m/tok1" target="_blank" rel="noopener noreferrer">https://portal.example/m/tok1</a>.`,
		`<iframe sandbox="allow-popups allow-popups-to-escape-sandbox"`,
		`srcdoc="&lt;base target=&#34;_blank&#34;&gt;&lt;p&gt;Read it`,
		"&lt;script&gt;alert(1)&lt;/script&gt;", // HTML source, escaped
		"&lt;dlv_1@demo.localhost&gt;",
	} {
		if !strings.Contains(vb, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	if strings.Contains(vb, "<script") {
		t.Error("unescaped <script in the view")
	}
	checkSecurityHeaders(t, view)
	// The rendered HTML runs without scripts: the sandbox omits allow-scripts.
	if strings.Contains(vb, "allow-scripts") || strings.Contains(vb, "allow-same-origin") {
		t.Error("sandbox too permissive")
	}
}

func checkSecurityHeaders(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.HasPrefix(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
}

func TestEscaping(t *testing.T) {
	m, addr := start(t, 10)
	sendRaw(t, addr, "a@example.org", []string{"<b>x@example.org"[3:]}, `From: "<img src=x onerror=alert(1)>" <a@example.org>
To: x@example.org
Subject: <script>alert("subject")</script>
Content-Type: text/plain; charset=utf-8

Hello <script>alert("text")</script> https://evil.example/"><script>x</script>
`)
	h := m.Handler("/dev/mail/")
	msgs := m.Messages()
	if len(msgs) != 1 {
		t.Fatal(len(msgs))
	}
	for _, path := range []string{"/dev/mail/", "/dev/mail/" + msgs[0].ID} {
		rec := get(t, h, path)
		b := rec.Body.String()
		if strings.Contains(b, "<script") || strings.Contains(b, "<img") {
			t.Errorf("%s: unescaped markup:\n%s", path, b)
		}
		if !strings.Contains(b, "&lt;script&gt;alert(&#34;subject&#34;)&lt;/script&gt;") {
			t.Errorf("%s: escaped subject missing", path)
		}
	}
}

func TestMultipartBase64AndEncodedSubject(t *testing.T) {
	m, addr := start(t, 10)
	sendRaw(t, addr, "a@example.org", []string{"b@example.org"}, `From: a@example.org
To: b@example.org
Subject: =?utf-8?q?Informaci=C3=B3n?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SG9sYSwgbcOpZGljbw==
--inner
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<p>Ol=E1</p>
--inner--
--outer
Content-Type: text/plain
Content-Disposition: attachment; filename="x.txt"

attachment text
--outer--
`)
	got := m.Messages()[0]
	if got.Subject != "Información" || got.Text != "Hola, médico" || strings.TrimSpace(got.HTML) != "<p>Olá</p>" {
		t.Errorf("%q %q %q", got.Subject, got.Text, got.HTML)
	}
}

func TestRawDownload(t *testing.T) {
	m, addr := start(t, 10)
	sendRaw(t, addr, "a@example.org", []string{"b@example.org"}, "Subject: hi\n\nbody\n")
	msg := m.Messages()[0]
	rec := get(t, m.Handler("/dev/mail"), "/dev/mail/"+msg.ID+".eml")
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "message/rfc822" || !strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Fatalf("%d %v", rec.Code, rec.Header())
	}
	if !bytes.Equal(rec.Body.Bytes(), msg.Raw) || !bytes.Contains(msg.Raw, []byte("Subject: hi\r\n")) {
		t.Errorf("raw %q", rec.Body.Bytes())
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	m := New(2)
	h := m.Handler("/dev/mail")
	for _, p := range []string{"/dev/mail/1", "/dev/mail/1.eml", "/dev/mail/abc", "/dev/mail/../x", "/other"} {
		if rec := get(t, h, p); rec.Code != 404 {
			t.Errorf("%s: %d", p, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/dev/mail", nil))
	if rec.Code != 405 {
		t.Errorf("POST: %d", rec.Code)
	}
}

func TestRingBufferBound(t *testing.T) {
	m := New(3)
	for i := 1; i <= 5; i++ {
		m.Add("a@example.org", []string{"b@example.org"}, []byte(fmt.Sprintf("Subject: n%d\r\n\r\nx\r\n", i)))
	}
	msgs := m.Messages()
	if len(msgs) != 3 || m.Len() != 3 {
		t.Fatalf("%d messages kept", len(msgs))
	}
	for i, want := range []string{"n5", "n4", "n3"} {
		if msgs[i].Subject != want {
			t.Errorf("msgs[%d] = %q, want %q", i, msgs[i].Subject, want)
		}
	}
	if _, ok := m.Get(msgs[2].ID); !ok {
		t.Error("oldest kept message not found")
	}
	if _, ok := m.Get("1"); ok {
		t.Error("evicted message still found")
	}
	if rec := get(t, m.Handler("/dev/mail"), "/dev/mail/1"); rec.Code != 404 {
		t.Errorf("evicted message served: %d", rec.Code)
	}
}

func TestNonLoopbackRefused(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, addr := range []string{":0", "0.0.0.0:0", "[::]:0", "192.0.2.1:2525", "example.org:25", "nonsense"} {
		if got, err := New(1).ListenAndServe(ctx, addr); err == nil {
			t.Errorf("%q accepted (listening on %s)", addr, got)
		}
	}
}

func TestStopsWhenContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	m := New(1)
	addr, err := m.ListenAndServe(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cancel()
	// The server closes the open connection when it stops: the read ends.
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Fatalf("connection not closed on stop: %v", err)
	}
}
