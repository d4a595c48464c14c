package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestSignInEntryPoints: every page a signed-out patient can reach leads, in
// Chromium, to a sign-in that works — on a deployment with one tenant (the
// only tenant), then with two (the tenant of the last link the browser
// followed, or the tenant whose public link base names the host); and with
// nothing to go by the sign-in page says what to do instead of showing a form.
//
// Entry points: /inbox (redirect), "Please start again" (/enrol without a
// session), an expired link, a revoked link, and the page after Sign out.
// Each sign-in is at a new minute of the service clock, so each TOTP code is
// fresh.
func TestSignInEntryPoints(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	t0 := time.Now().Truncate(time.Second)
	clk := newClock(t0)
	s := startService(t, clk)
	shot := 1
	minute := 0
	tick := func() { minute++; clk.Set(t0.Add(time.Duration(minute) * time.Minute)) }

	// The demo tenant's patient enrols; two more messages: one whose link
	// expires, one withdrawn.
	const email, username, password = "pat.entry@example.org", "pat.entry", "amber-willow-harbour-58"
	s.putRecipient(t, "e2e-entry-1", email)
	s.send(t, "e2e-entry-1", "account_registration", "Welcome", "Set up your account.")
	expired := s.send(t, "e2e-entry-1", "account_message", "Old news", "This link will have expired.")
	revoked := s.send(t, "e2e-entry-1", "account_message", "Withdrawn", "This message is withdrawn.")
	regLink := s.waitNotice(t, email, "Complete your registration", time.Minute).link(t, s.Base)
	var links []string
	for deadline := time.Now().Add(time.Minute); len(links) < 2; {
		links = links[:0]
		for _, m := range s.SMTP.Messages() {
			if n, err := parseNotice(m); err == nil && n.Subject == "You have a new message" {
				links = append(links, n.link(t, s.Base))
			}
		}
		if len(links) < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("%d message notices within a minute", len(links))
			}
			s.SMTP.Wait(len(s.SMTP.Messages())+1, time.Until(deadline))
		}
	}
	// Which notice is which: the link of the withdrawn message answers 410
	// after the withdrawal, the other still opens.
	s.call(t, "DELETE", "/v1/messages/"+revoked.ID, "", nil, nil, 200, nil)
	expiredLink, revokedLink := links[0], links[1]
	if linkStatus(t, expiredLink) == http.StatusGone {
		expiredLink, revokedLink = revokedLink, expiredLink
	}
	// A link's expiry is checked against the wall clock: end this one's life
	// in the database.
	raw := testdb.OpenRaw(t, testdb.DB{Kind: "sqlite", Path: filepath.Join(s.Store[1], "sealpost.db")})
	if n := raw.Exec(`UPDATE links SET expires_at = 1 WHERE message_id = $1`, expired.ID); n < 1 {
		t.Fatalf("expired %d links", n)
	}
	if c := linkStatus(t, expiredLink); c != http.StatusGone {
		t.Fatalf("the expired link answers %d", c)
	}

	input := func(name string, extra map[string]any) map[string]any {
		in := map[string]any{"name": name, "base_url": s.Base, "username": username, "password": password,
			"now_unix": clk.Now().Unix(), "out_dir": shots, "shot_start": shot}
		for k, v := range extra {
			in[k] = v
		}
		return in
	}
	run := func(phase string, in map[string]any) result {
		t.Helper()
		r := env.phase(t, phase, in)
		shot += len(r.Screenshots)
		return r
	}
	r := run("enrol", input("enrol", map[string]any{"link": regLink}))
	secret := r.TOTPSecret
	in := func(name string, extra map[string]any) map[string]any {
		i := input(name, extra)
		if _, ok := extra["totp_secret"]; !ok {
			i["totp_secret"] = secret
		}
		return i
	}
	signedIn := func(what string, r result, heading string) {
		t.Helper()
		if heading != "" && r.StartHeading != heading {
			t.Errorf("%s: the page is %q, want %q", what, r.StartHeading, heading)
		}
		if !r.SigninForm || r.FinalPath != "/inbox" {
			t.Errorf("%s: sign-in at %s (form %v) ended at %q: %s", what, r.SigninPath, r.SigninForm, r.FinalPath, r.SigninText)
		}
	}

	// One tenant.
	tick()
	r = run("entry", in("inbox-only-tenant", map[string]any{"start_url": s.Base + "/inbox"}))
	signedIn("/inbox, the only tenant", r, "")
	if r.SigninPath != "/signin" {
		t.Errorf("/inbox led to %s, want /signin", r.SigninPath)
	}
	tick()
	r = run("entry", in("start-again-only-tenant", map[string]any{"start_url": s.Base + "/enrol", "click": "Sign in"}))
	signedIn("start again, the only tenant", r, "Please start again")
	tick()
	r = run("entry", in("expired", map[string]any{"start_url": expiredLink, "click": "Sign in to your inbox"}))
	signedIn("expired link", r, "This link has expired")
	if r.StartStatus != http.StatusGone {
		t.Errorf("the expired link answered %d", r.StartStatus)
	}
	tick()
	state := filepath.Join(t.TempDir(), "state.json")
	r = run("entry", in("revoked", map[string]any{"start_url": revokedLink, "click": "Sign in to your inbox", "state_file": state}))
	signedIn("revoked link", r, "This link has expired")
	tick()
	r = run("entry", in("signed-out", map[string]any{"sign_out_first": true, "click": "Sign in again", "state_file": state}))
	signedIn("signed-out page", r, "You are signed out")

	// A second tenant, whose links are at https://localhost:<port>.
	var out, errb bytes.Buffer
	if code := cli.Run(context.Background(), append([]string{"tenant", "create", "clinic", "--json"}, s.Store...),
		cli.IO{Stdout: &out, Stderr: &errb}); code != 0 {
		t.Fatalf("tenant create: %d %s", code, errb.String())
	}
	var clinic struct {
		ID  string `json:"tenant_id"`
		Key string `json:"api_key"`
	}
	if err := json.Unmarshal(out.Bytes(), &clinic); err != nil {
		t.Fatal(err)
	}
	demoKey := s.APIKey
	s.APIKey = clinic.Key
	hostBase := "https://localhost:" + s.Port
	s.call(t, "PUT", "/v1/settings", "application/json", []byte(`{"public_url":"`+hostBase+`"}`), nil, 200, nil)

	// Nothing to go by: no form, and plain words.
	tick()
	r = run("entry", in("inbox-nothing-to-go-by", map[string]any{"start_url": s.Base + "/inbox", "phone_shot": true}))
	if r.SigninForm || !strings.Contains(r.SigninText, "open the link in your latest message from your provider") {
		t.Errorf("two tenants, no cookie, no host: form %v, text %q", r.SigninForm, r.SigninText)
	}

	// The last link followed (the revoked one, of the demo tenant).
	tick()
	r = run("entry", in("inbox-last-link", map[string]any{"prime_url": revokedLink, "start_url": s.Base + "/inbox", "phone_shot": true}))
	signedIn("/inbox after a link", r, "")
	tick()
	r = run("entry", in("start-again-last-link", map[string]any{"prime_url": expiredLink, "start_url": s.Base + "/enrol", "click": "Sign in"}))
	signedIn("start again after a link", r, "Please start again")

	// The host: the clinic's patient enrols at http://localhost:<port>, then a
	// fresh browser there signs in with nothing but the host to go by.
	const email2, username2 = "pat.clinic@example.org", "pat.clinic"
	s.putRecipient(t, "e2e-clinic-1", email2)
	s.send(t, "e2e-clinic-1", "account_registration", "Welcome", "Set up your account.")
	s.APIKey = demoKey
	reg2 := s.waitNotice(t, email2, "Complete your registration", time.Minute).link(t, hostBase)
	local := "http://localhost:" + s.Port
	r = run("enrol", input("enrol-clinic", map[string]any{"link": strings.Replace(reg2, hostBase, local, 1), "base_url": local, "username": username2}))
	secret2 := r.TOTPSecret
	for _, c := range []struct{ name, start, click, heading string }{
		{"inbox-host", local + "/inbox", "", ""},
		{"start-again-host", local + "/enrol", "Sign in", "Please start again"},
	} {
		tick()
		i := in(c.name, map[string]any{"start_url": c.start, "click": c.click, "base_url": local, "username": username2, "totp_secret": secret2})
		r = run("entry", i)
		signedIn(c.name, r, c.heading)
		if strings.Contains(r.SigninPath, "tenant=") {
			t.Errorf("%s: sign-in at %s, want the host alone to decide", c.name, r.SigninPath)
		}
	}
	t.Logf("screenshots: %s", shots)
}

// linkStatus is the status a link answers with, not following redirects.
func linkStatus(t *testing.T, link string) int {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := c.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}
