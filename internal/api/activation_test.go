package api_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestEnrolActivationCode: with enrol_check "activation_code" enrolment asks
// for the code the portal had made (POST …/activation_code) and printed.
// Only the newest code works, only for its own recipient, once; a mistyped
// format is not counted, a wrong code is audited; case, spaces and dashes do
// not matter; a recipient without a code cannot enrol online.
func TestEnrolActivationCode(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"enrol_check": "activation_code"}), 200, "")
		for _, ext := range []string{"pat-a", "pat-b", "pat-c"} {
			e.putRecipient(tn, ext, map[string]any{"email": ext + "@example.org"})
		}
		issue := func(ext string) string {
			t.Helper()
			r := e.do("POST", "/v1/recipients/"+ext+"/activation_code", tn.key, nil)
			e.expect(r, 201, "")
			code, _ := r.json(t)["code"].(string)
			if !regexp.MustCompile(`^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$`).MatchString(code) || r.header.Get("Cache-Control") != "no-store" {
				t.Fatalf("code %q, headers %v", code, r.header)
			}
			if strings.Contains(e.logs.String(), code) {
				t.Fatal("the code is in the logs")
			}
			return code
		}
		old, code := issue("pat-a"), issue("pat-a")
		codeC := issue("pat-c")
		if e.auditCount("activation_code.issue") != 3 || e.raw.Int(`SELECT COUNT(*) FROM activation_codes`) != 2 {
			t.Fatal("codes not stored one per recipient, or not audited")
		}

		_, link := e.sendTo(tn, "pat-a", "account_registration", "", "Welcome", "Set up your account")
		b := e.browser(t)
		if b.get(link); b.url != "/enrol" || !strings.Contains(b.page, `id="activation_code"`) {
			t.Fatalf("the enrol page asks for no activation code: %s", b.page)
		}
		form := func(c string) url.Values {
			return url.Values{"username": {"pat.a"}, "password": {testPassword}, "confirm": {testPassword}, "activation_code": {c}}
		}
		accounts := func() int64 { return e.raw.Int(`SELECT COUNT(*) FROM accounts`) }
		if st, page := b.post("/enrol", form("ABC")); st != 422 || !strings.Contains(page, "Enter the 12-character activation code") || e.auditCount("enrol.check_failed") != 0 {
			t.Fatalf("malformed code: %d %s", st, page)
		}
		for name, c := range map[string]string{"the replaced code": old, "another recipient's code": codeC} {
			if st, page := b.post("/enrol", form(c)); st != 422 || !strings.Contains(page, "does not match") || accounts() != 0 {
				t.Fatalf("%s: %d %s", name, st, page)
			}
		}
		if e.auditCount("enrol.check_failed") != 2 {
			t.Fatalf("wrong codes audited %d times, want 2", e.auditCount("enrol.check_failed"))
		}
		typed := strings.ToLower(strings.ReplaceAll(code, "-", " "))
		if st, page := b.post("/enrol", form(typed)); st != 200 || b.url != "/enrol/totp" {
			t.Fatalf("the right code: %d %s %s", st, b.url, page)
		}
		if e.raw.Int(`SELECT COUNT(*) FROM activation_codes`) != 1 { // pat-c's is left; pat-a's was used up
			t.Fatal("the used code was not deleted")
		}

		// No code issued: no online enrolment.
		_, linkB := e.sendTo(tn, "pat-b", "account_registration", "", "Welcome", "Set up your account")
		nb := e.browser(t)
		nb.get(linkB)
		if st, page := nb.post("/enrol", url.Values{"username": {"pat.b"}, "password": {testPassword}, "confirm": {testPassword}, "activation_code": {codeC}}); st < 400 || !strings.Contains(page, "activation code from the office") {
			t.Fatalf("no code on file: %d %s", st, page)
		}
		if accounts() != 1 {
			t.Fatalf("accounts %d", accounts())
		}
	})
}
