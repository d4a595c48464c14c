package api_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestRetentionShreds: with the service clock moved, the retention pass
// crypto-shreds exactly the messages whose expires_at or category retention
// passed — data keys, sealed columns, attachment keys and files, links,
// queued deliveries — once each, with one audit event per message; the
// tenant sees status "expired", the recipient a content-free inbox entry;
// a changed category retention and messages from before retention existed
// are planned by the pass; shredded metadata goes after the metadata
// retention while the audit chain stays.
func TestRetentionShreds(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		ctx := context.Background()
		tn := e.tenant("clinic")
		k := edKey(t, "k1")
		e.expect(e.do("PUT", "/v1/settings/user-token-keys", tn.key, map[string]any{"jwks": keySet(k)}), 200, "")
		e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org"})

		run := func() service.RetentionResult {
			t.Helper()
			res, err := e.svc.RunRetention(ctx, 30*time.Second)
			if err != nil || res.More {
				t.Fatalf("retention pass: %+v %v", res, err)
			}
			return res
		}
		// m1: expires in an hour, with an attachment; m2: registration
		// (30-day retention); m3: an ordinary message (two years).
		exp := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
		m1 := e.send(tn, map[string]any{"recipient": "pat-1", "category": "account_message", "subject": "Soon gone", "body": "Short-lived body", "expires_at": exp})["id"].(string)
		ar := e.do("POST", "/v1/messages/"+m1+"/attachments", tn.key, "pdf bytes", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="r.pdf"`)
		e.expect(ar, 201, "")
		m2, _ := e.sendTo(tn, "pat-1", "account_registration", "", "Welcome", "Register here")
		m3, _ := e.sendTo(tn, "pat-1", "account_message", "", "Kept", "Kept body")
		blobFiles := func() int {
			n := 0
			_ = filepath.Walk(e.blobs.Path(), func(_ string, fi os.FileInfo, err error) error {
				if err == nil && !fi.IsDir() {
					n++
				}
				return nil
			})
			return n
		}
		if blobFiles() != 1 {
			t.Fatalf("attachment files before: %d", blobFiles())
		}

		if res := run(); res.Shredded != 0 || res.Planned != 0 {
			t.Fatalf("nothing is due yet: %+v", res)
		}

		// Two hours later: m1 only.
		e.clock.Add(2 * time.Hour)
		before := e.auditCount("message.expire")
		if res := run(); res.Shredded != 1 {
			t.Fatalf("after expires_at: %+v", res)
		}
		if e.auditCount("message.expire") != before+1 {
			t.Fatal("no audit event for the shred")
		}
		var actor string
		if err := e.raw.QueryRow(`SELECT actor FROM audit_events WHERE action = 'message.expire' AND object_id = $1`, m1).Scan(&actor); err != nil || actor != service.RetentionActor {
			t.Fatalf("expire audit actor %q %v", actor, err)
		}
		v := e.do("GET", "/v1/messages/"+m1, tn.key, nil)
		e.expect(v, 200, "")
		if j := v.json(t); j["status"] != "expired" || j["expired_at"] == nil || j["revoked_at"] != nil {
			t.Fatalf("expired message view %s", v.body)
		}
		var keys, live, subj int
		_ = e.raw.QueryRow(`SELECT COUNT(*) FROM data_keys WHERE owner = $1 OR owner LIKE 'attachment/%'`, "message/"+m1).Scan(&keys)
		// No link of the message opens anything: disabled, or past its own expiry.
		_ = e.raw.QueryRow(`SELECT COUNT(*) FROM links WHERE message_id = $1 AND revoked_at IS NULL AND expires_at > $2`, m1, e.clock.Now().UnixMicro()).Scan(&live)
		_ = e.raw.QueryRow(`SELECT COUNT(*) FROM messages WHERE id = $1 AND (subject IS NOT NULL OR body IS NOT NULL OR notice_vars IS NOT NULL)`, m1).Scan(&subj)
		if keys != 0 || live != 0 || subj != 0 || blobFiles() != 0 {
			t.Fatalf("after the shred: %d data keys, %d live links, %d sealed rows, %d attachment files", keys, live, subj, blobFiles())
		}
		var queued int
		_ = e.raw.QueryRow(`SELECT COUNT(*) FROM deliveries WHERE message_id = $1 AND status = 'queued'`, m1).Scan(&queued)
		if queued != 0 {
			t.Fatalf("%d deliveries still queued", queued)
		}
		if res := run(); res.Shredded != 0 {
			t.Fatalf("a second pass shredded again: %+v", res)
		}

		// The recipient keeps a content-free entry; the count ignores it.
		tok := k.sign(t, e.claims(tn.id, "pat-1", nil))
		in := e.withToken("GET", "/v1/inbox", tok)
		e.expect(in, 200, "")
		if strings.Contains(string(in.body), "Soon gone") || !strings.Contains(string(in.body), `"expired":true`) {
			t.Fatalf("inbox after expiry: %s", in.body)
		}
		if n := in.json(t)["unread"].(float64); n != 2 {
			t.Fatalf("unread %v, want 2", n)
		}
		e.expect(e.withToken("GET", "/v1/inbox/"+m1, tok), 410, api.ProblemGone)
		e.expect(e.do("DELETE", "/v1/messages/"+m1, tn.key, nil), 410, api.ProblemGone)

		// Thirty-one days on: the registration message's retention passed.
		e.clock.Add(31 * 24 * time.Hour)
		if res := run(); res.Shredded != 1 {
			t.Fatalf("after 31 days: %+v", res)
		}
		if j := e.do("GET", "/v1/messages/"+m2, tn.key, nil).json(t); j["status"] != "expired" {
			t.Fatalf("registration message %v", j)
		}

		// A retention shorter than the link lifetime is refused, nothing written.
		cat := categoryBody("New message")
		cat["retention_days"] = 1
		rows := e.rowCounts()
		rr := e.do("PUT", "/v1/categories/account_message", tn.key, cat)
		e.expect(rr, 422, api.ProblemValidation)
		if !strings.Contains(string(rr.body), "/retention_days") {
			t.Fatalf("refusal %s", rr.body)
		}
		if after := e.rowCounts(); after["categories"] != rows["categories"] || after["audit_events"] != rows["audit_events"] {
			t.Fatal("a refused category wrote rows")
		}
		// A shorter retention for account_message makes m3 (31 days old) due.
		cat["link_lifetime_hours"] = 24
		cat["retention_days"] = 7
		e.expect(e.do("PUT", "/v1/categories/account_message", tn.key, cat), 200, "")
		if res := run(); res.Planned != 1 || res.Shredded != 1 {
			t.Fatalf("after the retention change: %+v", res)
		}

		if j := e.do("GET", "/v1/messages/"+m3, tn.key, nil).json(t); j["status"] != "expired" {
			t.Fatalf("message after its category's retention shrank %v", j)
		}

		// A message from before retention existed (no due time) is planned
		// by the pass — and, already older than its retention, shredded.
		m4, _ := e.sendTo(tn, "pat-1", "account_message", "", "Old style", "Old body")
		if e.raw.Exec(`UPDATE messages SET shred_due = NULL WHERE id = $1`, m4) != 1 {
			t.Fatal("legacy message not reset")
		}
		if res := run(); res.Planned != 1 || res.Shredded != 1 {
			t.Fatalf("legacy message: %+v", res)
		}
		st, err := e.svc.RetentionStatus(ctx)
		if err != nil || st.Due != 0 || st.Unplanned != 0 || st.ShreddedSince < 1 {
			t.Fatalf("status %+v %v", st, err)
		}

		// Six years and a day on, the shredded messages' metadata goes;
		// their audit events stay.
		audits := e.raw.Int(`SELECT COUNT(*) FROM audit_events`)
		e.clock.Add(6*365*24*time.Hour + 24*time.Hour)
		if res := run(); res.Shredded != 0 || res.Purged != 4 {
			t.Fatalf("after six years: %+v", res)
		}
		for _, id := range []string{m1, m2, m3, m4} {
			e.expect(e.do("GET", "/v1/messages/"+id, tn.key, nil), 404, api.ProblemNotFound)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM deliveries`) + e.raw.Int(`SELECT COUNT(*) FROM links`) + e.raw.Int(`SELECT COUNT(*) FROM attachments`); n != 0 {
			t.Fatalf("%d metadata rows left", n)
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM audit_events`); got < audits {
			t.Fatalf("audit events went from %d to %d", audits, got)
		}
	})
}

// TestExpiredInHostedInbox: on the hosted inbox page an expired message is
// a content-free entry that cannot be opened, not a gap in the list.
func TestExpiredInHostedInbox(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	u := e.enrol(t, b, tn, "pat-h")
	exp := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	id := e.send(tn, map[string]any{"recipient": "pat-h", "category": "account_message", "subject": "Your statement QZX", "body": "Body", "expires_at": exp})["id"].(string)
	e.clock.Add(2 * time.Hour)
	if res, err := e.svc.RunRetention(context.Background(), 30*time.Second); err != nil || res.Shredded != 1 {
		t.Fatalf("retention %+v %v", res, err)
	}
	e.signIn(t, b, u, "/inbox")
	if st, page := b.get("/inbox"); st != 200 || !strings.Contains(page, "This message has expired") || strings.Contains(page, "QZX") ||
		strings.Contains(page, `href="/inbox/`+id+`"`) {
		t.Fatalf("hosted inbox after expiry: %d %s", st, page)
	}
	if st, _ := b.get("/inbox/" + id); st != 410 {
		t.Fatalf("opening the expired message: %d", st)
	}
}
