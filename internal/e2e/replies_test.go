package e2e_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
