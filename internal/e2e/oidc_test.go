package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/oidc/oidctest"
)

// TestOIDCSignInChromium: a patient signs in with the portal's OpenID
// provider (internal/oidc/oidctest: zitadel/oidc's op package on loopback)
// in Chromium — the "Sign in with {portal}" button, the provider's own
// login form, back to the inbox — and reads a phi message; then a
// restricted message sends the browser back to the provider (prompt=login,
// max_age), whose fresh sign-in with a second factor opens it.
func TestOIDCSignInChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)
	op := oidctest.Start(t, s.Base+"/oidc/callback", "e2e-oidc-1")
	op.WithForm(true)
	op.SignIn("", []string{"pwd"}, "", 0) // a password alone: no second factor

	s.putRecipient(t, "e2e-oidc-1", "pat.oidc@example.org")
	cfg, _ := json.Marshal(map[string]any{"issuer": op.Issuer, "client_id": oidctest.ClientID, "client_secret": oidctest.ClientSecret,
		"step_up_amr": []string{"otp"}, "portal_name": "Lakeside Portal"})
	s.call(t, "PUT", "/v1/settings/oidc", "application/json", cfg, nil, 200, nil)
	var phi, res sent
	for _, m := range []struct {
		out                        *sent
		category, sens, subj, body string
	}{
		{&phi, "account_message", "phi", "Your visit summary", "Blood pressure 120/80."},
		{&res, "test_result", "restricted", "Your test result", "HbA1c 6.1%."},
	} {
		b, _ := json.Marshal(map[string]string{"recipient": "e2e-oidc-1", "category": m.category, "sensitivity": m.sens, "subject": m.subj, "body": m.body})
		s.call(t, "POST", "/v1/messages", "application/json", b, nil, 201, m.out)
	}

	state := filepath.Join(t.TempDir(), "storage-state.json")
	in := func(msg string, shot int) map[string]any {
		return map[string]any{"base_url": s.Base, "issuer": op.Issuer, "username": "e2e-oidc-1", "password": oidctest.Password("e2e-oidc-1"),
			"message_url": s.Base + "/inbox/" + msg, "out_dir": shots, "shot_start": shot, "state_file": state}
	}
	r := env.phase(t, "oidc", in(phi.ID, 1))
	if r.Heading != "Sign in with Lakeside Portal" {
		t.Errorf("button %q", r.Heading)
	}
	if r.UnreadBefore != 2 || len(r.ItemsBefore) != 2 {
		t.Errorf("inbox after sign-in: %d unread, %+v", r.UnreadBefore, r.ItemsBefore)
	}
	if r.Message.Subject != "Your visit summary" || !strings.Contains(r.Message.Body, "120/80") {
		t.Errorf("phi message %+v", r.Message)
	}
	if len(r.Blocked) > 0 || len(r.ConsoleErrors) > 0 {
		t.Errorf("blocked %v, console errors %v", r.Blocked, r.ConsoleErrors)
	}
	if q := op.LastAuthorize(); q.Get("code_challenge_method") != "S256" || q.Get("prompt") != "" {
		t.Errorf("sign-in authorize request %v", q)
	}

	op.SignIn("", []string{"pwd", "otp"}, "", 0) // the provider now asks for (and reports) a second factor
	r2 := env.phase(t, "oidc_stepup", in(res.ID, 1+len(r.Screenshots)))
	if r2.Message.Subject != "Your test result" || !strings.Contains(r2.Message.Body, "HbA1c") {
		t.Errorf("restricted message %+v", r2.Message)
	}
	if q := op.LastAuthorize(); q.Get("prompt") != "login" || q.Get("max_age") != "300" {
		t.Errorf("step-up authorize request %v", q)
	}
	t.Logf("screenshots in %s", shots)
}
