package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// Attachments of staff messages over real HTTP on both databases: the
// portal uploads to its own staff message, a pool member lists and
// downloads (API and page), another pool's member cannot, shredding (by an
// admin or by the policy) deletes the keys and the blob files, and neither
// the bytes nor the file name are ever in the database in clear.

// blobFileOf is the file holding an attachment's ciphertext ("" if none).
func (e *env) blobFileOf(id string) string {
	file := ""
	filepath.WalkDir(e.blobs.Path(), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(p, id) {
			file = p
		}
		return nil
	})
	return file
}

func (e *env) blobFileCount() int {
	n := 0
	filepath.WalkDir(e.blobs.Path(), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}

// staffGet downloads with the browser's staff cookie.
func (b *browser) staffGet(path string) (int, []byte, string) {
	b.t.Helper()
	res, err := b.c.Get(b.e.srv.URL + path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, body, res.Header.Get("Content-Disposition")
}

func TestStaffAttachments(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic")
		for _, pool := range []string{"billing", "pharmacy"} {
			e.expect(e.do("PUT", "/v1/staff-pools/"+pool, tn.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400}), 200, "")
		}
		ann := e.newStaff(t, relay, tn, "Ann", "member", "billing")
		pete := e.newStaff(t, relay, tn, "Pete", "member", "pharmacy")
		bob := e.newStaff(t, relay, tn, "Bob", "admin", "billing")
		r := e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:billing", "subject": "Claim", "body": "See the scan"})
		e.expect(r, 201, "")
		mid := r.json(t)["id"].(string)
		path := "/v1/staff-messages/" + mid + "/attachments"
		marker := fmt.Sprintf("QZW%dSATT", time.Now().UnixNano())
		disp := `attachment; filename="scan-` + marker + `.pdf"`

		// Bad headers, over the limit, a short body, an unknown message:
		// problem+json, and nothing stored (rows, keys or files).
		before := e.rowCounts()
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "application/pdf"), 422, api.ProblemValidation)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename=""`), 422, api.ProblemValidation)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "not a type", "Content-Disposition", disp), 422, api.ProblemValidation)
		e.expect(e.do("POST", path, tn.key, bytes.Repeat([]byte("x"), testAttachmentMax+1), "Content-Type", "application/pdf", "Content-Disposition", disp), 413, api.ProblemBodyTooLarge)
		e.expect(e.do("POST", "/v1/staff-messages/smg_06h045n3y309pm8x9asc2eb6xg/attachments", tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", disp), 404, api.ProblemNotFound)
		e.expect(e.do("POST", "/v1/staff-messages/msg_06h045n3y309pm8x9asc2eb6xg/attachments", tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", disp), 404, api.ProblemNotFound)
		conn, err := net.Dial("tcp", strings.TrimPrefix(e.srv.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/pdf\r\nContent-Disposition: %s\r\nContent-Length: 5000\r\n\r\n%s", path, tn.key, disp, strings.Repeat("y", 1000))
		conn.(*net.TCPConn).CloseWrite()
		reply, _ := io.ReadAll(conn)
		conn.Close()
		if !bytes.Contains(reply, []byte("400 Bad Request")) || !bytes.Contains(reply, []byte(api.ProblemUploadTruncated)) {
			t.Fatalf("truncated upload: %s", reply)
		}
		after := e.rowCounts()
		delete(before, "audit_events")
		delete(after, "audit_events")
		if fmt.Sprint(after) != fmt.Sprint(before) || e.blobFileCount() != 0 {
			t.Fatalf("refused uploads left rows or files:\n%v\n%v (%d files)", before, after, e.blobFileCount())
		}

		// The upload: sealed name, encrypted bytes, audited.
		data := []byte("%PDF-1.4 " + marker + strings.Repeat(" scan", 1000))
		ar := e.do("POST", path, tn.key, data, "Content-Type", "application/pdf", "Content-Disposition", disp)
		e.expect(ar, 201, "")
		av := ar.json(t)
		aid := av["id"].(string)
		if av["name"] != "scan-"+marker+".pdf" || av["size"] != float64(len(data)) {
			t.Fatalf("upload answer: %v", av)
		}
		if e.auditCount(staff.ActionAttachmentUpload) != 1 {
			t.Fatal("upload not audited")
		}
		file := e.blobFileOf(aid)
		if file == "" {
			t.Fatal("no blob file")
		}
		if raw, err := os.ReadFile(file); err != nil || bytes.Contains(raw, []byte(marker)) {
			t.Fatalf("blob in clear (%v)", err)
		}

		// A pool member sees it on the message (API and page) and downloads it.
		o := ann.b.staffAPI("GET", "/v1/staff-inbox/"+mid, nil)
		if o.status != 200 || !strings.Contains(string(o.body), `"name":"scan-`+marker+`.pdf"`) || !strings.Contains(string(o.body), aid) {
			t.Fatalf("open: %d %s", o.status, o.body)
		}
		opens := e.auditCount(staff.ActionAttachmentOpen)
		st, body, cd := ann.b.staffGet("/v1/staff-inbox/" + mid + "/attachments/" + aid)
		if st != 200 || !bytes.Equal(body, data) || !strings.Contains(cd, "scan-"+marker+".pdf") {
			t.Fatalf("download: %d %q (%d bytes)", st, cd, len(body))
		}
		link := "/staff/messages/" + mid + "/attachments/" + aid
		if st, page := ann.b.get("/staff/messages/" + mid); st != 200 || !strings.Contains(page, `href="`+link+`"`) || !strings.Contains(page, "scan-"+marker+".pdf") {
			t.Fatalf("message page: %d %s", st, page)
		}
		if st, body, _ := ann.b.staffGet(link); st != 200 || !bytes.Equal(body, data) {
			t.Fatalf("page download: %d (%d bytes)", st, len(body))
		}
		if got := e.auditCount(staff.ActionAttachmentOpen) - opens; got != 2 {
			t.Fatalf("%d staff_attachment.open events, want 2", got)
		}
		// Another pool's member: not found (API and page), audited.
		denied := e.refused(staff.ActionStaffDenied)
		expectT(t, pete.b.staffAPI("GET", "/v1/staff-inbox/"+mid+"/attachments/"+aid, nil), 404, api.ProblemNotFound)
		if st, body, _ := pete.b.staffGet(link); st != 404 || bytes.Contains(body, data[:20]) {
			t.Fatalf("other pool's page download: %d", st)
		}
		if got := e.refused(staff.ActionStaffDenied) - denied; got != 2 {
			t.Fatalf("%d refusals audited, want 2", got)
		}
		// An unknown attachment of a visible message: 404.
		expectT(t, ann.b.staffAPI("GET", "/v1/staff-inbox/"+mid+"/attachments/sat_06h045n3y309pm8x9asc2eb6xg", nil), 404, api.ProblemNotFound)

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

		// An admin shreds the message: the attachment's key and file go,
		// downloads answer 410, and nothing more can be attached.
		expectT(t, bob.b.staffAPI("POST", "/v1/staff-inbox/"+mid+"/shred", nil), 204, "")
		if n := e.raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "attachment/"+aid); n != 0 {
			t.Fatal("attachment key not deleted by the shred")
		}
		if _, err := os.Stat(file); !os.IsNotExist(err) {
			t.Fatalf("blob file still there after the shred: %v", err)
		}
		expectT(t, ann.b.staffAPI("GET", "/v1/staff-inbox/"+mid+"/attachments/"+aid, nil), 410, api.ProblemGone)
		if st, _, _ := ann.b.staffGet(link); st != 410 {
			t.Fatalf("page download after shred: %d", st)
		}
		n := e.raw.Int(`SELECT COUNT(*) FROM staff_attachments`)
		e.expect(e.do("POST", path, tn.key, "x", "Content-Type", "application/pdf", "Content-Disposition", disp), 410, api.ProblemGone)
		if e.raw.Int(`SELECT COUNT(*) FROM staff_attachments`) != n || e.blobFileCount() != 0 {
			t.Fatal("an upload to a shredded message stored something")
		}

		// The policy's shredding job does the same.
		r = e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:billing", "subject": "Later", "body": "Later"})
		e.expect(r, 201, "")
		m2 := r.json(t)["id"].(string)
		ar = e.do("POST", "/v1/staff-messages/"+m2+"/attachments", tn.key, "second", "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="b.txt"`)
		e.expect(ar, 201, "")
		a2 := ar.json(t)["id"].(string)
		if e.blobFileOf(a2) == "" {
			t.Fatal("no blob file")
		}
		e.clock.Add(24*time.Hour + time.Minute)
		// Past its removal time, before the pass runs: already gone.
		ann2 := e.staffSignIn(t, ann)
		expectT(t, ann2.staffAPI("GET", "/v1/staff-inbox/"+m2+"/attachments/"+a2, nil), 410, api.ProblemGone)
		e.expect(e.do("POST", "/v1/staff-messages/"+m2+"/attachments", tn.key, "x", "Content-Type", "text/plain", "Content-Disposition", `attachment; filename="c.txt"`), 410, api.ProblemGone)
		if n, _, err := e.staff().RunShred(context.Background(), time.Minute); err != nil || n != 1 {
			t.Fatalf("shred: %d %v", n, err)
		}
		if e.raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "attachment/"+a2) != 0 || e.blobFileOf(a2) != "" {
			t.Fatal("the shredding job left the attachment's key or file")
		}
		expectT(t, ann2.staffAPI("GET", "/v1/staff-inbox/"+m2+"/attachments/"+a2, nil), 410, api.ProblemGone)
	})
}
