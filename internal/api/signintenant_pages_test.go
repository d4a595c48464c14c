package api_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/cookiejar"
	"regexp"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestSignInFindsTenant: a signed-out /signin shows a form for the tenant
// its rules find — the only tenant, the tenant whose public link base names
// the Host, the tenant of the last link the browser followed (a cookie that
// cannot be made up) — and without one says what to do instead of showing a
// form that cannot work.
func TestSignInFindsTenant(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		formTenant := regexp.MustCompile(`<input type="hidden" name="tenant" value="([^"]*)">`)
		signin := func(host string, jar http.CookieJar, cookie string) (tenant string, form bool, body string) {
			t.Helper()
			req, _ := http.NewRequest("GET", e.srv.URL+"/signin", nil)
			if host != "" {
				req.Host = host
			}
			if cookie != "" {
				req.Header.Set("Cookie", cookie)
			}
			res, err := (&http.Client{Jar: jar}).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b := new(bytes.Buffer)
			b.ReadFrom(res.Body)
			if res.StatusCode != 200 {
				t.Fatalf("GET /signin: %d", res.StatusCode)
			}
			m := formTenant.FindStringSubmatch(b.String())
			if m == nil {
				if strings.Contains(b.String(), `action="/signin"`) {
					t.Fatalf("a sign-in form without a tenant field: %s", b.String())
				}
				return "", false, b.String()
			}
			return m[1], true, b.String()
		}

		acme := e.tenant("acme")
		if got, form, _ := signin("", nil, ""); !form || got != acme.id {
			t.Fatalf("the only tenant: form %v for %q, want %s", form, got, acme.id)
		}
		beta := e.tenant("beta")
		got, form, body := signin("", nil, "")
		if form || got != "" || !strings.Contains(body, "open the link in your latest message from your provider") {
			t.Fatalf("two tenants, nothing to go by: form %v for %q:\n%s", form, got, body)
		}

		// Host: beta's links are at https://messages.beta.example.
		e.expect(e.do("PUT", "/v1/settings", beta.key, map[string]any{"public_url": "https://messages.beta.example"}), 200, "")
		if got, form, _ := signin("messages.beta.example", nil, ""); !form || got != beta.id {
			t.Fatalf("by host: form %v for %q, want %s", form, got, beta.id)
		}

		// The last link followed: acme's, on the service's own host.
		e.putRecipient(acme, "p-1", map[string]any{"email": "pat@example.org"})
		link := e.send(acme, messageBody("x"))["link"].(string)
		jar, _ := cookiejar.New(nil)
		res, err := (&http.Client{Jar: jar}).Get(link)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got, form, _ := signin("", jar, ""); !form || got != acme.id {
			t.Fatalf("after following acme's link: form %v for %q, want %s", form, got, acme.id)
		}
		// The host still comes first.
		if got, _, _ := signin("messages.beta.example", jar, ""); got != beta.id {
			t.Fatalf("host and cookie: %q, want the host's %s", got, beta.id)
		}
		// A made-up or altered cookie names nobody.
		var hint string
		for _, c := range res.Cookies() {
			if c.Name == "sealpost_tenant" {
				hint = c.Value
				if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode {
					t.Errorf("tenant cookie: HttpOnly %v, SameSite %v", c.HttpOnly, c.SameSite)
				}
			}
		}
		if !strings.HasPrefix(hint, acme.id+".") {
			t.Fatalf("tenant cookie %q", hint)
		}
		for _, forged := range []string{beta.id + strings.TrimPrefix(hint, acme.id), beta.id + ".AAAA", acme.id, "x"} {
			if got, form, _ := signin("", nil, "sealpost_tenant="+forged); form || got != "" {
				t.Errorf("forged cookie %q: form for %q", forged, got)
			}
		}
		// The cookie outlives a key rotation (twice over): old MAC keys still verify.
		for i := 0; i < 2; i++ {
			if _, err := e.svc.RotateKeys(context.Background(), "test", nil); err != nil {
				t.Fatal(err)
			}
		}
		if got, form, _ := signin("", nil, "sealpost_tenant="+hint); !form || got != acme.id {
			t.Fatalf("after key rotations the cookie names %q (form %v), want %s", got, form, acme.id)
		}
		// An expired or revoked link remembers its tenant too.
		jar2, _ := cookiejar.New(nil)
		e.expect(e.do("DELETE", "/v1/messages/"+e.send(acme, messageBody("y"))["id"].(string), acme.key, nil), 200, "")
		link2 := e.send(acme, messageBody("z"))
		e.expect(e.do("DELETE", "/v1/messages/"+link2["id"].(string), acme.key, nil), 200, "")
		res, err = (&http.Client{Jar: jar2}).Get(link2["link"].(string))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 410 {
			t.Fatalf("revoked link: %d", res.StatusCode)
		}
		if got, form, _ := signin("", jar2, ""); !form || got != acme.id {
			t.Fatalf("after a revoked link of acme: form %v for %q", form, got)
		}
	})
}
