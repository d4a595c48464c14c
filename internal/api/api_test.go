package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

func recipientBody(marker string) map[string]any {
	return map[string]any{
		"email": "pat@example.org", "phone": "+15551234567", "locale": "en-US", "time_zone": "America/New_York",
		"identity": map[string]any{"name": "Jane " + marker + "name", "birth_date": "1984-03-07", "mrn": marker + "MRN",
			"address": "12 " + marker + " Street, Springfield", "other": []string{marker + "-plan-id"}},
	}
}

func messageBody(marker string) map[string]any {
	return map[string]any{"recipient": "p-1", "category": "test_result", "subject": "Result " + marker + "subject",
		"body": "Your A1C is 7.2% " + marker + "body"}
}

// TestMarkerNeverStored sends a message and an identity carrying a unique marker
// and proves the marker is nowhere in the database (SQLite file bytes, every
// PostgreSQL table dumped), the logs or the metrics.
func TestMarkerNeverStored(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		marker := fmt.Sprintf("ZQX%dMARK", time.Now().UnixNano())
		e.putRecipient(tn, "p-1", recipientBody(marker))
		m := e.send(tn, messageBody(marker), "Idempotency-Key", "marker-1")
		id := m["id"].(string)
		e.send(tn, messageBody(marker), "Idempotency-Key", "marker-1") // replay
		e.expect(e.do("GET", "/v1/messages/"+id, tn.key, nil), 200, "")
		e.expect(e.do("GET", "/v1/recipients/p-1", tn.key, nil), 200, "")
		// Client strings (issue 13 item 14): the Idempotency-Key header, the
		// correlation id, the recipient's external id, a consent's notice
		// version and source, and an attachment's file name carry the marker
		// too, and still read back.
		ext := "ext-" + marker
		e.putRecipient(tn, ext, recipientBody(marker))
		mb := messageBody(marker)
		mb["recipient"], mb["correlation_id"] = ext, "corr-"+marker
		m2 := e.send(tn, mb, "Idempotency-Key", "idem-"+marker)
		if again := e.send(tn, mb, "Idempotency-Key", "idem-"+marker); again["id"] != m2["id"] {
			t.Fatal("idempotent repeat not replayed")
		}
		got := e.do("GET", "/v1/messages/"+m2["id"].(string), tn.key, nil).json(t)
		if got["recipient"] != ext || got["correlation_id"] != "corr-"+marker || m2["correlation_id"] != "corr-"+marker {
			t.Fatalf("client strings do not read back: %v %v", got["recipient"], got["correlation_id"])
		}
		if r := e.do("GET", "/v1/recipients/"+ext, tn.key, nil).json(t); r["external_id"] != ext {
			t.Fatalf("external_id reads back as %v", r["external_id"])
		}
		e.expect(e.do("POST", "/v1/recipients/"+ext+"/consents", tn.key, map[string]any{"kind": "marketing", "notice_version": "nv-" + marker, "source": "src-" + marker}), 201, "")
		if r := e.do("GET", "/v1/recipients/"+ext, tn.key, nil).json(t); fmt.Sprint(r["consents"]) == "" || !strings.Contains(fmt.Sprint(r["consents"]), "nv-"+marker) || !strings.Contains(fmt.Sprint(r["consents"]), "src-"+marker) {
			t.Fatalf("consent reads back as %v", r["consents"])
		}
		e.expect(e.do("POST", "/v1/messages/"+m2["id"].(string)+"/attachments", tn.key, "%PDF-1.4 "+marker,
			"Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="scan-`+marker+`.pdf"`), 201, "")
		// A refused request carrying the marker must not log it either.
		e.expect(e.do("POST", "/v1/messages", tn.key, `{"recipient":"p-1","category":"`+marker+`","subject":"x","body":"y"}`), 422, api.ProblemUnknownCategory)
		e.expect(e.do("POST", "/v1/messages", tn.key, `{"`+marker+`":1}`), 400, api.ProblemUnknownField)
		if _, err := e.st.ChainAudit(context.Background(), 1000); err != nil {
			t.Fatal(err)
		}
		// The content does open, so the marker really went in.
		c, err := e.svc.OpenContent(context.Background(), tn.id, id)
		if err != nil || !strings.Contains(c.Body, marker) {
			t.Fatalf("OpenContent: %v", err)
		}
		needles := [][]byte{[]byte(marker), []byte(strings.ToLower(marker)), []byte(fmt.Sprintf("%x", marker))}
		check := func(where string, hay []byte) {
			for _, n := range needles {
				if bytes.Contains(hay, n) {
					t.Errorf("marker found in %s", where)
				}
			}
		}
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				check("table "+tbl, v)
			}
		}
		if kind == "sqlite" {
			e.st.Close() // checkpoint: the WAL is folded into the file
			for _, f := range []string{e.db.Path, e.db.Path + "-wal", e.db.Path + "-shm"} {
				if b, err := os.ReadFile(f); err == nil {
					check(f, b)
				}
			}
		}
		check("logs", e.logs.Bytes())
		check("metrics", e.do("GET", "/metrics", testMetricsToken, nil).body)
		if len(e.logs.Bytes()) == 0 {
			t.Fatal("no logs captured")
		}
	})
}

func TestAuthRequired(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		revoked, _, err := e.svc.CreateAPIKey(context.Background(), tn.id, "old", "test")
		if err != nil {
			t.Fatal(err)
		}
		prefix := revoked[:13]
		if err := e.svc.RevokeAPIKey(context.Background(), tn.id, prefix, "test"); err != nil {
			t.Fatal(err)
		}
		wrongSecret := tn.key[:14] + strings.Repeat("a", len(tn.key)-14)
		before := e.rowCounts()
		for _, rt := range api.Routes() {
			if rt.Auth != api.AccessKey {
				continue
			}
			path := strings.NewReplacer("{external_id}", "p-1", "{id}", "msg_06h045n3y309pm8x9asc2eb6xg").Replace(rt.Pattern)
			for name, key := range map[string]string{"none": "", "malformed": "hello", "wrong-secret": wrongSecret, "revoked": revoked} {
				t.Run(rt.Method+" "+rt.Pattern+" "+name, func(t *testing.T) {
					r := e.do(rt.Method, path, key, `{}`)
					expectT(t, r, 401, api.ProblemUnauthorized)
					if r.header.Get("WWW-Authenticate") == "" {
						t.Error("no WWW-Authenticate")
					}
				})
			}
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("unauthenticated calls wrote rows:\n%v\n%v", before, after)
		}
	})
}

// TestCrossTenant runs every tenant route with tenant B's key against tenant
// A's objects: each is refused as if the object did not exist, and nothing of
// A's changes. Every authenticated route must have a case here.
func TestCrossTenant(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		a, b := e.tenant("alpha"), e.tenant("beta")
		e.putRecipient(a, "p-1", recipientBody("x"))
		id := e.send(a, messageBody("x"), "Idempotency-Key", "shared-key")["id"].(string)
		e.expect(e.do("PUT", "/v1/guard/terms", a.key, map[string]any{"terms": []map[string]string{{"text": "Alphaberry", "kind": "medication"}}}), 200, "")
		e.expect(e.do("PUT", "/v1/categories/alpha_only", a.key, categoryBody("Alpha notice")), 200, "")
		e.expect(e.do("PUT", "/v1/recipients/p-1/preferences", a.key, map[string]any{"channels": map[string]bool{"sms": false}}), 200, "")
		e.expect(e.do("POST", "/v1/recipients/p-1/consents", a.key, map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web"}), 201, "")
		e.expect(e.do("PUT", "/v1/settings", a.key, map[string]any{"display_name": "Alpha Health", "public_url": "https://messages.alpha.example", "deep_link_template": "alphahealth://message/{token}"}), 200, "")
		hook := e.do("POST", "/v1/webhooks", a.key, map[string]any{"url": "https://hooks.alpha.example/sealpost", "events": []string{"delivery.status"}})
		e.expect(hook, 201, "")
		e.expect(e.do("PUT", "/v1/settings/oidc", a.key, map[string]any{"issuer": "https://id.alpha.example", "client_id": "alpha-client",
			"client_secret": "alpha-secret-0123456789", "step_up_amr": []string{"otp"}}), 200, "")
		hookID := hook.json(t)["id"].(string)
		cases := map[string]func(t *testing.T){
			"POST /v1/recipients/{external_id}/reset": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/recipients/p-1/reset", b.key, nil), 404, api.ProblemNotFound)
			},
			"POST /v1/recipients/{external_id}/activation_code": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/recipients/p-1/activation_code", b.key, nil), 404, api.ProblemNotFound)
				if n := e.raw.Int(`SELECT COUNT(*) FROM activation_codes`); n != 0 {
					t.Errorf("B made a code for A's recipient (%d rows)", n)
				}
			},
			"POST /v1/messages/{id}/attachments": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/messages/"+id+"/attachments", b.key, "x", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="x.pdf"`), 404, api.ProblemNotFound)
				if n := e.raw.Int(`SELECT COUNT(*) FROM attachments`); n != 0 {
					t.Errorf("B attached to A's message (%d rows)", n)
				}
			},
			"GET /v1/settings": func(t *testing.T) {
				r := e.do("GET", "/v1/settings", b.key, nil)
				expectT(t, r, 200, "")
				if bytes.Contains(r.body, []byte("alpha")) {
					t.Error("B sees A's settings")
				}
			},
			"PUT /v1/settings": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/settings", b.key, map[string]any{"display_name": "Beta Clinic"}), 200, "")
				if !bytes.Contains(e.do("GET", "/v1/settings", a.key, nil).body, []byte("Alpha Health")) {
					t.Error("B's PUT changed A's settings")
				}
			},
			"GET /v1/settings/oidc": func(t *testing.T) {
				expectT(t, e.do("GET", "/v1/settings/oidc", b.key, nil), 404, api.ProblemNotFound)
			},
			"PUT /v1/settings/oidc": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/settings/oidc", b.key, map[string]any{"issuer": "https://id.beta.example", "client_id": "beta-client",
					"client_secret": "beta-secret-0123456789", "step_up_amr": []string{"otp"}}), 200, "")
				if got := e.do("GET", "/v1/settings/oidc", a.key, nil).json(t); got["client_id"] != "alpha-client" || got["issuer"] != "https://id.alpha.example" {
					t.Errorf("B's PUT changed A's provider: %v", got)
				}
			},
			"POST /v1/webhooks": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/webhooks", b.key, map[string]any{"url": "https://hooks.beta.example/x", "events": []string{"notice"}}), 201, "")
				if bytes.Contains(e.do("GET", "/v1/webhooks", a.key, nil).body, []byte("beta.example")) {
					t.Error("B's endpoint listed for A")
				}
			},
			"GET /v1/webhooks": func(t *testing.T) {
				r := e.do("GET", "/v1/webhooks", b.key, nil)
				expectT(t, r, 200, "")
				if bytes.Contains(r.body, []byte("alpha.example")) || bytes.Contains(r.body, []byte("whsec_")) {
					t.Error("B sees A's endpoint or any secret")
				}
			},
			"DELETE /v1/webhooks/{id}": func(t *testing.T) {
				expectT(t, e.do("DELETE", "/v1/webhooks/"+hookID, b.key, nil), 404, api.ProblemNotFound)
			},
			"GET /v1/categories": func(t *testing.T) {
				r := e.do("GET", "/v1/categories", b.key, nil)
				expectT(t, r, 200, "")
				if bytes.Contains(r.body, []byte("alpha_only")) {
					t.Error("B lists A's category")
				}
			},
			"GET /v1/categories/{key}": func(t *testing.T) {
				expectT(t, e.do("GET", "/v1/categories/alpha_only", b.key, nil), 404, api.ProblemNotFound)
			},
			"PUT /v1/categories/{key}": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/categories/alpha_only", b.key, categoryBody("Beta notice")), 200, "")
				if !bytes.Contains(e.do("GET", "/v1/categories/alpha_only", a.key, nil).body, []byte("Alpha notice")) {
					t.Error("B's PUT changed A's category")
				}
			},
			"GET /v1/recipients/{external_id}/preferences": func(t *testing.T) {
				expectT(t, e.do("GET", "/v1/recipients/p-1/preferences", b.key, nil), 404, api.ProblemNotFound)
			},
			"PUT /v1/recipients/{external_id}/preferences": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/recipients/p-1/preferences", b.key, map[string]any{}), 404, api.ProblemNotFound)
			},
			"POST /v1/recipients/{external_id}/consents": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/recipients/p-1/consents", b.key, map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web"}), 404, api.ProblemNotFound)
			},
			"DELETE /v1/recipients/{external_id}/consents/{kind}": func(t *testing.T) {
				expectT(t, e.do("DELETE", "/v1/recipients/p-1/consents/marketing", b.key, nil), 404, api.ProblemNotFound)
				if !bytes.Contains(e.do("GET", "/v1/recipients/p-1", a.key, nil).body, []byte(`"kind":"marketing"`)) {
					t.Error("A's consent gone")
				}
			},
			"GET /v1/recipients/{external_id}": func(t *testing.T) {
				r := e.do("GET", "/v1/recipients/p-1", b.key, nil)
				expectT(t, r, 404, api.ProblemNotFound)
				if bytes.Contains(r.body, []byte("pat@example.org")) {
					t.Error("answer carries A's data")
				}
			},
			"GET /v1/recipients/{external_id}/inbox": func(t *testing.T) {
				r := e.do("GET", "/v1/recipients/p-1/inbox", b.key, nil)
				expectT(t, r, 404, api.ProblemNotFound)
				if bytes.Contains(r.body, []byte(id)) {
					t.Error("answer names A's message")
				}
			},
			"GET /v1/recipients/{external_id}/unread_count": func(t *testing.T) {
				expectT(t, e.do("GET", "/v1/recipients/p-1/unread_count", b.key, nil), 404, api.ProblemNotFound)
			},
			"GET /v1/messages/{id}": func(t *testing.T) { expectT(t, e.do("GET", "/v1/messages/"+id, b.key, nil), 404, api.ProblemNotFound) },
			"GET /v1/settings/user-token-keys": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/settings/user-token-keys", a.key, map[string]any{"jwks_url": "https://a.example/jwks.json"}), 200, "")
				expectT(t, e.do("GET", "/v1/settings/user-token-keys", b.key, nil), 404, api.ProblemNotFound)
			},
			"PUT /v1/settings/user-token-keys": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/settings/user-token-keys", b.key, map[string]any{"jwks_url": "https://b.example/jwks.json"}), 200, "")
				if !bytes.Contains(e.do("GET", "/v1/settings/user-token-keys", a.key, nil).body, []byte("a.example")) {
					t.Error("B's PUT changed A's user-token keys")
				}
			},
			"DELETE /v1/messages/{id}": func(t *testing.T) {
				expectT(t, e.do("DELETE", "/v1/messages/"+id, b.key, nil), 404, api.ProblemNotFound)
			},
			"POST /v1/messages": func(t *testing.T) {
				expectT(t, e.do("POST", "/v1/messages", b.key, messageBody("x")), 422, api.ProblemUnknownRecipient)
			},
			"POST /v1/guard/check": func(t *testing.T) {
				r := e.do("POST", "/v1/guard/check", b.key, map[string]any{"text": "hello", "recipient": "p-1"})
				expectT(t, r, 422, api.ProblemUnknownRecipient)
				r = e.do("POST", "/v1/guard/check", b.key, map[string]any{"text": "hello", "message": id})
				expectT(t, r, 422, api.ProblemValidation)
				// A's terms do not apply to B.
				r = e.do("POST", "/v1/guard/check", b.key, map[string]any{"text": "Your Alphaberry order"})
				expectT(t, r, 200, "")
				if r.json(t)["blocked"] != false {
					t.Errorf("A's guard terms applied to B: %s", r.body)
				}
			},
			"POST /v1/guard/review": func(t *testing.T) {
				// A's category is unknown to B, and A's terms do not apply to B.
				r := e.do("POST", "/v1/guard/review", b.key, map[string]any{"notices": []map[string]any{{"text": "hello", "category": "alpha_only"}}})
				expectT(t, r, 422, api.ProblemValidation)
				r = e.do("POST", "/v1/guard/review", b.key, map[string]any{"notices": []map[string]any{{"text": "Your Alphaberry order"}}})
				expectT(t, r, 200, "")
				if m := r.json(t); m["blocked"] != float64(0) || m["checked"] != float64(1) {
					t.Errorf("A's guard terms applied to B's review: %s", r.body)
				}
			},
			"GET /v1/guard/terms": func(t *testing.T) {
				r := e.do("GET", "/v1/guard/terms", b.key, nil)
				expectT(t, r, 200, "")
				if bytes.Contains(r.body, []byte("Alphaberry")) {
					t.Error("B sees A's terms")
				}
			},
			"PUT /v1/guard/terms": func(t *testing.T) {
				expectT(t, e.do("PUT", "/v1/guard/terms", b.key, map[string]any{"terms": []any{}}), 200, "")
				if !bytes.Contains(e.do("GET", "/v1/guard/terms", a.key, nil).body, []byte("Alphaberry")) {
					t.Error("B's PUT changed A's terms")
				}
			},
			"PUT /v1/recipients/{external_id}": func(t *testing.T) {
				// B's PUT creates B's own recipient; A's stays untouched, and
				// the same Idempotency-Key in B is independent of A's.
				e.putRecipient(b, "p-1", map[string]any{"email": "other@example.org"})
				if got := e.do("GET", "/v1/recipients/p-1", a.key, nil).json(t); got["email"] != "pat@example.org" {
					t.Fatalf("A's recipient changed: %v", got)
				}
				if mb := e.send(b, messageBody("x"), "Idempotency-Key", "shared-key"); mb["id"] == id {
					t.Fatal("idempotency key crossed tenants")
				}
			},
		}
		for k, f := range campaignCrossTenantCases(t, e, a, b) {
			cases[k] = f
		}
		maps.Copy(cases, replyCrossTenantCases(t, e, a, b))
		for k, f := range staffCrossTenantCases(t, e, a, b) { // staff_test.go
			cases[k] = f
		}
		for k, f := range staffOIDCCrossTenantCases(t, e, a, b) { // staffoidc_test.go
			cases[k] = f
		}
		// The PUT recipient case runs last: it gives B a recipient "p-1".
		order := []string{}
		for _, rt := range api.Routes() {
			if rt.Auth != api.AccessKey {
				continue
			}
			k := rt.Method + " " + rt.Pattern
			if cases[k] == nil {
				t.Errorf("route %s has no cross-tenant case", k)
				continue
			}
			if k != "PUT /v1/recipients/{external_id}" {
				order = append(order, k)
			}
		}
		order = append(order, "PUT /v1/recipients/{external_id}")
		for _, k := range order {
			t.Run(k, cases[k])
		}
		if got := e.do("GET", "/v1/messages/"+id, a.key, nil); got.status != 200 {
			t.Fatalf("A's message after B's attempts: %d", got.status)
		}
	})
}

func TestIdempotency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		body, _ := json.Marshal(messageBody("x"))
		first := e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "k-1")
		e.expect(first, 201, "")
		again := e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "k-1")
		e.expect(again, 201, "")
		if !bytes.Equal(first.body, again.body) || again.header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay differs:\n%s\n%s", first.body, again.body)
		}
		other := messageBody("x")
		other["body"] = "another body"
		e.expect(e.do("POST", "/v1/messages", tn.key, other, "Idempotency-Key", "k-1"), 409, api.ProblemIdempotencyConflict)
		// No key: two sends are two messages.
		e.send(tn, messageBody("x"))
		e.send(tn, messageBody("x"))
		if n := e.raw.Int(`SELECT COUNT(*) FROM messages`); n != 3 {
			t.Fatalf("messages: %d, want 3", n)
		}
		// A bad key is refused.
		e.expect(e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "has space"), 422, api.ProblemValidation)
		// After a revoke the key answers 410 rather than re-creating.
		id := first.json(t)["id"].(string)
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 200, "")
		e.expect(e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "k-1"), 410, api.ProblemGone)
	})
}

func TestConcurrentIdempotency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		body, _ := json.Marshal(messageBody("x"))
		const n = 24
		var wg sync.WaitGroup
		res := make([]resp, n)
		start := make(chan struct{})
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				res[i] = e.do("POST", "/v1/messages", tn.key, body, "Idempotency-Key", "race-key")
			}()
		}
		close(start)
		wg.Wait()
		ids := map[string]int{}
		for _, r := range res {
			if r.status != 201 {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			ids[r.json(t)["id"].(string)]++
		}
		if len(ids) != 1 {
			t.Fatalf("%d different messages for one key: %v", len(ids), ids)
		}
		if c := e.raw.Int(`SELECT COUNT(*) FROM messages`); c != 1 {
			t.Fatalf("messages stored: %d, want 1", c)
		}
		if c := e.raw.Int(`SELECT COUNT(*) FROM river_job`); c != 2 {
			t.Fatalf("jobs: %d, want 2 (email and sms of one message)", c)
		}
	})
}

// TestBadInput: each malformed or invalid request gets its problem answer and
// writes nothing at all.
func TestBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		valid := func(mut func(m map[string]any)) map[string]any {
			m := messageBody("x")
			mut(m)
			return m
		}
		past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
		cases := []struct {
			name, method, path string
			body               any
			hdr                []string
			status             int
			typ                string
		}{
			{"malformed json", "POST", "/v1/messages", `{"recipient":`, nil, 400, api.ProblemMalformedJSON},
			{"not json", "POST", "/v1/messages", `hello`, nil, 400, api.ProblemMalformedJSON},
			{"empty body", "POST", "/v1/messages", ``, nil, 400, api.ProblemMalformedJSON},
			{"two objects", "POST", "/v1/messages", `{} {}`, nil, 400, api.ProblemMalformedJSON},
			{"array", "POST", "/v1/messages", `[]`, nil, 400, api.ProblemWrongType},
			{"null body", "PUT", "/v1/recipients/p-1", `null`, nil, 400, api.ProblemWrongType},
			{"duplicate member", "PUT", "/v1/recipients/p-1", `{"email":"a@example.org","email":"b@example.org"}`, nil, 400, api.ProblemMalformedJSON},
			{"case variant member", "PUT", "/v1/recipients/p-1", `{"EMAIL":"a@example.org"}`, nil, 400, api.ProblemUnknownField},
			{"offset 24h", "POST", "/v1/messages", valid(func(m map[string]any) { m["expires_at"] = "2030-01-01T00:00:00+24:00" }), nil, 400, api.ProblemWrongType},
			{"unknown field", "POST", "/v1/messages", valid(func(m map[string]any) { m["bcc"] = "x" }), nil, 400, api.ProblemUnknownField},
			{"wrong type", "POST", "/v1/messages", valid(func(m map[string]any) { m["subject"] = 5 }), nil, 400, api.ProblemWrongType},
			{"wrong time type", "POST", "/v1/messages", valid(func(m map[string]any) { m["expires_at"] = 5 }), nil, 400, api.ProblemWrongType},
			{"bad time", "POST", "/v1/messages", valid(func(m map[string]any) { m["expires_at"] = "tomorrow" }), nil, 400, api.ProblemWrongType},
			{"oversized", "POST", "/v1/messages", `{"body":"` + strings.Repeat("a", api.MaxBodyBytes) + `"}`, nil, 413, api.ProblemBodyTooLarge},
			{"wrong content type", "POST", "/v1/messages", `{}`, []string{"Content-Type", "text/plain"}, 415, api.ProblemUnsupportedMedia},
			{"unknown category", "POST", "/v1/messages", valid(func(m map[string]any) { m["category"] = "gossip" }), nil, 422, api.ProblemUnknownCategory},
			{"unknown recipient", "POST", "/v1/messages", valid(func(m map[string]any) { m["recipient"] = "p-404" }), nil, 422, api.ProblemUnknownRecipient},
			{"missing subject", "POST", "/v1/messages", valid(func(m map[string]any) { delete(m, "subject") }), nil, 422, api.ProblemValidation},
			{"expired", "POST", "/v1/messages", valid(func(m map[string]any) { m["expires_at"] = past }), nil, 422, api.ProblemValidation},
			{"lowered sensitivity", "POST", "/v1/messages", valid(func(m map[string]any) { m["sensitivity"] = "public" }), nil, 422, api.ProblemValidation},
			{"bad urgency", "POST", "/v1/messages", valid(func(m map[string]any) { m["urgency"] = "asap" }), nil, 422, api.ProblemValidation},
			{"long subject", "POST", "/v1/messages", valid(func(m map[string]any) { m["subject"] = strings.Repeat("s", 201) }), nil, 422, api.ProblemValidation},
			{"nested notice var", "POST", "/v1/messages", valid(func(m map[string]any) { m["notice_vars"] = map[string]any{"x": []int{1}} }), nil, 422, api.ProblemValidation},
			{"long notice var", "POST", "/v1/messages", valid(func(m map[string]any) { m["notice_vars"] = map[string]any{"x": strings.Repeat("v", 41)} }), nil, 422, api.ProblemValidation},
			{"undeclared notice var", "POST", "/v1/messages", valid(func(m map[string]any) { m["notice_vars"] = map[string]any{"diagnosis": "flu"} }), nil, 422, api.ProblemValidation},
			{"mistyped notice var", "POST", "/v1/messages", valid(func(m map[string]any) {
				m["category"], m["notice_vars"] = "payment_processed", map[string]any{"amount": "a lot"}
			}), nil, 422, api.ProblemValidation},
			{"bad correlation id", "POST", "/v1/messages", valid(func(m map[string]any) { m["correlation_id"] = "has space" }), nil, 422, api.ProblemValidation},
			{"bad phone", "PUT", "/v1/recipients/p-2", map[string]any{"phone": "555-123-4567"}, nil, 422, api.ProblemValidation},
			{"bad email", "PUT", "/v1/recipients/p-2", map[string]any{"email": "Jane <j@example.org>"}, nil, 422, api.ProblemValidation},
			{"email without domain", "PUT", "/v1/recipients/p-2", map[string]any{"email": "j@localhost"}, nil, 422, api.ProblemValidation},
			{"bad zone", "PUT", "/v1/recipients/p-2", map[string]any{"time_zone": "Mars/Olympus"}, nil, 422, api.ProblemValidation},
			{"bad birth date", "PUT", "/v1/recipients/p-2", map[string]any{"identity": map[string]any{"birth_date": "03/07/1984"}}, nil, 422, api.ProblemValidation},
			{"bad external id", "PUT", "/v1/recipients/a%20b", map[string]any{}, nil, 422, api.ProblemValidation},
			{"identity wrong type", "PUT", "/v1/recipients/p-2", map[string]any{"identity": "Jane"}, nil, 400, api.ProblemWrongType},
			{"unknown message", "GET", "/v1/messages/msg_06h045n3y309pm8x9asc2eb6xg", nil, nil, 404, api.ProblemNotFound},
			{"malformed message id", "DELETE", "/v1/messages/../../etc", nil, nil, 404, api.ProblemNotFound},
			{"unknown route", "GET", "/v1/nothing", nil, nil, 404, api.ProblemNotFound},
			{"wrong method", "PATCH", "/v1/messages", `{}`, nil, 405, api.ProblemMethodNotAllowed},
		}
		before := e.rowCounts()
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := e.do(c.method, c.path, tn.key, c.body, c.hdr...)
				expectT(t, r, c.status, c.typ)
				if c.status == 422 {
					var p api.Problem
					_ = json.Unmarshal(r.body, &p)
					if len(p.Errors) == 0 || p.Errors[0].Pointer == "" {
						t.Errorf("422 without field pointers: %s", r.body)
					}
				}
			})
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("refused requests wrote rows:\nbefore %v\nafter  %v", before, after)
		}
	})
}

func TestMessageLifecycle(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		exp := time.Now().Add(48 * time.Hour).UTC().Truncate(time.Second)
		mb := messageBody("x")
		mb["expires_at"] = exp.Format(time.RFC3339)
		mb["correlation_id"] = "order-42"
		mb["urgency"] = "urgent"
		r := e.do("POST", "/v1/messages", tn.key, mb)
		e.expect(r, 201, "")
		m := r.json(t)
		id := m["id"].(string)
		if r.header.Get("Location") != "/v1/messages/"+id {
			t.Errorf("Location %q", r.header.Get("Location"))
		}
		link, _ := m["link"].(string)
		if !strings.HasPrefix(link, e.srv.URL+"/m/") || len(strings.TrimPrefix(link, e.srv.URL+"/m/")) < 26 {
			t.Errorf("link %q", link)
		}
		if strings.Contains(link, "x") && strings.Contains(link, "body") {
			t.Errorf("link carries content")
		}
		ds := m["deliveries"].([]any)
		if len(ds) != 2 || m["sensitivity"] != "restricted" || m["status"] != "accepted" {
			t.Fatalf("answer: %s", r.body)
		}
		g := e.do("GET", "/v1/messages/"+id, tn.key, nil)
		e.expect(g, 200, "")
		gm := g.json(t)
		if gm["subject"] != nil || gm["body"] != nil || gm["link"] != nil || gm["correlation_id"] != "order-42" || gm["recipient"] != "p-1" || gm["urgency"] != "urgent" {
			t.Fatalf("GET: %s", g.body)
		}
		// The link token is stored only as a hash.
		token := strings.TrimPrefix(link, e.srv.URL+"/m/")
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				if bytes.Contains(v, []byte(token)) {
					t.Fatalf("link token stored in %s", tbl)
				}
			}
		}
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 200, "")
		e.expect(e.do("GET", "/v1/messages/"+id, tn.key, nil), 410, api.ProblemGone)
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 410, api.ProblemGone)
		var se *service.Error
		if _, err := e.svc.OpenContent(context.Background(), tn.id, id); !errors.As(err, &se) || se.Kind != service.KindGone {
			t.Fatalf("content after revoke: %v", err)
		}
		// Operations endpoints.
		e.expect(e.do("GET", "/healthz", "", nil), 200, "")
		e.expect(e.do("GET", "/readyz", "", nil), 200, "")
		met := string(e.do("GET", "/metrics", testMetricsToken, nil).body)
		for _, want := range []string{`sealpost_messages_accepted_total 1`, `sealpost_http_requests_total{code="201",method="POST",route="/v1/messages"} 1`, `route="/v1/messages/{id}"`} {
			if !strings.Contains(met, want) {
				t.Errorf("metrics lack %s", want)
			}
		}
		if strings.Contains(met, id) || strings.Contains(met, "p-1") {
			t.Error("metrics carry ids")
		}
		// Audit: every change is chained and verifiable.
		if _, err := e.st.ChainAudit(context.Background(), 1000); err != nil {
			t.Fatal(err)
		}
		n, brk, err := e.st.VerifyAudit(context.Background())
		if err != nil || brk != nil || n < 5 {
			t.Fatalf("audit: %d %v %v", n, brk, err)
		}
	})
}

// TestCiphertextSwap moves sealed columns between rows and fields: nothing
// opens, because each ciphertext is bound to its tenant, object and field.
func TestCiphertextSwap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		a := e.send(tn, messageBody("a"))["id"].(string)
		b := e.send(tn, messageBody("b"))["id"].(string)
		ctx := context.Background()
		if _, err := e.svc.OpenContent(ctx, tn.id, a); err != nil {
			t.Fatal(err)
		}
		// Body of b into a.
		e.raw.Exec(`UPDATE messages SET body = (SELECT body FROM messages WHERE id = $1) WHERE id = $2`, b, a)
		if _, err := e.svc.OpenContent(ctx, tn.id, a); !errors.Is(err, seal.ErrDecrypt) {
			t.Fatalf("swapped row: %v, want ErrDecrypt", err)
		}
		// Subject and body of b exchanged.
		e.raw.Exec(`UPDATE messages SET subject = body, body = subject WHERE id = $1`, b)
		if _, err := e.svc.OpenContent(ctx, tn.id, b); !errors.Is(err, seal.ErrDecrypt) {
			t.Fatalf("swapped fields: %v, want ErrDecrypt", err)
		}
		// A data key moved to another message.
		c := e.send(tn, messageBody("c"))["id"].(string)
		d := e.send(tn, messageBody("d"))["id"].(string)
		e.raw.Exec(`UPDATE data_keys SET wrapped = (SELECT wrapped FROM data_keys WHERE owner = $1) WHERE owner = $2`, "message/"+d, "message/"+c)
		if _, err := e.svc.OpenContent(ctx, tn.id, c); !errors.Is(err, seal.ErrDecrypt) {
			t.Fatalf("swapped data key: %v, want ErrDecrypt", err)
		}
		if _, err := e.svc.OpenContent(ctx, tn.id, d); err != nil {
			t.Fatalf("untouched message: %v", err)
		}
		// Another tenant's row does not open under this tenant.
		other := e.tenant("other")
		e.putRecipient(other, "p-1", recipientBody("y"))
		o := e.send(other, messageBody("o"))["id"].(string)
		e.raw.Exec(`UPDATE data_keys SET wrapped = (SELECT wrapped FROM data_keys WHERE owner = $1) WHERE owner = $2`, "message/"+o, "message/"+d)
		if _, err := e.svc.OpenContent(ctx, tn.id, d); !errors.Is(err, seal.ErrDecrypt) {
			t.Fatalf("cross-tenant data key: %v, want ErrDecrypt", err)
		}
	})
}

func TestKeyRotation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("R"))
		var msgs []string
		for i := range 5 {
			msgs = append(msgs, e.send(tn, messageBody(fmt.Sprint(i)))["id"].(string))
		}
		var reported int64
		res, err := e.svc.RotateKeys(ctx, "test", func(total int64) service.ProgressFunc {
			return func(n int64, done bool) { reported += n }
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Tenants != 1 || res.DataKeys != 6 || res.Rewrapped != 6 || reported != 6 {
			t.Fatalf("rotation: %+v reported %d", res, reported)
		}
		for i, id := range msgs {
			c, err := e.svc.OpenContent(ctx, tn.id, id)
			if err != nil || !strings.Contains(c.Body, fmt.Sprint(i)+"body") {
				t.Fatalf("message %d after rotation: %v", i, err)
			}
		}
		if _, err := e.svc.OpenIdentity(ctx, tn.id, e.mustRecipientID(tn, "p-1")); err != nil {
			t.Fatal(err)
		}
		// New writes work, and a second rotation re-wraps everything again.
		e.send(tn, messageBody("after"))
		res, err = e.svc.RotateKeys(ctx, "test", nil)
		if err != nil || res.Rewrapped != 7 {
			t.Fatalf("second rotation: %+v %v", res, err)
		}
		if _, err := e.st.ChainAudit(ctx, 1000); err != nil {
			t.Fatal(err)
		}
		if _, brk, err := e.st.VerifyAudit(ctx); brk != nil || err != nil {
			t.Fatal(brk, err)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionKeysRotate); n != 2 {
			t.Fatalf("rotation events: %d", n)
		}
	})
}

func (e *env) mustRecipientID(tn tenant, ext string) string {
	r, err := e.svc.RecipientByExternalID(context.Background(), tn.id, ext)
	if err != nil {
		e.t.Fatal(err)
	}
	return r.ID
}

func TestRecipientRoundTrip(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		r := e.do("PUT", "/v1/recipients/p-1", tn.key, recipientBody("x"))
		e.expect(r, 201, "")
		if bytes.Contains(r.body, []byte("identity")) || bytes.Contains(r.body, []byte("1984-")) {
			t.Fatalf("identity echoed: %s", r.body)
		}
		g := e.do("GET", "/v1/recipients/p-1", tn.key, nil)
		e.expect(g, 200, "")
		m := g.json(t)
		if m["email"] != "pat@example.org" || m["phone"] != "+15551234567" || m["time_zone"] != "America/New_York" || m["identity"] != nil {
			t.Fatalf("GET: %s", g.body)
		}
		id, err := e.svc.OpenIdentity(context.Background(), tn.id, e.mustRecipientID(tn, "p-1"))
		if err != nil || id.BirthDate != "1984-03-07" {
			t.Fatalf("identity: %+v %v", id, err)
		}
		// PUT replaces: a second PUT is 200 and drops the phone.
		e.expect(e.do("PUT", "/v1/recipients/p-1", tn.key, map[string]any{"email": "new@example.org"}), 200, "")
		m = e.do("GET", "/v1/recipients/p-1", tn.key, nil).json(t)
		if m["email"] != "new@example.org" || m["phone"] != nil {
			t.Fatalf("after replace: %v", m)
		}
		// Deliveries follow the contact points.
		ds := e.send(tn, messageBody("x"))["deliveries"].([]any)
		if len(ds) != 1 || ds[0].(map[string]any)["channel"] != "email" {
			t.Fatalf("deliveries: %v", ds)
		}
		e.expect(e.do("GET", "/v1/recipients/nobody", tn.key, nil), 404, api.ProblemNotFound)
	})
}

func TestServerHeaders(t *testing.T) {
	e := newEnv(t, "sqlite")
	r := e.do("GET", "/healthz", "", nil, "X-Request-Id", "abc12345-req")
	if r.header.Get("X-Request-Id") != "abc12345-req" || r.header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("headers: %v", r.header)
	}
	r = e.do("GET", "/healthz", "", nil, "X-Request-Id", "bad id with spaces")
	if got := r.header.Get("X-Request-Id"); got == "" || strings.Contains(got, " ") {
		t.Fatalf("unsafe request id echoed: %q", got)
	}
	if r := e.do("GET", "/openapi.json", "", nil); r.status != 200 || !json.Valid(r.body) {
		t.Fatal("openapi.json")
	}
	_ = http.StatusOK
}

// TestAuditFailureRefusesWrite: when the audit event cannot be written, the
// change it records does not happen either (fail closed).
func TestAuditFailureRefusesWrite(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", recipientBody("x"))
		id := e.send(tn, messageBody("x"))["id"].(string)
		if kind == "sqlite" {
			e.raw.Exec(`CREATE TRIGGER audit_down BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END`)
		} else {
			e.raw.Exec(`CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`)
			e.raw.Exec(`CREATE TRIGGER audit_down BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_down()`)
		}
		before := e.rowCounts()
		e.expect(e.do("POST", "/v1/messages", tn.key, messageBody("y"), "Idempotency-Key", "during-outage"), 500, api.ProblemInternal)
		e.expect(e.do("DELETE", "/v1/messages/"+id, tn.key, nil), 500, api.ProblemInternal)
		r := e.do("PUT", "/v1/recipients/p-2", tn.key, map[string]any{"email": "b@example.org"})
		e.expect(r, 500, api.ProblemInternal)
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("writes happened without their audit events:\n%v\n%v", before, after)
		}
		if got := e.do("GET", "/v1/messages/"+id, tn.key, nil); got.status != 200 {
			t.Fatalf("message revoked without an audit event: %d", got.status)
		}
		if bytes.Contains(r.body, []byte("audit store")) {
			t.Error("internal error text leaked to the client")
		}
	})
}

func categoryBody(subject string) map[string]any {
	return map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48,
		"vars":      []map[string]any{{"name": "amount", "type": "money"}},
		"templates": map[string]any{"en": map[string]string{"email_subject": subject, "email_text": "Total {{amount}}. Sign in: {{link}}", "sms": "{{tenant}}: sign in {{link}}"}}}
}

func TestCategoriesAPI(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("acme")
	r := e.do("GET", "/v1/categories", tn.key, nil)
	e.expect(r, 200, "")
	if !bytes.Contains(r.body, []byte(`"key":"test_result"`)) || !bytes.Contains(r.body, []byte(`"builtin":true`)) {
		t.Fatalf("built-ins not listed: %.300s", r.body)
	}
	e.expect(e.do("PUT", "/v1/categories/statement_ready", tn.key, categoryBody("Your statement is ready")), 200, "")
	before := e.rowCounts()
	for name, c := range map[string]struct {
		body any
		typ  string
	}{
		"template with PHI": {categoryBody("Your metformin refill is ready"), api.ProblemTemplatePHI},
		"undeclared var": {map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48,
			"templates": map[string]any{"en": map[string]string{"email_subject": "x {{diagnosis}}", "email_text": "y {{link}}", "sms": "z {{link}}"}}}, api.ProblemValidation},
		"sms too long": {map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48,
			"templates": map[string]any{"en": map[string]string{"email_subject": "x", "email_text": "y {{link}}", "sms": strings.Repeat("Please sign in. ", 9) + "{{link}}"}}}, api.ProblemValidation},
		"no english": {map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48,
			"templates": map[string]any{"es": map[string]string{"email_subject": "x", "email_text": "y", "sms": "z"}}}, api.ProblemValidation},
		"bad var type": {map[string]any{"default_sensitivity": "phi", "retention_days": 30, "link_lifetime_hours": 48, "vars": []map[string]any{{"name": "x", "type": "free_text"}},
			"templates": map[string]any{"en": map[string]string{"email_subject": "x", "email_text": "y", "sms": "z"}}}, api.ProblemValidation},
	} {
		t.Run(name, func(t *testing.T) {
			r := e.do("PUT", "/v1/categories/bad_one", tn.key, c.body)
			expectT(t, r, 422, c.typ)
			if bytes.Contains(r.body, []byte("metformin")) {
				t.Error("problem echoes the template text")
			}
		})
	}
	if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Fatalf("refused categories wrote rows")
	}
	// The new category is usable, with its variable allow-list.
	e.putRecipient(tn, "p-1", map[string]any{"email": "pat@example.org"})
	e.send(tn, map[string]any{"recipient": "p-1", "category": "statement_ready", "subject": "s", "body": "b", "notice_vars": map[string]any{"amount": "$12.00"}})
	e.expect(e.do("POST", "/v1/messages", tn.key, map[string]any{"recipient": "p-1", "category": "statement_ready", "subject": "s", "body": "b",
		"notice_vars": map[string]any{"amount": "twelve"}}), 422, api.ProblemValidation)
}

func TestLinkPageAndUnsubscribe(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("acme")
	e.putRecipient(tn, "p-1", map[string]any{"email": "pat@example.org"})
	e.expect(e.do("POST", "/v1/recipients/p-1/consents", tn.key, map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web"}), 201, "")
	m := e.send(tn, messageBody("x"))
	link := m["link"].(string)
	get := func(u string) (int, string, http.Header) {
		res, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b := new(bytes.Buffer)
		b.ReadFrom(res.Body)
		return res.StatusCode, b.String(), res.Header
	}
	// The recipient has no account yet: the page says so, and nothing of the
	// message (enrolment starts from a registration link).
	code, body, h := get(link)
	if code != 403 || !strings.Contains(body, "not set up yet") || strings.Contains(body, "Result") || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Fatalf("link page: %d %s", code, body)
	}
	if code, _, _ := get(e.srv.URL + "/m/0123456789abcdefghjkmnpqrstv"); code != 404 {
		t.Fatalf("unknown link: %d", code)
	}
	// One-click unsubscribe withdraws the marketing consent.
	res, err := http.PostForm(link+"/unsubscribe", url.Values{"List-Unsubscribe": {"One-Click"}})
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("unsubscribe: %v %v", res.StatusCode, err)
	}
	if b, _ := io.ReadAll(res.Body); !bytes.Contains(b, []byte("You are unsubscribed")) || !strings.Contains(res.Header.Get("Content-Security-Policy"), "style-src 'nonce-") {
		t.Fatalf("unsubscribe page: %s", b)
	}
	res.Body.Close()
	if !bytes.Contains(e.do("GET", "/v1/recipients/p-1", tn.key, nil).body, []byte(`"withdrawn_at"`)) {
		t.Fatal("consent not withdrawn")
	}
	if res, _ := http.PostForm(link+"/unsubscribe", url.Values{}); res.StatusCode != 400 {
		t.Fatalf("non one-click POST: %d", res.StatusCode)
	}
	// After a revoke the link says so plainly.
	e.expect(e.do("DELETE", "/v1/messages/"+m["id"].(string), tn.key, nil), 200, "")
	if code, body, _ := get(link); code != 410 || !strings.Contains(body, "expired") {
		t.Fatalf("revoked link: %d %s", code, body)
	}
}
