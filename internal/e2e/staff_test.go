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

// TestStaffMailboxChromium: the staff mailbox in real Chromium against
// `sealpost serve --dev`: the tenant API creates a staff member, the
// invitation arrives by email (real SMTP with STARTTLS), the browser
// enrols (password and TOTP), opens a sealed pool message, claims it and
// signs out; every page is shot at desktop and phone width and passes
// axe-core, under the pages' strict Content-Security-Policy.
func TestStaffMailboxChromium(t *testing.T) {
	env := needBrowser(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)
	s.call(t, "PUT", "/v1/staff-pools/pharmacy", "application/json", []byte(`{"read_ttl_seconds":900,"max_age_seconds":172800}`), nil, 200, nil)
	s.call(t, "POST", "/v1/staff", "application/json", []byte(`{"email":"nina@clinic.example","name":"Nina Park","role":"admin","pools":["pharmacy"]}`), nil, 201, nil)
	s.call(t, "POST", "/v1/staff-messages", "application/json",
		[]byte(`{"to":"pool:pharmacy","subject":"Refill question","body":"Please call back about the refill before Friday."}`), nil, 201, nil)
	raw := waitRaw(t, s, "nina@clinic.example", "You are invited to the staff mailbox")
	link := regexp.MustCompile(regexp.QuoteMeta(s.Base) + `/staff/invite/[0-9a-z]+`).FindString(raw)
	if link == "" {
		t.Fatalf("no invitation link in:\n%s", raw)
	}
	out := env.shotDir(t)
	in, _ := json.Marshal(map[string]any{"chromium": env.Chromium, "base": s.Base, "invite_link": link, "now_unix": clk.Now().Unix(),
		"password": "quiet harbour lantern 7 staff", "out_dir": out})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, env.Node, filepath.Join(env.NodeDir, "staff.mjs"))
	cmd.Dir = env.NodeDir
	cmd.Env = append(os.Environ(), "SEALPOST_E2E_INPUT="+string(in))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	runErr := cmd.Run()
	logRun(t, "staff.mjs", start, cmd)
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
		InboxText    string `json:"inbox_text"`
		Subject      string `json:"subject"`
		Body         string `json:"body"`
		History      string `json:"history"`
		AfterSignout string `json:"after_signout"`
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
		t.Fatalf("staff.mjs failed at %q (%v): %s\nstderr: %s\nstdout: %s", r.Step, runErr, r.Error, stderr.String(), stdout.String())
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
	if !strings.Contains(r.InboxText, "Pool: pharmacy") || !strings.Contains(r.InboxText, "Removed in 2 d 0 h") {
		t.Errorf("inbox: %s", r.InboxText)
	}
	if r.Subject != "Refill question" || !strings.Contains(r.Body, "before Friday") {
		t.Errorf("message: %q %q", r.Subject, r.Body)
	}
	if !strings.Contains(r.History, "Opened by Nina Park") || !strings.Contains(r.History, "Claimed by Nina Park") {
		t.Errorf("history: %s", r.History)
	}
	if r.AfterSignout != "/staff/signin" {
		t.Errorf("after sign-out /staff/inbox led to %s", r.AfterSignout)
	}
}

// waitRaw waits (bounded) for a plain-text email to `to` with this subject
// and returns its body with quoted-printable soft breaks undone.
func waitRaw(t *testing.T, s *service, to, subject string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		msgs := s.SMTP.Messages()
		for _, m := range msgs {
			txt := strings.NewReplacer("=\r\n", "", "=3D", "=").Replace(string(m.Data))
			if len(m.To) == 1 && m.To[0] == to && strings.Contains(txt, "Subject: "+subject) {
				return txt
			}
		}
		left := time.Until(deadline)
		if left <= 0 {
			t.Fatalf("no email %q to %s: %s", subject, to, tail(s.logs.String()))
		}
		s.SMTP.Wait(len(msgs)+1, left)
	}
}
