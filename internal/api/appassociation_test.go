package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

const (
	fpA = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5"
	fpB = "fa:c6:17:45:dc:09:03:78:6f:b9:ed:e6:2a:96:2b:39:9f:73:48:f0:bb:6f:89:9b:83:32:66:75:91:03:3b:9c"
)

// wellKnown fetches an association file as a platform does: by Host, not
// following redirects.
func (e *env) wellKnown(t *testing.T, host, file string) resp {
	t.Helper()
	req, _ := http.NewRequest("GET", e.srv.URL+"/.well-known/"+file, nil)
	req.Host = host
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b := new(bytes.Buffer)
	b.ReadFrom(res.Body)
	return resp{res.StatusCode, res.Header, b.Bytes()}
}

// TestAppAssociation: a tenant's iOS and Android apps, set in its settings,
// are declared on the host of its public link base — for its message links
// only — and nowhere else; bad app settings are refused field by field and
// change nothing.
func TestAppAssociation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		acme, beta, gamma := e.tenant("acme"), e.tenant("beta"), e.tenant("gamma")
		settings := map[string]any{
			"public_url":  "https://messages.acme.example",
			"ios_app":     map[string]any{"team_id": "A1B2C3D4E5", "bundle_ids": []string{"com.acme.health", "com.acme.health-beta"}},
			"android_app": map[string]any{"package_names": []string{"com.acme.health", "com.acme.health_beta"}, "sha256_cert_fingerprints": []string{fpA, fpB}},
		}
		r := e.do("PUT", "/v1/settings", acme.key, settings)
		e.expect(r, 200, "")
		if !strings.Contains(string(r.body), strings.ToUpper(fpB)) {
			t.Fatalf("fingerprints not stored upper case: %s", r.body)
		}
		e.expect(e.do("PUT", "/v1/settings", beta.key, map[string]any{"public_url": "https://messages.beta.example"}), 200, "")

		for _, host := range []string{"messages.acme.example", "Messages.ACME.example:443", "messages.acme.example."} {
			r := e.wellKnown(t, host, "apple-app-site-association")
			if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
				t.Fatalf("%s: AASA %d %q: %s", host, r.status, r.header.Get("Content-Type"), r.body)
			}
			var aasa struct {
				AppLinks struct {
					Details []struct {
						AppIDs     []string            `json:"appIDs"`
						Components []map[string]string `json:"components"`
					} `json:"details"`
				} `json:"applinks"`
			}
			dec := json.NewDecoder(bytes.NewReader(r.body))
			if err := dec.Decode(&aasa); err != nil {
				t.Fatal(err)
			}
			d := aasa.AppLinks.Details
			if len(d) != 1 || fmt.Sprint(d[0].AppIDs) != "[A1B2C3D4E5.com.acme.health A1B2C3D4E5.com.acme.health-beta]" ||
				len(d[0].Components) != 1 || d[0].Components[0]["/"] != "/m/*" {
				t.Fatalf("AASA: %s", r.body)
			}
		}
		r = e.wellKnown(t, "messages.acme.example", "assetlinks.json")
		if r.status != 200 || r.header.Get("Content-Type") != "application/json" {
			t.Fatalf("assetlinks: %d %q: %s", r.status, r.header.Get("Content-Type"), r.body)
		}
		var links []struct {
			Relation []string `json:"relation"`
			Target   struct {
				Namespace    string   `json:"namespace"`
				PackageName  string   `json:"package_name"`
				Fingerprints []string `json:"sha256_cert_fingerprints"`
			} `json:"target"`
		}
		if err := json.Unmarshal(r.body, &links); err != nil {
			t.Fatal(err)
		}
		if len(links) != 2 || links[1].Target.PackageName != "com.acme.health_beta" || links[0].Target.Namespace != "android_app" ||
			fmt.Sprint(links[0].Relation) != "[delegate_permission/common.handle_all_urls]" ||
			fmt.Sprint(links[0].Target.Fingerprints) != fmt.Sprint([]string{fpA, strings.ToUpper(fpB)}) {
			t.Fatalf("assetlinks: %s", r.body)
		}

		// Nowhere else: the service's own host, an unknown host, a tenant
		// without apps, a host two tenants claim.
		own := strings.TrimPrefix(e.srv.URL, "http://")
		for _, host := range []string{own, "messages.nobody.example", "messages.beta.example", "acme.example", "messages.acme.example.evil"} {
			for _, f := range []string{"apple-app-site-association", "assetlinks.json"} {
				expectT(t, e.wellKnown(t, host, f), 404, api.ProblemNotFound)
			}
		}
		e.expect(e.do("PUT", "/v1/settings", gamma.key, map[string]any{"public_url": "https://messages.acme.example/other"}), 200, "")
		expectT(t, e.wellKnown(t, "messages.acme.example", "apple-app-site-association"), 404, api.ProblemNotFound)
		e.expect(e.do("PUT", "/v1/settings", gamma.key, map[string]any{}), 200, "")

		// Only one platform configured: the other file is 404.
		// Links under a path of the host: the apps claim that path's /m/*.
		e.expect(e.do("PUT", "/v1/settings", beta.key, map[string]any{"public_url": "https://messages.beta.example/portal/",
			"ios_app": map[string]any{"team_id": "ZZZZZ99999", "bundle_ids": []string{"org.beta.app"}}}), 200, "")
		if r := e.wellKnown(t, "messages.beta.example", "apple-app-site-association"); r.status != 200 || !strings.Contains(string(r.body), "ZZZZZ99999.org.beta.app") ||
			!strings.Contains(string(r.body), `"/":"/portal/m/*"`) {
			t.Fatalf("beta AASA: %d %s", r.status, r.body)
		}
		expectT(t, e.wellKnown(t, "messages.beta.example", "assetlinks.json"), 404, api.ProblemNotFound)
		expectT(t, e.wellKnown(t, "messages.beta.example", "apple-app-site-association.json"), 404, api.ProblemNotFound)

		// Bad app settings: a problem naming each field; nothing changes.
		with := func(f func(m map[string]any)) map[string]any {
			m := map[string]any{"public_url": "https://messages.acme.example",
				"ios_app":     map[string]any{"team_id": "A1B2C3D4E5", "bundle_ids": []string{"com.acme.health"}},
				"android_app": map[string]any{"package_names": []string{"com.acme.health"}, "sha256_cert_fingerprints": []string{fpA}}}
			f(m)
			return m
		}
		ios := func(k string, v any) func(map[string]any) {
			return func(m map[string]any) { m["ios_app"].(map[string]any)[k] = v }
		}
		android := func(k string, v any) func(map[string]any) {
			return func(m map[string]any) { m["android_app"].(map[string]any)[k] = v }
		}
		eleven := make([]string, 11)
		for i := range eleven {
			eleven[i] = fmt.Sprintf("com.acme.app%d", i)
		}
		cases := []struct {
			name    string
			body    map[string]any
			status  int
			problem string
			pointer string
		}{
			{"team id lower case", with(ios("team_id", "a1b2c3d4e5")), 422, api.ProblemValidation, "/ios_app/team_id"},
			{"team id short", with(ios("team_id", "A1B2C3D4E")), 422, api.ProblemValidation, "/ios_app/team_id"},
			{"team id missing", with(ios("team_id", "")), 422, api.ProblemValidation, "/ios_app/team_id"},
			{"no bundle ids", with(ios("bundle_ids", []string{})), 422, api.ProblemValidation, "/ios_app/bundle_ids"},
			{"eleven bundle ids", with(ios("bundle_ids", eleven)), 422, api.ProblemValidation, "/ios_app/bundle_ids"},
			{"one-part bundle id", with(ios("bundle_ids", []string{"acme"})), 422, api.ProblemValidation, "/ios_app/bundle_ids/0"},
			{"bundle id with a space", with(ios("bundle_ids", []string{"com.acme", "com.acme health"})), 422, api.ProblemValidation, "/ios_app/bundle_ids/1"},
			{"bundle id wildcard", with(ios("bundle_ids", []string{"com.acme.*"})), 422, api.ProblemValidation, "/ios_app/bundle_ids/0"},
			{"bundle id twice", with(ios("bundle_ids", []string{"com.acme", "com.acme"})), 422, api.ProblemValidation, "/ios_app/bundle_ids/1"},
			{"package starts with a digit", with(android("package_names", []string{"com.1acme"})), 422, api.ProblemValidation, "/android_app/package_names/0"},
			{"package empty part", with(android("package_names", []string{"com..acme"})), 422, api.ProblemValidation, "/android_app/package_names/0"},
			{"package with a hyphen", with(android("package_names", []string{"com.acme-health"})), 422, api.ProblemValidation, "/android_app/package_names/0"},
			{"no packages", with(android("package_names", nil)), 422, api.ProblemValidation, "/android_app/package_names"},
			{"fingerprint 31 bytes", with(android("sha256_cert_fingerprints", []string{fpA[3:]})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints/0"},
			{"fingerprint without colons", with(android("sha256_cert_fingerprints", []string{strings.ReplaceAll(fpA, ":", "")})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints/0"},
			{"fingerprint not hex", with(android("sha256_cert_fingerprints", []string{"ZZ" + fpA[2:]})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints/0"},
			{"fingerprint SHA-1", with(android("sha256_cert_fingerprints", []string{fpA[:59]})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints/0"},
			{"fingerprint twice", with(android("sha256_cert_fingerprints", []string{fpA, strings.ToLower(fpA)})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints/1"},
			{"no fingerprints", with(android("sha256_cert_fingerprints", []string{})), 422, api.ProblemValidation, "/android_app/sha256_cert_fingerprints"},
			{"public url path with a wildcard", with(func(m map[string]any) { m["public_url"] = "https://messages.acme.example/*" }), 422, api.ProblemValidation, "/public_url"},
			{"apps without a public url", with(func(m map[string]any) { delete(m, "public_url") }), 422, api.ProblemValidation, "/public_url"},
			{"unknown member", with(ios("paths", []string{"/*"})), 400, api.ProblemUnknownField, ""},
			{"team id not a string", with(ios("team_id", 5)), 400, api.ProblemWrongType, ""},
		}
		settingsBefore := e.do("GET", "/v1/settings", acme.key, nil).body
		aasaBefore := e.wellKnown(t, "messages.acme.example", "apple-app-site-association").body
		rows := e.rowCounts()
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := e.do("PUT", "/v1/settings", acme.key, c.body)
				expectT(t, r, c.status, c.problem)
				if c.pointer != "" && !strings.Contains(string(r.body), `"pointer":"`+c.pointer+`"`) {
					t.Fatalf("no pointer %s: %s", c.pointer, r.body)
				}
			})
		}
		if got := e.do("GET", "/v1/settings", acme.key, nil).body; !bytes.Equal(got, settingsBefore) {
			t.Fatalf("refused settings changed them:\n%s\n%s", settingsBefore, got)
		}
		if got := e.wellKnown(t, "messages.acme.example", "apple-app-site-association").body; !bytes.Equal(got, aasaBefore) {
			t.Fatal("refused settings changed the association file")
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(rows) {
			t.Fatalf("refused settings wrote rows:\n%v\n%v", rows, after)
		}

		// Removing the apps removes the files.
		e.expect(e.do("PUT", "/v1/settings", acme.key, map[string]any{"public_url": "https://messages.acme.example"}), 200, "")
		expectT(t, e.wellKnown(t, "messages.acme.example", "apple-app-site-association"), 404, api.ProblemNotFound)
		expectT(t, e.wellKnown(t, "messages.acme.example", "assetlinks.json"), 404, api.ProblemNotFound)
	})
}
