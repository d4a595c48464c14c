package api_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// TestStaffReplies (issue 18 items 5–6) on both databases: a patient's
// reply tells each member of the category's pool by a PHI-free email (and
// no one else); it shows in the members' staff inbox; only a member opens
// it (audited as the staff member; a member of another pool gets 404,
// audited); the first read starts the pool's read TTL; the member answers
// and the patient sees the answer in the conversation; the quick-removal
// pass shreds the reply at its time, and the inbox then shows it removed.
func TestStaffReplies(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic")
		ctx := context.Background()
		e.expect(e.do("PUT", "/v1/staff-pools/front-desk", tn.key, map[string]any{"read_ttl_seconds": 600, "max_age_seconds": 86400}), 200, "")
		e.expect(e.do("PUT", "/v1/staff-pools/pharmacy", tn.key, map[string]any{"read_ttl_seconds": 600, "max_age_seconds": 86400}), 200, "")
		kim := e.newStaff(t, relay, tn, "Kim", "member", "front-desk")
		pia := e.newStaff(t, relay, tn, "Pia", "member", "pharmacy")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		patient := e.browser(t)
		e.enrol(t, patient, tn, "pat-s")
		msg, _ := e.sendTo(tn, "pat-s", "care_chat", "", "Check-in", "How is the new dose?")
		marker := fmt.Sprintf("STFR%dMARK", time.Now().UnixNano())
		r := patient.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "Dizzy " + marker})
		expectT(t, r, 201, "")
		rid := r.json(t)["id"].(string)
		// The pool is capped at its max age (1 day), below the category's 30 days.
		if v, err := e.svc.GetReply(ctx, tn.id, rid); err != nil || v.ShredDueAt == nil || v.ShredDueAt.Sub(e.clock.Now()) > 24*time.Hour {
			t.Fatalf("shred due %v (%v)", v.ShredDueAt, err)
		}

		// One notice, to the pool's member only: fixed words, no content.
		msgs := e.staffNotices(t, relay)
		if len(msgs) != 1 || msgs[0].To[0] != kim.email {
			t.Fatalf("reply notices: %d", len(msgs))
		}
		txt := mailText(msgs[0])
		if !strings.Contains(txt, "New reply in your secure inbox") || !strings.Contains(txt, "/staff/t/"+tn.id) || strings.Contains(txt, marker) ||
			strings.Contains(txt, "Dizzy") || strings.Contains(txt, "front-desk") || strings.Contains(txt, "Check-in") {
			t.Fatalf("the reply notice: %s", txt)
		}

		// The member's inbox lists it; the other pool's does not.
		kb := e.staffSignIn(t, kim)
		kb.get("/staff/inbox")
		if !strings.Contains(kb.page, `href="/staff/replies/`+rid+`"`) || strings.Contains(kb.page, marker) || !strings.Contains(kb.page, "Not opened yet") {
			t.Fatalf("member's inbox: %s", kb.page)
		}
		pb := e.staffSignIn(t, pia)
		pb.get("/staff/inbox")
		if strings.Contains(pb.page, rid) {
			t.Fatal("another pool's member lists the reply")
		}
		denied := e.refused(staff.ActionStaffDenied)
		if st, _ := pb.get("/staff/replies/" + rid); st != 404 {
			t.Fatalf("another pool's member opens the reply: %d", st)
		}
		pb.get("/staff/inbox") // a page with the session's CSRF token
		if st, _ := pb.post("/staff/replies/"+rid+"/answer", url.Values{"body": {"from pharmacy"}}); st != 404 {
			t.Fatalf("another pool's member answers the reply: %d", st)
		}
		if e.refused(staff.ActionStaffDenied)-denied != 2 {
			t.Fatal("the refusals were not audited")
		}
		// Signed out, a patient's session, another tenant's staff: to the
		// staff sign-in, or not found.
		for who, b := range map[string]*browser{"signed out": e.browser(t), "patient": patient} {
			if b.get("/staff/replies/" + rid); b.url != "/staff/signin" || strings.Contains(b.page, marker) {
				t.Fatalf("%s: at %s", who, b.url)
			}
		}
		other := e.tenant("other")
		e.expect(e.do("PUT", "/v1/staff-pools/front-desk", other.key, map[string]any{"read_ttl_seconds": 600, "max_age_seconds": 86400}), 200, "")
		oz := e.newStaff(t, relay, other, "Oz", "admin", "front-desk")
		if st, page := e.staffSignIn(t, oz).get("/staff/replies/" + rid); st != 404 || strings.Contains(page, marker) {
			t.Fatalf("another tenant's staff: %d", st)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM replies WHERE id = $1 AND first_read_at IS NULL AND answer_message_id IS NULL`, rid); n != 1 {
			t.Fatal("refused calls changed the reply")
		}

		// The member opens it: text, conversation, removal time = first read + 10 min.
		openedAt := e.clock.Now()
		if st, page := kb.get("/staff/replies/" + rid); st != 200 || !strings.Contains(page, "Dizzy "+marker) || !strings.Contains(page, "How is the new dose?") {
			t.Fatalf("member opens: %d %s", st, page)
		}
		var actor string
		if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'reply.open' AND object_id = $1`, rid).Scan(&actor); err != nil || actor != "staff:"+kim.id {
			t.Fatalf("open audited as %q (%v)", actor, err)
		}
		v, err := e.svc.GetReply(ctx, tn.id, rid)
		if err != nil || v.ShredDueAt == nil || !v.ShredDueAt.Equal(openedAt.Truncate(time.Microsecond).Add(10*time.Minute)) {
			t.Fatalf("after the first read: due %v, opened %v (%v)", v.ShredDueAt, openedAt, err)
		}
		kb.get("/staff/inbox")
		if !strings.Contains(kb.page, "Opened by Kim") {
			t.Fatalf("inbox after the read: %s", kb.page)
		}

		// An empty answer is refused with the form kept; an answer goes.
		kb.get("/staff/replies/" + rid)
		if st, page := kb.post("/staff/replies/"+rid+"/answer", url.Values{"body": {""}}); st != 422 || !strings.Contains(page, `id="answer-body-error"`) {
			t.Fatalf("empty answer: %d", st)
		}
		if st, page := kb.post("/staff/replies/"+rid+"/answer", url.Values{"body": {"Take it with food from tomorrow."}}); st != 200 ||
			!strings.Contains(page, `id="answer-sent"`) || !strings.Contains(page, "Answered by Kim") {
			t.Fatalf("answer: %d %s", st, page)
		}
		if st, page := kb.post("/staff/replies/"+rid+"/answer", url.Values{"body": {"again"}}); st != 409 || !strings.Contains(page, "already answered") {
			t.Fatalf("second answer: %d", st)
		}
		pt := patient.api("GET", "/v1/inbox/"+msg+"/thread")
		if !strings.Contains(string(pt.body), "Take it with food from tomorrow.") || strings.Count(string(pt.body), `"kind":"message"`) != 2 {
			t.Fatalf("the patient's conversation: %s", pt.body)
		}

		// The read TTL passes: the quick-removal pass shreds the reply.
		e.clock.Add(9 * time.Minute)
		if n, _, err := e.staff().RunShred(ctx, time.Minute); err != nil || n != 0 {
			t.Fatalf("shredded %d before the time (%v)", n, err)
		}
		e.clock.Add(2 * time.Minute)
		if _, _, err := e.staff().RunShred(ctx, time.Minute); err != nil {
			t.Fatal(err)
		}
		e.expect(e.do("GET", "/v1/replies/"+rid, tn.key, nil), 410, "urn:sealpost:problem:gone")
		kb = e.staffSignIn(t, kim) // the session idled out meanwhile
		kb.get("/staff/inbox")
		if !strings.Contains(kb.page, `data-removed="true"`) || strings.Contains(kb.page, `href="/staff/replies/`+rid+`"`) {
			t.Fatalf("inbox after the shred: %s", kb.page)
		}
		if st, _ := kb.get("/staff/replies/" + rid); st != 410 {
			t.Fatalf("opening a removed reply: %d", st)
		}
	})
}
