package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// replyCategory is a tenant category whose messages the patient may answer;
// its replies go to the pool "front-desk".
func replyCategory(retentionDays int) map[string]any {
	return map[string]any{"default_sensitivity": "phi", "retention_days": retentionDays, "link_lifetime_hours": 24,
		"allow_replies": true, "reply_pool": "front-desk",
		"templates": map[string]any{"en": map[string]string{"email_subject": "You have a new message", "email_text": "Sign in to read it: {{link}}", "sms": "{{tenant}}: new message {{link}}"}}}
}

// apiJSON calls an inbox route with a JSON body (the session's CSRF token
// and Origin added).
func (b *browser) apiJSON(method, path string, body any) resp {
	b.t.Helper()
	j, _ := json.Marshal(body)
	if s, ok := body.(string); ok {
		j = []byte(s)
	}
	req, _ := http.NewRequest(method, b.e.srv.URL+path, bytes.NewReader(j))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", b.sessionCSRF())
	req.Header.Set("Origin", b.e.srv.URL)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, out}
}

// TestReplyFlow (issue 18 item 5): the patient replies to a message of a
// category that allows replies; the reply is sealed, audited and announced
// to the tenant's message.reply webhooks by ids only (the job is enqueued
// with the reply); the portal lists the pool's replies (metadata), reads one
// (audited as its key), answers it — a new message to the patient in the
// same thread, with the usual deliveries — and sees the thread in order;
// the patient sees it too. Refusals change nothing.
func TestReplyFlow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		hook := e.do("POST", "/v1/webhooks", tn.key, map[string]any{"url": "https://hooks.clinic.example/sealpost", "events": []string{"message.reply"}})
		e.expect(hook, 201, "")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-r")
		first, _ := e.sendTo(tn, "pat-r", "care_chat", "", "Your visit", "How are you feeling after the visit?")
		plain, _ := e.sendTo(tn, "pat-r", "account_message", "", "Statement", "Your statement is ready")

		// Refusals first: nothing is written by any of them.
		before := e.rowCounts()
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+plain+"/replies", map[string]string{"body": "hello"}), 409, api.ProblemRepliesNotAllowed)
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+first+"/replies", map[string]string{"body": "  "}), 422, api.ProblemValidation)
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+first+"/replies", map[string]string{"body": strings.Repeat("x", service.MaxReplyBytes+1)}), 422, api.ProblemValidation)
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+first+"/replies", map[string]string{"text": "x"}), 400, api.ProblemUnknownField)
		after := e.rowCounts()
		delete(before, "audit_events")
		delete(after, "audit_events")
		if !maps.Equal(before, after) {
			t.Fatalf("refused replies wrote rows:\n%v\n%v", before, after)
		}

		text := "My knee still hurts when I climb stairs"
		r := b.apiJSON("POST", "/v1/inbox/"+first+"/replies", map[string]string{"body": text})
		expectT(t, r, 201, "")
		rep := r.json(t)
		rid := rep["id"].(string)
		if rep["thread_id"] != first || rep["message_id"] != first || rep["pool"] != "front-desk" || rep["body"] != nil {
			t.Fatalf("reply answer: %s", r.body)
		}
		if e.auditCount("reply.create") != 1 {
			t.Fatal("no reply.create audit event")
		}
		// The webhook job: ids only.
		var args string
		if err := e.raw.QueryRow(`SELECT CAST(args AS TEXT) FROM river_job WHERE kind = 'sealpost.reply_event'`).Scan(&args); err != nil {
			t.Fatalf("no reply event job: %v", err)
		}
		if !strings.Contains(args, rid) || !strings.Contains(args, first) || strings.Contains(args, "knee") {
			t.Fatalf("reply event job args: %s", args)
		}

		// The portal: the pool's list (metadata), the reply (content, audited).
		l := e.do("GET", "/v1/replies?pool=front-desk", tn.key, nil)
		e.expect(l, 200, "")
		if !bytes.Contains(l.body, []byte(rid)) || bytes.Contains(l.body, []byte("knee")) || !bytes.Contains(l.body, []byte(`"recipient":"pat-r"`)) {
			t.Fatalf("pool list: %s", l.body)
		}
		e.expect(e.do("GET", "/v1/replies?pool=Bad%20Pool", tn.key, nil), 422, api.ProblemValidation)
		if l := e.do("GET", "/v1/replies?pool=other", tn.key, nil); bytes.Contains(l.body, []byte(rid)) {
			t.Fatalf("another pool lists the reply: %s", l.body)
		}
		g := e.do("GET", "/v1/replies/"+rid, tn.key, nil)
		e.expect(g, 200, "")
		if got := g.json(t); got["body"] != text || got["first_read_at"] == nil || got["recipient"] != "pat-r" {
			t.Fatalf("open reply: %s", g.body)
		}
		var actor string
		if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'reply.open' AND object_id = $1`, rid).Scan(&actor); err != nil || !strings.HasPrefix(actor, "api_key:") {
			t.Fatalf("reply.open audited as %q (%v)", actor, err)
		}
		e.expect(e.do("GET", "/v1/replies/rpl_06h045n3y309pm8x9asc2eb6xg", tn.key, nil), 404, api.ProblemNotFound)

		// The answer: a message to the patient, in the same thread.
		e.expect(e.do("POST", "/v1/replies/"+rid+"/answer", tn.key, map[string]string{}), 422, api.ProblemValidation)
		a := e.do("POST", "/v1/replies/"+rid+"/answer", tn.key, map[string]string{"body": "Please rest it and call us if it swells."})
		e.expect(a, 201, "")
		answer := a.json(t)["message_id"].(string)
		e.expect(e.do("POST", "/v1/replies/"+rid+"/answer", tn.key, map[string]string{"body": "Twice"}), 409, api.ProblemReplyAnswered)
		m := e.do("GET", "/v1/messages/"+answer, tn.key, nil).json(t)
		if m["category"] != "care_chat" || m["recipient"] != "pat-r" || len(m["deliveries"].([]any)) != 1 {
			t.Fatalf("answer message: %v", m)
		}
		var answerActor string
		if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'message.create' AND object_id = $1`, answer).Scan(&answerActor); err != nil || answerActor != actor {
			t.Fatalf("answer created by %q, want %q (%v)", answerActor, actor, err)
		}

		th := e.do("GET", "/v1/replies/"+rid+"/thread", tn.key, nil)
		e.expect(th, 200, "")
		var thread service.Thread
		if err := json.Unmarshal(th.body, &thread); err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, it := range thread.Items {
			order = append(order, it.Kind+":"+it.ID)
		}
		if want := []string{"message:" + first, "reply:" + rid, "message:" + answer}; fmt.Sprint(order) != fmt.Sprint(want) {
			t.Fatalf("thread order %v, want %v", order, want)
		}
		if bytes.Contains(th.body, []byte("knee")) || bytes.Contains(th.body, []byte("swells")) {
			t.Fatalf("the portal's thread carries content: %s", th.body)
		}

		// The patient: the answer's thread, the answer is read once shown.
		pt := b.api("GET", "/v1/inbox/"+answer+"/thread")
		expectT(t, pt, 200, "")
		var ptv service.PatientThread
		if err := json.Unmarshal(pt.body, &ptv); err != nil {
			t.Fatal(err)
		}
		if len(ptv.Entries) != 3 || ptv.Entries[0].ID != first || ptv.Entries[1].Body != text || !ptv.Entries[2].Current ||
			ptv.Entries[2].Body != "Please rest it and call us if it swells." || !ptv.RepliesAllowed {
			t.Fatalf("patient thread: %s", pt.body)
		}
		// The patient may reply to the answer: same thread.
		r2 := b.apiJSON("POST", "/v1/inbox/"+answer+"/replies", map[string]string{"body": "Thanks"})
		expectT(t, r2, 201, "")
		if r2.json(t)["thread_id"] != first {
			t.Fatalf("reply to the answer: %s", r2.body)
		}
		// A withdrawn message takes no reply.
		e.expect(e.do("DELETE", "/v1/messages/"+first, tn.key, nil), 200, "")
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+first+"/replies", map[string]string{"body": "still there?"}), 410, api.ProblemGone)
	})
}

// TestReplyCategorySettings: allow_replies needs a well-formed reply_pool.
func TestReplyCategorySettings(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	c := replyCategory(30)
	c["reply_pool"] = "1desk"
	e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, c), 422, api.ProblemValidation)
	delete(c, "reply_pool")
	e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, c), 422, api.ProblemValidation)
	c = replyCategory(30)
	r := e.do("PUT", "/v1/categories/care_chat", tn.key, c)
	e.expect(r, 200, "")
	if got := e.do("GET", "/v1/categories/care_chat", tn.key, nil).json(t); got["allow_replies"] != true || got["reply_pool"] != "front-desk" {
		t.Fatalf("category reads back as %v", got)
	}
}

// TestReplyRetention: a reply is crypto-shredded when its time comes —
// the category's retention from its creation, or earlier when a pool's
// read policy brings it forward — by the retention job on a moved clock;
// afterwards the portal gets 410, the lists show it removed, and the
// patient's thread says so.
func TestReplyRetention(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		b := e.browser(t)
		u := e.enrol(t, b, tn, "pat-t")
		msg, _ := e.sendTo(tn, "pat-t", "care_chat", "", "Check-in", "How are you?")
		r1 := b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "first reply"})
		expectT(t, r1, 201, "")
		first := r1.json(t)["id"].(string)
		r2 := b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "second reply"})
		expectT(t, r2, 201, "")
		second := r2.json(t)["id"].(string)
		ctx := context.Background()

		// Read once; the pool's policy: gone an hour after the first read.
		e.expect(e.do("GET", "/v1/replies/"+first, tn.key, nil), 200, "")
		if err := e.svc.SetReplyShredDue(ctx, tn.id, first, e.clock.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		run := func() int {
			res, err := e.svc.RunRetention(ctx, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			return res.Replies
		}
		e.clock.Add(59 * time.Minute)
		if n := run(); n != 0 {
			t.Fatalf("shredded %d replies before their time", n)
		}
		e.clock.Add(2 * time.Minute)
		if n := run(); n != 1 {
			t.Fatalf("shredded %d replies, want 1", n)
		}
		e.expect(e.do("GET", "/v1/replies/"+first, tn.key, nil), 410, api.ProblemGone)
		e.expect(e.do("POST", "/v1/replies/"+first+"/answer", tn.key, map[string]string{"body": "late"}), 410, api.ProblemGone)
		if n := e.raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "reply/"+first); n != 0 {
			t.Fatal("the shredded reply's data key is still there")
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies WHERE id = $1 AND body IS NULL AND shredded_at IS NOT NULL`, first); n != 1 {
			t.Fatal("the shredded reply keeps its sealed body")
		}
		if e.auditCount("reply.shred") != 1 {
			t.Fatal("no reply.shred audit event")
		}
		l := e.do("GET", "/v1/replies?pool=front-desk", tn.key, nil)
		var list struct{ Replies []service.ReplyView }
		if err := json.Unmarshal(l.body, &list); err != nil || len(list.Replies) != 2 {
			t.Fatalf("pool list: %s", l.body)
		}
		for _, v := range list.Replies {
			if v.Removed != (v.ID == first) {
				t.Fatalf("reply %s removed=%v", v.ID, v.Removed)
			}
		}
		e.signIn(t, b, u, "/inbox") // the session idled out meanwhile
		pt := b.api("GET", "/v1/inbox/"+msg+"/thread")
		if !bytes.Contains(pt.body, []byte(`"removed":true`)) || bytes.Contains(pt.body, []byte("first reply")) || !bytes.Contains(pt.body, []byte("second reply")) {
			t.Fatalf("patient thread after the shred: %s", pt.body)
		}
		// The category's retention reaches the unread one.
		e.clock.Add(31 * 24 * time.Hour)
		if n := run(); n != 1 {
			t.Fatalf("retention shredded %d replies, want 1", n)
		}
		e.expect(e.do("GET", "/v1/replies/"+second, tn.key, nil), 410, api.ProblemGone)
	})
}

// TestReplyPage: the message page shows a reply form when the category
// allows replies (none otherwise); a reply sent from it appears in the
// conversation; an empty one is refused with the form kept.
func TestReplyPage(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-p")
		msg, _ := e.sendTo(tn, "pat-p", "care_chat", "", "Check-in", "How are you?")
		plain, _ := e.sendTo(tn, "pat-p", "account_message", "", "Statement", "Ready")
		if st, page := b.get("/inbox/" + plain); st != 200 || strings.Contains(page, `id="reply-form"`) {
			t.Fatalf("a category without replies shows a form: %d", st)
		}
		if st, page := b.get("/inbox/" + msg); st != 200 || !strings.Contains(page, `id="reply-form"`) || !strings.Contains(page, `<label for="reply-body">`) {
			t.Fatalf("no reply form: %d %s", st, page)
		}
		if st, page := b.post("/inbox/"+msg+"/reply", url.Values{"body": {"   "}}); st != 422 || !strings.Contains(page, `id="reply-body-error"`) {
			t.Fatalf("empty reply: %d %s", st, page)
		}
		if st, page := b.post("/inbox/"+msg+"/reply", url.Values{"body": {"Feeling better, thank you"}}); st != 200 || b.url != "/inbox/"+msg ||
			!strings.Contains(page, `id="reply-sent"`) || !strings.Contains(page, "Feeling better, thank you") || !strings.Contains(page, `id="thread"`) {
			t.Fatalf("reply from the page: %d %s %s", st, b.url, page)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies`); n != 1 {
			t.Fatalf("%d replies stored", n)
		}
		// Spanish.
		e.putRecipient(tn, "pat-p", map[string]any{"email": "pat-p@example.org", "locale": "es"})
		if _, page := b.get("/inbox/" + msg); !strings.Contains(page, "Enviar respuesta") || !strings.Contains(page, "Conversación") {
			t.Fatalf("Spanish page: %s", page)
		}
	})
}

// TestReplyMarkerNeverStored (issue 18): a reply's text is nowhere in the
// database in clear (every table; the SQLite file), the logs, the webhook
// jobs or the notice about it, though it reads back.
func TestReplyMarkerNeverStored(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		e.expect(e.do("POST", "/v1/webhooks", tn.key, map[string]any{"url": "https://hooks.clinic.example/x", "events": []string{"message.reply"}}), 201, "")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-k")
		msg, _ := e.sendTo(tn, "pat-k", "care_chat", "", "Check-in", "How are you?")
		marker := fmt.Sprintf("RPLQ%dMARK", time.Now().UnixNano())
		r := b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "My rash " + marker + " is back"})
		expectT(t, r, 201, "")
		rid := r.json(t)["id"].(string)
		b.get("/inbox/" + msg)
		b.post("/inbox/"+msg+"/reply", url.Values{"body": {"page " + marker}})
		// A refused reply carrying the marker is not logged either.
		b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", `{"body":"x","`+marker+`":1}`)
		if g := e.do("GET", "/v1/replies/"+rid, tn.key, nil); !bytes.Contains(g.body, []byte(marker)) {
			t.Fatalf("the reply does not read back: %s", g.body)
		}
		e.expect(e.do("POST", "/v1/replies/"+rid+"/answer", tn.key, map[string]string{"body": "We will call you."}), 201, "")
		n, err := e.svc.ReplyNotice(context.Background(), tn.id, "en", e.srv.URL+"/staff/inbox")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.st.ChainAudit(context.Background(), 1000); err != nil {
			t.Fatal(err)
		}
		check := func(where string, hay []byte) {
			for _, n := range [][]byte{[]byte(marker), []byte(strings.ToLower(marker)), []byte(fmt.Sprintf("%x", marker))} {
				if bytes.Contains(hay, n) {
					t.Errorf("marker found in %s", where)
				}
			}
		}
		check("the pool notice", []byte(n.Subject+n.Text))
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				check("table "+tbl, v)
			}
		}
		if kind == "sqlite" {
			e.st.Close()
			for _, f := range []string{e.db.Path, e.db.Path + "-wal", e.db.Path + "-shm"} {
				if b, err := os.ReadFile(f); err == nil {
					check(f, b)
				}
			}
		}
		check("logs", e.logs.Bytes())
	})
}

// TestReplyNotice (issue 18 item 6): the notice about a reply is fixed,
// PHI-free wording in the member's language, and guard-checked: a tenant
// guard term in its display name blocks it (fail closed).
func TestReplyNotice(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	ctx := context.Background()
	n, err := e.svc.ReplyNotice(ctx, tn.id, "es", e.srv.URL+"/staff/inbox")
	if err != nil || !strings.Contains(n.Text, e.srv.URL+"/staff/inbox") || !strings.Contains(n.Subject, "respuesta") {
		t.Fatalf("notice %+v, %v", n, err)
	}
	e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{{"text": "Oncology", "kind": "condition"}}}), 200, "")
	e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Oncology Partners"}), 200, "")
	if _, err := e.svc.ReplyNotice(ctx, tn.id, "en", "https://elsewhere.example/staff/inbox"); err == nil {
		t.Fatal("a notice with a link elsewhere was not blocked")
	}
	if _, err := e.svc.ReplyNotice(ctx, tn.id, "en", e.srv.URL+"/staff/inbox"); err == nil {
		t.Fatal("a notice naming a guard term was not blocked")
	}
}

// replyCrossTenantCases are TestCrossTenant's cases for the reply routes:
// tenant b's key against a reply of tenant a (to a's recipient "p-1").
func replyCrossTenantCases(t *testing.T, e *env, a, b tenant) map[string]func(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	e.expect(e.do("PUT", "/v1/categories/care_chat", a.key, replyCategory(30)), 200, "")
	e.expect(e.do("PUT", "/v1/categories/care_chat", b.key, replyCategory(30)), 200, "")
	msg, _ := e.sendTo(a, "p-1", "care_chat", "", "Check-in", "How are you?")
	rcp, err := e.svc.RecipientByExternalID(ctx, a.id, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := e.svc.PostReply(ctx, service.Session{TenantID: a.id, RecipientID: rcp.ID, Stage: store.StageActive}, msg, service.ReplyInput{Body: "alpha reply"})
	if err != nil {
		t.Fatal(err)
	}
	untouched := func(t *testing.T) {
		t.Helper()
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies WHERE id = $1 AND first_read_at IS NULL AND answer_message_id IS NULL`, rep.ID); n != 1 {
			t.Fatal("B's call changed A's reply")
		}
	}
	return map[string]func(t *testing.T){
		"GET /v1/replies": func(t *testing.T) {
			r := e.do("GET", "/v1/replies?pool=front-desk", b.key, nil)
			expectT(t, r, 200, "")
			if bytes.Contains(r.body, []byte(rep.ID)) {
				t.Fatalf("B lists A's reply: %s", r.body)
			}
		},
		"GET /v1/replies/{id}": func(t *testing.T) {
			expectT(t, e.do("GET", "/v1/replies/"+rep.ID, b.key, nil), 404, api.ProblemNotFound)
			untouched(t)
		},
		"GET /v1/replies/{id}/thread": func(t *testing.T) {
			expectT(t, e.do("GET", "/v1/replies/"+rep.ID+"/thread", b.key, nil), 404, api.ProblemNotFound)
		},
		"POST /v1/replies/{id}/answer": func(t *testing.T) {
			expectT(t, e.do("POST", "/v1/replies/"+rep.ID+"/answer", b.key, map[string]string{"body": "from beta"}), 404, api.ProblemNotFound)
			untouched(t)
		},
		"GET /v1/replies/{id}/attachments/{attachment_id}": replyAttachmentCrossTenantCase(e, a, b, rcp.ID, msg, rep.ID), // replyattachments_test.go
	}
}

// TestReplyJobsProvider: jobs a capability adds for new replies (the staff
// mailbox's pool notices) are written in the reply's own transaction; a
// provider's error refuses the reply and nothing is written.
func TestReplyJobsProvider(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-j")
	msg, _ := e.sendTo(tn, "pat-j", "care_chat", "", "Check-in", "How are you?")
	fail := true
	var gotPool string
	e.svc.AddReplyJobs(func(_ context.Context, tenantID, replyID, pool string) ([]river.InsertManyParams, error) {
		if fail {
			return nil, errors.New("no notices today")
		}
		gotPool = pool
		return []river.InsertManyParams{{Args: jobs.ReplyEvent{TenantID: tenantID, EndpointID: "whk_test", ReplyID: replyID, MessageID: "m", ThreadID: "t", At: 1}}}, nil
	})
	before := e.rowCounts()
	delete(before, "audit_events")
	expectT(t, b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "hello"}), 500, api.ProblemInternal)
	after := e.rowCounts()
	delete(after, "audit_events")
	if !maps.Equal(before, after) {
		t.Fatalf("a refused reply wrote rows:\n%v\n%v", before, after)
	}
	fail = false
	r := b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "hello"})
	expectT(t, r, 201, "")
	rid := r.json(t)["id"].(string)
	if gotPool != "front-desk" || e.raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.reply_event' AND CAST(args AS TEXT) LIKE $1`, "%"+rid+"%") != 1 {
		t.Fatalf("the provider's job was not written with the reply (pool %q)", gotPool)
	}
	// A flood is refused: 20 replies in a thread within an hour.
	for i := 1; i < service.MaxRepliesPerHour; i++ {
		expectT(t, b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": fmt.Sprint("again ", i)}), 201, "")
	}
	expectT(t, b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "one more"}), 409, api.ProblemLimitReached)
	if n := e.raw.Int(`SELECT COUNT(*) FROM replies`); n != service.MaxRepliesPerHour {
		t.Fatalf("%d replies stored", n)
	}
}

// TestReplyConversationAndMaxAge: the staff side's view of a reply's
// conversation (content, audited as the reader) and the pool's cap on how
// long a reply is kept.
func TestReplyConversationAndMaxAge(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	ctx := context.Background()
	e.svc.SetReplyMaxAge(func(_ context.Context, _, pool string) (time.Duration, error) {
		if pool == "front-desk" {
			return 2 * time.Hour, nil
		}
		return 0, nil
	})
	e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-c")
	msg, _ := e.sendTo(tn, "pat-c", "care_chat", "", "Check-in", "How are you?")
	r := b.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "Better today"})
	expectT(t, r, 201, "")
	rid := r.json(t)["id"].(string)
	v, err := e.svc.GetReply(ctx, tn.id, rid)
	if err != nil {
		t.Fatal(err)
	}
	if v.ShredDueAt == nil || v.ShredDueAt.Sub(e.clock.Now()) > 2*time.Hour || v.ShredDueAt.Sub(e.clock.Now()) < 119*time.Minute {
		t.Fatalf("shred due %v, want the pool's 2 h from %v", v.ShredDueAt, e.clock.Now())
	}
	conv, err := e.svc.ReplyConversation(ctx, tn.id, rid, "staff:stf_test")
	if err != nil {
		t.Fatal(err)
	}
	if len(conv) != 2 || conv[0].Body != "How are you?" || conv[1].Body != "Better today" || !conv[1].Current {
		t.Fatalf("conversation %+v", conv)
	}
	var actor string
	if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'reply.thread_view'`).Scan(&actor); err != nil || actor != "staff:stf_test" {
		t.Fatalf("thread view audited as %q (%v)", actor, err)
	}
	if _, err := e.svc.ReplyConversation(ctx, e.tenant("other").id, rid, "staff:x"); err == nil {
		t.Fatal("another tenant reads the conversation")
	}
}
