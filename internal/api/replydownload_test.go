package api_test

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
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
