package api_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"strings"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// Portal-signed user tokens on the inbox API: the tenant's keys, the route
// matrix under token authentication, and bad tokens refused without effect.

type portalKey struct {
	kid  string
	alg  jose.SignatureAlgorithm
	priv any
	pub  any
}

func edKey(t *testing.T, kid string) portalKey {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return portalKey{kid, jose.EdDSA, priv, pub}
}

func esKey(t *testing.T, kid string) portalKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return portalKey{kid, jose.ES256, k, &k.PublicKey}
}

func keySet(ks ...portalKey) map[string]any {
	var set jose.JSONWebKeySet
	for _, k := range ks {
		set.Keys = append(set.Keys, jose.JSONWebKey{Key: k.pub, KeyID: k.kid, Use: "sig"})
	}
	b, _ := json.Marshal(set)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m
}

// claims are a fresh token's claims for ext at tenant aud, signed in with a
// second factor just now; over replaces or (nil) removes members.
func (e *env) claims(aud, ext string, over map[string]any) map[string]any {
	now := e.clock.Now()
	c := map[string]any{"sub": ext, "aud": aud, "iat": now.Unix(), "exp": now.Add(10 * time.Minute).Unix(),
		"auth_time": now.Unix(), "amr": []string{"pwd", "otp"}}
	for k, v := range over {
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
	}
	return c
}

func (k portalKey) sign(t *testing.T, claims map[string]any) string {
	t.Helper()
	sg, err := jose.NewSigner(jose.SigningKey{Algorithm: k.alg, Key: k.priv}, (&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", k.kid))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := jwt.Signed(sg).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func (e *env) withToken(method, path, token string, hdr ...string) resp {
	e.t.Helper()
	if path == "/v1/inbox/events" {
		return e.firstEvent(token, hdr...)
	}
	if method == "POST" && strings.HasSuffix(path, "/replies") {
		// A valid reply, so a refusal comes from the access checks.
		return e.do(method, path, token, map[string]string{"body": "a reply"}, hdr...)
	}
	return e.do(method, path, token, nil, hdr...)
}

// firstEvent opens GET /v1/inbox/events with a user token and returns the
// answer with, for a stream, its first event as the body (reads fail after
// 10 s rather than hang).
func (e *env) firstEvent(token string, hdr ...string) resp {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", e.srv.URL+"/v1/inbox/events", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "text/event-stream")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		b, _ := io.ReadAll(res.Body)
		return resp{res.StatusCode, res.Header, b}
	}
	var ev []byte
	rd := bufio.NewReader(res.Body)
	for {
		line, err := rd.ReadString('\n')
		if err != nil {
			e.t.Fatalf("event stream ended before an event: %v", err)
		}
		if strings.HasPrefix(line, "event:") || strings.HasPrefix(line, "data:") {
			ev = append(ev, line...)
		}
		if line == "\n" && len(ev) > 0 {
			return resp{res.StatusCode, res.Header, ev}
		}
	}
}

func TestUserTokenKeysSettings(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	e.expect(e.do("GET", "/v1/settings/user-token-keys", tn.key, nil), 404, api.ProblemNotFound)
	before := e.rowCounts()
	priv := edKey(t, "k")
	privSet, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: priv.priv, KeyID: "k"}}})
	var privMap map[string]any
	_ = json.Unmarshal(privSet, &privMap)
	for name, body := range map[string]any{
		"neither":           map[string]any{},
		"both":              map[string]any{"jwks": keySet(edKey(t, "a")), "jwks_url": "https://keys.example/jwks.json"},
		"http url":          map[string]any{"jwks_url": "http://keys.example/jwks.json"},
		"url with userinfo": map[string]any{"jwks_url": "https://u:p@keys.example/jwks.json"},
		"private address":   map[string]any{"jwks_url": "https://10.0.0.1/jwks.json"},
		"NAT64 address":     map[string]any{"jwks_url": "https://[64:ff9b::a00:1]/jwks.json"},
		"private key":       map[string]any{"jwks": privMap},
		"no keys":           map[string]any{"jwks": map[string]any{"keys": []any{}}},
	} {
		r := e.do("PUT", "/v1/settings/user-token-keys", tn.key, body)
		if r.status != 422 {
			t.Errorf("%s: %d %s", name, r.status, r.body)
		}
	}
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, `{"jwks_url": "https://x", "extra": 1}`), 400, api.ProblemUnknownField)
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, `{"jwks": {"keys": []}, "pad": "`+strings.Repeat("x", 80<<10)+`"}`), 413, api.ProblemBodyTooLarge)
	if after := e.rowCounts(); !maps.Equal(before, after) {
		t.Fatalf("refused settings wrote rows: %v → %v", before, after)
	}
	r := e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks": keySet(edKey(t, "a"), esKey(t, "b")), "require_jti": true})
	e.expect(r, 200, "")
	r = e.do("GET", "/v1/settings/user-token-keys", tn.key, nil)
	e.expect(r, 200, "")
	v := r.json(t)
	if ids, _ := json.Marshal(v["key_ids"]); string(ids) != `["a","b"]` || v["require_jti"] != true {
		t.Fatalf("settings view %s", r.body)
	}
	if e.auditCount("user_token_keys.put") != 1 {
		t.Fatal("key registration not audited")
	}
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks_url": "https://keys.example/jwks.json"}), 200, "")
	e.expect(e.do("GET", "/v1/settings/user-token-keys", "", nil), 401, api.ProblemUnauthorized)
}

// TestUserTokenRouteMatrix runs every inbox route with user tokens: the
// owner's, another recipient's, another tenant's, expired, with a stale
// step-up, and after the signing key is removed from the tenant's set.
// Every AccessInbox route of api.Routes() must have a case.
func TestUserTokenRouteMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tnA, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		keyA, keyB := edKey(t, "a1"), esKey(t, "b1")
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tnA.key, map[string]any{"jwks": keySet(keyA)}), 200, "")
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tnB.key, map[string]any{"jwks": keySet(keyB)}), 200, "")
		for _, p := range []struct {
			tn  tenant
			ext string
		}{{tnA, "pat-a"}, {tnA, "pat-b"}, {tnB, "pat-c"}} {
			e.putRecipient(p.tn, p.ext, map[string]any{"email": p.ext + "@example.org"})
		}
		rid, _ := e.sendTo(tnA, "pat-a", "test_result", "", "Restricted result", "Restricted body")
		ar := e.do("POST", "/v1/messages/"+rid+"/attachments", tnA.key, "pdf bytes", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="r.pdf"`)
		e.expect(ar, 201, "")
		aid := ar.json(t)["id"].(string)
		pid, _ := e.sendTo(tnA, "pat-a", "account_message", "phi", "Phi subject", "Phi body")

		type call struct {
			method, path string
			perMessage   bool
		}
		calls := map[string]call{
			"GET /v1/inbox":                                  {"GET", "/v1/inbox", false},
			"GET /v1/inbox/unread_count":                     {"GET", "/v1/inbox/unread_count", false},
			"GET /v1/inbox/events":                           {"GET", "/v1/inbox/events", false},
			"GET /v1/inbox/{id}":                             {"GET", "/v1/inbox/" + rid, true},
			"POST /v1/inbox/{id}/read":                       {"POST", "/v1/inbox/" + rid + "/read", true},
			"POST /v1/inbox/{id}/unread":                     {"POST", "/v1/inbox/" + rid + "/unread", true},
			"POST /v1/inbox/{id}/archive":                    {"POST", "/v1/inbox/" + rid + "/archive", true},
			"GET /v1/inbox/{id}/attachments/{attachment_id}": {"GET", "/v1/inbox/" + rid + "/attachments/" + aid, true},
			"POST /v1/inbox/{id}/replies":                    {"POST", "/v1/inbox/" + rid + "/replies", true},
			"GET /v1/inbox/{id}/thread":                      {"GET", "/v1/inbox/" + rid + "/thread", true},
		}
		// A reply's attachments (replyattachments_test.go): the message's checks come first.
		calls["POST /v1/inbox/{id}/replies/{reply_id}/attachments"] = call{"POST", "/v1/inbox/" + rid + "/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments", true}
		calls["GET /v1/inbox/{id}/replies/{reply_id}/attachments/{attachment_id}"] = call{"GET", "/v1/inbox/" + rid + "/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments/rat_06h045n3y309pm8x9asc2eb6xg", true} // replydownload_test.go
		for _, rt := range api.Routes() {
			if rt.Auth == api.AccessInbox {
				if _, ok := calls[rt.Method+" "+rt.Pattern]; !ok {
					t.Errorf("inbox route %s %s has no case in this test", rt.Method, rt.Pattern)
				}
			}
		}
		now := e.clock.Now()
		other := keyA.sign(t, e.claims(tnA.id, "pat-b", nil))
		foreign := keyB.sign(t, e.claims(tnB.id, "pat-c", nil))
		crossAud := keyB.sign(t, e.claims(tnA.id, "pat-a", nil))                                        // B's key, A's audience: kid unknown to A
		crossKid := portalKey{"a1", jose.ES256, keyB.priv, nil}.sign(t, e.claims(tnA.id, "pat-a", nil)) // B's key under A's kid
		wrongAud := keyA.sign(t, e.claims(tnB.id, "pat-a", nil))                                        // A's key, B's audience
		expired := keyA.sign(t, e.claims(tnA.id, "pat-a", map[string]any{"iat": now.Add(-12 * time.Minute).Unix(), "exp": now.Add(-2 * time.Minute).Unix()}))
		stale := keyA.sign(t, e.claims(tnA.id, "pat-a", map[string]any{"auth_time": now.Add(-6 * time.Minute).Unix()}))
		noFactor := keyA.sign(t, e.claims(tnA.id, "pat-a", map[string]any{"amr": []string{"pwd"}}))

		deniedBefore, refusedBefore := e.auditCount("access.denied"), e.auditCount("user_token.refused")
		perMessage := 0
		for name, c := range calls {
			t.Run(name, func(t *testing.T) {
				for _, tok := range []string{crossAud, crossKid, wrongAud, expired} {
					r := e.withToken(c.method, c.path, tok)
					expectT(t, r, 401, api.ProblemUserToken)
					if !strings.Contains(r.header.Get("WWW-Authenticate"), "invalid_token") {
						t.Fatalf("no WWW-Authenticate: %v", r.header)
					}
				}
				if !c.perMessage {
					for _, tok := range []string{other, foreign} {
						if r := e.withToken(c.method, c.path, tok); r.status != 200 || strings.Contains(string(r.body), rid) || strings.Contains(string(r.body), pid) {
							t.Fatalf("another recipient sees: %d %s", r.status, r.body)
						}
					}
					return
				}
				perMessage++
				expectT(t, e.withToken(c.method, c.path, other), 404, api.ProblemNotFound)
				expectT(t, e.withToken(c.method, c.path, foreign), 404, api.ProblemNotFound)
				expectT(t, e.withToken(c.method, c.path, stale), 403, api.ProblemStepUpRequired)
				expectT(t, e.withToken(c.method, c.path, noFactor), 403, api.ProblemStepUpRequired)
			})
		}
		if got := e.auditCount("access.denied") - deniedBefore; got != 2*perMessage {
			t.Fatalf("access.denied events = %d, want %d", got, 2*perMessage)
		}
		// The expired token's signature verified: each refusal names pat-a and is audited.
		if got := e.auditCount("user_token.refused") - refusedBefore; got != len(calls) {
			t.Fatalf("user_token.refused events = %d, want %d (one per expired token)", got, len(calls))
		}
		var readAt *int64
		if err := e.raw.QueryRow(`SELECT read_at FROM messages WHERE id = $1`, rid).Scan(&readAt); err != nil || readAt != nil {
			t.Fatalf("refused calls changed the message (read_at %v, %v)", readAt, err)
		}

		// The owner's fresh token opens the restricted message (audited with
		// the recipient as actor) and changes state without a CSRF token.
		owner := keyA.sign(t, e.claims(tnA.id, "pat-a", nil))
		r := e.withToken("GET", "/v1/inbox/"+rid, owner)
		if r.status != 200 || !strings.Contains(string(r.body), "Restricted body") {
			t.Fatalf("owner open: %d %s", r.status, r.body)
		}
		var actor string
		if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'message.open' AND object_id = $1`, rid).Scan(&actor); err != nil || !strings.HasPrefix(actor, "recipient:") {
			t.Fatalf("open audit actor %q %v", actor, err)
		}
		expectT(t, e.withToken("POST", "/v1/inbox/"+pid+"/read", owner), 204, "")
		if r := e.withToken("GET", "/v1/inbox/"+rid+"/attachments/"+aid, owner); r.status != 200 || string(r.body) != "pdf bytes" {
			t.Fatalf("owner attachment: %d", r.status)
		}

		// Revoked key: a1 leaves the set; the same token stops working at once.
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tnA.key, map[string]any{"jwks": keySet(edKey(t, "a2"))}), 200, "")
		for name, c := range calls {
			if r := e.withToken(c.method, c.path, owner); r.status != 401 {
				t.Errorf("%s with a revoked key: %d", name, r.status)
			}
		}
	})
}

func TestUserTokenResetReplayAndBadInput(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	k := edKey(t, "k1")
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks": keySet(k)}), 200, "")
	e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org"})

	// Malformed, oversized, wrong algorithm, unknown kid, unknown recipient,
	// lifetime over 15 minutes, missing exp: 401 and nothing written.
	none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","kid":"k1"}`)) + "." +
		base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"pat-1","aud":"`+tn.id+`"}`)) + "."
	now := e.clock.Now()
	before := e.rowCounts()
	for name, tok := range map[string]string{
		"garbage":             "garbage",
		"oversized":           strings.Repeat("a", 9<<10),
		"alg none":            none,
		"unknown kid":         edKey(t, "k9").sign(t, e.claims(tn.id, "pat-1", nil)),
		"unknown recipient":   k.sign(t, e.claims(tn.id, "nobody", nil)),
		"bad sub":             k.sign(t, e.claims(tn.id, "no/such", nil)),
		"tenant without keys": k.sign(t, e.claims("ten_nokeys", "pat-1", nil)),
		"lifetime 16 min":     k.sign(t, e.claims(tn.id, "pat-1", map[string]any{"exp": now.Add(16 * time.Minute).Unix()})),
		"missing exp":         k.sign(t, e.claims(tn.id, "pat-1", map[string]any{"exp": nil})),
	} {
		expectT(t, e.withToken("GET", "/v1/inbox", tok), 401, api.ProblemUserToken)
		_ = name
	}
	expectT(t, e.do("GET", "/v1/inbox", "", nil, "Authorization", "Basic dXNlcjpwYXNz"), 401, api.ProblemUserToken)
	after := e.rowCounts()
	delete(before, "audit_events")
	delete(after, "audit_events")
	if !maps.Equal(before, after) {
		t.Fatalf("refused tokens wrote rows: %v → %v", before, after)
	}

	// A reset refuses tokens issued before it.
	tok := k.sign(t, e.claims(tn.id, "pat-1", nil))
	expectT(t, e.withToken("GET", "/v1/inbox", tok), 200, "")
	e.clock.Add(2 * time.Second)
	e.expect(e.do("POST", "/v1/recipients/pat-1/reset", tn.key, nil), 202, "")
	refused := e.auditCount("user_token.refused")
	expectT(t, e.withToken("GET", "/v1/inbox", tok), 401, api.ProblemUserToken)
	if e.auditCount("user_token.refused") != refused+1 {
		t.Fatal("token from before the reset refused without audit")
	}
	e.clock.Add(2 * time.Second)
	expectT(t, e.withToken("GET", "/v1/inbox", k.sign(t, e.claims(tn.id, "pat-1", nil))), 200, "")

	// A tenant requiring jti: each token once; none without one.
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks": keySet(k), "require_jti": true}), 200, "")
	once := k.sign(t, e.claims(tn.id, "pat-1", map[string]any{"jti": "j-1"}))
	expectT(t, e.withToken("GET", "/v1/inbox/unread_count", once), 200, "")
	expectT(t, e.withToken("GET", "/v1/inbox/unread_count", once), 401, api.ProblemUserToken)
	expectT(t, e.withToken("GET", "/v1/inbox/unread_count", k.sign(t, e.claims(tn.id, "pat-1", nil))), 401, api.ProblemUserToken)
	expectT(t, e.withToken("GET", "/v1/inbox/unread_count", k.sign(t, e.claims(tn.id, "pat-1", map[string]any{"jti": "j-2"}))), 200, "")
}
