package e2e_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/http"
	"net/mail"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type staffLoopResult struct {
	StaffSecret  string   `json:"staff_secret"`
	ReplyPath    string   `json:"reply_path"`
	ReplyBody    string   `json:"reply_body"`
	RemoveAt     string   `json:"remove_at"`
	Conversation []string `json:"conversation"`
	Answered     string   `json:"answered"`
	Items        []struct {
		Href    string `json:"href"`
		Removed bool   `json:"removed"`
		Text    string `json:"text"`
	} `json:"items"`
}

func (e browserEnv) phaseStaff(t *testing.T, name string, in map[string]any) (result, staffLoopResult) {
	t.Helper()
	r := e.phase(t, name, in)
	var out staffLoopResult
	if err := json.Unmarshal(r.Raw, &out); err != nil {
		t.Fatal(err)
	}
	return r, out
}

// TestReplyLoopChromium (issue 18 items 5–6), the whole loop in Chromium:
// a patient replies from a message; a member of the category's pool gets
// the PHI-free notice on the loopback SMTP server, follows it, signs in
// with password and TOTP, opens the reply and answers; the patient sees
// the answer in the conversation; the pool's policy shreds the reply after
// its first read (the service clock moved past the read TTL; the staff
// mailbox's quick-removal pass runs every 15 s), and the staff inbox then
// shows it as removed. No notice carries the reply or the answer.
func TestReplyLoopChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	t0 := time.Now().Truncate(time.Second)
	clk := newClock(t0)
	s := startService(t, clk)

	// The pool (read TTL 10 minutes) and its member, invited by email.
	s.call(t, "PUT", "/v1/staff-pools/front-desk", "application/json", []byte(`{"read_ttl_seconds":600,"max_age_seconds":604800}`), nil, 200, nil)
	const staffEmail, staffPassword = "kim.nurse@clinic.example", "harbour-lantern-violet-77"
	s.call(t, "POST", "/v1/staff", "application/json", []byte(`{"email":"`+staffEmail+`","name":"Kim Lee","role":"member","pools":["front-desk"]}`), nil, 201, nil)
	invite := s.waitMail(t, staffEmail, "You are invited to the staff mailbox", time.Minute)
	inviteLink := staffLink(t, invite, s.Base)

	// The patient, enrolled.
	const rcpt, email = "e2e-loop-1", "pat.loop@example.org"
	const username, password = "pat.loop", "copper-meadow-falcon-31"
	s.putRecipient(t, rcpt, email)
	s.call(t, "PUT", "/v1/categories/care_chat", "application/json", []byte(replyCategoryJSON), nil, 200, nil)
	s.send(t, rcpt, "account_registration", "Welcome", "Set up your account to read your messages.")
	first := s.send(t, rcpt, "care_chat", "After your visit", "How is your knee since the injection?")
	regLink := s.waitNotice(t, email, "Complete your registration", time.Minute).link(t, s.Base)
	firstNotice := s.waitNth(t, email, "New message from your care team", 1, time.Minute)

	state := filepath.Join(t.TempDir(), "patient.json")
	staffState := filepath.Join(t.TempDir(), "staff.json")
	shot := 1
	in := func(extra map[string]any) map[string]any {
		m := map[string]any{"base_url": s.Base, "username": username, "password": password, "now_unix": clk.Now().Unix(),
			"out_dir": shots, "shot_start": shot, "state_file": state,
			"staff_email": staffEmail, "staff_password": staffPassword}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	r1 := env.phase(t, "enrol", in(map[string]any{"link": regLink}))
	shot += len(r1.Screenshots)
	rs, st := env.phaseStaff(t, "staff_enrol", in(map[string]any{"link": inviteLink, "state_file": staffState}))
	shot += len(rs.Screenshots)
	if st.StaffSecret == "" {
		t.Fatal("no staff TOTP secret")
	}

	// 1. The patient replies from the message.
	clk.Set(t0.Add(time.Minute))
	replyText := fmt.Sprintf("Still sore on the stairs LOOP%d", time.Now().UnixNano())
	rr, rp := env.phaseReply(t, "reply", in(map[string]any{"link": firstNotice.link(t, s.Base), "totp_secret": r1.TOTPSecret, "reply_text": replyText, "audit": true}))
	shot += len(rr.Screenshots)
	if len(rp.Thread) != 2 || !strings.Contains(rp.Thread[1].Text, replyText) {
		t.Fatalf("the patient's conversation after the reply: %+v", rp.Thread)
	}

	// 2. The pool member's notice: PHI-free, over TLS, a link to the staff sign-in.
	nt := s.waitMail(t, staffEmail, "New reply in your secure inbox", time.Minute)
	for _, secret := range []string{replyText, "knee", "After your visit", rcpt, "front-desk"} {
		if strings.Contains(string(nt.Raw), secret) {
			t.Fatalf("the staff notice carries %q", secret)
		}
	}
	s.overTLS(t)

	// 3. Sign in with TOTP, open the reply, answer.
	clk.Set(t0.Add(2 * time.Minute))
	const answerText = "Please rest it; a physiotherapist will call you tomorrow."
	ra, sa := env.phaseStaff(t, "staff_answer", in(map[string]any{"link": staffLink(t, nt, s.Base), "state_file": staffState,
		"staff_secret": st.StaffSecret, "answer_text": answerText, "audit": true}))
	shot += len(ra.Screenshots)
	checkAudits(t, ra)
	if sa.ReplyBody != replyText || !strings.Contains(sa.Answered, "Kim Lee") || len(sa.Conversation) != 2 || !strings.Contains(sa.Conversation[0], "How is your knee") {
		t.Fatalf("the staff side: %+v", sa)
	}
	replyID := strings.TrimPrefix(sa.ReplyPath, "/staff/replies/")

	// 4. The patient gets the usual notice and sees the answer in the conversation.
	answerNotice := s.waitNth(t, email, "New message from your care team", 2, time.Minute)
	for _, secret := range []string{replyText, answerText, "physiotherapist"} {
		if strings.Contains(string(answerNotice.Raw), secret) {
			t.Fatalf("the answer's notice carries %q", secret)
		}
	}
	clk.Set(t0.Add(3 * time.Minute))
	tr, tp := env.phaseReply(t, "thread", in(map[string]any{"message_url": s.Base + "/inbox/" + first.ID, "totp_secret": r1.TOTPSecret}))
	shot += len(tr.Screenshots)
	if len(tp.Thread) != 3 || !strings.Contains(tp.Thread[1].Text, replyText) || !strings.Contains(tp.Thread[2].Text, answerText) {
		t.Fatalf("the patient's conversation with the answer: %+v", tp.Thread)
	}

	// 5. The pool's read TTL passes (moved clock): the reply's content
	// answers 410 at once (its removal time has passed, whether or not a
	// pass ran: service/overdue.go); the quick-removal pass then shreds it,
	// and the staff inbox shows it removed.
	clk.Set(t0.Add(2*time.Minute + 11*time.Minute))
	req, _ := http.NewRequest("GET", s.Base+"/v1/replies/"+replyID, nil)
	req.Header.Set("Authorization", "Bearer "+s.APIKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	gone, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusGone || strings.Contains(string(gone), replyText) {
		t.Fatalf("the reply right after its policy time: %d", res.StatusCode)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		var list struct {
			Replies []struct {
				ID      string `json:"id"`
				Removed bool   `json:"removed"`
			} `json:"replies"`
		}
		s.call(t, "GET", "/v1/replies?pool=front-desk", "", nil, nil, 200, &list)
		shredded := false
		for _, r := range list.Replies {
			shredded = shredded || r.ID == replyID && r.Removed
		}
		if shredded {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the reply was not shredded within 60 s of its policy time: %+v", list)
		}
		time.Sleep(250 * time.Millisecond) // polling the service's state with a deadline: the pass runs on its own schedule
	}
	ri, si := env.phaseStaff(t, "staff_inbox", in(map[string]any{"link": s.Base + "/staff/t/" + s.TenantID, "state_file": staffState,
		"staff_secret": st.StaffSecret, "shot_name": "staff-inbox-removed"}))
	shot += len(ri.Screenshots)
	removed := false
	for _, it := range si.Items {
		if it.Removed && strings.Contains(it.Text, "Patient reply") {
			removed = true
		}
		if strings.Contains(it.Text, replyText) {
			t.Fatalf("the inbox shows the reply's text: %q", it.Text)
		}
	}
	if !removed {
		t.Fatalf("the staff inbox does not show the reply as removed: %+v", si.Items)
	}
	t.Logf("screenshots in %s", shots)
}

// waitMail waits (bounded) for a plain-text email (the staff notices have
// no HTML part) to `to` with this subject; Text is its decoded body.
func (s *service) waitMail(t *testing.T, to, subject string, within time.Duration) notice {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		msgs := s.SMTP.Messages()
		for _, m := range msgs {
			if len(m.To) != 1 || m.To[0] != to {
				continue
			}
			msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
			if err != nil {
				t.Fatalf("email to %s: %v", to, err)
			}
			subj, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
			if subj != subject {
				continue
			}
			var body io.Reader = msg.Body
			if strings.EqualFold(msg.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
				body = quotedprintable.NewReader(body)
			}
			b, _ := io.ReadAll(body)
			return notice{To: m.To, Subject: subj, Text: string(b), Raw: m.Data}
		}
		left := time.Until(deadline)
		if left <= 0 {
			t.Fatalf("no email %q to %s within %v", subject, to, within)
		}
		s.SMTP.Wait(len(msgs)+1, left)
	}
}

// staffLink is the first staff-page link in a notice.
func staffLink(t *testing.T, n notice, base string) string {
	t.Helper()
	text := n.Text
	i := strings.Index(text, base+"/staff/")
	if i < 0 {
		t.Fatalf("no staff link in the notice %q", n.Text)
	}
	end := strings.IndexAny(text[i:], " \r\n\t")
	if end < 0 {
		end = len(text) - i
	}
	return text[i : i+end]
}
