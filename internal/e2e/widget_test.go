package e2e_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/examples/portal/app"
	"github.com/sealpost/sealpost/internal/widget"
)

// TestWidgetInPortalChromium: the example portal (examples/portal) on one
// loopback origin embeds the inbox widget from sealpost on another, under a
// strict CSP, and gets its user tokens. In Chromium: the badge rises without
// a reload when a message is posted through the API (Server-Sent Events);
// a phi message opens inside the portal; a restricted one makes the widget
// ask the portal for a step-up token, the portal asks for its second factor,
// and the message opens with its attachment (each open is audited with
// the recipient as actor: internal/api TestUserTokenRouteMatrix). Screenshots
// of each state are saved.
func TestWidgetInPortalChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)
	if s.TenantID == "" {
		t.Fatal("serve --dev printed no tenant id")
	}

	// The portal, on localhost (another site than sealpost's 127.0.0.1).
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	origin := "http://localhost:" + port
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	portal, err := app.New(ctx, app.Config{Sealpost: s.Base, APIKey: s.APIKey, TenantID: s.TenantID, Origin: origin,
		WidgetIntegrity: widget.Integrity(), Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: portal, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln) //nolint:errcheck
	t.Cleanup(func() { srv.Close() })

	// Two messages before the portal page opens: a statement (phi) and a
	// restricted lab result with an attachment.
	u := app.DemoUser
	var phi, res sent
	for _, m := range []struct {
		out                        *sent
		category, sens, subj, body string
	}{
		{&phi, "account_message", "phi", "Your statement is ready", "Balance due: $42.10."},
		{&res, "test_result", "restricted", "Your lab result", "HbA1c 6.1 %."},
	} {
		b, _ := json.Marshal(map[string]string{"recipient": u.ExternalID, "category": m.category, "sensitivity": m.sens, "subject": m.subj, "body": m.body})
		s.call(t, "POST", "/v1/messages", "application/json", b, nil, 201, m.out)
	}
	pdf := []byte("%PDF-1.4 lab result\n")
	s.call(t, "POST", "/v1/messages/"+res.ID+"/attachments", "application/pdf", pdf,
		map[string]string{"Content-Disposition": `attachment; filename="result.pdf"`}, 201, nil)

	in := map[string]any{"portal_url": origin, "base_url": s.Base, "api_key": s.APIKey, "recipient": u.ExternalID,
		"username": u.Username, "password": u.Password, "totp_secret": u.TOTPSecret, "now_unix": clk.Now().Unix(),
		"out_dir": shots, "shot_start": 1}
	r := env.phaseWidget(t, in)

	if r.UnreadBefore != 2 || len(r.WidgetItemsBefore) != 2 {
		t.Errorf("widget list before: %d unread, %q", r.UnreadBefore, r.WidgetItemsBefore)
	}
	for _, it := range r.WidgetItemsBefore {
		if strings.Contains(it, "Your lab result") {
			t.Errorf("a restricted subject shows before step-up: %q", it)
		}
	}
	if !r.NoReload {
		t.Error("the page reloaded before the badge rose")
	}
	t.Logf("badge rose %d ms after POST /v1/messages was sent", r.BadgeMS)
	if r.CSPProbe.Ran || !strings.HasPrefix(r.CSPProbe.Violated, "script-src") {
		t.Errorf("the portal's CSP did not block an inline script: %+v", r.CSPProbe)
	}
	if r.Theme.BadgeBG != "rgb(255, 255, 255)" || r.Theme.TitleSize != "20.8px" {
		t.Errorf("the portal's theme (custom property, ::part) did not apply: %+v", r.Theme)
	}
	if r.PHI.Subject != "Your prescription is ready" || !strings.Contains(r.PHI.Body, "Amoxicillin 500 mg") || r.PHI.Focus != "message-subject" {
		t.Errorf("phi message in the widget: %+v", r.PHI)
	}
	if r.FocusAfterUnread == "" || r.FocusAfterUnread == "BODY" {
		t.Errorf("focus after Mark as unread: %q", r.FocusAfterUnread)
	}
	if r.Restricted.Subject != "Your lab result" || !strings.Contains(r.Restricted.Body, "HbA1c") {
		t.Errorf("restricted message after step-up: %+v", r.Restricted)
	}
	sum := sha256.Sum256(pdf)
	if r.Attachment.Filename != "result.pdf" || r.Attachment.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("attachment %+v", r.Attachment)
	}
	if portal.StepUpsAsked.Load() < 1 || portal.StepUpsPassed.Load() != 1 {
		t.Errorf("step-up callback: asked %d, passed %d", portal.StepUpsAsked.Load(), portal.StepUpsPassed.Load())
	}
	for _, it := range r.WidgetItemsAfter {
		if strings.Contains(it, "Your lab result") {
			t.Errorf("archived message still listed: %q", r.WidgetItemsAfter)
		}
	}
	for _, d := range r.Documents {
		if strings.HasPrefix(d.URL, origin+"/") && strings.HasPrefix(d.ContentType, "text/html") {
			if !strings.Contains(d.CSP, "default-src 'none'") || strings.Contains(d.CSP, "unsafe") {
				t.Errorf("portal page %s CSP %q", d.URL, d.CSP)
			}
		}
	}
	t.Logf("screenshots in %s", shots)
}

// widgetResult is what the widget phase reports.
type widgetResult struct {
	result
	WidgetItemsBefore []string `json:"widget_items_before"`
	WidgetItemsAfter  []string `json:"widget_items_after"`
	Theme             struct {
		BadgeBG   string `json:"badge_bg"`
		TitleSize string `json:"title_size"`
	} `json:"theme"`
	BadgeMS          int64        `json:"badge_ms"`
	NoReload         bool         `json:"no_reload"`
	PHI              widgetOpened `json:"phi"`
	FocusAfterUnread string       `json:"focus_after_unread"`
	HiddenBefore     int          `json:"hidden_before"`
	Restricted       widgetOpened `json:"restricted"`
}

type widgetOpened struct {
	Subject string `json:"subject"`
	Body    string `json:"body"`
	Focus   string `json:"focus"`
}

func (e browserEnv) phaseWidget(t *testing.T, in map[string]any) widgetResult {
	t.Helper()
	r := e.phase(t, "widget", in)
	var w widgetResult
	if err := json.Unmarshal(r.Raw, &w); err != nil {
		t.Fatal(err)
	}
	w.result = r
	return w
}
