package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

func campaignBody(segment string) map[string]any {
	return map[string]any{"segment": segment, "category": "marketing_offer",
		"subject": "Spring offer 7Q2", "body": "Twenty percent off vitamins until Friday. Code SPRING-7Q2."}
}

// plan runs a campaign's planning job to the end, as the campaigns queue
// would (the API tests run no River workers).
func (e *env) plan(tn tenant, id string) {
	e.t.Helper()
	done, err := e.svc.PlanCampaign(context.Background(), tn.id, id, time.Minute)
	if err != nil || !done {
		e.t.Fatalf("plan campaign: done %v, %v", done, err)
	}
}

func (e *env) campaign(tn tenant, id string) map[string]any {
	e.t.Helper()
	r := e.do("GET", "/v1/campaigns/"+id, tn.key, nil)
	e.expect(r, 200, "")
	return r.json(e.t)
}

func wantCounts(t *testing.T, got map[string]any, want map[string]float64) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (campaign %v)", k, got[k], v, got)
		}
	}
}

// TestCampaignFlow: segments of opaque ids, members by external id, a
// campaign to them that reaches only the members with marketing consent in
// force, counts that follow the deliveries, and a one-click unsubscribe that
// the campaign counts.
func TestCampaignFlow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		consent := func(ext string, body map[string]any) {
			e.expect(e.do("POST", "/v1/recipients/"+ext+"/consents", tn.key, body), 201, "")
		}
		marketing := map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web"}
		e.putRecipient(tn, "p-1", map[string]any{"email": "one@example.org"})
		consent("p-1", marketing)
		e.putRecipient(tn, "p-2", map[string]any{"email": "two@example.org"}) // no consent
		e.putRecipient(tn, "p-3", map[string]any{"email": "three@example.org"})
		consent("p-3", map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web", "categories": []string{"some_other_offer"}})
		e.putRecipient(tn, "p-4", map[string]any{"email": "four@example.org"})
		consent("p-4", marketing)
		e.expect(e.do("DELETE", "/v1/recipients/p-4/consents/marketing", tn.key, nil), 204, "")
		e.putRecipient(tn, "p-5", map[string]any{"email": "five@example.org"})
		consent("p-5", marketing)

		r := e.do("PUT", "/v1/segments/sg-7f3k", tn.key, nil)
		e.expect(r, 201, "")
		e.expect(e.do("PUT", "/v1/segments/sg-7f3k", tn.key, `{}`), 200, "")
		r = e.do("POST", "/v1/segments/sg-7f3k/members", tn.key, map[string]any{"recipients": []string{"p-1", "p-2", "p-3", "p-4", "p-5", "nobody-9", "p-1"}})
		e.expect(r, 200, "")
		wantCounts(t, r.json(t), map[string]float64{"changed": 5, "unchanged": 0, "unknown_count": 1, "members": 5})
		if !bytes.Contains(r.body, []byte(`"unknown":["nobody-9"]`)) {
			t.Errorf("unknown ids not listed: %s", r.body)
		}
		r = e.do("POST", "/v1/segments/sg-7f3k/members", tn.key, map[string]any{"recipients": []string{"p-1"}})
		wantCounts(t, r.json(t), map[string]float64{"changed": 0, "unchanged": 1, "members": 5})
		r = e.do("DELETE", "/v1/segments/sg-7f3k/members", tn.key, map[string]any{"recipients": []string{"p-5", "nobody-9"}})
		e.expect(r, 200, "")
		wantCounts(t, r.json(t), map[string]float64{"changed": 1, "unknown_count": 1, "members": 4})
		// Members are stored by recipient id: no external id in clear.
		if n := e.raw.Int(`SELECT COUNT(*) FROM segment_members WHERE recipient_id LIKE 'p-%'`); n != 0 {
			t.Errorf("external ids stored as members: %d", n)
		}

		r = e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-7f3k"))
		e.expect(r, 202, "")
		c := r.json(t)
		id := c["id"].(string)
		if c["status"] != "planning" || r.header.Get("Location") != "/v1/campaigns/"+id {
			t.Fatalf("campaign answer: %s %v", r.body, r.header)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.plan_campaign' AND queue = 'campaigns'`); n != 1 {
			t.Fatalf("planning jobs: %d", n)
		}
		e.plan(tn, id)
		e.plan(tn, id) // a second run finds it planned and changes nothing
		c = e.campaign(tn, id)
		wantCounts(t, c, map[string]float64{"members": 4, "planned": 1, "suppressed": 3, "sent": 0, "blocked": 0, "unsubscribed": 0})
		if c["status"] != "planned" {
			t.Fatalf("status %v", c["status"])
		}
		p1 := e.mustRecipientID(tn, "p-1")
		var msgID string
		if err := e.raw.QueryRow(`SELECT id FROM messages WHERE campaign_id = $1`, id).Scan(&msgID); err != nil {
			t.Fatal(err)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM messages WHERE campaign_id = $1 AND recipient_id = $2`, id, p1); n != 1 {
			t.Fatalf("p-1's message: %d", n)
		}
		// The offer is sealed: not in any row in clear.
		for tbl, rows := range e.raw.Dump() {
			for _, row := range rows {
				if bytes.Contains(row, []byte("SPRING-7Q2")) {
					t.Fatalf("offer in clear in %s", tbl)
				}
			}
		}

		// Deliver the planned notice over real SMTP.
		smtpSrv := testsmtp.Start(t)
		sender, err := email.New(email.Config{Host: smtpSrv.Host, Port: smtpSrv.Port, CAFile: smtpSrv.CAFile, From: "Acme <notices@acme.example>", PoolSize: 1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { sender.Close() })
		d := delivery.New(e.svc, map[string]channel.Sender{"email": sender}, slog.New(slog.DiscardHandler))
		_, ds, err := e.st.GetMessage(context.Background(), tn.id, msgID)
		if err != nil || len(ds) != 1 || ds[0].Channel != "email" {
			t.Fatalf("deliveries: %v %v", ds, err)
		}
		if err := d.Deliver(context.Background(), jobs.Deliver{TenantID: tn.id, DeliveryID: ds[0].ID, MessageID: msgID, RecipientID: p1}, 1, 25); err != nil {
			t.Fatal(err)
		}
		wantCounts(t, e.campaign(tn, id), map[string]float64{"planned": 1, "sent": 1, "suppressed": 3})
		msgs := smtpSrv.Wait(1, 10*time.Second)
		if len(msgs) != 1 || bytes.Contains(msgs[0].Data, []byte("SPRING-7Q2")) {
			t.Fatalf("mail: %d messages, or the offer in the notice", len(msgs))
		}
		m := regexp.MustCompile(`List-Unsubscribe: <([^>]+)>`).FindSubmatch(msgs[0].Data)
		if m == nil || !bytes.Contains(msgs[0].Data, []byte("List-Unsubscribe-Post: List-Unsubscribe=One-Click")) {
			t.Fatalf("no one-click unsubscribe in the notice:\n%s", msgs[0].Data)
		}
		res, err := http.PostForm(string(m[1]), url.Values{"List-Unsubscribe": {"One-Click"}})
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("one-click unsubscribe: %v %v", res, err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		res, _ = http.PostForm(string(m[1]), url.Values{"List-Unsubscribe": {"One-Click"}}) // twice counts once
		res.Body.Close()
		wantCounts(t, e.campaign(tn, id), map[string]float64{"sent": 1, "unsubscribed": 1})
		if !bytes.Contains(e.do("GET", "/v1/recipients/p-1", tn.key, nil).body, []byte(`"withdrawn_at"`)) {
			t.Fatal("consent not withdrawn")
		}
		// A second campaign to the segment now suppresses p-1 too.
		r = e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-7f3k"))
		e.expect(r, 202, "")
		id2 := r.json(t)["id"].(string)
		e.plan(tn, id2)
		wantCounts(t, e.campaign(tn, id2), map[string]float64{"planned": 0, "suppressed": 4})
		// Audit: ids only.
		for _, a := range []string{"segment.create", "segment.members_add", "segment.members_remove", "campaign.create", "campaign.plan.planned"} {
			if n := e.raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, a); n == 0 {
				t.Errorf("no %s audit event", a)
			}
		}
	})
}

// TestCampaignPlanningBatches: a segment larger than a planning batch is
// planned across batches and across budget-bounded runs, each member once.
func TestCampaignPlanningBatches(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("acme")
	var ids []string
	for i := range 230 {
		ext := fmt.Sprintf("m-%03d", i)
		e.putRecipient(tn, ext, map[string]any{"email": ext + "@example.org"})
		if i%3 != 0 {
			e.expect(e.do("POST", "/v1/recipients/"+ext+"/consents", tn.key, map[string]any{"kind": "marketing", "notice_version": "v1", "source": "web"}), 201, "")
		}
		ids = append(ids, ext)
	}
	e.expect(e.do("PUT", "/v1/segments/sg-b", tn.key, nil), 201, "")
	e.expect(e.do("POST", "/v1/segments/sg-b/members", tn.key, map[string]any{"recipients": ids}), 200, "")
	id := e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-b")).json(t)["id"].(string)
	// A zero budget stops after each batch: the job's re-runs resume from
	// the cursor.
	runs := 0
	for {
		done, err := e.svc.PlanCampaign(context.Background(), tn.id, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		runs++
		if done {
			break
		}
	}
	if runs < 3 {
		t.Errorf("planned in %d runs; want one per batch", runs)
	}
	wantCounts(t, e.campaign(tn, id), map[string]float64{"members": 230, "planned": 153, "suppressed": 77})
	if n := e.raw.Int(`SELECT COUNT(*) FROM messages WHERE campaign_id = $1`, id); n != 153 {
		t.Fatalf("messages %d", n)
	}
	if n := e.raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.deliver'`); n != 153 {
		t.Fatalf("delivery jobs %d", n)
	}
}

// TestCampaignGuardBlocked: a campaign whose notice, rendered with its
// variables, the guard flags in strict mode is refused before anything is
// written; a category changed to flagged wording after acceptance stops the
// campaign at planning before its first message.
func TestCampaignGuardBlocked(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		promo := func(text string) map[string]any {
			return map[string]any{"default_sensitivity": "public", "retention_days": 30, "link_lifetime_hours": 48, "marketing": true,
				"vars":      []map[string]any{{"name": "offer", "type": "short_text"}},
				"templates": map[string]any{"en": map[string]string{"email_subject": text, "email_text": "{{offer}} from {{tenant}}: {{link}}", "sms": "{{offer}} {{link}}"}}}
		}
		e.expect(e.do("PUT", "/v1/categories/promo", tn.key, promo("A new offer")), 200, "")
		e.putRecipient(tn, "p-1", map[string]any{"email": "one@example.org"})
		e.expect(e.do("POST", "/v1/recipients/p-1/consents", tn.key, map[string]any{"kind": "marketing", "notice_version": "v3", "source": "web"}), 201, "")
		e.expect(e.do("PUT", "/v1/segments/sg-q", tn.key, nil), 201, "")
		e.expect(e.do("POST", "/v1/segments/sg-q/members", tn.key, map[string]any{"recipients": []string{"p-1"}}), 200, "")
		body := map[string]any{"segment": "sg-q", "category": "promo", "subject": "Offer", "body": "Details",
			"notice_vars": map[string]any{"offer": "Diabetes test strips"}}
		before := e.rowCounts()
		r := e.do("POST", "/v1/campaigns", tn.key, body)
		e.expect(r, 422, api.ProblemCampaignBlocked)
		if !bytes.Contains(r.body, []byte(`"pointer":"/templates/en/`)) || bytes.Contains(r.body, []byte("Diabetes")) {
			t.Errorf("blocked answer: %s", r.body)
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("a blocked campaign wrote rows:\n%v\n%v", before, after)
		}
		// Accepted with harmless wording; then the tenant adds a guard term
		// that the wording contains.
		body["notice_vars"] = map[string]any{"offer": "Brightday savings"}
		r = e.do("POST", "/v1/campaigns", tn.key, body)
		e.expect(r, 202, "")
		id := r.json(t)["id"].(string)
		e.expect(e.do("PUT", "/v1/guard/terms", tn.key, map[string]any{"terms": []map[string]string{{"text": "Brightday", "kind": "medication"}}}), 200, "")
		e.plan(tn, id)
		c := e.campaign(tn, id)
		if c["status"] != "blocked" || c["planned"] != 0.0 {
			t.Fatalf("campaign after a flagged category: %v", c)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM messages WHERE campaign_id = $1`, id); n != 0 {
			t.Fatalf("a blocked campaign queued %d messages", n)
		}
	})
}

// TestCampaignBadInput: each bad request is a problem+json answer and
// writes nothing.
func TestCampaignBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("acme")
		e.putRecipient(tn, "p-1", map[string]any{"email": "one@example.org"})
		e.expect(e.do("PUT", "/v1/segments/sg-1", tn.key, nil), 201, "")
		many := make([]string, service.MaxSegmentChange+1)
		for i := range many {
			many[i] = fmt.Sprintf("r-%d", i)
		}
		long := strings.Repeat("a", service.MaxSegmentIDLen+1)
		cases := []struct {
			name, method, path string
			body               any
			status             int
			typ                string
		}{
			{"segment id describes a condition", "PUT", "/v1/segments/diabetics-2026", nil, 422, api.ProblemSegmentIDPHI},
			{"segment id in camel case", "PUT", "/v1/segments/DiabeticsQ3", nil, 422, api.ProblemSegmentIDPHI},
			{"segment id names a lab test", "PUT", "/v1/segments/a1c_high", nil, 422, api.ProblemSegmentIDPHI},
			{"segment id too long", "PUT", "/v1/segments/" + long, nil, 422, api.ProblemValidation},
			{"segment id with a dot", "PUT", "/v1/segments/sg.2", nil, 422, api.ProblemValidation},
			{"segment with a name", "PUT", "/v1/segments/sg-2", map[string]any{"name": "Spring list"}, 400, api.ProblemUnknownField},
			{"segment with a description", "PUT", "/v1/segments/sg-2", map[string]any{"description": "people with asthma"}, 400, api.ProblemUnknownField},
			{"members without a list", "POST", "/v1/segments/sg-1/members", map[string]any{}, 422, api.ProblemValidation},
			{"members empty list", "POST", "/v1/segments/sg-1/members", map[string]any{"recipients": []string{}}, 422, api.ProblemValidation},
			{"members over the limit", "POST", "/v1/segments/sg-1/members", map[string]any{"recipients": many}, 422, api.ProblemValidation},
			{"members malformed id", "POST", "/v1/segments/sg-1/members", map[string]any{"recipients": []string{"p-1", "not an id"}}, 422, api.ProblemValidation},
			{"members with a reason", "POST", "/v1/segments/sg-1/members", map[string]any{"recipients": []string{"p-1"}, "reason": "asthma"}, 400, api.ProblemUnknownField},
			{"members of an unknown segment", "POST", "/v1/segments/sg-none/members", map[string]any{"recipients": []string{"p-1"}}, 404, api.ProblemNotFound},
			{"remove from an unknown segment", "DELETE", "/v1/segments/sg-none/members", map[string]any{"recipients": []string{"p-1"}}, 404, api.ProblemNotFound},
			{"campaign to an unknown segment", "POST", "/v1/campaigns", campaignBody("sg-none"), 422, api.ProblemUnknownSegment},
			{"campaign with a malformed segment", "POST", "/v1/campaigns", campaignBody("sg 1"), 422, api.ProblemValidation},
			{"campaign with a non-marketing category", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "shipment", "subject": "s", "body": "b"}, 422, api.ProblemValidation},
			{"campaign with an unknown category", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "nope", "subject": "s", "body": "b"}, 422, api.ProblemUnknownCategory},
			{"campaign without an offer", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "marketing_offer"}, 422, api.ProblemValidation},
			{"campaign with an unknown field", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "marketing_offer", "subject": "s", "body": "b", "audience": "x"}, 400, api.ProblemUnknownField},
			{"campaign expiring in the past", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "marketing_offer", "subject": "s", "body": "b", "expires_at": "2001-01-01T00:00:00Z"}, 422, api.ProblemValidation},
			{"campaign with undeclared notice variables", "POST", "/v1/campaigns", map[string]any{"segment": "sg-1", "category": "marketing_offer", "subject": "s", "body": "b", "notice_vars": map[string]any{"x": "y"}}, 422, api.ProblemValidation},
			{"unknown campaign", "GET", "/v1/campaigns/cmp_06h045n3y309pm8x9asc2eb6xg", nil, 404, api.ProblemNotFound},
			{"malformed campaign id", "GET", "/v1/campaigns/x", nil, 404, api.ProblemNotFound},
		}
		before := e.rowCounts()
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := e.do(c.method, c.path, tn.key, c.body)
				expectT(t, r, c.status, c.typ)
				if bytes.Contains(r.body, []byte("iabetic")) || bytes.Contains(r.body, []byte("asthma")) {
					t.Errorf("answer repeats the input: %s", r.body)
				}
			})
		}
		if after := e.rowCounts(); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("bad input wrote rows:\n%v\n%v", before, after)
		}
	})
}

// campaignCrossTenantCases are TestCrossTenant's cases for the segment and
// campaign routes: tenant b cannot see or change tenant a's segment or
// campaign, nor add a's recipients to its own segment.
func campaignCrossTenantCases(t *testing.T, e *env, a, b tenant) map[string]func(t *testing.T) {
	e.expect(e.do("PUT", "/v1/segments/sg-a", a.key, nil), 201, "")
	e.expect(e.do("POST", "/v1/segments/sg-a/members", a.key, map[string]any{"recipients": []string{"p-1"}}), 200, "")
	r := e.do("POST", "/v1/campaigns", a.key, campaignBody("sg-a"))
	e.expect(r, 202, "")
	cid := r.json(t)["id"].(string)
	aMembers := func(t *testing.T) {
		t.Helper()
		if n := e.raw.Int(`SELECT COUNT(*) FROM segment_members WHERE tenant_id = $1 AND segment_id = 'sg-a'`, a.id); n != 1 {
			t.Errorf("A's segment has %d members", n)
		}
	}
	return map[string]func(t *testing.T){
		"PUT /v1/segments/{segment_id}": func(t *testing.T) {
			// B's PUT makes B's own segment of that id; A's is untouched.
			expectT(t, e.do("PUT", "/v1/segments/sg-a", b.key, nil), 201, "")
			aMembers(t)
		},
		"POST /v1/segments/{segment_id}/members": func(t *testing.T) {
			expectT(t, e.do("PUT", "/v1/segments/sg-b", b.key, nil), 201, "")
			r := e.do("POST", "/v1/segments/sg-b/members", b.key, map[string]any{"recipients": []string{"p-1"}})
			expectT(t, r, 200, "")
			if got := r.json(t); got["changed"] != 0.0 || got["unknown_count"] != 1.0 {
				t.Errorf("B added A's recipient: %v", got)
			}
			expectT(t, e.do("POST", "/v1/segments/sg-none/members", b.key, map[string]any{"recipients": []string{"p-1"}}), 404, api.ProblemNotFound)
			aMembers(t)
		},
		"DELETE /v1/segments/{segment_id}/members": func(t *testing.T) {
			expectT(t, e.do("DELETE", "/v1/segments/sg-a/members", b.key, map[string]any{"recipients": []string{"p-1"}}), 200, "")
			aMembers(t)
		},
		"POST /v1/campaigns": func(t *testing.T) {
			r := e.do("POST", "/v1/campaigns", b.key, campaignBody("sg-a"))
			if r.status == 202 {
				// B's own (empty) segment of that id, made above.
				id := r.json(t)["id"].(string)
				e.plan(b, id)
				if got := e.campaign(b, id); got["members"] != 0.0 || got["planned"] != 0.0 {
					t.Errorf("B's campaign reached A's members: %v", got)
				}
				return
			}
			expectT(t, r, 422, api.ProblemUnknownSegment)
		},
		"GET /v1/campaigns/{id}": func(t *testing.T) {
			r := e.do("GET", "/v1/campaigns/"+cid, b.key, nil)
			expectT(t, r, 404, api.ProblemNotFound)
			if bytes.Contains(r.body, []byte("sg-a")) {
				t.Error("answer names A's segment")
			}
		},
	}
}

// TestCampaignIdempotency: a retried POST /v1/campaigns with the same
// Idempotency-Key and body answers the campaign it created (one campaign,
// one planning job); the key with another body is a conflict.
func TestCampaignIdempotency(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn, other := e.tenant("acme"), e.tenant("beta")
		for _, x := range []tenant{tn, other} {
			e.expect(e.do("PUT", "/v1/segments/sg-i", x.key, nil), 201, "")
		}
		r1 := e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-i"), "Idempotency-Key", "spring-1")
		e.expect(r1, 202, "")
		r2 := e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-i"), "Idempotency-Key", "spring-1")
		e.expect(r2, 202, "")
		id := r1.json(t)["id"].(string)
		if r2.json(t)["id"] != id || r2.header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay: %s %v", r2.body, r2.header)
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM campaigns`); n != 1 {
			t.Fatalf("campaigns %d", n)
		}
		other2 := campaignBody("sg-i")
		other2["subject"] = "Another offer"
		e.expect(e.do("POST", "/v1/campaigns", tn.key, other2, "Idempotency-Key", "spring-1"), 409, api.ProblemIdempotencyConflict)
		e.expect(e.do("POST", "/v1/campaigns", tn.key, campaignBody("sg-i"), "Idempotency-Key", strings.Repeat("k", 256)), 422, api.ProblemValidation)
		// The same key in another tenant is its own.
		r3 := e.do("POST", "/v1/campaigns", other.key, campaignBody("sg-i"), "Idempotency-Key", "spring-1")
		e.expect(r3, 202, "")
		if r3.json(t)["id"] == id {
			t.Fatal("idempotency key crossed tenants")
		}
		if n := e.raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.plan_campaign'`); n != 2 {
			t.Fatalf("planning jobs %d", n)
		}
	})
}
