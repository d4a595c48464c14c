package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// upload posts raw bytes to an inbox route with the session's CSRF token
// and Origin; hdr are header name/value pairs.
func (b *browser) upload(path string, data []byte, hdr ...string) resp {
	b.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, bytes.NewReader(data))
	req.Header.Set("X-CSRF-Token", b.sessionCSRF())
	req.Header.Set("Origin", b.e.srv.URL)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, out}
}

// TestReplyAttachments (issue 18 item 5) on both databases: the patient
// adds files to their reply (within 15 minutes, at most 5); the portal
// and the reply pool's staff download them, audited; another recipient,
// another pool's member and bad uploads are refused with nothing stored;
// neither the bytes nor the file name are ever in clear in the database or
// the logs; shredding the reply (retention) deletes the keys and files.
func TestReplyAttachments(t *testing.T) {
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
		patient, other := e.browser(t), e.browser(t)
		e.enrol(t, patient, tn, "pat-x")
		e.enrol(t, other, tn, "pat-y")
		msg, _ := e.sendTo(tn, "pat-x", "care_chat", "", "Check-in", "Send a photo of the rash")
		msg2, _ := e.sendTo(tn, "pat-x", "care_chat", "", "Other", "Another question")
		r := patient.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "Here it is"})
		expectT(t, r, 201, "")
		rid := r.json(t)["id"].(string)
		path := "/v1/inbox/" + msg + "/replies/" + rid + "/attachments"
		marker := fmt.Sprintf("RATT%dMARK", time.Now().UnixNano())
		disp := `attachment; filename="rash-` + marker + `.jpg"`
		data := []byte("JFIF " + marker + strings.Repeat(" pixels", 1000))

		// Refusals: nothing stored, no file.
		before := e.rowCounts()
		expectT(t, patient.upload(path, data, "Content-Type", "image/jpeg"), 422, api.ProblemValidation)
		expectT(t, patient.upload(path, data, "Content-Type", "not a type", "Content-Disposition", disp), 422, api.ProblemValidation)
		expectT(t, other.upload(path, data, "Content-Type", "image/jpeg", "Content-Disposition", disp), 404, api.ProblemNotFound)
		expectT(t, patient.upload("/v1/inbox/"+msg2+"/replies/"+rid+"/attachments", data, "Content-Type", "image/jpeg", "Content-Disposition", disp), 404, api.ProblemNotFound)
		expectT(t, patient.upload("/v1/inbox/"+msg+"/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments", data, "Content-Type", "image/jpeg", "Content-Disposition", disp), 404, api.ProblemNotFound)
		after := e.rowCounts()
		delete(before, "audit_events")
		delete(after, "audit_events")
		if fmt.Sprint(after) != fmt.Sprint(before) || e.blobFileCount() != 0 {
			t.Fatalf("refused uploads left rows or files:\n%v\n%v (%d files)", before, after, e.blobFileCount())
		}

		// The upload: sealed name, encrypted bytes, audited.
		ar := patient.upload(path, data, "Content-Type", "image/jpeg", "Content-Disposition", disp)
		expectT(t, ar, 201, "")
		aid := ar.json(t)["id"].(string)
		if av := ar.json(t); av["name"] != "rash-"+marker+".jpg" || av["size"] != float64(len(data)) {
			t.Fatalf("upload answer: %v", av)
		}
		if e.auditCount(service.ActionReplyAttachmentUpload) != 1 {
			t.Fatal("upload not audited")
		}
		file := e.blobFileOf(aid)
		if file == "" {
			t.Fatal("no blob file")
		}
		if raw, err := os.ReadFile(file); err != nil || bytes.Contains(raw, []byte(marker)) {
			t.Fatalf("blob in clear (%v)", err)
		}
		// Four more fit; a sixth is refused and stores nothing.
		for i := range 4 {
			expectT(t, patient.upload(path, []byte("more"), "Content-Type", "text/plain", "Content-Disposition", fmt.Sprintf(`attachment; filename="n%d.txt"`, i)), 201, "")
		}
		n, files := e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`), e.blobFileCount()
		expectT(t, patient.upload(path, []byte("six"), "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="six.txt"`), 409, api.ProblemLimitReached)
		if e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`) != n || e.blobFileCount() != files || n != 5 {
			t.Fatal("a sixth file was stored")
		}
		// Too late: a reply sent more than 15 minutes ago takes no files.
		r2 := patient.apiJSON("POST", "/v1/inbox/"+msg+"/replies", map[string]string{"body": "later"})
		expectT(t, r2, 201, "")
		rid2 := r2.json(t)["id"].(string)
		e.raw.Exec(`UPDATE replies SET created_at = created_at - $1 WHERE id = $2`, (16 * time.Minute).Microseconds(), rid2)
		expectT(t, patient.upload("/v1/inbox/"+msg+"/replies/"+rid2+"/attachments", data, "Content-Type", "image/jpeg", "Content-Disposition", disp), 409, api.ProblemLimitReached)
		if e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`) != n || e.blobFileCount() != files {
			t.Fatal("a late file was stored")
		}

		// The portal sees the files on the reply and downloads one (audited).
		o := e.do("GET", "/v1/replies/"+rid, tn.key, nil)
		if o.status != 200 || !strings.Contains(string(o.body), `"name":"rash-`+marker+`.jpg"`) || !strings.Contains(string(o.body), aid) {
			t.Fatalf("open: %d %s", o.status, o.body)
		}
		d := e.do("GET", "/v1/replies/"+rid+"/attachments/"+aid, tn.key, nil)
		if d.status != 200 || !bytes.Equal(d.body, data) || !strings.Contains(d.header.Get("Content-Disposition"), "rash-"+marker+".jpg") {
			t.Fatalf("portal download: %d (%d bytes)", d.status, len(d.body))
		}
		expectT(t, e.do("GET", "/v1/replies/"+rid+"/attachments/rat_06h045n3y309pm8x9asc2eb6xg", tn.key, nil), 404, api.ProblemNotFound)
		// The patient's thread lists them.
		if th := patient.api("GET", "/v1/inbox/"+msg+"/thread"); th.status != 200 || !strings.Contains(string(th.body), "rash-"+marker+".jpg") {
			t.Fatalf("thread: %d %s", th.status, th.body)
		}

		if st, page := patient.get("/inbox/" + msg); st != 200 || !strings.Contains(page, "rash-"+marker+".jpg") {
			t.Fatalf("patient's message page: %d", st)
		}
		// A pool member downloads from the staff page; another pool's member
		// cannot (audited). Each download is audited as the staff member.
		link := "/staff/replies/" + rid + "/attachments/" + aid
		kb := e.staffSignIn(t, kim)
		if st, page := kb.get("/staff/replies/" + rid); st != 200 || !strings.Contains(page, `href="`+link+`"`) || !strings.Contains(page, "rash-"+marker+".jpg") {
			t.Fatalf("staff reply page: %d %s", st, page)
		}
		if st, body, cd := kb.staffGet(link); st != 200 || !bytes.Equal(body, data) || !strings.Contains(cd, "rash-"+marker+".jpg") {
			t.Fatalf("staff download: %d %q", st, cd)
		}
		pb := e.staffSignIn(t, pia)
		if st, body, _ := pb.staffGet(link); st != 404 || bytes.Contains(body, []byte(marker)) {
			t.Fatalf("another pool's member downloads: %d", st)
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND actor LIKE 'staff:%'`, service.ActionReplyAttachmentOpen); got != 1 {
			t.Fatalf("%d staff downloads audited, want 1", got)
		}
		if got := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND actor LIKE 'api_key:%'`, service.ActionReplyAttachmentOpen); got != 1 {
			t.Fatalf("%d portal downloads audited, want 1", got)
		}

		// Neither the bytes nor the name are in the database in clear.
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				if bytes.Contains(v, []byte(marker)) || bytes.Contains(v, []byte(fmt.Sprintf("%x", marker))) {
					t.Errorf("marker in table %s", tbl)
				}
			}
		}
		if kind == "sqlite" {
			for _, f := range []string{e.db.Path, e.db.Path + "-wal"} {
				if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, []byte(marker)) {
					t.Errorf("marker in %s", f)
				}
			}
		}
		if bytes.Contains(e.logs.Bytes(), []byte(marker)) {
			t.Error("marker in the logs")
		}

		// Retention shreds the reply: the attachments' keys go with its own,
		// then the files; downloads answer 410, uploads store nothing.
		if err := e.svc.SetReplyShredDue(ctx, tn.id, rid, e.clock.Now().Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		e.clock.Add(2 * time.Minute)
		if res, err := e.svc.RunRetention(ctx, time.Minute); err != nil || res.Replies != 1 {
			t.Fatalf("retention: %+v %v", res, err)
		}
		if k := e.raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner IN (SELECT 'attachment/' || id FROM reply_attachments WHERE reply_id = $1)`, rid); k != 0 {
			t.Fatalf("%d attachment keys left after the shred", k)
		}
		if _, err := os.Stat(file); !os.IsNotExist(err) {
			t.Fatalf("blob file still there after the shred: %v", err)
		}
		if e.blobFileCount() != 0 {
			t.Fatalf("%d blob files left", e.blobFileCount())
		}
		expectT(t, e.do("GET", "/v1/replies/"+rid+"/attachments/"+aid, tn.key, nil), 410, api.ProblemGone)
		if st, body, _ := kb.staffGet(link); st != 410 || bytes.Contains(body, data[:20]) {
			t.Fatalf("staff download after shred: %d", st)
		}
		n = e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`)
		expectT(t, patient.upload(path, []byte("x"), "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="x.txt"`), 410, api.ProblemGone)
		if e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`) != n || e.blobFileCount() != 0 {
			t.Fatal("an upload to a shredded reply stored something")
		}
	})
}

// replyAttachmentCrossTenantCase: tenant B's key cannot download tenant
// A's reply attachment (404, nothing audited as an open).
func replyAttachmentCrossTenantCase(e *env, a, b tenant, recipientID, msg, replyID string) func(t *testing.T) {
	ctx := context.Background()
	av, err := e.svc.UploadReplyAttachment(ctx, service.Session{TenantID: a.id, RecipientID: recipientID, Stage: store.StageActive}, msg, replyID,
		service.UploadInput{Name: "a.txt", ContentType: "text/plain", Body: strings.NewReader("alpha file"), Declared: 10})
	if err != nil {
		e.t.Fatal(err)
	}
	return func(t *testing.T) {
		opens := e.auditCount(service.ActionReplyAttachmentOpen)
		r := e.do("GET", "/v1/replies/"+replyID+"/attachments/"+av.ID, b.key, nil)
		expectT(t, r, 404, api.ProblemNotFound)
		if bytes.Contains(r.body, []byte("alpha file")) || e.auditCount(service.ActionReplyAttachmentOpen) != opens {
			t.Fatal("B reached A's reply attachment")
		}
	}
}

// postMultipart submits a form as multipart/form-data (fields in order,
// then the file part if name is set), with the page's CSRF token.
func (b *browser) postMultipart(path, body, name string, data []byte) (int, string) {
	b.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", b.csrf())
	mw.WriteField("body", body)
	if name != "" {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(data)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", b.e.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	return b.do(req)
}

// TestReplyFormFile: the hosted reply form sends a file with the reply
// (multipart); a refused file leaves the reply sent and says so; no file
// is just a reply; a bad CSRF token stores nothing.
func TestReplyFormFile(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		e.expect(e.do("PUT", "/v1/categories/care_chat", tn.key, replyCategory(30)), 200, "")
		b := e.browser(t)
		e.enrol(t, b, tn, "pat-f")
		msg, _ := e.sendTo(tn, "pat-f", "care_chat", "", "Check-in", "Send the scan")
		b.get("/inbox/" + msg)
		if !strings.Contains(b.page, `enctype="multipart/form-data"`) || !strings.Contains(b.page, `<label for="reply-file">`) {
			t.Fatalf("reply form: %s", b.page)
		}
		marker := fmt.Sprintf("RFRM%dMARK", time.Now().UnixNano())
		data := []byte("%PDF " + marker)
		if st, page := b.postMultipart("/inbox/"+msg+"/reply", "Here is the scan", "scan-"+marker+".pdf", data); st != 200 ||
			!strings.Contains(page, `id="reply-sent"`) || strings.Contains(page, `id="reply-file-failed"`) || !strings.Contains(page, "scan-"+marker+".pdf") {
			t.Fatalf("reply with a file: %d %s", st, page)
		}
		var rid string
		if err := e.raw.QueryRow(`SELECT reply_id FROM reply_attachments`).Scan(&rid); err != nil {
			t.Fatal(err)
		}
		aid := ""
		if err := e.raw.QueryRow(`SELECT id FROM reply_attachments`).Scan(&aid); err != nil {
			t.Fatal(err)
		}
		if d := e.do("GET", "/v1/replies/"+rid+"/attachments/"+aid, tn.key, nil); d.status != 200 || !bytes.Equal(d.body, data) {
			t.Fatalf("download of the form's file: %d", d.status)
		}
		// The page links the file for the patient, who downloads it there.
		link := "/inbox/" + msg + "/replies/" + rid + "/attachments/" + aid
		if !strings.Contains(b.page, `href="`+link+`"`) {
			t.Fatalf("no download link %s on the page", link)
		}
		if st, body, cd := b.staffGet(link); st != 200 || !bytes.Equal(body, data) || !strings.Contains(cd, "scan-"+marker+".pdf") {
			t.Fatalf("patient's download from the page: %d %q", st, cd)
		}
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				if bytes.Contains(v, []byte(marker)) {
					t.Errorf("marker in table %s", tbl)
				}
			}
		}
		// No file: just the reply.
		if st, page := b.postMultipart("/inbox/"+msg+"/reply", "No file this time", "", nil); st != 200 || !strings.Contains(page, `id="reply-sent"`) {
			t.Fatalf("reply without a file: %d", st)
		}
		// A bad file name: the reply is sent, the file refused and said so.
		if st, page := b.postMultipart("/inbox/"+msg+"/reply", "Bad name", `a"b.pdf`, []byte("x")); st != 200 || !strings.Contains(page, `id="reply-file-failed"`) {
			t.Fatalf("refused file: %d %s", st, page)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`); n != 1 {
			t.Fatalf("%d attachments, want 1", n)
		}
		// A forged form (wrong CSRF token): nothing stored.
		replies := e.raw.Int(`SELECT COUNT(*) FROM replies`)
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("csrf", "forged")
		mw.WriteField("body", "forged")
		fw, _ := mw.CreateFormFile("file", "f.txt")
		fw.Write([]byte("forged"))
		mw.Close()
		req, _ := http.NewRequest("POST", e.srv.URL+"/inbox/"+msg+"/reply", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Origin", e.srv.URL)
		if st, _ := b.do(req); st != 403 {
			t.Fatalf("forged form: %d", st)
		}
		if e.raw.Int(`SELECT COUNT(*) FROM replies`) != replies || e.raw.Int(`SELECT COUNT(*) FROM reply_attachments`) != 1 || e.blobFileCount() != 1 {
			t.Fatal("a forged form stored something")
		}
	})
}
