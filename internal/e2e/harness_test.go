package e2e_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testlog"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// ---------- what the browser tests need ----------

// browserEnv is where Chromium and the node scripts are.
type browserEnv struct {
	Chromium string // /usr/bin/chromium
	NodeDir  string // e2e/ with node_modules/playwright-core
	Node     string // node binary
	OutRoot  string // test-output/e2e under the repository root
}

// needBrowser returns the browser set-up, or skips the test with the reason
// it is missing; with CI=true a missing piece fails the test instead.
// ./scripts/test installs both and exports SEALPOST_E2E_* (SEALPOST_E2E_SKIP
// carries the reason an install failed locally).
func needBrowser(t *testing.T) browserEnv {
	t.Helper()
	env := needNode(t)
	missing := func(reason string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf("browser end-to-end test cannot run and CI=true: %s", reason)
		}
		t.Skipf("browser end-to-end test skipped: %s (./scripts/test installs it)", reason)
	}
	env.Chromium = os.Getenv("SEALPOST_E2E_CHROMIUM")
	if env.Chromium == "" {
		env.Chromium = "/usr/bin/chromium"
	}
	if fi, err := os.Stat(env.Chromium); err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
		missing(fmt.Sprintf("Chromium not installed at %s", env.Chromium))
	}
	return env
}

// needNode is needBrowser without Chromium: node and e2e/node_modules.
func needNode(t *testing.T) browserEnv {
	t.Helper()
	missing := func(reason string) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf("browser end-to-end test cannot run and CI=true: %s", reason)
		}
		t.Skipf("browser end-to-end test skipped: %s (./scripts/test installs it)", reason)
	}
	if r := os.Getenv("SEALPOST_E2E_SKIP"); r != "" {
		missing(r)
	}
	root := repoRoot(t)
	env := browserEnv{NodeDir: os.Getenv("SEALPOST_E2E_NODE_DIR"), OutRoot: filepath.Join(root, "test-output", "e2e")}
	if env.NodeDir == "" {
		env.NodeDir = filepath.Join(root, "e2e")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not on PATH")
	}
	env.Node = node
	if _, err := os.Stat(filepath.Join(env.NodeDir, "node_modules", "playwright-core", "package.json")); err != nil {
		missing(fmt.Sprintf("playwright-core not installed in %s/node_modules (npm ci)", env.NodeDir))
	}
	return env
}

// repoRoot is the directory of go.mod above the test's working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s", dir)
		}
	}
}

// shotDir is test-output/e2e/<test name>, emptied for this run.
func (e browserEnv) shotDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(e.OutRoot, strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()))
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// ---------- the test clock ----------

// clock is the service's clock (cli.IO.Now): it stands still unless the test
// moves it, so sessions, step-up windows and TOTP steps are exact.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t0 time.Time) *clock { return &clock{t: t0} }

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// ---------- SMTP over TLS, witnessed ----------

// tlsWitness sits between sealpost and testsmtp and watches every SMTP
// connection's client side: it records whether the client sent STARTTLS and
// then a TLS handshake record, and whether anything of a mail transaction
// (MAIL, RCPT, DATA) crossed in plain text.
type tlsWitness struct {
	mu    sync.Mutex
	conns []connReport
}

type connReport struct {
	startTLS  bool // client sent STARTTLS
	tlsRecord bool // and its next bytes were a TLS handshake record
	plainMail bool // MAIL/RCPT/DATA before the upgrade
}

func (w *tlsWitness) reports() []connReport {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]connReport(nil), w.conns...)
}

// witnessSMTP listens on loopback and forwards to target; it stops with the
// test.
func witnessSMTP(t *testing.T, target string) (port int, w *tlsWitness) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	w = &tlsWitness{}
	var wg sync.WaitGroup
	var open sync.Map
	t.Cleanup(func() {
		ln.Close()
		open.Range(func(k, _ any) bool { k.(net.Conn).Close(); return true })
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			open.Store(c, true)
			open.Store(up, true)
			w.mu.Lock()
			w.conns = append(w.conns, connReport{})
			idx := len(w.conns) - 1
			w.mu.Unlock()
			wg.Add(2)
			go func() { defer wg.Done(); io.Copy(c, up); c.Close() }() //nolint:errcheck
			go func() {
				defer wg.Done()
				defer up.Close()
				w.watchClient(idx, c, up)
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port, w
}

// watchClient forwards the client's bytes, reading its plain-text commands
// line by line until STARTTLS, then checks the first byte after it.
func (w *tlsWitness) watchClient(idx int, c, up net.Conn) {
	r := bufio.NewReader(c)
	set := func(f func(*connReport)) { w.mu.Lock(); f(&w.conns[idx]); w.mu.Unlock() }
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			if _, werr := up.Write([]byte(line)); werr != nil {
				return
			}
			cmd := strings.ToUpper(strings.TrimSpace(line))
			switch {
			case cmd == "STARTTLS":
				set(func(cr *connReport) { cr.startTLS = true })
				b, err := r.Peek(1) // after the server's 220 the client starts the handshake
				if err != nil {
					return
				}
				set(func(cr *connReport) { cr.tlsRecord = b[0] == 0x16 })
				io.Copy(up, r) //nolint:errcheck
				return
			case strings.HasPrefix(cmd, "MAIL ") || strings.HasPrefix(cmd, "RCPT ") || cmd == "DATA":
				set(func(cr *connReport) { cr.plainMail = true })
			}
		}
		if err != nil {
			return
		}
	}
}

// ---------- the service ----------

// service is sealpost running in-process with a demo tenant.
type service struct {
	Base     string // http://127.0.0.1:port (or the host startServiceNamed was given)
	APIKey   string
	TenantID string // the demo tenant
	Clock    *clock
	SMTP     *testsmtp.Server
	TLS      *tlsWitness
	logs     *testlog.Buffer
	Store    []string // --data-dir, --db and --key-file, for other commands on the same data
	Port     string
}

// startService runs `sealpost serve --dev` on a free loopback port with SMTP
// to testsmtp over STARTTLS (its CA passed as --smtp-ca-file) and the test
// clock as the service clock; it stops, and must exit 0, when the test ends.
func startService(t *testing.T, clk *clock) *service {
	t.Helper()
	return startServiceNamed(t, clk, "127.0.0.1")
}

// startServiceNamed is startService whose public URL (and Base) names the
// loopback listener host, e.g. "localhost": WebAuthn needs a host name.
func startServiceNamed(t *testing.T, clk *clock, host string) *service {
	t.Helper()
	relay := testsmtp.Start(t)
	port, wit := witnessSMTP(t, relay.Addr)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, httpPort, _ := net.SplitHostPort(addr)
	base := "http://" + net.JoinHostPort(host, httpPort)
	dir := t.TempDir()
	args := []string{"serve", "--dev", "--listen", addr, "--public-url", base,
		"--data-dir", dir, "--db", "sqlite:" + filepath.Join(dir, "sealpost.db"), "--key-file", filepath.Join(dir, "root-keyset.json"),
		"--smtp-host", "127.0.0.1", "--smtp-port", fmt.Sprint(port), "--smtp-tls", "starttls", "--smtp-ca-file", relay.CAFile,
		"--smtp-from", "Sealpost E2E <notices@sealpost.test>", "--delivery-workers", "4",
		"--metrics-listen", "off"} // no fixed metrics port: services run side by side
	ctx, cancel := context.WithCancel(context.Background())
	out, logs := &testlog.Buffer{}, &testlog.Buffer{}
	done := make(chan int, 1)
	go func() { done <- cli.Run(ctx, args, cli.IO{Stdout: out, Stderr: logs, Now: clk.Now}) }()
	s := &service{Base: base, Clock: clk, SMTP: relay, TLS: wit, logs: logs, Port: httpPort,
		Store: []string{"--data-dir", dir, "--db", "sqlite:" + filepath.Join(dir, "sealpost.db"), "--key-file", filepath.Join(dir, "root-keyset.json")}}
	stopped := false
	t.Cleanup(func() {
		cancel()
		if stopped {
			return
		}
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, tail(logs.String()))
			}
		case <-time.After(30 * time.Second):
			t.Errorf("serve did not stop within 30 s")
		}
	})
	for deadline := time.Now().Add(60 * time.Second); ; {
		res, err := http.Get(s.Base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve not ready within 60 s: %s", tail(logs.String()))
		}
		select {
		case code := <-done:
			stopped = true
			t.Fatalf("serve exited with %d: %s", code, tail(logs.String()))
		case <-time.After(50 * time.Millisecond): // bounded readiness polling
		}
	}
	m := regexp.MustCompile(`SEALPOST_API_KEY=(sp_\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no demo key printed: %q", out.String())
	}
	s.APIKey = m[1]
	if m := regexp.MustCompile(`demo tenant (ten_\S+)`).FindStringSubmatch(out.String()); m != nil {
		s.TenantID = m[1]
	}
	return s
}

func tail(s string) string {
	if len(s) > 4000 {
		return "…" + s[len(s)-4000:]
	}
	return s
}

// call sends an API request with the tenant key and decodes a JSON answer
// into out (when not nil); it fails the test on any other status than want.
func (s *service) call(t *testing.T, method, path, contentType string, body []byte, hdr map[string]string, want int, out any) {
	t.Helper()
	req, err := http.NewRequest(method, s.Base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+s.APIKey)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("%s %s: %d, want %d: %s", method, path, res.StatusCode, want, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
}

func (s *service) putRecipient(t *testing.T, id, email string) {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"email": email, "time_zone": "UTC"})
	req, _ := http.NewRequest("PUT", s.Base+"/v1/recipients/"+id, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+s.APIKey)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 && res.StatusCode != 201 {
		t.Fatalf("PUT recipient: %d: %s", res.StatusCode, body)
	}
}

type sent struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	Link        string `json:"link"`
	Sensitivity string `json:"sensitivity"`
}

func (s *service) send(t *testing.T, recipient, category, subject, body string) sent {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"recipient": recipient, "category": category, "subject": subject, "body": body})
	var m sent
	s.call(t, "POST", "/v1/messages", "application/json", b, nil, 201, &m)
	return m
}

// ---------- notices ----------

// notice is one email as testsmtp received it.
type notice struct {
	To      []string
	Subject string
	Text    string // the text/plain part, transfer-decoded
	HTML    string
	Raw     []byte
}

// waitNotice waits (bounded) for the email to `to` whose Subject is subject.
func (s *service) waitNotice(t *testing.T, to, subject string, within time.Duration) notice {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		msgs := s.SMTP.Messages()
		for _, m := range msgs {
			if len(m.To) != 1 || m.To[0] != to {
				continue
			}
			n, err := parseNotice(m)
			if err != nil {
				t.Fatalf("notice to %s: %v\n%s", to, err, m.Data)
			}
			if n.Subject == subject {
				return n
			}
		}
		left := time.Until(deadline)
		if left <= 0 {
			var subjects []string
			for _, m := range msgs {
				if n, err := parseNotice(m); err == nil {
					subjects = append(subjects, fmt.Sprintf("%v %q", n.To, n.Subject))
				}
			}
			t.Fatalf("no notice %q to %s within %v; received %v\nlogs: %s", subject, to, within, subjects, tail(s.logs.String()))
		}
		s.SMTP.Wait(len(msgs)+1, left) // returns on the next arrival or at the deadline
	}
}

func parseNotice(m testsmtp.Message) (notice, error) {
	n := notice{To: m.To, Raw: m.Data}
	msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		return n, err
	}
	dec := new(mime.WordDecoder)
	if n.Subject, err = dec.DecodeHeader(msg.Header.Get("Subject")); err != nil {
		return n, err
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return n, err
	}
	if !strings.HasPrefix(mt, "multipart/") {
		return n, fmt.Errorf("content type %s, want multipart/alternative", mt)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextPart() // decodes quoted-printable
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, err
		}
		b, err := io.ReadAll(p)
		if err != nil {
			return n, err
		}
		pt, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		switch pt {
		case "text/plain":
			n.Text = string(b)
		case "text/html":
			n.HTML = string(b)
		}
	}
	if n.Text == "" {
		return n, errors.New("no text/plain part")
	}
	return n, nil
}

// link is the notice's link back to its message, found in the text part.
func (n notice) link(t *testing.T, base string) string {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(base)+`/m/[0-9A-Za-z_-]+`).FindAllString(n.Text, -1)
	if len(m) == 0 {
		t.Fatalf("notice %q has no %s/m/… link in its text part:\n%s", n.Subject, base, n.Text)
	}
	for _, l := range m[1:] {
		if l != m[0] {
			t.Fatalf("notice %q has two different links: %v", n.Subject, m)
		}
	}
	return m[0]
}

// overTLS checks that every SMTP connection sealpost opened upgraded with
// STARTTLS to a TLS handshake before any mail transaction command.
func (s *service) overTLS(t *testing.T) {
	t.Helper()
	conns := s.TLS.reports()
	if len(conns) == 0 {
		t.Fatal("sealpost opened no SMTP connection")
	}
	for i, c := range conns {
		if c.plainMail || !c.startTLS || !c.tlsRecord {
			t.Fatalf("SMTP connection %d: STARTTLS %v, TLS handshake after it %v, mail commands in plain text %v", i, c.startTLS, c.tlsRecord, c.plainMail)
		}
	}
}

// ---------- node phases ----------

// document is one top-level navigation response the browser received.
type document struct {
	URL         string `json:"url"`
	Status      int    `json:"status"`
	ContentType string `json:"content_type"`
	CSP         string `json:"csp"`
	Location    string `json:"location"`
}

type inboxItem struct {
	Href   string `json:"href"`
	Unread string `json:"unread"`
	Text   string `json:"text"`
}

type shownMessage struct {
	Path    string `json:"path"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// pageAudit is axe-core's verdict on one page at one width.
type pageAudit struct {
	Page       string `json:"page"`
	Width      string `json:"width"` // desktop or phone
	Path       string `json:"path"`
	Lang       string `json:"lang"` // the page's <html lang>
	Ms         int    `json:"ms"`   // how long the check took
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	} `json:"violations"`
}

// result is what flow.mjs prints for a phase (fields per phase).
type result struct {
	Raw           json.RawMessage `json:"-"` // the whole line, for phases with fields of their own
	OK            bool            `json:"ok"`
	Phase         string          `json:"phase"`
	Step          string          `json:"step"`
	Error         string          `json:"error"`
	Screenshots   []string        `json:"screenshots"`
	Documents     []document      `json:"documents"`
	ConsoleErrors []string        `json:"console_errors"`
	Blocked       []string        `json:"blocked_requests"`

	Code string `json:"code"` // totp

	URL      string `json:"url"` // link
	Status   int    `json:"status"`
	Heading  string `json:"heading"`
	CSPProbe struct {
		Ran      bool     `json:"ran"`
		Violated string   `json:"violated"`
		Messages []string `json:"messages"`
	} `json:"csp_probe"`

	TOTPSecret           string       `json:"totp_secret"` // enrol
	QRDecoded            bool         `json:"qr_decoded"`
	RecoveryCodes        []string     `json:"recovery_codes"`
	AfterContinue        string       `json:"after_continue"`
	AfterSignOut         string       `json:"after_sign_out"`
	InboxAfterSignOut    string       `json:"inbox_after_sign_out"`
	Message              shownMessage `json:"message"` // read, stepup
	UnreadAfterRead      int          `json:"unread_after_read"`
	ItemsAfterRead       []inboxItem  `json:"items_after_read"`
	UnreadAfterMark      int          `json:"unread_after_mark"`
	ItemsAfterMark       []inboxItem  `json:"items_after_mark"`
	UnreadAfterReadAgain int          `json:"unread_after_read_again"`

	StepupNext      string   `json:"stepup_next"` // stepup
	StepupHeading   string   `json:"stepup_heading"`
	AttachmentNames []string `json:"attachment_names"`
	Attachment      struct {
		Filename string `json:"filename"`
		Size     int    `json:"size"`
		SHA256   string `json:"sha256"`
	} `json:"attachment"`
	StartPath    string `json:"start_path"` // entry
	StartStatus  int    `json:"start_status"`
	StartHeading string `json:"start_heading"`
	SigninPath   string `json:"signin_path"`
	SigninForm   bool   `json:"signin_form"`
	SigninText   string `json:"signin_text"`
	FinalPath    string `json:"final_path"`

	Path    string      `json:"path"`   // reset: where the new password led
	Audits  []pageAudit `json:"audits"` // with audit: axe-core per page and width
	Visited []struct {  // tour
		Name    string `json:"name"`
		Status  int    `json:"status"`
		Path    string `json:"path"`
		Heading string `json:"heading"`
	} `json:"visited"`

	UnreadBefore int         `json:"unread_before"`
	ItemsBefore  []inboxItem `json:"items_before"`
	UnreadAfter  int         `json:"unread_after"`
	ItemsAfter   []inboxItem `json:"items_after"`
}

// phase runs `node e2e/flow.mjs name` with in as SEALPOST_E2E_INPUT and
// returns its result; a failed phase fails the test with the step, the error,
// node's stderr and the screenshots taken.
func (e browserEnv) phase(t *testing.T, name string, in map[string]any) result {
	t.Helper()
	in["chromium"] = e.Chromium
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.Node, filepath.Join(e.NodeDir, "flow.mjs"), name)
	cmd.Dir = e.NodeDir
	cmd.Env = append(os.Environ(), "SEALPOST_E2E_INPUT="+string(b))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	runErr := cmd.Run()
	logRun(t, name, start, cmd)
	var r result
	found := false
	for _, line := range strings.Split(stdout.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "E2E-RESULT "); ok {
			if err := json.Unmarshal([]byte(rest), &r); err != nil {
				t.Fatalf("phase %s: bad result line: %v\n%s", name, err, rest)
			}
			r.Raw = json.RawMessage(rest)
			found = true
		}
	}
	for _, s := range r.Screenshots {
		t.Logf("phase %s: screenshot %s", name, s)
	}
	if !found {
		t.Fatalf("phase %s printed no result (%v)\nstdout: %s\nstderr: %s", name, runErr, stdout.String(), stderr.String())
	}
	if !r.OK || runErr != nil {
		t.Fatalf("phase %s failed at step %q (%v): %s\nstderr: %s", name, r.Step, runErr, r.Error, stderr.String())
	}
	if len(r.Blocked) > 0 {
		t.Errorf("phase %s: the page asked for non-loopback addresses: %v", name, r.Blocked)
	}
	if len(r.ConsoleErrors) > 0 {
		t.Errorf("phase %s: console errors: %q", name, r.ConsoleErrors)
	}
	issuer, _ := in["issuer"].(string)     // an OpenID provider's pages are not sealpost's,
	portal, _ := in["portal_url"].(string) // nor are the example portal's (checked by their test)
	for _, d := range r.Documents {
		if issuer != "" && strings.HasPrefix(d.URL, issuer+"/") || portal != "" && strings.HasPrefix(d.URL, portal+"/") {
			continue
		}
		// Every page the browser renders; a redirect's body is never shown.
		if strings.HasPrefix(d.ContentType, "text/html") && (d.Status < 300 || d.Status >= 400) {
			if err := strictCSP(d.CSP); err != nil {
				t.Errorf("phase %s: %s (%d): Content-Security-Policy %q: %v", name, d.URL, d.Status, d.CSP, err)
			}
		}
	}
	return r
}

// logRun logs how long a node script ran and the CPU it and its browser
// used (rusage of node and its waited-for children): wall time far above
// the CPU time means the run waited — for the machine (other work on the
// same cores) or for a timer — rather than worked, which tells a loaded
// machine from a slower test when the package's time changes.
func logRun(t *testing.T, name string, start time.Time, cmd *exec.Cmd) {
	t.Helper()
	wall := time.Since(start)
	if ps := cmd.ProcessState; ps != nil {
		t.Logf("node %s: %.1f s wall, %.1f s CPU", name, wall.Seconds(), (ps.UserTime() + ps.SystemTime()).Seconds())
	}
}

// strictCSP accepts a policy that allows no script but the page's own (no
// inline, eval, data: or other hosts), no plugins, no <base> and no framing.
func strictCSP(policy string) error {
	if policy == "" {
		return errors.New("no policy")
	}
	dirs := map[string][]string{}
	for _, d := range strings.Split(policy, ";") {
		f := strings.Fields(strings.TrimSpace(d))
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, dup := dirs[name]; !dup {
			dirs[name] = f[1:]
		}
	}
	only := func(name string, srcs []string, allowed ...string) error {
		if len(srcs) == 0 {
			return fmt.Errorf("%s is empty", name)
		}
		for _, s := range srcs {
			ok := false
			for _, a := range allowed {
				if strings.EqualFold(s, a) || (strings.HasSuffix(a, "*") && strings.HasPrefix(s, strings.TrimSuffix(a, "*"))) {
					ok = true
				}
			}
			if !ok {
				return fmt.Errorf("%s allows %s", name, s)
			}
		}
		return nil
	}
	def, ok := dirs["default-src"]
	if !ok {
		return errors.New("no default-src")
	}
	if err := only("default-src", def, "'none'", "'self'"); err != nil {
		return err
	}
	eff := func(name string) []string {
		if v, ok := dirs[name]; ok {
			return v
		}
		return def
	}
	for _, name := range []string{"script-src", "script-src-elem", "script-src-attr"} {
		if v, ok := dirs[name]; ok || name == "script-src" {
			if !ok {
				v = def
			}
			if err := only(name, v, "'none'", "'self'", "'nonce-*", "'sha256-*", "'sha384-*", "'sha512-*", "'strict-dynamic'"); err != nil {
				return err
			}
		}
	}
	if err := only("object-src", eff("object-src"), "'none'"); err != nil {
		return err
	}
	for _, name := range []string{"base-uri", "frame-ancestors", "form-action"} {
		v, ok := dirs[name]
		if !ok {
			return fmt.Errorf("no %s", name)
		}
		if err := only(name, v, "'none'", "'self'"); err != nil {
			return err
		}
	}
	return nil
}
