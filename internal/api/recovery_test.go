package api_test

import (
	"crypto/sha256"
	"maps"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testdb"
)

// resetLink gives the tenant's password_reset message a link token the test
// knows (the service stores only the hash of the one it emailed).
func (e *env) resetLink(t *testing.T, tn tenant) string {
	t.Helper()
	token := "reset-" + strings.Repeat("k", 30)
	th := sha256.Sum256([]byte(token))
	if n := e.raw.Exec(`UPDATE links SET token_hash = $1 WHERE message_id IN
		(SELECT id FROM messages WHERE tenant_id = $2 AND category = 'password_reset')`, th[:], tn.id); n != 1 {
		t.Fatalf("%d reset links, want 1", n)
	}
	return "/m/" + token
}

var noncesRE = regexp.MustCompile(`nonce="[^"]*"|name="csrf" value="[^"]*"`)

// TestForgotPassword: the same answer for a known and an unknown username,
// a PHI-free reset message only for the known one, a link that works once,
// a new password that ends every session and still needs the second factor.
func TestForgotPassword(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		other := e.browser(t) // a second device, signed in
		e.signIn(t, other, u, "/signin?tenant="+tn.id)
		// A phone on file too: the reset link still goes by email only.
		e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org", "phone": "+15555550123"})

		anon := e.browser(t)
		anon.get("/signin?tenant=" + tn.id)
		if !strings.Contains(anon.page, `href="/recover?tenant=`+tn.id+`"`) {
			t.Fatalf("no forgot-password link on sign-in: %s", anon.page)
		}
		anon.get("/recover?tenant=" + tn.id)
		asked := e.auditCount("password_reset.requested")
		st1, known := anon.post("/recover", url.Values{"tenant": {tn.id}, "username": {u.username}})
		anon.get("/recover?tenant=" + tn.id)
		st2, unknown := anon.post("/recover", url.Values{"tenant": {tn.id}, "username": {"nobody@example.org"}})
		if st1 != 200 || st2 != 200 || noncesRE.ReplaceAllString(known, "") != noncesRE.ReplaceAllString(unknown, "") || !strings.Contains(known, "Check your email") {
			t.Fatalf("known %d, unknown %d; the pages differ or say the wrong thing:\n%s\n----\n%s", st1, st2, known, unknown)
		}
		if got := e.auditCount("password_reset.requested") - asked; got != 2 {
			t.Fatalf("%d reset requests audited, want 2", got)
		}
		var n int
		if err := e.raw.QueryRow(`SELECT COUNT(*) FROM messages WHERE category = 'password_reset'`).Scan(&n); err != nil || n != 1 {
			t.Fatalf("%d reset messages (%v), want 1, for the known username", n, err)
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM deliveries WHERE message_id IN (SELECT id FROM messages WHERE category = 'password_reset') AND channel = 'email'`); got != 1 {
			t.Fatalf("%d email deliveries of the reset link, want 1", got)
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM deliveries WHERE message_id IN (SELECT id FROM messages WHERE category = 'password_reset') AND channel <> 'email'`); got != 0 {
			t.Fatalf("%d other deliveries of the reset link, want none", got)
		}

		link := e.resetLink(t, tn)
		r := e.browser(t)
		if st, _ := r.get(link); st != 200 || r.url != "/recover/password" {
			t.Fatalf("reset link → %d %s", st, r.url)
		}
		// The link worked once.
		if st, page := e.browser(t).get(link); st != 410 || !strings.Contains(page, "This link has expired") {
			t.Fatalf("reset link again → %d %s", st, page)
		}
		// Bad input changes nothing.
		if st, page := r.post("/recover/password", url.Values{"password": {"a fresh new password 42"}, "confirm": {"something else"}}); st != 422 ||
			!strings.Contains(page, `aria-invalid="true"`) || !strings.Contains(page, `href="#confirm"`) {
			t.Fatalf("mismatched confirm → %d %s", st, page)
		}
		if st, _ := r.post("/recover/password", url.Values{"csrf": {"forged"}, "password": {"a fresh new password 42"}, "confirm": {"a fresh new password 42"}}); st != 403 {
			t.Fatalf("forged CSRF → %d", st)
		}
		r.get("/recover/password")
		if got := e.auditCount("password_reset.done"); got != 0 {
			t.Fatalf("refused resets audited as done: %d", got)
		}
		const newPassword = "a fresh new password 42"
		if st, page := r.post("/recover/password", url.Values{"password": {newPassword}, "confirm": {newPassword}}); st != 200 || !strings.Contains(page, "Your password is changed") {
			t.Fatalf("reset → %d %s", st, page)
		}
		if e.auditCount("password_reset.done") != 1 {
			t.Fatal("reset not audited")
		}
		// Every session ended: the other device is signed out.
		if other.get("/inbox"); !strings.HasPrefix(other.url, "/signin") {
			t.Fatalf("the other device still reaches %s", other.url)
		}
		// The old password no longer works; the new one still needs the factor.
		s := e.browser(t)
		s.get("/signin?tenant=" + tn.id)
		if st, _ := s.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}}); st != 401 {
			t.Fatalf("old password → %d", st)
		}
		if st, _ := s.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {newPassword}}); st != 200 || s.url != "/signin/factor" {
			t.Fatalf("new password → %d %s", st, s.url)
		}
	})
}

// TestResetRequestsThrottled: reset requests count like failed sign-ins,
// the same for a username with and without an account.
func TestResetRequestsThrottled(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	u := e.enrol(t, b, tn, "pat-1")
	for _, name := range []string{u.username, "nobody@example.org"} {
		a := e.browser(t)
		statuses := []int{}
		for i := 0; i < 6; i++ {
			a.get("/recover?tenant=" + tn.id)
			st, _ := a.post("/recover", url.Values{"tenant": {tn.id}, "username": {name}})
			statuses = append(statuses, st)
		}
		if got := statuses; got[0] != 200 || got[3] != 200 || got[4] != 429 || got[5] != 429 {
			t.Fatalf("%s: statuses %v, want 200 ×4 then 429", name, got)
		}
	}
}

// TestLostAuthenticator: a recovery-code sign-in leads to a new
// authenticator; the old one stops working and other sessions end.
func TestLostAuthenticator(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		other := e.browser(t)
		e.signIn(t, other, u, "/signin?tenant="+tn.id)

		p := e.browser(t)
		p.get("/signin?tenant=" + tn.id)
		p.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}})
		if st, page := p.post("/signin/factor", url.Values{"code": {u.recovery[0]}}); st != 200 || p.url != "/account/authenticator" {
			t.Fatalf("recovery-code sign-in → %d %s %s", st, p.url, page)
		}
		m := secretRE.FindStringSubmatch(p.page)
		if m == nil || !strings.Contains(p.page, `href="otpauth://totp/`) {
			t.Fatalf("no new secret or otpauth link: %s", p.page)
		}
		secret := strings.ReplaceAll(m[1], " ", "")
		if secret == u.secret {
			t.Fatal("the new secret is the old one")
		}
		// A code from the old app does not confirm the new one.
		e.clock.Add(30 * time.Second)
		if st, _ := p.post("/account/authenticator", url.Values{"code": {code(t, u.secret, e.clock.Now())}}); st != 422 {
			t.Fatalf("old app's code → %d", st)
		}
		if st, page := p.post("/account/authenticator", url.Values{"code": {code(t, secret, e.clock.Now())}}); st != 200 || !strings.Contains(page, "Your new authenticator app is set up") {
			t.Fatalf("confirm → %d %s", st, page)
		}
		if e.auditCount("factor.replace") != 1 {
			t.Fatal("replacement not audited")
		}
		if other.get("/inbox"); !strings.HasPrefix(other.url, "/signin") {
			t.Fatalf("another session survived: %s", other.url)
		}
		if p.get("/inbox"); p.url != "/inbox" {
			t.Fatalf("the replacing session ended: %s", p.url)
		}
		// Signing in again: the old app's code fails, the new one works.
		s := e.browser(t)
		s.get("/signin?tenant=" + tn.id)
		s.post("/signin", url.Values{"tenant": {tn.id}, "username": {u.username}, "password": {testPassword}})
		e.clock.Add(30 * time.Second)
		if st, _ := s.post("/signin/factor", url.Values{"code": {code(t, u.secret, e.clock.Now())}}); st != 401 {
			t.Fatalf("old app after replacement → %d", st)
		}
		if st, _ := s.post("/signin/factor", url.Values{"code": {code(t, secret, e.clock.Now())}}); st != 200 || s.url != "/inbox" {
			t.Fatalf("new app → %d %s", st, s.url)
		}
	})
}

// TestResetLinkExpired: a reset link past its 30 minutes opens the branded
// expired-link page and changes nothing; another tenant's reset link is not
// a way into this tenant (the link belongs to its own message and recipient).
func TestResetLinkExpired(t *testing.T) {
	e := newEnv(t, "sqlite")
	a, bt := e.tenant("clinic-a"), e.tenant("clinic-b")
	ua := e.enrol(t, e.browser(t), a, "pat-1")
	ub := e.enrol(t, e.browser(t), bt, "pat-1")
	for _, c := range []struct {
		tn tenant
		u  user
	}{{a, ua}, {bt, ub}} {
		anon := e.browser(t)
		anon.get("/recover?tenant=" + c.tn.id)
		if st, _ := anon.post("/recover", url.Values{"tenant": {c.tn.id}, "username": {c.u.username}}); st != 200 {
			t.Fatalf("reset request: %d", st)
		}
	}
	link := e.resetLink(t, a)
	e.raw.Exec(`UPDATE links SET expires_at = $1 WHERE message_id IN (SELECT id FROM messages WHERE tenant_id = $2 AND category = 'password_reset')`,
		e.clock.Now().Add(-time.Minute).UnixMicro(), a.id)
	before := e.rowCounts()
	delete(before, "audit_events")
	if st, page := e.browser(t).get(link); st != 410 || !strings.Contains(page, "This link has expired") {
		t.Fatalf("expired reset link → %d %s", st, page)
	}
	after := e.rowCounts()
	delete(after, "audit_events")
	if !maps.Equal(before, after) {
		t.Fatalf("an expired reset link changed rows: %v → %v", before, after)
	}
	// Tenant B's live reset link resets B's account only: following it
	// leads to B's reset page, and A's sign-in still takes A's password.
	linkB := "/m/" + "reset-" + strings.Repeat("q", 30)
	th := sha256.Sum256([]byte(linkB[len("/m/"):]))
	if n := e.raw.Exec(`UPDATE links SET token_hash = $1 WHERE message_id IN (SELECT id FROM messages WHERE tenant_id = $2 AND category = 'password_reset')`, th[:], bt.id); n != 1 {
		t.Fatalf("%d reset links for B", n)
	}
	r := e.browser(t)
	if st, _ := r.get(linkB); st != 200 || r.url != "/recover/password" {
		t.Fatalf("B's reset link → %d %s", st, r.url)
	}
	const pw = "another fresh password 77"
	if st, _ := r.post("/recover/password", url.Values{"password": {pw}, "confirm": {pw}}); st != 200 {
		t.Fatalf("B's reset: %d", st)
	}
	s := e.browser(t)
	s.get("/signin?tenant=" + a.id)
	if st, _ := s.post("/signin", url.Values{"tenant": {a.id}, "username": {ua.username}, "password": {testPassword}}); st != 200 || s.url != "/signin/factor" {
		t.Fatalf("A's own password after B's reset: %d %s", st, s.url)
	}
}
