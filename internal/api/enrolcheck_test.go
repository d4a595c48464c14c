package api_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestEnrolIdentityCheck: with enrol_check birth_date, the link alone does
// not enrol: a missing or unreal date is a field error, a wrong one is
// audited and throttled, a recipient without a date on file cannot enrol
// online, and nothing is written until the date matches.
func TestEnrolIdentityCheck(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"enrol_check": "sometimes"}), 422, api.ProblemValidation)
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"enrol_check": "birth_date"}), 200, "")

		e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org", "identity": map[string]any{"birth_date": "1985-03-27"}})
		_, link := e.sendTo(tn, "pat-1", "account_registration", "", "Welcome", "Set up your account")
		b := e.browser(t)
		if b.get(link); b.url != "/enrol" || !strings.Contains(b.page, `id="birth_date"`) || !strings.Contains(b.page, "<legend>Date of birth</legend>") {
			t.Fatalf("enrol page asks no date of birth: %s", b.page)
		}
		form := func(day, month, year string) url.Values {
			return url.Values{"username": {"pat.one"}, "password": {testPassword}, "confirm": {testPassword},
				"birth_day": {day}, "birth_month": {month}, "birth_year": {year}}
		}
		accounts := func() int64 { return e.raw.Int(`SELECT COUNT(*) FROM accounts`) }
		for name, f := range map[string]url.Values{"missing": form("", "", ""), "31 February": form("31", "2", "1985"), "letters": form("x", "3", "1985")} {
			if st, page := b.post("/enrol", f); st != 422 || !strings.Contains(page, `href="#birth_date"`) || !strings.Contains(page, "Enter your date of birth") {
				t.Fatalf("%s: %d %s", name, st, page)
			}
		}
		if e.auditCount("enrol.check_failed") != 0 {
			t.Fatal("a malformed date counted as a wrong one")
		}
		if st, page := b.post("/enrol", form("28", "3", "1985")); st != 422 || !strings.Contains(page, "does not match our records") || !strings.Contains(page, `aria-invalid="true"`) {
			t.Fatalf("wrong date: %d %s", st, page)
		}
		if e.auditCount("enrol.check_failed") != 1 || accounts() != 0 {
			t.Fatalf("wrong date: audited %d, accounts %d", e.auditCount("enrol.check_failed"), accounts())
		}
		if st, page := b.post("/enrol", form("27", "03", "1985")); st != 200 || b.url != "/enrol/totp" {
			t.Fatalf("right date: %d %s %s", st, b.url, page)
		}

		// Guessing is throttled like sign-in.
		e.putRecipient(tn, "pat-2", map[string]any{"email": "pat-2@example.org", "identity": map[string]any{"birth_date": "1970-01-01"}})
		_, link2 := e.sendTo(tn, "pat-2", "account_registration", "", "Welcome", "Set up your account")
		g := e.browser(t)
		g.get(link2)
		var last int
		for i := 0; i < 5; i++ {
			f := form(strings.TrimLeft(string(rune('1'+i)), ""), "1", "1971")
			f.Set("username", "pat.two")
			last, _ = g.post("/enrol", f)
			g.get("/enrol")
		}
		if last != 429 {
			t.Fatalf("fifth wrong date → %d, want 429", last)
		}
		f := form("1", "1", "1970")
		f.Set("username", "pat.two")
		if st, _ := g.post("/enrol", f); st != 429 {
			t.Fatalf("the right date while locked → %d", st)
		}

		// No date on file: no online enrolment.
		e.putRecipient(tn, "pat-3", map[string]any{"email": "pat-3@example.org"})
		_, link3 := e.sendTo(tn, "pat-3", "account_registration", "", "Welcome", "Set up your account")
		n := e.browser(t)
		n.get(link3)
		f = form("1", "1", "1970")
		f.Set("username", "pat.three")
		if st, page := n.post("/enrol", f); st != 403 || !strings.Contains(page, "cannot check your identity online") {
			t.Fatalf("no date on file: %d %s", st, page)
		}
		if accounts() != 1 {
			t.Fatalf("%d accounts, want only pat-1's", accounts())
		}
	})
}
