package metrics_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/metrics"
)

// TestListenerHandler: the separate metrics listener answers GET /metrics
// and nothing else; with a token, only to scrapers bearing it.
func TestListenerHandler(t *testing.T) {
	m := metrics.New()
	m.MessagesAccepted.Inc()
	get := func(srv *httptest.Server, path, auth string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	open := httptest.NewServer(m.ListenerHandler(""))
	defer open.Close()
	if code, body := get(open, "/metrics", ""); code != 200 || !strings.Contains(body, "sealpost_messages_accepted_total 1") {
		t.Fatalf("open listener: %d %.200s", code, body)
	}
	for _, p := range []string{"/", "/v1/messages", "/healthz", "/metrics/x"} {
		if code, _ := get(open, p, ""); code != 404 {
			t.Fatalf("%s on the metrics listener: %d, want 404", p, code)
		}
	}
	const tok = "0123456789abcdef0123456789abcdef"
	guarded := httptest.NewServer(m.ListenerHandler(tok))
	defer guarded.Close()
	for _, auth := range []string{"", "Bearer ", "Bearer " + tok[:31], "Basic " + tok, "Bearer " + tok + "0"} {
		if code, body := get(guarded, "/metrics", auth); code != 401 || strings.Contains(body, "sealpost_") {
			t.Fatalf("%q: %d %.100s", auth, code, body)
		}
	}
	if code, _ := get(guarded, "/metrics", "bearer "+tok); code != 200 {
		t.Fatalf("with the token: %d", code)
	}
}

func TestCheckToken(t *testing.T) {
	for tok, ok := range map[string]bool{"": false, "short": false, strings.Repeat("a", 31): false, strings.Repeat("a", 32): true,
		strings.Repeat("a", 31) + " ": false, strings.Repeat("é", 20): false} {
		if err := metrics.CheckToken(tok); (err == nil) != ok {
			t.Errorf("CheckToken(%q) = %v, want ok %v", tok, err, ok)
		}
	}
}
