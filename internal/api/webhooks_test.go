package api_test

import (
	"fmt"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestWebhookEndpointCap (issue 13 item 7a): a tenant may have 10 webhook
// endpoints by default; the 11th answers 409 limit-reached and writes nothing
// (no endpoint, data key or audit event); other tenants are not affected, and
// deleting one makes room again.
func TestWebhookEndpointCap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		a, b := e.tenant("alpha"), e.tenant("beta")
		var first string
		for i := range 10 {
			r := e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": fmt.Sprintf("https://hooks.alpha.example/%d", i), "events": []string{"notice", "delivery.status"}})
			e.expect(r, 201, "")
			if i == 0 {
				first = r.json(t)["id"].(string)
			}
		}
		before := e.rowCounts()
		r := e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": "https://hooks.alpha.example/11", "events": []string{"notice"}})
		e.expect(r, 409, api.ProblemLimitReached)
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("the refused endpoint wrote rows:\n%v\n%v", before, after)
		}
		e.expect(e.do("POST", "/v1/webhooks", b.key, map[string]any{"url": "https://hooks.beta.example/x", "events": []string{"notice"}}), 201, "")
		e.expect(e.do("DELETE", "/v1/webhooks/"+first, a.key, nil), 204, "")
		e.expect(e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": "https://hooks.alpha.example/11", "events": []string{"notice"}}), 201, "")
	})
}

// TestWebhookNonPublicAddressRefused (issue 13 item 9): an endpoint whose host
// is a non-public IP address is refused when saved (dialling refuses it too).
func TestWebhookNonPublicAddressRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		a := e.tenant("alpha")
		for _, u := range []string{"https://127.0.0.1/x", "https://169.254.169.254/latest/meta-data", "https://10.0.0.1/x",
			"https://[64:ff9b::a9fe:a9fe]/x", "https://[::7f00:1]/x", "https://[::ffff:127.0.0.1]/x", "https://[fd00::1]/x", "https://[2002:7f00:1::1]/x"} {
			e.expect(e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": u, "events": []string{"notice"}}), 422, api.ProblemValidation)
		}
		e.expect(e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": "https://93.184.216.34/x", "events": []string{"notice"}}), 201, "")
	})
}
