package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/staff"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// The staff mailbox (issue 18) over real HTTP on both databases: invitation
// by email through a real loopback SMTP server, enrolment with password and
// TOTP, sign-in, pools and their quick-removal policy, the route matrix.

func (e *env) staff() *staff.Service {
	s := e.srv.Config.Handler.(*api.Server).Staff()
	s.SetPasswordParams(password.TestParams)
	return s
}

// staffUser is an enrolled staff member with a signed-in browser.
type staffUser struct {
	b      *browser
	id     string
	email  string
	secret string
	tn     tenant
}

// staffNotices sends every queued staff notice through a real SMTP server
// and returns the messages it received.
func (e *env) staffNotices(t *testing.T, relay *testsmtp.Server) []testsmtp.Message {
	t.Helper()
	sender, err := email.New(email.Config{Host: relay.Host, Port: relay.Port, CAFile: relay.CAFile, From: "Acme Health <notices@acme.example>", PoolSize: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	before := len(relay.Messages())
	var args []jobs.StaffNotice
	for {
		var id int64
		var raw []byte
		if err := e.raw.QueryRow(`SELECT id, args FROM river_job WHERE kind = $1 AND state = 'available' ORDER BY id LIMIT 1`, jobs.StaffNotice{}.Kind()).Scan(&id, &raw); err != nil {
			break // no more
		}
		var a jobs.StaffNotice
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatal(err)
		}
		if err := e.staff().SendNotice(context.Background(), sender, a); err != nil {
			t.Fatal(err)
		}
		e.raw.Exec(`DELETE FROM river_job WHERE id = $1`, id) // done
		args = append(args, a)
	}
	return relay.Wait(before+len(args), 10*time.Second)[before:]
}

var inviteRE = regexp.MustCompile(`/staff/invite/[0-9a-z]+`)

func mailText(m testsmtp.Message) string {
	return strings.NewReplacer("=\r\n", "", "=3D", "=").Replace(string(m.Data))
}

// newStaff creates a staff account through the tenant API, takes its
// invitation from the email, and enrols through the pages.
func (e *env) newStaff(t *testing.T, relay *testsmtp.Server, tn tenant, name, role string, pools ...string) staffUser {
	t.Helper()
	addr := strings.ToLower(name) + "@staff.example"
	r := e.do("POST", "/v1/staff", tn.key, map[string]any{"email": addr, "name": name, "role": role, "pools": pools})
	e.expect(r, 201, "")
	id := r.json(t)["id"].(string)
	if strings.Contains(string(r.body), "/staff/invite/") {
		t.Fatalf("the API answer carries the invitation: %s", r.body)
	}
	msgs := e.staffNotices(t, relay)
	if len(msgs) != 1 || msgs[0].To[0] != addr {
		t.Fatalf("invitation notices: %+v", msgs)
	}
	link := inviteRE.FindString(mailText(msgs[0]))
	if link == "" {
		t.Fatalf("no invitation link in %s", msgs[0].Data)
	}
	b := e.browser(t)
	if st, _ := b.get(link); st != 200 || !strings.Contains(b.page, "staff-invite-continue") {
		t.Fatalf("invitation page: %d %s", st, b.page)
	}
	if st, page := b.post(link, nil); st != 200 || b.url != "/staff/enrol" {
		t.Fatalf("accept invitation → %d %s %s", st, b.url, page)
	}
	m := secretRE.FindStringSubmatch(b.page)
	if m == nil {
		t.Fatalf("no TOTP secret on the enrolment page: %s", b.page)
	}
	secret := strings.ReplaceAll(m[1], " ", "")
	// Password and code are both required: a wrong code enrols nothing.
	if st, _ := b.post("/staff/enrol", url.Values{"password": {testPassword}, "confirm": {testPassword}, "code": {"000000"}}); st != 422 || !strings.Contains(b.page, `id="code-error"`) {
		t.Fatalf("wrong code at enrolment: %d", st)
	}
	if st, page := b.post("/staff/enrol", url.Values{"password": {testPassword}, "confirm": {testPassword}, "code": {code(t, secret, e.clock.Now())}}); st != 200 || b.url != "/staff/inbox" {
		t.Fatalf("enrol → %d %s %s", st, b.url, page)
	}
	// The invitation works once.
	if st, _ := e.browser(t).get(link); st != 404 {
		t.Fatalf("used invitation: %d", st)
	}
	return staffUser{b: b, id: id, email: addr, secret: secret, tn: tn}
}

// staffSignIn signs u in on a fresh browser (the clock moves a TOTP step).
func (e *env) staffSignIn(t *testing.T, u staffUser) *browser {
	t.Helper()
	e.clock.Add(30 * time.Second)
	b := e.staffPassword(t, u)
	if st, page := b.post("/staff/signin/factor", url.Values{"code": {code(t, u.secret, e.clock.Now())}}); st != 200 || b.url != "/staff/inbox" {
		t.Fatalf("staff sign-in, code → %d %s %s", st, b.url, page)
	}
	return b
}

// staffPassword passes the first step of u's sign-in (email and password)
// on a fresh browser, which is then at the second step.
func (e *env) staffPassword(t *testing.T, u staffUser) *browser {
	t.Helper()
	b := e.browser(t)
	b.get("/staff/signin?tenant=" + u.tn.id)
	if st, page := b.post("/staff/signin", url.Values{"tenant": {u.tn.id}, "email": {u.email}, "password": {testPassword}}); st != 200 || b.url != "/staff/signin/factor" {
		t.Fatalf("staff sign-in, password → %d %s %s", st, b.url, page)
	}
	return b
}

// staffAPI calls a staff route; unsafe methods send the session's CSRF token.
func (b *browser) staffAPI(method, path string, body any) resp {
	b.t.Helper()
	var rd io.Reader
	if body != nil {
		j, _ := json.Marshal(body)
		rd = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, b.e.srv.URL+path, rd)
	if method != "GET" {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-CSRF-Token", b.staffCSRF())
		req.Header.Set("Origin", b.e.srv.URL)
	}
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	out, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, out}
}

func (b *browser) staffCSRF() string {
	b.t.Helper()
	req, _ := http.NewRequest("GET", b.e.srv.URL+"/v1/staff-session", nil)
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	m := regexp.MustCompile(`"csrf_token":"([^"]+)"`).FindSubmatch(body)
	if m == nil {
		return ""
	}
	return string(m[1])
}

func TestStaffMailbox(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic")
		// A pool with a 5-minute read policy and a day's maximum age.
		r := e.do("PUT", "/v1/staff-pools/billing", tn.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400})
		e.expect(r, 200, "")
		e.expect(e.do("PUT", "/v1/staff-pools/billing", tn.key, map[string]any{"read_ttl_seconds": 5, "max_age_seconds": 86400}), 422, api.ProblemValidation)
		e.expect(e.do("PUT", "/v1/staff-pools/Bad_Pool", tn.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400}), 422, api.ProblemValidation)
		e.expect(e.do("POST", "/v1/staff", tn.key, map[string]any{"email": "not-an-email", "role": "boss"}), 422, api.ProblemValidation)
		ann := e.newStaff(t, relay, tn, "Ann", "member", "billing")
		bob := e.newStaff(t, relay, tn, "Bob", "admin", "billing", "pharmacy")
		e.expect(e.do("POST", "/v1/staff", tn.key, map[string]any{"email": ann.email, "role": "member"}), 409, api.ProblemLimitReached)
		if l := e.do("GET", "/v1/staff", tn.key, nil); l.status != 200 || !strings.Contains(string(l.body), ann.id) || strings.Contains(string(l.body), ann.email) {
			t.Fatalf("staff list: %d %s", l.status, l.body)
		}
		if l := e.do("GET", "/v1/staff-pools", tn.key, nil); !strings.Contains(string(l.body), `"name":"billing","read_ttl_seconds":300,"max_age_seconds":86400,"members":2`) {
			t.Fatalf("pools: %s", l.body)
		}

		// The portal sends to the pool; both members get a PHI-free notice.
		r = e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:billing", "subject": "Claim 7731 for J. Doe", "body": "Balance question for J. Doe, DOB 1970-01-02"})
		e.expect(r, 201, "")
		mid := r.json(t)["id"].(string)
		msgs := e.staffNotices(t, relay)
		if len(msgs) != 2 {
			t.Fatalf("%d message notices, want 2", len(msgs))
		}
		for _, m := range msgs {
			if txt := mailText(m); strings.Contains(txt, "Doe") || strings.Contains(txt, "7731") || !strings.Contains(txt, "/staff/t/"+tn.id) {
				t.Fatalf("notice: %s", txt)
			}
		}
		// The inbox lists it with its removal time; nothing is opened by listing.
		ann.b.get("/staff/inbox")
		if !strings.Contains(ann.b.page, "/staff/messages/"+mid) || !strings.Contains(ann.b.page, "Removed in 1 d 0 h") || !strings.Contains(ann.b.page, "Not opened yet") {
			t.Fatalf("inbox: %s", ann.b.page)
		}
		// Opening: decrypt, audit, first read; the read clock starts.
		opens := e.auditCount(staff.ActionMessageOpen)
		if st, _ := ann.b.get("/staff/messages/" + mid); st != 200 || !strings.Contains(ann.b.page, "Balance question for J. Doe") {
			t.Fatalf("open page: %d %s", st, ann.b.page)
		}
		if got := e.auditCount(staff.ActionMessageOpen) - opens; got != 1 {
			t.Fatalf("%d open events", got)
		}
		st := e.do("GET", "/v1/staff-messages/"+mid, tn.key, nil).json(t)
		if st["first_read_at"] == nil || st["opened_by"] != ann.id || strings.Contains(fmt.Sprint(st), "Doe") {
			t.Fatalf("status: %v", st)
		}
		removeAt, _ := time.Parse(time.RFC3339Nano, st["remove_at"].(string))
		if d := removeAt.Sub(e.clock.Now()); d > 5*time.Minute || d < 4*time.Minute {
			t.Fatalf("remove_at %v is %v away, want 5 min after the first read", removeAt, d)
		}
		// Bob sees who opened it; claims it; Ann cannot claim it any more.
		bob.b.get("/staff/inbox")
		if !strings.Contains(bob.b.page, "Opened by Ann") || !strings.Contains(bob.b.page, "Removed in 5 min") {
			t.Fatalf("bob's inbox: %s", bob.b.page)
		}
		bob.b.get("/staff/messages/" + mid)
		if st, page := bob.b.post("/staff/messages/"+mid+"/claim", nil); st != 200 || !strings.Contains(page, "Claimed by Bob") || !strings.Contains(page, "Opened by Ann") {
			t.Fatalf("claim: %d %s", st, page)
		}
		expectT(t, ann.b.staffAPI("POST", "/v1/staff-inbox/"+mid+"/claim", nil), 409, api.ProblemLimitReached)
		expectT(t, ann.b.staffAPI("POST", "/v1/staff-inbox/"+mid+"/close", nil), 204, "")
		// The policy shreds the content 5 minutes after the first read.
		e.clock.Add(4 * time.Minute)
		if n, _, err := e.staff().RunShred(context.Background(), time.Minute); err != nil || n != 0 {
			t.Fatalf("early shred: %d %v", n, err)
		}
		e.clock.Add(61 * time.Second)
		if n, _, err := e.staff().RunShred(context.Background(), time.Minute); err != nil || n != 1 {
			t.Fatalf("shred: %d %v", n, err)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE id = $1 AND subject IS NULL AND body IS NULL AND shredded_at IS NOT NULL`, mid); n != 1 {
			t.Fatal("sealed columns not cleared")
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM data_keys WHERE owner = $1`, "staffmsg/"+mid); n != 0 {
			t.Fatal("data key not deleted")
		}
		if e.auditCount(staff.ActionMessageExpire) != 1 {
			t.Fatal("no expire event")
		}
		expectT(t, ann.b.staffAPI("GET", "/v1/staff-inbox/"+mid, nil), 410, api.ProblemGone)
		ann.b.get("/staff/inbox")
		if !strings.Contains(ann.b.page, "Content removed") {
			t.Fatalf("removed item: %s", ann.b.page)
		}

		// An admin shreds at once; a member cannot (the route answers 404).
		r = e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": bob.id, "subject": "Direct", "body": "For Bob"})
		e.expect(r, 201, "")
		direct := r.json(t)["id"].(string)
		expectT(t, ann.b.staffAPI("POST", "/v1/staff-inbox/"+direct+"/shred", nil), 404, api.ProblemNotFound)
		expectT(t, ann.b.staffAPI("GET", "/v1/staff-inbox/"+direct, nil), 404, api.ProblemNotFound)
		expectT(t, bob.b.staffAPI("POST", "/v1/staff-inbox/"+direct+"/shred", nil), 204, "")
		expectT(t, bob.b.staffAPI("GET", "/v1/staff-inbox/"+direct, nil), 410, api.ProblemGone)
		// The admin sets a pool's policy; a member may not.
		expectT(t, ann.b.staffAPI("PUT", "/v1/staff-admin/pools/billing", map[string]any{"read_ttl_seconds": 60, "max_age_seconds": 3600}), 404, api.ProblemNotFound)
		expectT(t, bob.b.staffAPI("PUT", "/v1/staff-admin/pools/billing", map[string]any{"read_ttl_seconds": 60, "max_age_seconds": 3600}), 200, "")
		if p, err := e.staff().PoolPolicy(context.Background(), tn.id, "billing"); err != nil || p.ReadTTL != time.Minute || p.MaxAge != time.Hour {
			t.Fatalf("policy %+v %v", p, err)
		}

		// Sign-in needs email, password and then the current code; a
		// replayed code is refused; sessions end after 10 idle minutes.
		b := e.staffSignIn(t, ann)
		replay := e.staffPassword(t, ann)
		if st, _ := replay.post("/staff/signin/factor", url.Values{"code": {code(t, ann.secret, e.clock.Now())}}); st != 401 || replay.url != "/staff/signin/factor" {
			t.Fatalf("replayed code: %d", st)
		}
		wrong := e.browser(t)
		wrong.get("/staff/signin?tenant=" + tn.id)
		if st, _ := wrong.post("/staff/signin", url.Values{"tenant": {tn.id}, "email": {ann.email}, "password": {"wrong password 123"}}); st != 401 || wrong.url != "/staff/signin" {
			t.Fatalf("wrong password: %d", st)
		}
		expectT(t, b.staffAPI("GET", "/v1/staff-inbox", nil), 200, "")
		e.clock.Add(11 * time.Minute)
		expectT(t, b.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
		// Sign-out ends the session.
		b2 := e.staffSignIn(t, bob)
		b2.get("/staff/inbox")
		if st, _ := b2.post("/staff/signout", nil); st != 200 {
			t.Fatalf("signout %d", st)
		}
		expectT(t, b2.staffAPI("GET", "/v1/staff-inbox", nil), 401, api.ProblemSignInRequired)
	})
}

// TestStaffRouteMatrix: every staff route refuses another tenant's staff, a
// staff member of another pool, a patient session, a signed-out browser and
// a staff session without its second factor (enrolling, or only its password
// checked), and audits each refusal; a
// staff session on a patient route is refused and audited too; plain HTTP
// outside --dev is refused.
func TestStaffRouteMatrix(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tnA, tnB := e.tenant("clinic-a"), e.tenant("clinic-b")
		e.expect(e.do("PUT", "/v1/staff-pools/billing", tnA.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400}), 200, "")
		e.expect(e.do("PUT", "/v1/staff-pools/pharmacy", tnA.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400}), 200, "")
		owner := e.newStaff(t, relay, tnA, "Olga", "admin", "billing")
		otherPool := e.newStaff(t, relay, tnA, "Pete", "admin", "pharmacy")
		foreign := e.newStaff(t, relay, tnB, "Fred", "admin", "billing")
		patient := e.browser(t)
		e.enrol(t, patient, tnA, "pat-a")
		signedOut := e.browser(t)
		// A staff session that has not passed its second factor: an
		// accepted invitation, not yet enrolled.
		r := e.do("POST", "/v1/staff", tnA.key, map[string]any{"email": "nomfa@staff.example", "role": "admin", "pools": []string{"billing"}})
		e.expect(r, 201, "")
		link := inviteRE.FindString(mailText(e.staffNotices(t, relay)[0]))
		noMFA := e.browser(t)
		noMFA.get(link)
		noMFA.post(link, nil)
		if noMFA.url != "/staff/enrol" {
			t.Fatalf("no-MFA browser at %s", noMFA.url)
		}
		// A staff session whose password was checked but no second factor
		// passed yet (TOTP or a passkey).
		passwordOnly := e.staffPassword(t, owner)

		r = e.do("POST", "/v1/staff-messages", tnA.key, map[string]any{"to": "pool:billing", "subject": "Matrix subject", "body": "Matrix body"})
		e.expect(r, 201, "")
		mid := r.json(t)["id"].(string)
		ar := e.do("POST", "/v1/staff-messages/"+mid+"/attachments", tnA.key, "pdf bytes", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="m.pdf"`)
		e.expect(ar, 201, "")
		aid := ar.json(t)["id"].(string)
		policy := map[string]any{"read_ttl_seconds": 120, "max_age_seconds": 7200}
		calls := map[string]struct {
			method, path string
			body         any
			perMessage   bool
		}{
			"GET /v1/staff-session":                                {"GET", "/v1/staff-session", nil, false},
			"GET /v1/staff-inbox":                                  {"GET", "/v1/staff-inbox", nil, false},
			"GET /v1/staff-inbox/{id}":                             {"GET", "/v1/staff-inbox/" + mid, nil, true},
			"POST /v1/staff-inbox/{id}/claim":                      {"POST", "/v1/staff-inbox/" + mid + "/claim", nil, true},
			"POST /v1/staff-inbox/{id}/close":                      {"POST", "/v1/staff-inbox/" + mid + "/close", nil, true},
			"POST /v1/staff-inbox/{id}/shred":                      {"POST", "/v1/staff-inbox/" + mid + "/shred", nil, true},
			"PUT /v1/staff-admin/pools/{pool}":                     {"PUT", "/v1/staff-admin/pools/billing", policy, false},
			"GET /v1/staff-inbox/{id}/attachments/{attachment_id}": {"GET", "/v1/staff-inbox/" + mid + "/attachments/" + aid, nil, true},
		}
		for _, rt := range api.Routes() {
			if rt.Auth == api.AccessStaff {
				if _, ok := calls[rt.Method+" "+rt.Pattern]; !ok {
					t.Errorf("staff route %s %s has no case in this test", rt.Method, rt.Pattern)
				}
			}
		}
		before := e.rowCounts()
		for _, k := range []string{"audit_events", "staff_sessions"} {
			delete(before, k)
		}
		denied := e.refused(staff.ActionStaffDenied)
		want := 0
		for name, c := range calls {
			t.Run(name, func(t *testing.T) {
				for who, b := range map[string]*browser{"signed out": signedOut, "patient session": patient, "no second factor": noMFA, "password only": passwordOnly} {
					if r := b.staffAPI(c.method, c.path, c.body); r.status != 401 {
						t.Fatalf("%s: %d %s", who, r.status, r.body)
					}
					want++
					if c.method != "GET" {
						want++ // staffAPI asked GET /v1/staff-session for a CSRF token first: refused too
					}
				}
				if c.method == "PUT" {
					// Another tenant's admin sets its own tenant's pool.
					return
				}
				if !c.perMessage {
					for _, b := range []*browser{foreign.b, otherPool.b} {
						if r := b.staffAPI(c.method, c.path, c.body); r.status != 200 || strings.Contains(string(r.body), mid) {
							t.Fatalf("sees: %d %s", r.status, r.body)
						}
					}
					return
				}
				expectT(t, foreign.b.staffAPI(c.method, c.path, c.body), 404, api.ProblemNotFound) // not found in its tenant: nothing to audit
				expectT(t, otherPool.b.staffAPI(c.method, c.path, c.body), 404, api.ProblemNotFound)
				want++
			})
		}
		if got := e.refused(staff.ActionStaffDenied) - denied; got != want {
			t.Fatalf("%d staff.access_denied events, want %d", got, want)
		}
		after := e.rowCounts()
		for _, k := range []string{"audit_events", "staff_sessions"} {
			delete(after, k)
		}
		for tbl, n := range before {
			if after[tbl] != n {
				t.Errorf("refused calls changed %s: %d → %d", tbl, n, after[tbl])
			}
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM staff_messages WHERE id = $1 AND first_read_at IS NULL AND claimed_by = '' AND closed_by = '' AND shredded_at IS NULL`, mid); n != 1 {
			t.Fatal("refused calls changed the message")
		}
		// A staff session on patient routes: refused and audited.
		d := e.refused(staff.ActionStaffDenied)
		expectT(t, owner.b.api("GET", "/v1/inbox"), 401, api.ProblemSignInRequired)
		expectT(t, owner.b.api("GET", "/v1/session"), 401, api.ProblemSignInRequired)
		expectT(t, owner.b.api("GET", "/v1/inbox/msg_06h045n3y309pm8x9asc2eb6xg/replies/rpl_06h045n3y309pm8x9asc2eb6xg/attachments/rat_06h045n3y309pm8x9asc2eb6xg"), 401, api.ProblemSignInRequired)
		if got := e.refused(staff.ActionStaffDenied) - d; got != 3 {
			t.Fatalf("staff on patient routes: %d audit events", got)
		}
		// The owner does get in.
		if r := owner.b.staffAPI("GET", "/v1/staff-inbox/"+mid, nil); r.status != 200 || !strings.Contains(string(r.body), "Matrix body") {
			t.Fatalf("owner: %d %s", r.status, r.body)
		}
		// Outside --dev, plain HTTP is refused before any session is looked at.
		h := api.New(e.svc, slog.New(slog.DiscardHandler), e.met)
		plain := httptest.NewServer(h)
		defer plain.Close()
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar}
		res, err := c.Get(plain.URL + "/v1/staff-inbox")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 403 {
			t.Fatalf("plain HTTP: %d", res.StatusCode)
		}
		res, err = c.Get(plain.URL + "/staff/signin")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 403 {
			t.Fatalf("plain HTTP page: %d", res.StatusCode)
		}
	})
}

// TestStaffMarker: a staff message's content is never in the database in
// clear, nor in the logs, nor in the notices.
func TestStaffMarker(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		relay := testsmtp.Start(t)
		tn := e.tenant("clinic")
		marker := fmt.Sprintf("QZW%dSTAFF", time.Now().UnixNano())
		e.expect(e.do("PUT", "/v1/staff-pools/pharmacy", tn.key, map[string]any{"read_ttl_seconds": 600, "max_age_seconds": 86400}), 200, "")
		u := e.newStaff(t, relay, tn, "Mia", "member", "pharmacy")
		r := e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:pharmacy", "subject": "Subj " + marker, "body": "Body " + marker})
		e.expect(r, 201, "")
		id := r.json(t)["id"].(string)
		r = e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": u.id, "subject": "Direct " + marker, "body": "Direct " + marker})
		e.expect(r, 201, "")
		// A refused send with the marker must not log it either.
		e.expect(e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:" + marker, "subject": marker, "body": marker}), 422, api.ProblemValidation)
		notices := e.staffNotices(t, relay)
		if len(notices) != 2 {
			t.Fatalf("%d notices", len(notices))
		}
		if o := u.b.staffAPI("GET", "/v1/staff-inbox/"+id, nil); o.status != 200 || !strings.Contains(string(o.body), "Body "+marker) {
			t.Fatalf("open: %d %s", o.status, o.body)
		}
		u.b.get("/staff/messages/" + id)
		if !strings.Contains(u.b.page, marker) {
			t.Fatal("the page does not show the content: the marker never went in")
		}
		needles := [][]byte{[]byte(marker), []byte(strings.ToLower(marker)), []byte(fmt.Sprintf("%x", marker))}
		check := func(where string, hay []byte) {
			for _, n := range needles {
				if bytes.Contains(hay, n) {
					t.Errorf("marker found in %s", where)
				}
			}
		}
		for tbl, vals := range e.raw.Dump() {
			for _, v := range vals {
				check("table "+tbl, v)
			}
		}
		for _, m := range notices {
			check("notice", m.Data)
		}
		if kind == "sqlite" {
			e.st.Close()
			for _, f := range []string{e.db.Path, e.db.Path + "-wal"} {
				if b, err := os.ReadFile(f); err == nil {
					check(f, b)
				}
			}
		}
		check("logs", e.logs.Bytes())
	})
}

// replySource is a second inbox source, as patient replies register one.
type replySource struct{ tenant string }

func (r replySource) List(_ context.Context, tenantID, _ string, pools []string, _ int) ([]staff.Item, error) {
	if tenantID != r.tenant || len(pools) == 0 {
		return nil, nil
	}
	at := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC) // newest: listed first
	return []staff.Item{{Kind: "reply", ID: "rpl_test", Pool: pools[0], From: "Patient reply", CreatedAt: at, RemoveAt: &at, Link: "/staff/replies/rpl_test"}}, nil
}

// TestStaffInboxSources: the staff inbox lists every registered source's
// items, newest first, with their links, on the page and in the API.
func TestStaffInboxSources(t *testing.T) {
	e := newEnv(t, "sqlite")
	relay := testsmtp.Start(t)
	tn := e.tenant("clinic")
	u := e.newStaff(t, relay, tn, "Rae", "member", "billing")
	e.expect(e.do("POST", "/v1/staff-messages", tn.key, map[string]any{"to": "pool:billing", "subject": "s", "body": "b"}), 201, "")
	e.staff().AddInboxSource(replySource{tenant: tn.id})
	u.b.get("/staff/inbox")
	i, j := strings.Index(u.b.page, `href="/staff/replies/rpl_test"`), strings.Index(u.b.page, `href="/staff/messages/`)
	if i < 0 || j < 0 || i > j || !strings.Contains(u.b.page, "Patient reply") {
		t.Fatalf("inbox page: %s", u.b.page)
	}
	r := u.b.staffAPI("GET", "/v1/staff-inbox", nil)
	if r.status != 200 || !strings.Contains(string(r.body), `"kind":"reply","id":"rpl_test"`) || !strings.Contains(string(r.body), `"link":"/staff/replies/rpl_test"`) {
		t.Fatalf("inbox API: %d %s", r.status, r.body)
	}
	if p, err := e.staff().PoolPolicy(context.Background(), tn.id, "billing"); err != nil || p != staff.DefaultPolicy {
		t.Fatalf("policy %+v %v", p, err)
	}
	if !staff.ValidPool("billing") || staff.ValidPool("Billing") || staff.ValidPool("") {
		t.Fatal("ValidPool")
	}
}

// staffCrossTenantCases are TestCrossTenant's cases for the staff routes of
// the tenant API: B never sees, changes or addresses A's staff, pools or
// staff messages.
func staffCrossTenantCases(t *testing.T, e *env, a, b tenant) map[string]func(t *testing.T) {
	e.expect(e.do("PUT", "/v1/staff-pools/alphapool", a.key, map[string]any{"read_ttl_seconds": 300, "max_age_seconds": 86400}), 200, "")
	r := e.do("POST", "/v1/staff", a.key, map[string]any{"email": "alice@alpha.example", "name": "Alice", "role": "admin", "pools": []string{"alphapool"}})
	e.expect(r, 201, "")
	sid := r.json(t)["id"].(string)
	r = e.do("POST", "/v1/staff-messages", a.key, map[string]any{"to": "pool:alphapool", "subject": "s", "body": "b"})
	e.expect(r, 201, "")
	mid := r.json(t)["id"].(string)
	return map[string]func(t *testing.T){
		"POST /v1/staff": func(t *testing.T) {
			// The same email in B is B's own account.
			expectT(t, e.do("POST", "/v1/staff", b.key, map[string]any{"email": "alice@alpha.example", "role": "member"}), 201, "")
			if l := e.do("GET", "/v1/staff", a.key, nil).body; bytes.Count(l, []byte(`"id"`)) != 1 {
				t.Errorf("A's staff list: %s", l)
			}
		},
		"GET /v1/staff": func(t *testing.T) {
			if l := e.do("GET", "/v1/staff", b.key, nil); l.status != 200 || bytes.Contains(l.body, []byte(sid)) {
				t.Errorf("B lists A's staff: %s", l.body)
			}
		},
		"GET /v1/staff-pools": func(t *testing.T) {
			if l := e.do("GET", "/v1/staff-pools", b.key, nil); l.status != 200 || bytes.Contains(l.body, []byte("alphapool")) {
				t.Errorf("B lists A's pools: %s", l.body)
			}
		},
		"GET /v1/staff-pools/{pool}": func(t *testing.T) {
			expectT(t, e.do("GET", "/v1/staff-pools/alphapool", b.key, nil), 404, api.ProblemNotFound)
		},
		"PUT /v1/staff-pools/{pool}": func(t *testing.T) {
			expectT(t, e.do("PUT", "/v1/staff-pools/alphapool", b.key, map[string]any{"read_ttl_seconds": 60, "max_age_seconds": 3600}), 200, "")
			if p := e.do("GET", "/v1/staff-pools/alphapool", a.key, nil).json(t); p["read_ttl_seconds"] != float64(300) {
				t.Errorf("B's PUT changed A's pool: %v", p)
			}
		},
		"POST /v1/staff-messages": func(t *testing.T) {
			expectT(t, e.do("POST", "/v1/staff-messages", b.key, map[string]any{"to": sid, "subject": "s", "body": "b"}), 422, api.ProblemValidation)
		},
		"GET /v1/staff-messages/{id}": func(t *testing.T) {
			expectT(t, e.do("GET", "/v1/staff-messages/"+mid, b.key, nil), 404, api.ProblemNotFound)
		},
		"POST /v1/staff-messages/{id}/attachments": func(t *testing.T) {
			expectT(t, e.do("POST", "/v1/staff-messages/"+mid+"/attachments", b.key, "x", "Content-Type", "application/pdf", "Content-Disposition", `attachment; filename="x.pdf"`), 404, api.ProblemNotFound)
			if n := e.raw.Int(`SELECT COUNT(*) FROM staff_attachments`); n != 0 {
				t.Errorf("B attached to A's staff message (%d rows)", n)
			}
		},
	}
}
