package sms

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

const (
	testSID   = "AC0123456789abcdef0123456789abcdef"
	testToken = "tok_0123456789abcdef"
	testFrom  = "+15005550006"
	testTo    = "+14155550123"
	testBody  = "You have a new message. Sign in to read it: https://portal.example/m/Zx8"
)

// fakeTwilio speaks the documented Messages API: it checks path, basic auth,
// content type, form fields and the idempotency header, then answers as
// Twilio does for the mode it is in.
type fakeTwilio struct {
	t    *testing.T
	srv  *httptest.Server
	mu   sync.Mutex
	mode string // "ok", "invalid", "auth", "rate", "error", "hang", "nosid", "garbage"
	reqs []fakeReq
	// seen idempotency tokens → sid: a retry with the same token returns the same message
	tokens map[string]string
}

type fakeReq struct {
	form  url.Values
	token string
}

func newFakeTwilio(t *testing.T, mode string) *fakeTwilio {
	f := &fakeTwilio{t: t, mode: mode, tokens: map[string]string{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeTwilio) setMode(m string) { f.mu.Lock(); f.mode = m; f.mu.Unlock() }

func (f *fakeTwilio) requests() []fakeReq {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeReq(nil), f.reqs...)
}

func twilioError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"code": code, "message": msg, "more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code), "status": status,
	})
}

func (f *fakeTwilio) serve(w http.ResponseWriter, r *http.Request) {
	wantPath := "/2010-04-01/Accounts/" + testSID + "/Messages.json"
	if r.Method != http.MethodPost || r.URL.Path != wantPath {
		twilioError(w, 404, 20404, "The requested resource was not found")
		return
	}
	user, pass, ok := r.BasicAuth()
	if !ok || user != testSID || pass != testToken {
		twilioError(w, 401, 20003, "Authenticate")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
		twilioError(w, 400, 20001, "bad content type "+ct)
		return
	}
	if err := r.ParseForm(); err != nil {
		twilioError(w, 400, 20001, "bad form")
		return
	}
	f.mu.Lock()
	mode := f.mode
	token := r.Header.Get("I-Twilio-Idempotency-Token")
	f.reqs = append(f.reqs, fakeReq{form: r.PostForm, token: token})
	f.mu.Unlock()
	if r.PostForm.Get("To") == "" || r.PostForm.Get("Body") == "" ||
		(r.PostForm.Get("From") == "" && r.PostForm.Get("MessagingServiceSid") == "") {
		twilioError(w, 400, 21604, "A 'To' phone number is required.")
		return
	}
	switch mode {
	case "invalid":
		twilioError(w, 400, 21211, "The 'To' number "+r.PostForm.Get("To")+" is not a valid phone number.")
	case "auth":
		twilioError(w, 401, 20003, "Authenticate")
	case "rate":
		twilioError(w, 429, 20429, "Too Many Requests")
	case "error":
		twilioError(w, 500, 20500, "Internal Server Error")
	case "hang":
		<-r.Context().Done()
	case "nosid":
		w.WriteHeader(201)
		_, _ = w.Write([]byte(`{"status":"queued"}`))
	case "garbage":
		w.WriteHeader(201)
		_, _ = w.Write([]byte(`<html>`))
	default:
		f.mu.Lock()
		sid, seen := f.tokens[token]
		if !seen {
			sid = fmt.Sprintf("SM%032x", len(f.tokens)+1)
			if token != "" {
				f.tokens[token] = sid
			}
		}
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		_ = json.NewEncoder(w).Encode(map[string]any{
			"account_sid": testSID, "api_version": "2010-04-01", "body": r.PostForm.Get("Body"),
			"date_created": time.Now().UTC().Format(time.RFC1123Z), "direction": "outbound-api",
			"error_code": nil, "error_message": nil, "from": r.PostForm.Get("From"),
			"messaging_service_sid": nil, "num_media": "0", "num_segments": "1", "price": nil,
			"sid": sid, "status": "queued", "to": r.PostForm.Get("To"),
			"uri": "/2010-04-01/Accounts/" + testSID + "/Messages/" + sid + ".json",
		})
	}
}

func newTestTwilio(t *testing.T, f *fakeTwilio, mod func(*TwilioConfig)) *Twilio {
	t.Helper()
	cfg := TwilioConfig{
		BaseURL: f.srv.URL, AccountSID: testSID, AuthToken: testToken, From: testFrom,
		StatusCallbackURL: "https://sealpost.example/v1/sms/twilio/status",
		Timeout:           2 * time.Second,
	}
	if mod != nil {
		mod(&cfg)
	}
	tw, err := NewTwilio(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return tw
}

func smsNotice() channel.Notice {
	return channel.Notice{
		TenantID: "ten_1", DeliveryID: "dlv_01J0SMS", MessageID: "msg_1", Category: "account_message",
		To: testTo, SMS: testBody, Subject: "MARKER-SUBJECT", Text: "MARKER-TEXT",
	}
}

// noLeak fails if err's text quotes the number, the body or provider prose.
func noLeak(t *testing.T, err error) {
	t.Helper()
	for _, s := range []string{testTo, "4155550123", "Sign in", "portal.example", "not a valid", testToken, "MARKER"} {
		if strings.Contains(err.Error(), s) {
			t.Fatalf("error %q leaks %q", err, s)
		}
	}
}

func TestTwilioSend(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	s := NewSender(newTestTwilio(t, f, nil))
	rcpt, err := s.Send(context.Background(), smsNotice())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rcpt.ProviderID, "SM") || rcpt.Delivered {
		t.Fatalf("receipt %+v", rcpt)
	}
	// A retry of the same delivery carries the same token and gets the same sid.
	rcpt2, err := s.Send(context.Background(), smsNotice())
	if err != nil || rcpt2.ProviderID != rcpt.ProviderID {
		t.Fatalf("retry: %+v, %v", rcpt2, err)
	}
	reqs := f.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	r := reqs[0]
	want := url.Values{
		"To": {testTo}, "From": {testFrom}, "Body": {testBody},
		"StatusCallback": {"https://sealpost.example/v1/sms/twilio/status"},
	}
	if fmt.Sprint(r.form) != fmt.Sprint(want) {
		t.Fatalf("form %v, want %v", r.form, want)
	}
	if strings.Contains(r.form.Encode(), "MARKER") {
		t.Fatalf("email texts reached the SMS provider: %v", r.form)
	}
	if r.token != "dlv_01J0SMS" || reqs[1].token != "dlv_01J0SMS" {
		t.Fatalf("idempotency tokens %q, %q", r.token, reqs[1].token)
	}
}

func TestTwilioMessagingService(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	tw := newTestTwilio(t, f, func(c *TwilioConfig) {
		c.From, c.MessagingServiceSID, c.StatusCallbackURL = "", "MG0123", ""
	})
	if _, err := tw.Send(context.Background(), testTo, "hi", "k1"); err != nil {
		t.Fatal(err)
	}
	form := f.requests()[0].form
	if form.Get("MessagingServiceSid") != "MG0123" || form.Has("From") || form.Has("StatusCallback") {
		t.Fatalf("form %v", form)
	}
}

func TestTwilioClassification(t *testing.T) {
	cases := []struct {
		mode      string
		temporary bool
		reason    string
	}{
		{"invalid", false, "twilio 400 code 21211"},
		{"auth", false, "twilio 401 code 20003"},
		{"rate", true, "twilio 429 code 20429"},
		{"error", true, "twilio 500 code 20500"},
		{"nosid", true, "twilio answer without message sid"},
		{"garbage", true, "twilio answer without message sid"},
	}
	for _, c := range cases {
		t.Run(c.mode, func(t *testing.T) {
			f := newFakeTwilio(t, c.mode)
			s := NewSender(newTestTwilio(t, f, nil))
			_, err := s.Send(context.Background(), smsNotice())
			var ce *channel.Error
			if !errors.As(err, &ce) || ce.Temporary != c.temporary || ce.Reason != c.reason {
				t.Fatalf("err = %#v, want temporary=%v reason %q", err, c.temporary, c.reason)
			}
			noLeak(t, err)
		})
	}
}

func TestTwilioWrongCredentials(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	tw := newTestTwilio(t, f, func(c *TwilioConfig) { c.AuthToken = "wrong" })
	_, err := tw.Send(context.Background(), testTo, testBody, "k")
	var ce *channel.Error
	if !errors.As(err, &ce) || ce.Temporary || ce.Reason != "twilio 401 code 20003" {
		t.Fatalf("err = %v", err)
	}
}

func TestTwilioTimeout(t *testing.T) {
	f := newFakeTwilio(t, "hang")
	s := NewSender(newTestTwilio(t, f, func(c *TwilioConfig) { c.Timeout = 50 * time.Millisecond }))
	_, err := s.Send(context.Background(), smsNotice())
	var ce *channel.Error
	if !errors.As(err, &ce) || !ce.Temporary || ce.Reason != "twilio timed out" {
		t.Fatalf("err = %v", err)
	}
	noLeak(t, err)
}

func TestTwilioConnectionRefused(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	tw := newTestTwilio(t, f, nil)
	f.srv.Close()
	_, err := tw.Send(context.Background(), testTo, testBody, "k")
	var ce *channel.Error
	if !errors.As(err, &ce) || !ce.Temporary || ce.Reason != "twilio connection failed" {
		t.Fatalf("err = %v", err)
	}
	noLeak(t, err)
}

func TestNewTwilioConfig(t *testing.T) {
	for name, cfg := range map[string]TwilioConfig{
		"no sid":       {AuthToken: "t", From: testFrom},
		"no token":     {AccountSID: "AC1", From: testFrom},
		"no sender":    {AccountSID: "AC1", AuthToken: "t"},
		"bad base":     {BaseURL: "ftp://x", AccountSID: "AC1", AuthToken: "t", From: testFrom},
		"userinfo":     {BaseURL: "https://u:p@x", AccountSID: "AC1", AuthToken: "t", From: testFrom},
		"bad callback": {AccountSID: "AC1", AuthToken: "t", From: testFrom, StatusCallbackURL: "/relative"},
	} {
		if _, err := NewTwilio(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	tw, err := NewTwilio(TwilioConfig{AccountSID: "AC1", AuthToken: "t", From: testFrom})
	if err != nil || tw.endpoint != "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json" {
		t.Fatalf("default endpoint: %v %v", tw, err)
	}
}

func TestSenderRefusesBeforeProvider(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	s := NewSender(newTestTwilio(t, f, nil))
	cases := map[string]func(*channel.Notice){
		"not e164":      func(n *channel.Notice) { n.To = "4155550123" },
		"leading zero":  func(n *channel.Notice) { n.To = "+04155550123" },
		"too long":      func(n *channel.Notice) { n.To = "+1234567890123456" },
		"letters":       func(n *channel.Notice) { n.To = "+1415555O123" },
		"not gsm":       func(n *channel.Notice) { n.SMS = "Reçu ✓" },
		"too long text": func(n *channel.Notice) { n.SMS = strings.Repeat("x", 161) },
		"empty text":    func(n *channel.Notice) { n.SMS = "" },
		"no delivery":   func(n *channel.Notice) { n.DeliveryID = "" },
	}
	for name, mod := range cases {
		n := smsNotice()
		mod(&n)
		_, err := s.Send(context.Background(), n)
		var ce *channel.Error
		if !errors.As(err, &ce) || ce.Temporary {
			t.Errorf("%s: err = %v, want permanent", name, err)
			continue
		}
		noLeak(t, err)
		if strings.Contains(err.Error(), "Reçu") || strings.Contains(err.Error(), "xxx") {
			t.Errorf("%s: error quotes the text: %v", name, err)
		}
	}
	if n := len(f.requests()); n != 0 {
		t.Fatalf("%d provider calls for refused notices", n)
	}
}

// leakyProvider returns unclassified errors quoting the number and body.
type leakyProvider struct{ err error }

func (p leakyProvider) Send(_ context.Context, to, body, _ string) (string, error) {
	if p.err != nil {
		return "", p.err
	}
	return "", fmt.Errorf("gateway rejected %s: %s", to, body)
}

func TestSenderScrubsUnclassifiedErrors(t *testing.T) {
	_, err := NewSender(leakyProvider{}).Send(context.Background(), smsNotice())
	if !channel.IsTemporary(err) || channel.Reason(err) != "sms provider error" {
		t.Fatalf("err = %v", err)
	}
	noLeak(t, err)
	_, err = NewSender(leakyProvider{err: fmt.Errorf("wrapped: %w", context.DeadlineExceeded)}).Send(context.Background(), smsNotice())
	if !channel.IsTemporary(err) || channel.Reason(err) != "sms provider timed out" {
		t.Fatalf("err = %v", err)
	}
}

// twilioSig is the documented algorithm, written independently of the
// package: HMAC-SHA1 keyed with the auth token over the full URL followed by
// each POST parameter, sorted by name, as name+value; base64.
func twilioSig(token, fullURL string, params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(fullURL)
	for _, k := range keys {
		b.WriteString(k + params[k])
	}
	m := hmac.New(sha1.New, []byte(token))
	m.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(m.Sum(nil))
}

func TestTwilioSignatureDocumentedVector(t *testing.T) {
	// The worked example of Twilio's request-validation documentation.
	params := map[string]string{
		"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234",
		"From": "+14158675309", "To": "+18005551212",
	}
	const u, want = "https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8="
	if got := twilioSig("12345", u, params); got != want {
		t.Fatalf("test helper = %q", got)
	}
	v := url.Values{}
	for k, x := range params {
		v.Set(k, x)
	}
	if got := TwilioSignature("12345", u, v); got != want {
		t.Fatalf("TwilioSignature = %q, want %q", got, want)
	}
}

type statusCall struct {
	sid, status string
	delivered   bool
}

func statusServer(t *testing.T, tw *Twilio) (*httptest.Server, func() []statusCall) {
	var mu sync.Mutex
	var calls []statusCall
	srv := httptest.NewServer(tw.StatusHandler(func(_ context.Context, sid, status string, delivered bool) {
		mu.Lock()
		calls = append(calls, statusCall{sid, status, delivered})
		mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	return srv, func() []statusCall { mu.Lock(); defer mu.Unlock(); return append([]statusCall(nil), calls...) }
}

func postCallback(t *testing.T, target string, params map[string]string, sig string) int {
	t.Helper()
	v := url.Values{}
	for k, x := range params {
		v.Set(k, x)
	}
	req, _ := http.NewRequest(http.MethodPost, target, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if sig != "" {
		req.Header.Set("X-Twilio-Signature", sig)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func callbackParams(status string) map[string]string {
	return map[string]string{
		"AccountSid": testSID, "ApiVersion": "2010-04-01", "From": testFrom, "To": testTo,
		"MessageSid": "SM00000000000000000000000000000001", "SmsSid": "SM00000000000000000000000000000001",
		"SmsStatus": status, "MessageStatus": status,
	}
}

func TestStatusCallback(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	// The handler is built once the server URL (which Twilio signs) is known.
	var handler http.Handler
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handler.ServeHTTP(w, r) }))
	defer srv.Close()
	cb := srv.URL + "/v1/sms/twilio/status?tenant=ten_1"
	tw := newTestTwilio(t, f, func(c *TwilioConfig) { c.StatusCallbackURL = cb })
	var mu sync.Mutex
	var got []statusCall
	handler = tw.StatusHandler(func(_ context.Context, sid, status string, delivered bool) {
		mu.Lock()
		got = append(got, statusCall{sid, status, delivered})
		mu.Unlock()
	})

	for _, st := range []string{"queued", "sending", "sent", "delivered", "undelivered", "failed"} {
		p := callbackParams(st)
		if st == "undelivered" || st == "failed" {
			p["ErrorCode"] = "30003"
		}
		if code := postCallback(t, cb, p, twilioSig(testToken, cb, p)); code != http.StatusNoContent {
			t.Fatalf("%s: status %d", st, code)
		}
	}
	mu.Lock()
	if len(got) != 6 {
		t.Fatalf("calls %v", got)
	}
	for _, c := range got {
		if c.sid != "SM00000000000000000000000000000001" || c.delivered != (c.status == "delivered") {
			t.Fatalf("call %+v", c)
		}
	}
	got = nil
	mu.Unlock()

	p := callbackParams("delivered")
	good := twilioSig(testToken, cb, p)
	tampered := callbackParams("delivered")
	tampered["MessageSid"] = "SM99999999999999999999999999999999"
	otherURL := srv.URL + "/v1/sms/twilio/status?tenant=ten_2"
	forbidden := []struct {
		name   string
		target string
		params map[string]string
		sig    string
	}{
		{"no signature", cb, p, ""},
		{"wrong token", cb, p, twilioSig("other-token", cb, p)},
		{"tampered param", cb, tampered, good},
		{"signed for another URL", otherURL, p, good},
		{"garbage", cb, p, "not base64 at all"},
	}
	for _, c := range forbidden {
		if code := postCallback(t, c.target, c.params, c.sig); code != http.StatusForbidden {
			t.Fatalf("%s: status %d, want 403", c.name, code)
		}
	}
	resp, err := http.Get(cb)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET: %d", resp.StatusCode)
	}
	// Signed but incomplete: 400.
	incomplete := map[string]string{"MessageSid": "SM1"}
	if code := postCallback(t, cb, incomplete, twilioSig(testToken, cb, incomplete)); code != http.StatusBadRequest {
		t.Fatalf("incomplete: %d", code)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 0 {
		t.Fatalf("refused callbacks reached onStatus: %v", got)
	}
}

func TestStatusCallbackWithoutConfiguredURL(t *testing.T) {
	// No StatusCallbackURL: the URL is rebuilt from the request (Host + URI).
	f := newFakeTwilio(t, "ok")
	tw := newTestTwilio(t, f, func(c *TwilioConfig) { c.StatusCallbackURL = "" })
	srv, calls := statusServer(t, tw)
	cb := srv.URL + "/status"
	p := callbackParams("delivered")
	if code := postCallback(t, cb, p, twilioSig(testToken, cb, p)); code != http.StatusNoContent {
		t.Fatalf("status %d", code)
	}
	if c := calls(); len(c) != 1 || !c[0].delivered {
		t.Fatalf("calls %v", c)
	}
}

func TestStatusEventHandlerErrorCode(t *testing.T) {
	f := newFakeTwilio(t, "ok")
	tw := newTestTwilio(t, f, func(c *TwilioConfig) { c.StatusCallbackURL = "" })
	ch := make(chan Status, 1)
	srv := httptest.NewServer(tw.StatusEventHandler(func(_ context.Context, s Status) { ch <- s }))
	defer srv.Close()
	p := callbackParams("undelivered")
	p["ErrorCode"] = "30005"
	cb := srv.URL + "/"
	if code := postCallback(t, cb, p, twilioSig(testToken, cb, p)); code != http.StatusNoContent {
		t.Fatalf("status %d", code)
	}
	if s := <-ch; s.ErrorCode != "30005" || s.Delivered || s.Status != "undelivered" {
		t.Fatalf("status %+v", s)
	}
}

func TestPortVariants(t *testing.T) {
	got := portVariants("https://example.com/cb?x=1")
	if len(got) != 2 || got[1] != "https://example.com:443/cb?x=1" {
		t.Fatalf("%v", got)
	}
	got = portVariants("https://example.com:443/cb")
	if len(got) != 2 || got[1] != "https://example.com/cb" {
		t.Fatalf("%v", got)
	}
	if got = portVariants("http://127.0.0.1:8080/cb"); len(got) != 1 {
		t.Fatalf("%v", got)
	}
}

func TestStatusCallbackBehindProxy(t *testing.T) {
	// Twilio signs the public URL; the request reaches sealpost on another
	// scheme, host and port. Path and query must still match.
	f := newFakeTwilio(t, "ok")
	public := "https://sealpost.example/v1/sms/twilio/status?tenant=ten_1"
	tw := newTestTwilio(t, f, func(c *TwilioConfig) { c.StatusCallbackURL = public })
	srv, calls := statusServer(t, tw)
	p := callbackParams("sent")
	local := srv.URL + "/v1/sms/twilio/status?tenant=ten_1"
	if code := postCallback(t, local, p, twilioSig(testToken, public, p)); code != http.StatusNoContent {
		t.Fatalf("status %d", code)
	}
	// Signed with an explicit :443 (some Twilio requests do): accepted too.
	withPort := "https://sealpost.example:443/v1/sms/twilio/status?tenant=ten_1"
	if code := postCallback(t, local, p, twilioSig(testToken, withPort, p)); code != http.StatusNoContent {
		t.Fatalf("with port: status %d", code)
	}
	// The same signature replayed at another query: refused.
	if code := postCallback(t, srv.URL+"/v1/sms/twilio/status?tenant=ten_2", p, twilioSig(testToken, public, p)); code != http.StatusForbidden {
		t.Fatalf("replay: status %d", code)
	}
	if c := calls(); len(c) != 2 || c[0].delivered {
		t.Fatalf("calls %v", c)
	}
}
