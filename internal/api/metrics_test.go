package api_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestMetricsAccess: the API listener never serves /metrics to anyone
// without the operator's metrics token. With no token configured (the
// default) it answers 404, whatever the caller sends; with one, 401 without
// it or with anything else (a tenant API key included), 200 with it. Every
// AccessMetrics route of api.Routes() must have a case here.
func TestMetricsAccess(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		cases := map[string]string{"GET /metrics": "/metrics"}
		for _, rt := range api.Routes() {
			if rt.Auth == api.AccessMetrics && cases[rt.Method+" "+rt.Pattern] == "" {
				t.Errorf("metrics route %s %s has no case in this test", rt.Method, rt.Pattern)
			}
		}
		// No token configured: 404, even to a tenant key or a token guess.
		plain := api.New(e.svc, slog.New(slog.DiscardHandler), e.met)
		srv := httptest.NewServer(plain)
		defer srv.Close()
		for _, auth := range []string{"", "Bearer " + tn.key, "Bearer " + testMetricsToken, "Bearer "} {
			req, _ := http.NewRequest("GET", srv.URL+"/metrics", nil)
			if auth != "" {
				req.Header.Set("Authorization", auth)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != 404 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/problem+json") {
				t.Fatalf("no token configured, %q: %d %s, want a 404 problem", auth, res.StatusCode, res.Header.Get("Content-Type"))
			}
		}
		// A token configured: only it opens /metrics.
		for name, key := range map[string]string{"none": "", "tenant key": tn.key, "prefix": testMetricsToken[:10],
			"longer": testMetricsToken + "x", "other": strings.Repeat("x", len(testMetricsToken))} {
			r := e.do("GET", "/metrics", key, nil)
			if r.status != 401 || r.header.Get("WWW-Authenticate") == "" || strings.Contains(string(r.body), "sealpost_") {
				t.Fatalf("%s: %d %s", name, r.status, r.body)
			}
			e.expect(r, 401, api.ProblemUnauthorized)
		}
		r := e.do("GET", "/metrics", testMetricsToken, nil)
		if r.status != 200 || !strings.Contains(string(r.body), "sealpost_http_requests_total") {
			t.Fatalf("with the token: %d %.200s", r.status, r.body)
		}
	})
}
