package api_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestAccountChanges: the account page changes the password (current
// password and a fresh factor; every session ends) and makes new recovery
// codes (a fresh factor; the old ones stop working).
func TestAccountChanges(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		if b.get("/account"); !strings.Contains(b.page, `href="/account/password"`) || !strings.Contains(b.page, `action="/account/recovery-codes"`) ||
			!strings.Contains(b.page, `href="/account/authenticator"`) {
			t.Fatalf("account page: %s", b.page)
		}

		// Signed-in devices: listed, and the others ended.
		other := e.browser(t)
		e.signIn(t, other, u, "/signin?tenant="+tn.id)
		b.get("/account")
		if n := strings.Count(b.page, "<li>Signed in "); n != 2 || strings.Count(b.page, "(this device)") != 1 {
			t.Fatalf("%d sessions listed: %s", n, b.page)
		}
		if st, _ := b.post("/account/sessions/end", nil); st != 200 || b.url != "/account" || strings.Count(b.page, "<li>Signed in ") != 1 {
			t.Fatalf("end others → %d %s", st, b.url)
		}
		if other.get("/inbox"); !strings.HasPrefix(other.url, "/signin") || e.auditCount("signout.others") != 1 {
			t.Fatalf("the other device reaches %s", other.url)
		}

		// New recovery codes with a fresh factor.
		if st, page := b.post("/account/recovery-codes", nil); st != 200 || !strings.Contains(page, `id="recovery-codes"`) {
			t.Fatalf("new codes → %d %s", st, page)
		}
		var fresh []string
		for _, m := range regexp.MustCompile(`<li>([a-z0-9-]+)</li>`).FindAllStringSubmatch(b.page, -1) {
			fresh = append(fresh, m[1])
		}
		if len(fresh) != 10 || e.auditCount("recovery_codes.replace") != 1 {
			t.Fatalf("%d new codes, audited %d", len(fresh), e.auditCount("recovery_codes.replace"))
		}

		// A stale factor: both changes ask for a fresh code first.
		e.clock.Add(6 * time.Minute)
		if b.get("/account/password"); b.url != "/stepup" {
			t.Fatalf("stale password page → %s", b.url)
		}
		b.get("/account")
		if b.post("/account/recovery-codes", nil); b.url != "/stepup" {
			t.Fatalf("stale new codes → %s", b.url)
		}
		if st, _ := b.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now())}, "next": {"/account/password"}}); st != 200 || b.url != "/account/password" {
			t.Fatalf("step-up → %d %s", st, b.url)
		}
		failed := e.auditCount("signin.failure")
		const newPassword = "another good passphrase 77"
		if st, page := b.post("/account/password", url.Values{"current": {"not it"}, "password": {newPassword}, "confirm": {newPassword}}); st != 422 ||
			!strings.Contains(page, "The current password is not correct.") || !strings.Contains(page, `href="#current"`) {
			t.Fatalf("wrong current → %d %s", st, page)
		}
		if e.auditCount("signin.failure") != failed+1 {
			t.Fatal("a wrong current password was not counted")
		}
		b.get("/account/password")
		if st, _ := b.post("/account/password", url.Values{"current": {testPassword}, "password": {newPassword}, "confirm": {"other"}}); st != 422 {
			t.Fatalf("mismatch → %d", st)
		}
		b.get("/account/password")
		if st, page := b.post("/account/password", url.Values{"current": {testPassword}, "password": {newPassword}, "confirm": {newPassword}}); st != 200 ||
			!strings.Contains(page, "Your password is changed") {
			t.Fatalf("change → %d %s", st, page)
		}
		if b.get("/inbox"); !strings.HasPrefix(b.url, "/signin") {
			t.Fatalf("still signed in after a password change: %s", b.url)
		}
		// The new password, then an old recovery code fails and a new one works.
		s := e.browser(t)
		s.get("/signin?tenant=" + tn.id)
		if st, _ := s.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {newPassword}}); st != 200 || s.url != "/signin/factor" {
			t.Fatalf("new password → %d %s", st, s.url)
		}
		if st, _ := s.post("/signin/factor", url.Values{"code": {u.recovery[1]}}); st != 401 {
			t.Fatalf("an old recovery code → %d", st)
		}
		if st, _ := s.post("/signin/factor", url.Values{"code": {fresh[0]}}); st != 200 || s.url != "/account/authenticator" {
			t.Fatalf("a new recovery code → %d %s", st, s.url)
		}
	})
}
