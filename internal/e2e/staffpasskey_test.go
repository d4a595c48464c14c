package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestStaffPasskeyChromium: a staff member enrols (password and TOTP), adds
// a passkey on /staff/account with Chromium's virtual WebAuthn
// authenticator (user verification on), signs out, and signs in again with
// the password and then the passkey — against `sealpost serve --dev`
// reached as http://localhost:<port> (a secure context, so WebAuthn works
// without TLS). Every page passes axe-core under the strict CSP.
func TestStaffPasskeyChromium(t *testing.T) {
	env := needBrowser(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startServiceNamed(t, clk, "localhost")
	s.call(t, "POST", "/v1/staff", "application/json", []byte(`{"email":"kai@clinic.example","name":"Kai Moreno","role":"member","pools":["billing"]}`), nil, 201, nil)
	raw := waitRaw(t, s, "kai@clinic.example", "You are invited to the staff mailbox")
	link := regexp.MustCompile(regexp.QuoteMeta(s.Base) + `/staff/invite/[0-9a-z]+`).FindString(raw)
	if link == "" {
		t.Fatalf("no invitation link (base %s) in:\n%s", s.Base, raw)
	}
	out := env.shotDir(t)
	in, _ := json.Marshal(map[string]any{"chromium": env.Chromium, "base": s.Base, "invite_link": link, "now_unix": clk.Now().Unix(),
		"email": "kai@clinic.example", "password": "quiet harbour lantern 7 staff", "out_dir": out})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, env.Node, filepath.Join(env.NodeDir, "staffpasskey.mjs"))
	cmd.Dir = env.NodeDir
	cmd.Env = append(os.Environ(), "SEALPOST_E2E_INPUT="+string(in))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	runErr := cmd.Run()
	logRun(t, "staffpasskey.mjs", start, cmd)
	var r struct {
		OK            bool     `json:"ok"`
		Step          string   `json:"step"`
		Error         string   `json:"error"`
		Screenshots   []string `json:"screenshots"`
		ConsoleErrors []string `json:"console_errors"`
		Blocked       []string `json:"blocked_requests"`
		Audits        []struct {
			Page       string `json:"page"`
			Violations []struct {
				ID     string `json:"id"`
				Impact string `json:"impact"`
				Nodes  int    `json:"nodes"`
			} `json:"violations"`
		} `json:"audits"`
		Documents []struct {
			URL         string `json:"url"`
			Status      int    `json:"status"`
			ContentType string `json:"content_type"`
			CSP         string `json:"csp"`
		} `json:"documents"`
		AccountBefore string `json:"account_before"`
		PasskeysList  string `json:"passkeys_listed"`
		CredsAfterAdd int    `json:"credentials_after_add"`
		AfterPasskey  string `json:"after_passkey"`
		InboxText     string `json:"inbox_text"`
		SignCount     int    `json:"sign_count"`
	}
	found := false
	for _, line := range strings.Split(stdout.String(), "\n") {
		if rest, ok := strings.CutPrefix(line, "E2E-RESULT "); ok {
			if err := json.Unmarshal([]byte(rest), &r); err != nil {
				t.Fatal(err)
			}
			found = true
		}
	}
	for _, f := range r.Screenshots {
		t.Logf("screenshot %s", f)
	}
	if !found || !r.OK || runErr != nil {
		t.Fatalf("staffpasskey.mjs failed at %q (%v): %s\nstderr: %s\nstdout: %s\nservice: %s", r.Step, runErr, r.Error, stderr.String(), stdout.String(), tail(s.logs.String()))
	}
	if len(r.Blocked) > 0 || len(r.ConsoleErrors) > 0 {
		t.Errorf("blocked requests %v, console errors %q", r.Blocked, r.ConsoleErrors)
	}
	for _, a := range r.Audits {
		for _, v := range a.Violations {
			t.Errorf("axe on %s: %s (%s) on %d nodes", a.Page, v.ID, v.Impact, v.Nodes)
		}
	}
	for _, d := range r.Documents {
		if strings.HasPrefix(d.ContentType, "text/html") && (d.Status < 300 || d.Status >= 400) {
			if err := strictCSP(d.CSP); err != nil {
				t.Errorf("%s: CSP %q: %v", d.URL, d.CSP, err)
			}
		}
	}
	if !strings.Contains(r.AccountBefore, "You have no passkey yet") || !strings.Contains(r.AccountBefore, "Your authenticator app stays set up") {
		t.Errorf("account page before: %s", r.AccountBefore)
	}
	if !strings.Contains(r.PasskeysList, "Passkey added ") || r.CredsAfterAdd != 1 {
		t.Errorf("after adding: %q, %d credentials in the authenticator", r.PasskeysList, r.CredsAfterAdd)
	}
	if r.AfterPasskey != "/staff/inbox" || !strings.Contains(r.InboxText, "Signed in as Kai Moreno") || r.SignCount < 1 {
		t.Errorf("after the passkey: %s, sign count %d, inbox %q", r.AfterPasskey, r.SignCount, r.InboxText)
	}
}
