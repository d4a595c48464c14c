package e2e_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/examples/portal/app"
	"github.com/sealpost/sealpost/internal/widget"
)

// replyCategoryJSON is a tenant category whose messages take replies, to
// the pool "front-desk".
const replyCategoryJSON = `{"default_sensitivity":"phi","retention_days":30,"link_lifetime_hours":72,
	"allow_replies":true,"reply_pool":"front-desk",
	"templates":{"en":{"email_subject":"New message from your care team","email_text":"Sign in to read it: {{link}}","email_html":"<p>Sign in to read it: <a href=\"{{link}}\">{{link}}</a></p>","sms":"{{tenant}}: new message {{link}}"}}}`

// threadEntry is one entry of a message page's conversation.
type threadEntry struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Current bool   `json:"current"`
	Text    string `json:"text"`
}

type replyResult struct {
	Path       string        `json:"path"`
	EmptyError string        `json:"empty_error"`
	Sent       string        `json:"sent"`
	Thread     []threadEntry `json:"thread"`
	// Download is a file downloaded from the conversation (widget).
	Download *struct {
		Name    string `json:"name"`
		Content string `json:"content"`
	} `json:"download"`
	// FormSizes are the widget reply form's controls at phone width.
	FormSizes []struct {
		Part   string  `json:"part"`
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
		Label  bool    `json:"label"`
	} `json:"form_sizes"`
}

func (e browserEnv) phaseReply(t *testing.T, name string, in map[string]any) (result, replyResult) {
	t.Helper()
	r := e.phase(t, name, in)
	var out replyResult
	if err := json.Unmarshal(r.Raw, &out); err != nil {
		t.Fatal(err)
	}
	return r, out
}

// waitNth waits (bounded) for the n-th email to `to` with this subject.
func (s *service) waitNth(t *testing.T, to, subject string, n int, within time.Duration) notice {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		msgs := s.SMTP.Messages()
		var found []notice
		for _, m := range msgs {
			if len(m.To) == 1 && m.To[0] == to {
				if nt, err := parseNotice(m); err == nil && nt.Subject == subject {
					found = append(found, nt)
				}
			}
		}
		if len(found) >= n {
			return found[n-1]
		}
		left := time.Until(deadline)
		if left <= 0 {
			var subjects []string
			for _, m := range msgs {
				if nt, err := parseNotice(m); err == nil {
					subjects = append(subjects, fmt.Sprintf("%v %q", nt.To, nt.Subject))
				}
			}
			t.Fatalf("%d notices %q to %s within %v, want %d; received %v", len(found), subject, to, within, n, subjects)
		}
		s.SMTP.Wait(len(msgs)+1, left)
	}
}

// TestPatientReplyChromium (issue 18 item 5) in Chromium: a patient
// replies from the hosted message page (an empty reply is refused with the
// form kept); the portal reads the reply with its key and answers; the
// answer's notice (PHI-free, by email over STARTTLS) arrives; the patient
// sees message, reply and answer in order in the conversation. axe-core
// checks the pages at phone width.
func TestPatientReplyChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	t0 := time.Now().Truncate(time.Second)
	clk := newClock(t0)
	s := startService(t, clk)

	const rcpt, email = "e2e-reply-1", "pat.reply@example.org"
	const username, password = "pat.reply", "amber-willow-orchard-58"
	s.putRecipient(t, rcpt, email)
	s.call(t, "PUT", "/v1/categories/care_chat", "application/json", []byte(replyCategoryJSON), nil, 200, nil)
	reg := s.send(t, rcpt, "account_registration", "Welcome", "Set up your account to read your messages.")
	_ = reg
	const firstSubject, firstBody = "After your visit", "How is your knee since the injection?"
	first := s.send(t, rcpt, "care_chat", firstSubject, firstBody)
	regLink := s.waitNotice(t, email, "Complete your registration", time.Minute).link(t, s.Base)
	firstNotice := s.waitNth(t, email, "New message from your care team", 1, time.Minute)

	state := filepath.Join(t.TempDir(), "storage-state.json")
	shot := 1
	input := func(extra map[string]any) map[string]any {
		in := map[string]any{"base_url": s.Base, "username": username, "password": password, "now_unix": clk.Now().Unix(),
			"out_dir": shots, "shot_start": shot, "state_file": state}
		for k, v := range extra {
			in[k] = v
		}
		return in
	}
	r1 := env.phase(t, "enrol", input(map[string]any{"link": regLink}))
	shot += len(r1.Screenshots)

	clk.Set(t0.Add(time.Minute))
	replyText := fmt.Sprintf("Still sore on stairs RPLE2E%d", time.Now().UnixNano())
	rr, rp := env.phaseReply(t, "reply", input(map[string]any{"link": firstNotice.link(t, s.Base), "totp_secret": r1.TOTPSecret,
		"reply_text": replyText, "audit": true}))
	shot += len(rr.Screenshots)
	if rp.Path != "/inbox/"+first.ID || rp.EmptyError == "" || !strings.Contains(rp.Sent, "reply was sent") {
		t.Fatalf("reply page: %+v", rp)
	}
	if len(rp.Thread) != 2 || rp.Thread[0].ID != first.ID || !rp.Thread[0].Current || rp.Thread[1].Kind != "reply" || !strings.Contains(rp.Thread[1].Text, replyText) {
		t.Fatalf("conversation after the reply: %+v", rp.Thread)
	}
	checkAudits(t, rr)

	// The portal: the pool's list, the reply (audited), the answer.
	var list struct {
		Replies []struct {
			ID        string `json:"id"`
			MessageID string `json:"message_id"`
		} `json:"replies"`
	}
	s.call(t, "GET", "/v1/replies?pool=front-desk", "", nil, nil, 200, &list)
	if len(list.Replies) != 1 || list.Replies[0].MessageID != first.ID {
		t.Fatalf("pool list %+v", list)
	}
	var got struct {
		Body string `json:"body"`
	}
	s.call(t, "GET", "/v1/replies/"+list.Replies[0].ID, "", nil, nil, 200, &got)
	if got.Body != replyText {
		t.Fatalf("reply reads back as %q", got.Body)
	}
	const answerText = "Keep resting it; we have booked you a physiotherapy visit."
	b, _ := json.Marshal(map[string]string{"body": answerText})
	var ans struct {
		MessageID string `json:"message_id"`
	}
	s.call(t, "POST", "/v1/replies/"+list.Replies[0].ID+"/answer", "application/json", b, nil, 201, &ans)
	answerNotice := s.waitNth(t, email, "New message from your care team", 2, time.Minute)
	for _, secret := range []string{replyText, answerText, "physiotherapy", "knee"} {
		if strings.Contains(string(answerNotice.Raw), secret) {
			t.Fatalf("the answer's notice carries %q", secret)
		}
	}
	s.overTLS(t)

	// The patient sees the answer in the conversation of the first message.
	clk.Set(t0.Add(2 * time.Minute))
	tr, tp := env.phaseReply(t, "thread", input(map[string]any{"message_url": s.Base + "/inbox/" + first.ID, "totp_secret": r1.TOTPSecret}))
	shot += len(tr.Screenshots)
	var order []string
	for _, e := range tp.Thread {
		order = append(order, e.Kind+":"+e.ID)
	}
	if len(tp.Thread) != 3 || tp.Thread[0].ID != first.ID || tp.Thread[1].Kind != "reply" || tp.Thread[2].ID != ans.MessageID ||
		!strings.Contains(tp.Thread[2].Text, answerText) {
		t.Fatalf("conversation with the answer: %v %+v", order, tp.Thread)
	}
	t.Logf("screenshots in %s", shots)
}

// checkAudits fails on axe-core violations in a phase's pages.
func checkAudits(t *testing.T, r result) {
	t.Helper()
	if len(r.Audits) == 0 {
		t.Error("no accessibility audit ran")
	}
	for _, a := range r.Audits {
		for _, v := range a.Violations {
			t.Errorf("axe %s (%s, %s): %s %s %v", a.Page, a.Width, a.Path, v.ID, v.Help, v.Nodes)
		}
	}
}

// TestWidgetReplyChromium (issue 18 item 5): inside the example portal, the
// embeddable inbox shows a reply box under a message whose category takes
// replies; an empty reply is refused in place; a reply is sent with the
// portal's user token, with a file chosen in the widget's file input (the
// form's controls labelled and at least 44 px high at phone width), and
// appears in the conversation; the file reached sealpost sealed (the portal
// downloads the same bytes) and the patient downloads it from the
// conversation; the portal's answer then shows in the conversation of the
// answer.
func TestWidgetReplyChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)
	portal := startPortal(t, s, clk)
	u := app.DemoUser
	s.call(t, "PUT", "/v1/categories/care_chat", "application/json", []byte(replyCategoryJSON), nil, 200, nil)
	b, _ := json.Marshal(map[string]string{"recipient": u.ExternalID, "category": "care_chat", "subject": "Your check-in", "body": "How did the new dose go?"})
	var first sent
	s.call(t, "POST", "/v1/messages", "application/json", b, nil, 201, &first)

	text := fmt.Sprintf("Dizzy in the mornings WDG%d", time.Now().UnixNano())
	// A name outside ASCII travels as RFC 5987 filename*.
	fileName := "résumé-dose-log.pdf"
	fileContent := fmt.Sprintf("%%PDF-1.4 dose log WDGF%d", time.Now().UnixNano())
	in := map[string]any{"portal_url": portal, "base_url": s.Base, "username": u.Username, "password": u.Password,
		"subject": "Your check-in", "reply_text": text, "reply_file_name": fileName, "reply_file_content": fileContent,
		"download_name": fileName, "out_dir": shots, "shot_start": 1}
	r1, w1 := env.phaseReply(t, "widget_reply", in)
	if w1.EmptyError == "" || !strings.Contains(w1.Sent, "reply and your file were sent") || len(w1.Thread) != 2 || w1.Thread[1].Kind != "reply" ||
		!strings.Contains(w1.Thread[1].Text, text) || !strings.Contains(w1.Thread[1].Text, fileName) {
		t.Fatalf("widget reply: %+v", w1)
	}
	if w1.Download == nil || w1.Download.Name != fileName || w1.Download.Content != fileContent {
		t.Fatalf("the patient's download from the widget: %+v", w1.Download)
	}
	if len(w1.FormSizes) != 3 {
		t.Fatalf("reply form controls at phone width: %+v", w1.FormSizes)
	}
	for _, c := range w1.FormSizes {
		if c.Height < 44 || c.Width > 390 || (c.Part != "button reply-send" && !c.Label) {
			t.Errorf("reply form control at phone width: %+v (want ≥ 44 px high, inside 390 px, labelled)", c)
		}
	}
	var list struct {
		Replies []struct {
			ID string `json:"id"`
		} `json:"replies"`
	}
	s.call(t, "GET", "/v1/replies?pool=front-desk", "", nil, nil, 200, &list)
	if len(list.Replies) != 1 {
		t.Fatalf("pool list %+v", list)
	}
	// The portal reads the reply's file: the bytes the patient chose.
	var opened struct {
		Attachments []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"attachments"`
	}
	s.call(t, "GET", "/v1/replies/"+list.Replies[0].ID, "", nil, nil, 200, &opened)
	if len(opened.Attachments) != 1 || opened.Attachments[0].Name != fileName {
		t.Fatalf("the reply's attachments: %+v", opened)
	}
	req, _ := http.NewRequest("GET", s.Base+"/v1/replies/"+list.Replies[0].ID+"/attachments/"+opened.Attachments[0].ID, nil)
	req.Header.Set("Authorization", "Bearer "+s.APIKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || string(got) != fileContent {
		t.Fatalf("portal download of the widget's file: %d %q", res.StatusCode, got)
	}
	ab, _ := json.Marshal(map[string]string{"body": "Take it with breakfast from tomorrow.", "subject": "About your dose"})
	s.call(t, "POST", "/v1/replies/"+list.Replies[0].ID+"/answer", "application/json", ab, nil, 201, nil)
	in["subject"], in["reply_text"], in["shot_start"] = "About your dose", "", 1+len(r1.Screenshots)
	delete(in, "reply_file_name")
	delete(in, "download_name")
	_, w2 := env.phaseReply(t, "widget_reply", in)
	if len(w2.Thread) != 3 || w2.Thread[0].ID != first.ID || !strings.Contains(w2.Thread[1].Text, text) {
		t.Fatalf("widget conversation of the answer: %+v", w2.Thread)
	}
	t.Logf("screenshots in %s", shots)
}

// startPortal runs the example portal for s on localhost (another site than
// sealpost's 127.0.0.1) and returns its origin.
func startPortal(t *testing.T, s *service, clk *clock) string {
	t.Helper()
	if s.TenantID == "" {
		t.Fatal("serve --dev printed no tenant id")
	}
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
	return origin
}
