package e2e_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/quotedprintable"
	"net/http"
	"net/http/cookiejar"
	"net/mail"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"github.com/sealpost/sealpost/internal/oidc/oidctest"
)

// TestStaffOIDCSignInChromium: a staff member (invited by email, enrolled
// with password and TOTP) signs in on the staff sign-in page with "Sign in
// with your organisation" in Chromium: the provider (oidctest on loopback)
// reports a second factor, the callback page's link opens the staff inbox
// (the SameSite=Strict staff cookie rides on that same-site navigation).
func TestStaffOIDCSignInChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)
	op := oidctest.Start(t, s.Base+"/staff/oidc/callback", "olga")
	const addr = "olga@staff.example"
	op.SignIn("olga", []string{"pwd", "otp"}, "", 0)
	op.Alter(func(c map[string]any) (map[string]any, string) {
		c["email"], c["email_verified"] = addr, true
		return c, ""
	})

	body, _ := json.Marshal(map[string]any{"email": addr, "name": "Olga", "role": "member"})
	s.call(t, "POST", "/v1/staff", "application/json", body, nil, 201, nil)
	enrolStaff(t, s, clk, staffInvitation(t, s, addr))
	cfg, _ := json.Marshal(map[string]any{"issuer": op.Issuer, "client_id": oidctest.ClientID, "client_secret": oidctest.ClientSecret,
		"step_up_amr": []string{"otp", "hwk"}})
	s.call(t, "PUT", "/v1/settings/staff-oidc", "application/json", cfg, nil, 200, nil)

	r := env.phase(t, "staff_oidc", map[string]any{"base_url": s.Base, "tenant": s.TenantID, "out_dir": shots, "shot_start": 1})
	var got struct {
		Heading         string `json:"heading"`
		CallbackHeading string `json:"callback_heading"`
		FinalPath       string `json:"final_path"`
		InboxHeading    string `json:"inbox_heading"`
	}
	if err := json.Unmarshal(r.Raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Heading != "Sign in with your organisation" || got.CallbackHeading != "You are signed in" {
		t.Errorf("button %q, callback page %q", got.Heading, got.CallbackHeading)
	}
	if got.FinalPath != "/staff/inbox" || got.InboxHeading == "" {
		t.Errorf("after the link: %s %q", got.FinalPath, got.InboxHeading)
	}
	if len(r.Blocked) > 0 || len(r.ConsoleErrors) > 0 {
		t.Errorf("blocked %v, console errors %v", r.Blocked, r.ConsoleErrors)
	}
	if q := op.LastAuthorize(); q.Get("code_challenge_method") != "S256" {
		t.Errorf("authorize request %v", q)
	}
	t.Logf("screenshots in %s", shots)
}

// enrolStaff accepts the invitation and enrols (password and TOTP) with a
// plain HTTP client, as the staff API tests do.
func enrolStaff(t *testing.T, s *service, clk *clock, link string) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	csrfRE := regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	last := ""
	page := func(res *http.Response, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		last = res.Request.URL.Path
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("%s: %d %s", res.Request.URL, res.StatusCode, b)
		}
		return string(b)
	}
	post := func(u string, v url.Values) string {
		req, _ := http.NewRequest("POST", u, strings.NewReader(v.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", s.Base)
		return page(c.Do(req))
	}
	p := page(c.Get(link))
	p = post(link, url.Values{"csrf": {csrfRE.FindStringSubmatch(p)[1]}})
	m := regexp.MustCompile(`id="totp-secret"[^>]*>([A-Z2-7 ]+)<`).FindStringSubmatch(p)
	if m == nil {
		t.Fatalf("no TOTP secret: %s", p)
	}
	code, err := totp.GenerateCode(strings.ReplaceAll(m[1], " ", ""), clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	const pw = "correct horse battery staple 42"
	p = post(s.Base+"/staff/enrol", url.Values{"csrf": {csrfRE.FindStringSubmatch(p)[1]}, "password": {pw}, "confirm": {pw}, "code": {code}})
	if last != "/staff/inbox" {
		t.Fatalf("enrolment ended at %s: %s", last, p)
	}
}

// staffInvitation waits for the (text/plain) invitation to addr and
// returns its link.
func staffInvitation(t *testing.T, s *service, addr string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs := s.SMTP.Messages()
		for _, m := range msgs {
			if len(m.To) != 1 || m.To[0] != addr {
				continue
			}
			msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
			if err != nil {
				t.Fatal(err)
			}
			if link := regexp.MustCompile(`https?://\S+/staff/invite/[0-9a-z]+`).FindString(string(b)); link != "" {
				return link
			}
			t.Fatalf("no invitation link: %s", b)
		}
		left := time.Until(deadline)
		if left <= 0 {
			t.Fatalf("no invitation to %s", addr)
		}
		s.SMTP.Wait(len(msgs)+1, left)
	}
}
