package api_test

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/widget"
)

// TestWidgetScript: the script is served as JavaScript any origin may load
// with an integrity check, its SRI hash is the one the package reports, and
// the integration guide quotes that hash (so a changed script cannot ship
// with stale docs).
func TestWidgetScript(t *testing.T) {
	e := newEnv(t, "sqlite")
	r := e.do("GET", widget.Path, "", nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/javascript") ||
		r.header.Get("Access-Control-Allow-Origin") != "*" || r.header.Get("Cross-Origin-Resource-Policy") != "cross-origin" {
		t.Fatalf("script: %d %v", r.status, r.header)
	}
	sum := sha512.Sum384(r.body)
	if got := "sha384-" + base64.StdEncoding.EncodeToString(sum[:]); got != widget.Integrity() {
		t.Fatalf("served script hashes to %s, package says %s", got, widget.Integrity())
	}
	if r2 := e.do("GET", widget.Path, "", nil, "If-None-Match", r.header.Get("ETag")); r2.status != 304 {
		t.Fatalf("revalidation: %d", r2.status)
	}
	for _, bad := range []string{"eval(", "new Function", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", ".style.", "localStorage", "sessionStorage", "document.cookie"} {
		if bytes.Contains(r.body, []byte(bad)) {
			t.Errorf("the widget uses %q", bad)
		}
	}
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "integrate.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte(widget.Integrity())) {
		t.Errorf("docs/integrate.md does not quote the widget's integrity %s", widget.Integrity())
	}
	// The release is the same number in the script, the package and the guide.
	if !bytes.Contains(r.body, []byte("const VERSION = '"+widget.Version+"';")) {
		t.Errorf("the script's VERSION is not widget.Version %s", widget.Version)
	}
	if !bytes.Contains(doc, []byte("widget `"+widget.Version+"`")) {
		t.Errorf("docs/integrate.md does not name the widget's version %s", widget.Version)
	}
}

// TestWidgetOrigins: cross-origin inbox calls with a user token are allowed
// only from an origin the token's tenant lists; preflights only for origins
// some tenant lists; refusals after the token verified are audited and
// change nothing; answers never allow credentials.
func TestWidgetOrigins(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tnA, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		const portalA, portalB, evil = "https://portal-a.example", "https://portal-b.example", "https://evil.example"

		// Validation and normalisation of widget_origins.
		for name, origins := range map[string][]string{
			"http off loopback": {"http://portal.example"},
			"path":              {"https://portal.example/app"},
			"query":             {"https://portal.example?x=1"},
			"scheme":            {"ftp://portal.example"},
			"userinfo":          {"https://u@portal.example"},
			"not a url":         {"portal.example"},
			"too many":          strings.Split(strings.Repeat("https://a.example,", 21), ",")[:21],
		} {
			r := e.do("PUT", "/v1/settings", tnA.key, map[string]any{"widget_origins": origins})
			if r.status != 422 || !strings.Contains(string(r.body), "/widget_origins") {
				t.Errorf("%s: %d %s", name, r.status, r.body)
			}
		}
		r := e.do("PUT", "/v1/settings", tnA.key, map[string]any{"widget_origins": []string{"HTTPS://Portal-A.example:443/", portalA, "http://127.0.0.1:8090"}})
		e.expect(r, 200, "")
		if got := r.json(t)["widget_origins"]; len(got.([]any)) != 2 || got.([]any)[1] != portalA || got.([]any)[0] != "http://127.0.0.1:8090" {
			t.Fatalf("normalised origins %v", got)
		}
		e.expect(e.do("PUT", "/v1/settings", tnB.key, map[string]any{"widget_origins": []string{portalB}}), 200, "")
		keyA := edKey(t, "a1")
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tnA.key, map[string]any{"jwks": keySet(keyA)}), 200, "")
		e.putRecipient(tnA, "pat-a", map[string]any{"email": "pat-a@example.org"})
		pid, _ := e.sendTo(tnA, "pat-a", "account_message", "phi", "Phi subject", "Phi body")
		tok := keyA.sign(t, e.claims(tnA.id, "pat-a", nil))

		// Preflights: for an origin some tenant lists, GET/POST with the
		// token header; never with credentials.
		pre := func(origin, method, headers string) resp {
			return e.do("OPTIONS", "/v1/inbox/"+pid+"/read", "", nil, "Origin", origin,
				"Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers)
		}
		p := pre(portalA, "POST", "authorization")
		if p.status != 204 || p.header.Get("Access-Control-Allow-Origin") != portalA ||
			!strings.Contains(p.header.Get("Access-Control-Allow-Headers"), "Authorization") || p.header.Get("Access-Control-Allow-Credentials") != "" {
			t.Fatalf("preflight from a listed origin: %d %v", p.status, p.header)
		}
		// A reply's file upload: its type and RFC 5987 name headers.
		if p := pre(portalA, "POST", "authorization, content-type, content-disposition"); p.status != 204 ||
			!strings.Contains(p.header.Get("Access-Control-Allow-Headers"), "Content-Disposition") {
			t.Fatalf("preflight of a file upload: %d %v", p.status, p.header)
		}
		if p := pre(portalB, "GET", "authorization"); p.status != 204 {
			t.Fatalf("preflight from another tenant's origin: %d", p.status)
		}
		for name, p := range map[string]resp{
			"unknown origin": pre(evil, "GET", "authorization"),
			"method DELETE":  pre(portalA, "DELETE", "authorization"),
			"cookie header":  pre(portalA, "GET", "authorization, x-csrf-token"),
		} {
			e.expect(p, 403, api.ProblemOriginNotAllowed)
			if p.header.Get("Access-Control-Allow-Origin") != "" {
				t.Errorf("%s: refused preflight allows the origin", name)
			}
		}

		// The tenant's own origin reads the answer; no credentials.
		r = e.withToken("GET", "/v1/inbox", tok, "Origin", portalA)
		if r.status != 200 || r.header.Get("Access-Control-Allow-Origin") != portalA || r.header.Get("Access-Control-Allow-Credentials") != "" ||
			!strings.Contains(r.header.Get("Vary"), "Origin") {
			t.Fatalf("listed origin: %d %v", r.status, r.header)
		}
		ev := e.withToken("GET", "/v1/inbox/events", tok, "Origin", portalA)
		if ev.status != 200 || ev.header.Get("Access-Control-Allow-Origin") != portalA || !strings.Contains(string(ev.body), `"unread":1`) {
			t.Fatalf("events from a listed origin: %d %v %s", ev.status, ev.header, ev.body)
		}

		// Another tenant's origin and an unknown one: refused after the
		// token verified, audited, nothing changed, nothing readable.
		before := e.auditCount("widget.origin_refused")
		for _, origin := range []string{portalB, evil} {
			for _, c := range [][2]string{{"GET", "/v1/inbox"}, {"GET", "/v1/inbox/" + pid}, {"POST", "/v1/inbox/" + pid + "/read"}, {"GET", "/v1/inbox/events"}} {
				r := e.withToken(c[0], c[1], tok, "Origin", origin)
				e.expect(r, 403, api.ProblemOriginNotAllowed)
				if r.header.Get("Access-Control-Allow-Origin") != "" || strings.Contains(string(r.body), "Phi") {
					t.Fatalf("%s %s from %s: readable refusal %v %s", c[0], c[1], origin, r.header, r.body)
				}
			}
		}
		if got := e.auditCount("widget.origin_refused") - before; got != 8 {
			t.Fatalf("widget.origin_refused events = %d, want 8", got)
		}
		var readAt *int64
		if err := e.raw.QueryRow(`SELECT read_at FROM messages WHERE id = $1`, pid).Scan(&readAt); err != nil || readAt != nil {
			t.Fatalf("a refused origin marked the message read (%v, %v)", readAt, err)
		}

		// A refused token from a listed origin is readable there (so the
		// widget can ask for a fresh one); from an unknown origin it is not.
		expired := keyA.sign(t, e.claims(tnA.id, "pat-a", map[string]any{"exp": e.clock.Now().Add(-time.Minute).Unix()}))
		if r := e.withToken("GET", "/v1/inbox", expired, "Origin", portalA); r.status != 401 || r.header.Get("Access-Control-Allow-Origin") != portalA {
			t.Fatalf("expired token from a listed origin: %d %v", r.status, r.header)
		}
		if r := e.withToken("GET", "/v1/inbox", expired, "Origin", evil); r.status != 401 || r.header.Get("Access-Control-Allow-Origin") != "" {
			t.Fatalf("expired token from an unknown origin: %d %v", r.status, r.header)
		}

		// Same-origin pages and clients without an Origin (apps, servers)
		// are not subject to the list.
		host := strings.TrimPrefix(e.srv.URL, "http://")
		e.expect(e.withToken("GET", "/v1/inbox", tok, "Origin", "http://"+host), 200, "")
		e.expect(e.withToken("GET", "/v1/inbox", tok), 200, "")

		// A listed origin removed from the settings stops at once.
		e.expect(e.do("PUT", "/v1/settings", tnA.key, map[string]any{"widget_origins": []string{"http://127.0.0.1:8090"}}), 200, "")
		e.expect(e.withToken("GET", "/v1/inbox", tok, "Origin", portalA), 403, api.ProblemOriginNotAllowed)
	})
}

// TestTokenStreamEndsAtExpiry: an event stream opened with a user token
// ends when the token expires, so a client must come back with a fresh one.
func TestTokenStreamEndsAtExpiry(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	k := edKey(t, "k1")
	e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks": keySet(k)}), 200, "")
	e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org"})
	now := e.clock.Now()
	tok := k.sign(t, e.claims(tn.id, "pat-1", map[string]any{"exp": now.Add(2 * time.Second).Unix()}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", e.srv.URL+"/v1/inbox/events", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := e.srv.Client().Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("stream: %v %v", res, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body) // returns when the server ends the stream
	if err != nil {
		t.Fatalf("the stream did not end at the token's expiry: %v (read %q)", err, b)
	}
	if !strings.Contains(string(b), `"unread":0`) {
		t.Fatalf("stream body %q", b)
	}
}
