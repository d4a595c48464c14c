package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

// received is one request as the test receiver saw it.
type received struct {
	header http.Header
	body   []byte
	path   string
}

// receiver is a loopback endpoint that records requests and answers with
// the status codes it is given, in order (the last one repeats).
type receiver struct {
	srv    *httptest.Server
	mu     sync.Mutex
	reqs   []received
	status []int
}

func newReceiver(t *testing.T, status ...int) *receiver {
	t.Helper()
	r := &receiver{status: status}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.reqs = append(r.reqs, received{header: req.Header.Clone(), body: body, path: req.URL.RequestURI()})
		code := r.status[0]
		if len(r.status) > 1 {
			r.status = r.status[1:]
		}
		r.mu.Unlock()
		w.WriteHeader(code)
		_, _ = w.Write([]byte("ok"))
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) requests() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.reqs...)
}

const tokenPath = "/hooks/tok_SECRETPATH?key=SECRETQUERY"

func fixedLookup(secret string) func(context.Context, string, string) (string, error) {
	return func(context.Context, string, string) (string, error) { return secret, nil }
}

func notice(to string) channel.Notice {
	return channel.Notice{
		TenantID:   "ten_1",
		DeliveryID: "dlv_01HZX",
		MessageID:  "msg_01HZX",
		Category:   "test_result",
		Urgency:    "normal",
		Locale:     "en",
		To:         to,
		Target:     "whk_1",
		Subject:    "MARKER-SUBJECT",
		Text:       "MARKER-TEXT",
		HTML:       "<p>MARKER-HTML</p>",
		SMS:        "MARKER-SMS",
		Title:      "Important information about your recent test",
		Body:       "Sign in to read it.",
		Link:       "https://portal.example/m/opaque",
	}
}

func assertClass(t *testing.T, err error, temporary bool, reasonHas string) {
	t.Helper()
	var ce *channel.Error
	if !errors.As(err, &ce) {
		t.Fatalf("error %v is not a *channel.Error", err)
	}
	if ce.Temporary != temporary {
		t.Fatalf("error %q: temporary = %v, want %v", err, ce.Temporary, temporary)
	}
	if !strings.Contains(ce.Reason, reasonHas) {
		t.Fatalf("reason %q does not contain %q", ce.Reason, reasonHas)
	}
	for _, leak := range []string{"SECRETPATH", "SECRETQUERY", "hooks", "MARKER"} {
		if strings.Contains(err.Error(), leak) {
			t.Fatalf("error %q leaks %q", err, leak)
		}
	}
}

func TestSendPayloadAndSignature(t *testing.T) {
	secret := NewSecret()
	rc := newReceiver(t, 200)
	s := NewSender(nil, time.Second, fixedLookup(secret))
	to := rc.srv.URL + tokenPath
	rcpt, err := s.Send(context.Background(), notice(to))
	if err != nil {
		t.Fatal(err)
	}
	if !rcpt.Delivered {
		t.Fatal("2xx not reported as delivered")
	}
	reqs := rc.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	r := reqs[0]
	if r.path != tokenPath {
		t.Fatalf("path %q", r.path)
	}
	if err := Verify(secret, r.header, r.body, time.Now(), 0); err != nil {
		t.Fatalf("receiver cannot verify: %v", err)
	}
	if got := r.header.Get("webhook-id"); got != "dlv_01HZX" {
		t.Fatalf("webhook-id %q", got)
	}
	if r.header.Get("Content-Type") != "application/json" || r.header.Get("User-Agent") != "sealpost-webhook/1" {
		t.Fatalf("headers %v", r.header)
	}
	for _, m := range []string{"MARKER", "SUBJECT", "subject"} {
		if strings.Contains(string(r.body), m) {
			t.Fatalf("payload contains %q: %s", m, r.body)
		}
	}
	var p map[string]any
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatal(err)
	}
	if p["type"] != "notice" || p["id"] != "dlv_01HZX" {
		t.Fatalf("payload %v", p)
	}
	if _, err := time.Parse(time.RFC3339, p["timestamp"].(string)); err != nil {
		t.Fatalf("timestamp: %v", err)
	}
	for k := range p {
		if k != "type" && k != "id" && k != "timestamp" && k != "data" {
			t.Fatalf("unexpected top-level field %q", k)
		}
	}
	data := p["data"].(map[string]any)
	want := map[string]string{
		"message_id": "msg_01HZX", "category": "test_result", "urgency": "normal",
		"title": "Important information about your recent test", "body": "Sign in to read it.",
		"link": "https://portal.example/m/opaque",
	}
	if len(data) != len(want) {
		t.Fatalf("data fields %v", data)
	}
	for k, v := range want {
		if data[k] != v {
			t.Fatalf("data[%q] = %v, want %q", k, data[k], v)
		}
	}
}

func TestSendClassification(t *testing.T) {
	cases := []struct {
		code      int
		ok        bool
		temporary bool
		reason    string
	}{
		{200, true, false, ""},
		{204, true, false, ""},
		{410, false, false, "endpoint gone"},
		{400, false, false, "http 400"},
		{401, false, false, "http 401"},
		{404, false, false, "http 404"},
		{408, false, true, "http 408"},
		{429, false, true, "http 429"},
		{500, false, true, "http 500"},
		{503, false, true, "http 503"},
		{302, false, false, "redirect not followed"},
	}
	secret := NewSecret()
	s := NewSender(nil, time.Second, fixedLookup(secret))
	for _, c := range cases {
		t.Run(http.StatusText(c.code), func(t *testing.T) {
			rc := newReceiver(t, c.code)
			_, err := s.Send(context.Background(), notice(rc.srv.URL+tokenPath))
			if c.ok {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			assertClass(t, err, c.temporary, c.reason)
			if !strings.Contains(channel.Reason(err), "127.0.0.1") && c.code != 410 && c.code != 302 {
				t.Fatalf("reason %q does not name the host", channel.Reason(err))
			}
		})
	}
}

func TestRedirectNotFollowed(t *testing.T) {
	target := newReceiver(t, 200)
	redir := httptest.NewServer(http.RedirectHandler(target.srv.URL+"/x", http.StatusTemporaryRedirect))
	defer redir.Close()
	s := NewSender(nil, time.Second, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice(redir.URL+tokenPath))
	assertClass(t, err, false, "redirect not followed")
	if n := len(target.requests()); n != 0 {
		t.Fatalf("redirect followed: %d requests at target", n)
	}
}

// hanging is a receiver that holds every request until the client gives up
// (or the test releases it).
func hanging(t *testing.T) (url string, arrived <-chan struct{}, release func()) {
	t.Helper()
	in := make(chan struct{}, 16)
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		in <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}))
	var once sync.Once
	rel := func() { once.Do(func() { close(done) }) }
	t.Cleanup(func() { rel(); srv.Close() })
	return srv.URL, in, rel
}

func TestTimeoutIsTemporary(t *testing.T) {
	url, _, _ := hanging(t)
	s := NewSender(nil, 50*time.Millisecond, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice(url+tokenPath))
	assertClass(t, err, true, "timed out")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("timeout error does not wrap DeadlineExceeded: %v", err)
	}
}

func TestSlowReceiverDoesNotStallOthers(t *testing.T) {
	slowURL, arrived, release := hanging(t)
	fast := newReceiver(t, 200)
	s := NewSender(nil, 30*time.Second, fixedLookup(NewSecret()))
	slowErr := make(chan error, 1)
	go func() {
		_, err := s.Send(context.Background(), notice(slowURL+tokenPath))
		slowErr <- err
	}()
	<-arrived // the slow receiver holds a request now
	for i := 0; i < 5; i++ {
		if _, err := s.Send(context.Background(), notice(fast.srv.URL+tokenPath)); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case err := <-slowErr:
		t.Fatalf("slow send finished before release: %v", err)
	default:
	}
	release()
	if err := <-slowErr; err != nil {
		t.Fatalf("slow send after release: %v", err)
	}
}

func TestCanceledContextIsTemporary(t *testing.T) {
	url, arrived, _ := hanging(t)
	s := NewSender(nil, 30*time.Second, fixedLookup(NewSecret()))
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-arrived; cancel() }()
	_, err := s.Send(ctx, notice(url+tokenPath))
	assertClass(t, err, true, "canceled")
}

func TestConnectionRefusedIsTemporary(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	s := NewSender(nil, time.Second, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice(url+tokenPath))
	assertClass(t, err, true, "connection failed")
}

func TestUntrustedTLSIsPermanent(t *testing.T) {
	srv := httptest.NewTLSServer(http.NotFoundHandler())
	defer srv.Close()
	s := NewSender(nil, time.Second, fixedLookup(NewSecret())) // default roots: the test CA is not trusted
	_, err := s.Send(context.Background(), notice(srv.URL+tokenPath))
	assertClass(t, err, false, "tls certificate does not verify")
}

func TestRetryKeepsWebhookID(t *testing.T) {
	secret := NewSecret()
	rc := newReceiver(t, 500, 429, 200)
	s := NewSender(nil, time.Second, fixedLookup(secret))
	n := notice(rc.srv.URL + tokenPath)
	var err error
	for i := 0; i < 3; i++ { // what the worker does: retry while temporary
		_, err = s.Send(context.Background(), n)
		if err == nil || !channel.IsTemporary(err) {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	reqs := rc.requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests", len(reqs))
	}
	for _, r := range reqs {
		if r.header.Get("webhook-id") != "dlv_01HZX" {
			t.Fatalf("webhook-id changed: %q", r.header.Get("webhook-id"))
		}
		if err := Verify(secret, r.header, r.body, time.Now(), 0); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBadEndpoints(t *testing.T) {
	rc := newReceiver(t, 200)
	host := strings.TrimPrefix(rc.srv.URL, "http://")
	s := NewSender(nil, time.Second, fixedLookup(NewSecret()))
	for _, to := range []string{
		"ftp://" + host + "/x",
		"http://user:pass@" + host + "/x",
		"http:///x",
		"/relative",
		"javascript:alert(1)",
		"http://" + host + "/\x7f",
	} {
		_, err := s.Send(context.Background(), notice(to))
		var ce *channel.Error
		if !errors.As(err, &ce) || ce.Temporary {
			t.Fatalf("%q: %v, want permanent", to, err)
		}
		if strings.Contains(err.Error(), "pass") {
			t.Fatalf("error leaks credentials: %v", err)
		}
	}
	if n := len(rc.requests()); n != 0 {
		t.Fatalf("%d requests to refused URLs", n)
	}
}

func TestLookupFailures(t *testing.T) {
	rc := newReceiver(t, 200)
	to := rc.srv.URL + tokenPath
	unknown := NewSender(nil, time.Second, func(context.Context, string, string) (string, error) {
		return "", ErrUnknownEndpoint
	})
	_, err := unknown.Send(context.Background(), notice(to))
	assertClass(t, err, false, "unknown endpoint")

	broken := NewSender(nil, time.Second, func(_ context.Context, _, u string) (string, error) {
		return "", errors.New("db down while reading " + u)
	})
	_, err = broken.Send(context.Background(), notice(to))
	assertClass(t, err, true, "lookup failed")

	badSecret := NewSender(nil, time.Second, fixedLookup("not a secret"))
	_, err = badSecret.Send(context.Background(), notice(to))
	assertClass(t, err, false, "secret invalid")
	if n := len(rc.requests()); n != 0 {
		t.Fatalf("%d requests", n)
	}
}

func TestStatusEventPost(t *testing.T) {
	secret := NewSecret()
	rc := newReceiver(t, 200)
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.FixedZone("x", 3600))
	payload, err := StatusEvent("dlv_1", "msg_1", "delivered", 2, at)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSender(nil, time.Second, nil)
	ep := Endpoint{URL: rc.srv.URL + "/status", Secret: secret}
	if err := s.Post(context.Background(), ep, StatusEventID("dlv_1", "delivered"), payload); err != nil {
		t.Fatal(err)
	}
	r := rc.requests()[0]
	if err := Verify(secret, r.header, r.body, time.Now(), 0); err != nil {
		t.Fatal(err)
	}
	if r.header.Get("webhook-id") != "dlv_1.delivered" {
		t.Fatalf("webhook-id %q", r.header.Get("webhook-id"))
	}
	var p struct {
		Type      string
		Timestamp string
		Data      map[string]any
	}
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Type != "delivery.status" || p.Timestamp != "2026-03-01T11:00:00Z" ||
		p.Data["delivery_id"] != "dlv_1" || p.Data["message_id"] != "msg_1" ||
		p.Data["status"] != "delivered" || p.Data["attempts"] != float64(2) {
		t.Fatalf("payload %s", r.body)
	}

	for _, bad := range []struct {
		d, m, s string
		a       int
		at      time.Time
	}{
		{"", "msg", "sent", 1, at},
		{"dlv", "msg", "opened", 1, at},
		{"dlv", "msg", "sent", -1, at},
		{"dlv", "msg", "sent", 1, time.Time{}},
	} {
		if _, err := StatusEvent(bad.d, bad.m, bad.s, bad.a, bad.at); err == nil {
			t.Fatalf("StatusEvent%v accepted", bad)
		}
	}

	// Post classifies like Send.
	gone := newReceiver(t, 410)
	err = s.Post(context.Background(), Endpoint{URL: gone.srv.URL + tokenPath, Secret: secret}, "evt", payload)
	assertClass(t, err, false, "endpoint gone")
}

func TestPublicTransportRefusesLoopback(t *testing.T) {
	rc := newReceiver(t, 200)
	s := NewSender(&http.Client{Transport: PublicTransport()}, time.Second, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice(rc.srv.URL+tokenPath))
	assertClass(t, err, false, "endpoint address is not public")
	if n := len(rc.requests()); n != 0 {
		t.Fatalf("%d requests reached a loopback receiver", n)
	}
	for addr, want := range map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true,
		"127.0.0.1": false, "10.1.2.3": false, "192.168.1.1": false, "172.16.0.1": false,
		"169.254.169.254": false, "100.64.0.1": false, "0.0.0.0": false, "::1": false,
		"fd00::1": false, "fe80::1": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
	} {
		if got := publicAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("publicAddr(%s) = %v, want %v", addr, got, want)
		}
	}
}
