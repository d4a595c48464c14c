package api_test

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// rfc5987 is a Content-Disposition naming name as the widget does
// (filename*, UTF-8, percent-encoded).
func rfc5987(name string) string {
	return "attachment; filename*=UTF-8''" + strings.ReplaceAll(url.PathEscape(name), "+", "%2B")
}

// TestOwnReplyAttachmentDownload (issue 18 item 5) on both databases: the
// patient downloads a file of their own reply — inbox API with the session
// or a user token, and the message page's link — audited as the recipient
// before any byte; the thread places the reply (in_reply_to) and names the
// size limit; another patient, another tenant, a wrong reply id, another
// patient's reply, a wrong message id and an unknown attachment are each
// refused 404 and audited (access.denied), with nothing sent; signed out is
// 401; after the reply is shredded every route answers 410.
func TestOwnReplyAttachmentDownload(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		tnA, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		for _, tn := range []tenant{tnA, tnB} {
			e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		}
		keyA := edKey(t, "a1")
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tnA.key, map[string]any{"jwks": keySet(keyA)}), 200, "")
		owner, other, foreign, signedOut := e.browser(t), e.browser(t), e.browser(t), e.browser(t)
		e.enrol(t, owner, tnA, "pat-a")
		e.enrol(t, other, tnA, "pat-b")
		e.enrol(t, foreign, tnB, "pat-c")
		msg, _ := e.sendTo(tnA, "pat-a", "care_chat", "", "Check-in", "Send a photo of the rash")
		msg2, _ := e.sendTo(tnA, "pat-a", "care_chat", "", "Other", "Another question")
		otherMsg, _ := e.sendTo(tnA, "pat-b", "care_chat", "", "Check-in", "Send a photo")
		reply := func(b *browser, m, text string) string {
			t.Helper()
			r := b.apiJSON("POST", "/v1/inbox/"+m+"/replies", map[string]string{"body": text})
			expectT(t, r, 201, "")
			return r.json(t)["id"].(string)
		}
		rid := reply(owner, msg, "Here it is")
		otherRid := reply(other, otherMsg, "Mine")

		// The widget's upload: the name as RFC 5987 filename* (not ASCII).
		marker := fmt.Sprintf("ROWN%dMARK", time.Now().UnixNano())
		name := "éruption-" + marker + ".jpg"
		data := []byte("JFIF " + marker + strings.Repeat(" pixels", 500))
		up := owner.upload("/v1/inbox/"+msg+"/replies/"+rid+"/attachments", data, "Content-Type", "image/jpeg", "Content-Disposition", rfc5987(name))
		expectT(t, up, 201, "")
		if up.json(t)["name"] != name {
			t.Fatalf("RFC 5987 name read as %v", up.json(t)["name"])
		}
		aid := up.json(t)["id"].(string)
		path := "/v1/inbox/" + msg + "/replies/" + rid + "/attachments/" + aid
		page := "/inbox/" + msg + "/replies/" + rid + "/attachments/" + aid

		// The thread places the reply and names the size limit.
		th := owner.api("GET", "/v1/inbox/"+msg+"/thread")
		expectT(t, th, 200, "")
		tj := th.json(t)
		if mx, _ := tj["max_attachment_bytes"].(float64); mx <= 0 {
			t.Fatalf("thread without max_attachment_bytes: %s", th.body)
		}
		found := false
		for _, x := range tj["entries"].([]any) {
			en := x.(map[string]any)
			if en["id"] == rid {
				found = en["in_reply_to"] == msg && strings.Contains(fmt.Sprint(en["attachments"]), aid)
			}
		}
		if !found {
			t.Fatalf("thread entry of the reply lacks in_reply_to or its file: %s", th.body)
		}

		// The owner downloads: session, user token, and the page's link.
		check := func(how string, st int, body []byte, cd string) {
			t.Helper()
			if st != 200 || !bytes.Equal(body, data) || !strings.Contains(cd, "filename*=utf-8''%C3%A9ruption-"+marker+".jpg") {
				t.Fatalf("%s download: %d %q (%d bytes)", how, st, cd, len(body))
			}
		}
		d := owner.api("GET", path)
		check("session", d.status, d.body, d.header.Get("Content-Disposition"))
		if d.header.Get("Cache-Control") != "no-store" || d.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("download headers: %v", d.header)
		}
		tok := keyA.sign(t, e.claims(tnA.id, "pat-a", nil))
		d = e.withToken("GET", path, tok)
		check("user token", d.status, d.body, d.header.Get("Content-Disposition"))
		st, body, cd := owner.staffGet(page)
		check("page", st, body, cd)
		if st, view := owner.get("/inbox/" + msg); st != 200 || !strings.Contains(view, `href="`+page+`"`) {
			t.Fatalf("message page has no download link %s: %d", page, st)
		}
		var actors, distinct int64
		if err := e.raw.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT actor) FROM audit_events WHERE action = $1 AND object_id = $2 AND actor LIKE 'recipient:%'`,
			service.ActionReplyAttachmentOpen, aid).Scan(&actors, &distinct); err != nil || actors != 3 || distinct != 1 {
			t.Fatalf("downloads audited: %d by %d recipients (%v), want 3 by 1", actors, distinct, err)
		}

		// Refusals: 404, audited, no byte, no open recorded.
		opens, denied := e.auditCount(service.ActionReplyAttachmentOpen), e.auditCount("access.denied")
		for _, c := range []struct {
			name string
			b    *browser
			path string
		}{
			{"another patient", other, path},
			{"another tenant", foreign, path},
			{"wrong reply id", owner, "/v1/inbox/" + msg + "/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments/" + aid},
			{"another patient's reply", owner, "/v1/inbox/" + msg + "/replies/" + otherRid + "/attachments/" + aid},
			{"wrong message id", owner, "/v1/inbox/" + msg2 + "/replies/" + rid + "/attachments/" + aid},
			{"another patient's message", owner, "/v1/inbox/" + otherMsg + "/replies/" + rid + "/attachments/" + aid},
			{"unknown attachment", owner, "/v1/inbox/" + msg + "/replies/" + rid + "/attachments/rat_06h045n3y309pm8x9asc2eb6xg"},
			{"malformed attachment", owner, "/v1/inbox/" + msg + "/replies/" + rid + "/attachments/att_06h045n3y309pm8x9asc2eb6xg"},
		} {
			r := c.b.api("GET", c.path)
			expectT(t, r, 404, api.ProblemNotFound)
			if bytes.Contains(r.body, []byte(marker)) {
				t.Fatalf("%s: the file in a refusal", c.name)
			}
			if got := e.auditCount("access.denied") - denied; got != 1 {
				t.Fatalf("%s: %d access.denied events, want 1", c.name, got)
			}
			denied++
			// The page route refuses the same way.
			if st, body, _ := c.b.staffGet(strings.Replace(c.path, "/v1/inbox/", "/inbox/", 1)); st != 404 || bytes.Contains(body, []byte(marker)) {
				t.Fatalf("%s page: %d", c.name, st)
			}
			denied++
		}
		if e.auditCount(service.ActionReplyAttachmentOpen) != opens || e.auditCount("access.denied") != denied {
			t.Fatal("a refusal recorded an open, or a page refusal was not audited")
		}
		expectT(t, signedOut.api("GET", path), 401, api.ProblemSignInRequired)
		if _, body := signedOut.get(page); signedOut.url != "/signin" || strings.Contains(body, marker) {
			t.Fatalf("signed-out page download ends at %s", signedOut.url)
		}

		// Shredded (retention): 410 everywhere, nothing sent.
		if err := e.svc.SetReplyShredDue(ctx, tnA.id, rid, e.clock.Now().Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		e.clock.Add(2 * time.Minute)
		if res, err := e.svc.RunRetention(ctx, time.Minute); err != nil || res.Replies != 1 {
			t.Fatalf("retention: %+v %v", res, err)
		}
		expectT(t, owner.api("GET", path), 410, api.ProblemGone)
		expectT(t, e.withToken("GET", path, keyA.sign(t, e.claims(tnA.id, "pat-a", nil))), 410, api.ProblemGone)
		if st, body, _ := owner.staffGet(page); st != 410 || bytes.Contains(body, []byte(marker)) {
			t.Fatalf("page download after the shred: %d", st)
		}
		if e.auditCount(service.ActionReplyAttachmentOpen) != opens {
			t.Fatal("a download of a shredded reply was audited as an open")
		}
	})
}

// TestOverdueContentUnreadable (issue 18 item 4) on both databases: once a
// reply's or a staff message's removal time has passed — the pool's read
// TTL after the first read, its maximum age — every route that would show
// its content or files answers 410 at once, before any shredding pass has
// run (nothing is shredded yet); the pass then shreds and the answers stay
// 410.
func TestOverdueContentUnreadable(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/staff-pools/front-desk", tn.key, map[string]any{"read_ttl_seconds": 60, "max_age_seconds": 3600}), 200, "")
		kim := e.newStaff(t, relay, tn, "Kim", "member", "front-desk")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		patient := e.browser(t)
		e.enrol(t, patient, tn, "pat-o")
		msg, _ := e.sendTo(tn, "pat-o", "care_chat", "", "Check-in", "Send a photo")
		marker := fmt.Sprintf("OVRD%dMARK", time.Now().UnixNano())
		r := patient.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "Reply " + marker})
		expectT(t, r, 201, "")
		rid := r.json(t)["id"].(string)
		r2 := patient.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "Second " + marker})
		expectT(t, r2, 201, "")
		rid2 := r2.json(t)["id"].(string)
		up := patient.upload("/v1/inbox/"+msg+"/replies/"+rid+"/attachments", []byte("file "+marker), "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="f.txt"`)
		expectT(t, up, 201, "")
		raid := up.json(t)["id"].(string)
		staffMsg := func(subject string) (string, string) {
			sm := e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:front-desk", "subject": subject, "body": "Body " + marker})
			e.expect(sm, 201, "")
			id := sm.json(t)["id"].(string)
			a := e.do("POST", "/v1/staff-messages/"+id+"/attachments", tn.key, "scan "+marker, "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="s.pdf"`)
			e.expect(a, 201, "")
			return id, a.json(t)["id"].(string)
		}
		mid, said := staffMsg("Read once")
		mid2, said2 := staffMsg("Never read")

		// Kim reads the reply and the first staff message: their read TTL
		// (60 s) starts; everything is readable.
		kb := e.staffSignIn(t, kim)
		if st, page := kb.get("/staff/replies/" + rid); st != 200 || !strings.Contains(page, marker) {
			t.Fatalf("staff reply page: %d", st)
		}
		if o := kb.staffAPI("GET", "/v1/staff-inbox/"+mid, nil); o.status != 200 || !strings.Contains(string(o.body), marker) {
			t.Fatalf("staff open: %d", o.status)
		}

		// The read TTL passes; no shredding pass runs.
		e.clock.Add(61 * time.Second)
		gone := func(what string, st int, body []byte) {
			t.Helper()
			if st != 410 || bytes.Contains(body, []byte(marker)) {
				t.Errorf("%s past its removal time: %d (content shown: %v)", what, st, bytes.Contains(body, []byte(marker)))
			}
		}
		replyPaths := map[string]resp{
			"portal GET /v1/replies/{id}":    e.do("GET", "/v1/replies/"+rid, tn.key, nil),
			"portal reply attachment":        e.do("GET", "/v1/replies/"+rid+"/attachments/"+raid, tn.key, nil),
			"portal answer":                  e.do("POST", "/v1/replies/"+rid+"/answer", tn.key, map[string]string{"body": "late"}),
			"patient reply attachment (API)": patient.api("GET", "/v1/inbox/"+msg+"/replies/"+rid+"/attachments/"+raid),
			"patient upload to the reply":    patient.upload("/v1/inbox/"+msg+"/replies/"+rid+"/attachments", []byte("more"), "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="g.txt"`),
			"staff API message":              kb.staffAPI("GET", "/v1/staff-inbox/"+mid, nil),
			"staff API message attachment":   kb.staffAPI("GET", "/v1/staff-inbox/"+mid+"/attachments/"+said, nil),
		}
		for what, r := range replyPaths {
			expectT(t, r, 410, api.ProblemGone)
			gone(what, r.status, r.body)
		}
		for what, path := range map[string]string{
			"patient reply attachment (page)": "/inbox/" + msg + "/replies/" + rid + "/attachments/" + raid,
			"staff reply page":                "/staff/replies/" + rid,
			"staff reply attachment page":     "/staff/replies/" + rid + "/attachments/" + raid,
			"staff message page":              "/staff/messages/" + mid,
			"staff message attachment page":   "/staff/messages/" + mid + "/attachments/" + said,
		} {
			st, body, _ := kb.staffGet(path)
			if strings.HasPrefix(path, "/inbox/") {
				st, body, _ = patient.staffGet(path)
			}
			gone(what, st, body)
		}
		// The patient's conversation says the reply was removed, without its
		// text or files; the hosted page too.
		th := patient.api("GET", "/v1/inbox/"+msg+"/thread")
		if th.status != 200 || !strings.Contains(string(th.body), `"id":"`+rid+`","created_at"`) || !regexp.MustCompile(`"id":"`+rid+`"[^}]*"removed":true`).Match(th.body) ||
			strings.Contains(string(th.body), "Reply "+marker) || strings.Contains(string(th.body), raid) {
			t.Fatalf("thread past the removal time: %d %s", th.status, th.body)
		}
		if st, page := patient.get("/inbox/" + msg); st != 200 || strings.Contains(page, "Reply "+marker) || strings.Contains(page, raid) {
			t.Fatalf("message page past the removal time: %d", st)
		}
		// The reply Kim did not read, and the staff message, are still there.
		if o := e.do("GET", "/v1/replies/"+rid2, tn.key, nil); o.status != 200 || !strings.Contains(string(o.body), marker) {
			t.Fatalf("an unread reply: %d", o.status)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies WHERE shredded_at IS NOT NULL`) + e.raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE shredded_at IS NOT NULL`); n != 0 {
			t.Fatalf("%d shredded before any pass: the 410s must not depend on it", n)
		}

		// The pool's maximum age (1 h) passes for the rest: the second reply
		// (the portal's read starts no read TTL) and the staff message
		// nobody opened.
		e.clock.Add(time.Hour)
		gone("portal reply past max age", e.do("GET", "/v1/replies/"+rid2, tn.key, nil).status, e.do("GET", "/v1/replies/"+rid2, tn.key, nil).body)
		kb = e.staffSignIn(t, kim) // the session idled out meanwhile
		o := kb.staffAPI("GET", "/v1/staff-inbox/"+mid2, nil)
		gone("staff message past max age", o.status, o.body)
		st, body, _ := kb.staffGet("/staff/messages/" + mid2)
		gone("staff message page past max age", st, body)
		st, body, _ = kb.staffGet("/v1/staff-inbox/" + mid2 + "/attachments/" + said2)
		gone("staff attachment past max age", st, body)
		if n := e.raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE shredded_at IS NOT NULL`); n != 0 {
			t.Fatalf("%d staff messages shredded before any pass", n)
		}

		// The passes shred; the answers stay 410.
		if _, _, err := e.staff().RunShred(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies WHERE shredded_at IS NULL`) + e.raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE shredded_at IS NULL`); n != 0 {
			t.Fatalf("%d left after the pass", n)
		}
		expectT(t, e.do("GET", "/v1/replies/"+rid, tn.key, nil), 410, api.ProblemGone)
		expectT(t, kb.staffAPI("GET", "/v1/staff-inbox/"+mid, nil), 410, api.ProblemGone)
	})
}
