package api_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/passkey/passkeytest"
	"github.com/sealpost/sealpost/internal/testdb"
)

// Accounts across the tenant's changes to a recipient: updating contact
// points and identity never makes a sealed factor unreadable, and a reset
// disables every earlier link and session.

func TestRecipientUpdateKeepsFactors(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-1")
		e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"public_url": "https://portal.example.org"}), 200, "")
		auth := passkeytest.NewAuthenticator(t, "portal.example.org", "https://portal.example.org")
		b.get("/account")
		opts := b.passkeyPost("/passkeys/register/begin", nil)
		e.expect(opts, 200, "")
		e.expect(b.passkeyPost("/passkeys/register/finish", auth.Create(t, opts.body)), 200, "")

		// A second patient is half-way through enrolment (TOTP pending,
		// sealed in the session) when the tenant updates them.
		b2 := e.browser(t)
		e.putRecipient(tn, "pat-2", map[string]any{"email": "pat-2@example.org"})
		_, link := e.sendTo(tn, "pat-2", "account_registration", "", "Welcome", "Set up your account")
		b2.get(link)
		if st, page := b2.post("/enrol", url.Values{"username": {"pat-2@example.org"}, "password": {testPassword}, "confirm": {testPassword}}); st != 200 || b2.url != "/enrol/totp" {
			t.Fatalf("enrol pat-2 → %d %s %s", st, b2.url, page)
		}
		secret2 := strings.ReplaceAll(secretRE.FindStringSubmatch(b2.page)[1], " ", "")

		identity := map[string]any{"name": "Pat Example", "birth_date": "1980-02-03", "mrn": "MRN-1234"}
		for _, ext := range []string{"pat-1", "pat-2"} {
			r := e.do("PUT", "/v1/recipients/"+ext, tn.key, map[string]any{"email": "new-" + ext + "@example.org", "phone": "+15551234567", "identity": identity})
			e.expect(r, 200, "")
			g := e.do("GET", "/v1/recipients/"+ext, tn.key, nil)
			if e.expect(g, 200, ""); g.json(t)["email"] != "new-"+ext+"@example.org" {
				t.Fatalf("contact not updated: %s", g.body)
			}
		}

		// The pending enrolment still opens.
		if st, page := b2.post("/enrol/totp", url.Values{"code": {code(t, secret2, e.clock.Now())}}); st != 200 || b2.url != "/enrol/recovery" {
			t.Fatalf("confirm TOTP after the update → %d %s %s", st, b2.url, page)
		}

		// Sign in with TOTP, then step up with TOTP and with the passkey.
		b.get("/inbox")
		b.post("/signout", nil)
		e.signIn(t, b, u, "/signin?tenant="+tn.id)
		if b.url != "/inbox" {
			t.Fatalf("sign-in after the update ended at %s", b.url)
		}
		rid, _ := e.sendTo(tn, "pat-1", "test_result", "", "R", "Restricted body")
		e.clock.Add(6 * time.Minute)
		expectT(t, b.api("GET", "/v1/inbox/"+rid), 403, api.ProblemStepUpRequired)
		b.get("/stepup?next=/inbox/" + rid)
		e.clock.Add(30 * time.Second)
		if st, page := b.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now())}, "next": {"/inbox/" + rid}}); st != 200 {
			t.Fatalf("TOTP step-up after the update → %d %s", st, page)
		}
		if r := b.api("GET", "/v1/inbox/"+rid); r.status != 200 || !strings.Contains(string(r.body), "Restricted body") {
			t.Fatalf("after TOTP step-up: %d", r.status)
		}
		e.clock.Add(6 * time.Minute)
		b.get("/stepup?next=/inbox/" + rid)
		lo := b.passkeyPost("/passkeys/login/begin", nil)
		e.expect(lo, 200, "")
		auth.Counter++
		e.expect(b.passkeyPost("/passkeys/login/finish", auth.Get(t, lo.body, nil)), 200, "")
		if r := b.api("GET", "/v1/inbox/"+rid); r.status != 200 {
			t.Fatalf("after passkey step-up: %d", r.status)
		}
	})
}

func TestResetRevokesEarlierLinksAndSessions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-1")
		_, oldReg := e.sendTo(tn, "pat-1", "account_registration", "", "Welcome", "Set up your account")
		_, oldMsg := e.sendTo(tn, "pat-1", "account_message", "", "S", "B")
		// Someone holding an old notice of a patient without an account has
		// started enrolling in their place.
		e.putRecipient(tn, "pat-2", map[string]any{"email": "pat-2@example.org"})
		_, oldReg2 := e.sendTo(tn, "pat-2", "account_registration", "", "Welcome", "Set up your account")
		intruder := e.browser(t)
		if intruder.get(oldReg2); intruder.url != "/enrol" {
			t.Fatalf("registration link before the reset → %s", intruder.url)
		}

		var fresh []string
		for _, ext := range []string{"pat-1", "pat-2"} {
			r := e.do("POST", "/v1/recipients/"+ext+"/reset", tn.key, nil)
			e.expect(r, 202, "")
			fresh = append(fresh, r.json(t)["link"].(string))
		}
		for i, l := range []string{oldReg, oldMsg, oldReg2} {
			x := e.browser(t)
			if st, _ := x.get(l); st != 410 || x.url == "/enrol" {
				t.Fatalf("link %d issued before the reset → %d %s", i, st, x.url)
			}
		}
		if x := b.api("GET", "/v1/inbox"); x.status != 401 {
			t.Fatalf("signed-in session survived the reset: %d", x.status)
		}
		if st, _ := intruder.post("/enrol", url.Values{"username": {"intruder"}, "password": {testPassword}, "confirm": {testPassword}}); st == 200 || intruder.url == "/enrol/totp" {
			t.Fatalf("enrolment session from before the reset still enrols: %d %s", st, intruder.url)
		}
		// Links issued by (or after) the reset work.
		for i, l := range fresh {
			x := e.browser(t)
			if x.get(l); x.url != "/enrol" {
				t.Fatalf("registration link %d after the reset → %s", i, x.url)
			}
		}
		_, later := e.sendTo(tn, "pat-1", "account_registration", "", "Welcome", "Set up your account")
		if x := e.browser(t); func() string { x.get(later); return x.url }() != "/enrol" {
			t.Fatal("a link issued after the reset does not enrol")
		}
	})
}
