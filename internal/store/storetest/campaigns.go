package storetest

import (
	"errors"
	"testing"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testSegments: segments are per tenant and idempotent; members are
// recipient ids, changed in sets, counted, and never cross tenants.
func testSegments(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r1, r2 := mkRecipient(t, st, a, "#x1"), mkRecipient(t, st, a, "#x2")
	rb := mkRecipient(t, st, b, "#x1")
	created, err := st.PutSegment(ctx, a, "sg-1", "test")
	must(t, err)
	again, err := st.PutSegment(ctx, a, "sg-1", "test")
	must(t, err)
	if !created || again {
		t.Fatalf("created %v, again %v", created, again)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1`, audit.ActionSegmentCreate); n != 1 {
		t.Fatalf("segment.create events: %d", n)
	}
	if _, err := st.SegmentMembers(ctx, b, "sg-1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("B sees A's segment: %v", err)
	}
	if _, err := st.ChangeSegmentMembers(ctx, b, "sg-1", []string{rb.ID}, true, "test"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("B changed A's segment: %v", err)
	}
	n, err := st.ChangeSegmentMembers(ctx, a, "sg-1", []string{r1.ID, r2.ID}, true, "test")
	must(t, err)
	if n != 2 {
		t.Fatalf("added %d", n)
	}
	if n, _ = st.ChangeSegmentMembers(ctx, a, "sg-1", []string{r1.ID}, true, "test"); n != 0 {
		t.Fatalf("re-added %d", n)
	}
	if n, _ = st.ChangeSegmentMembers(ctx, a, "sg-1", []string{r2.ID, "rcp_none"}, false, "test"); n != 1 {
		t.Fatalf("removed %d", n)
	}
	if m, _ := st.SegmentMembers(ctx, a, "sg-1"); m != 1 {
		t.Fatalf("members %d", m)
	}
	got, err := st.RecipientIDsByExternal(ctx, a, []string{"#x1", "#x2", "#nobody"})
	must(t, err)
	if len(got) != 2 || got["#x1"] != r1.ID || got["#x2"] != r2.ID {
		t.Fatalf("by external: %v", got)
	}
	if n, err := st.ChangeSegmentMembers(ctx, a, "sg-none", []string{r1.ID}, true, "test"); !errors.Is(err, store.ErrNotFound) || n != 0 {
		t.Fatalf("unknown segment: %d %v", n, err)
	}
}

// testCampaigns: a campaign is written with its key, audit event and
// planning job; members page in id order with their consent; batches move
// the cursor by compare-and-swap (a page is never written twice); outcome
// counts come from deliveries and unsubscribes.
func testCampaigns(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	var rs []store.Recipient
	var rids []string
	for _, x := range []string{"#c1", "#c2", "#c3"} {
		r := mkRecipient(t, st, a, x)
		rs, rids = append(rs, r), append(rids, r.ID)
	}
	must(t, st.PutConsent(ctx, a, rs[0].ID, store.Consent{Kind: "marketing", Sealed: []byte("s"), WrappedKey: []byte("w")}, "test"))
	must(t, st.PutConsent(ctx, a, rs[1].ID, store.Consent{Kind: "marketing", Categories: "other", Sealed: []byte("s"), WrappedKey: []byte("w")}, "test"))
	_, err := st.PutSegment(ctx, a, "sg-c", "test")
	must(t, err)
	_, err = st.ChangeSegmentMembers(ctx, a, "sg-c", rids, true, "test")
	must(t, err)

	c := store.Campaign{TenantID: a, ID: ids.New("cmp"), SegmentID: "sg-c", Category: "marketing_offer", Subject: []byte("ct-s"), Body: []byte("ct-b")}
	job := river.InsertManyParams{Args: jobs.PlanCampaign{TenantID: a, CampaignID: c.ID}}
	bad := c
	bad.ID, bad.SegmentID = ids.New("cmp"), "sg-none"
	if err := st.CreateCampaign(ctx, bad, []byte("w"), job, "test"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("campaign to an unknown segment: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM campaigns`) + raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.plan_campaign'`); n != 0 {
		t.Fatalf("refused campaign left %d rows", n)
	}
	c.IdemKey, c.IdemFP = []byte("key-mac"), []byte("fp")
	must(t, st.CreateCampaign(ctx, c, []byte("wrapped-c"), job, "test"))
	dupKey := c
	dupKey.ID = ids.New("cmp")
	if err := st.CreateCampaign(ctx, dupKey, []byte("w"), job, "test"); !errors.Is(err, store.ErrExists) {
		t.Fatalf("a taken idempotency key: %v", err)
	}
	if byKey, err := st.CampaignByIdempotencyKey(ctx, a, []byte("key-mac")); err != nil || byKey.ID != c.ID || string(byKey.IdemFP) != "fp" {
		t.Fatalf("by idempotency key: %+v %v", byKey, err)
	}
	if _, err := st.CampaignByIdempotencyKey(ctx, b, []byte("key-mac")); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("B finds A's key: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.plan_campaign' AND queue = 'campaigns'`); n != 1 {
		t.Fatalf("planning jobs %d", n)
	}
	if w, err := st.DataKey(ctx, a, "campaign/"+c.ID); err != nil || string(w) != "wrapped-c" {
		t.Fatalf("campaign key: %q %v", w, err)
	}
	got, err := st.GetCampaign(ctx, a, c.ID)
	must(t, err)
	if got.Status != store.CampaignPlanning || got.SegmentID != "sg-c" || string(got.Subject) != "ct-s" || got.Cursor != "" {
		t.Fatalf("campaign %+v", got)
	}
	if _, err := st.GetCampaign(ctx, b, c.ID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("B reads A's campaign: %v", err)
	}

	page, err := st.CampaignMembersPage(ctx, a, "sg-c", "", 2)
	must(t, err)
	if len(page) != 2 || page[0].RecipientID >= page[1].RecipientID {
		t.Fatalf("page %+v", page)
	}
	consent := map[string]store.CampaignMember{}
	all, err := st.CampaignMembersPage(ctx, a, "sg-c", "", 10)
	must(t, err)
	for _, m := range all {
		consent[m.RecipientID] = m
	}
	if m := consent[rs[0].ID]; !m.Consent || m.ConsentCategories != "" || !m.HasEmail {
		t.Fatalf("member 1 %+v", m)
	}
	if m := consent[rs[1].ID]; !m.Consent || m.ConsentCategories != "other" {
		t.Fatalf("member 2 %+v", m)
	}
	if m := consent[rs[2].ID]; m.Consent {
		t.Fatalf("member 3 %+v", m)
	}
	if p, _ := st.CampaignMembersPage(ctx, b, "sg-c", "", 10); len(p) != 0 {
		t.Fatalf("B pages A's segment: %d", len(p))
	}

	// The first page: one message.
	nm := newMessage(a, rs[0], "")
	nm.Message.Category = "marketing_offer"
	batch := store.CampaignBatch{TenantID: a, CampaignID: c.ID, From: "", To: page[1].RecipientID, Members: 2, Suppressed: 1, Messages: []store.NewMessage{nm}, Actor: "test"}
	must(t, st.WriteCampaignBatch(ctx, batch))
	// The same page again (a re-run that read the old cursor) writes nothing.
	again := batch
	again.Messages = []store.NewMessage{newMessage(a, rs[0], "")}
	if err := st.WriteCampaignBatch(ctx, again); !errors.Is(err, store.ErrCampaignMoved) {
		t.Fatalf("page written twice: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM messages WHERE campaign_id = $1`, c.ID); n != 1 {
		t.Fatalf("campaign messages %d", n)
	}
	// One message per (campaign, recipient), whatever the cursor says.
	dup := store.CampaignBatch{TenantID: a, CampaignID: c.ID, From: page[1].RecipientID, To: page[1].RecipientID + "z", Members: 1, Messages: []store.NewMessage{newMessage(a, rs[0], "")}, Actor: "test"}
	if err := st.WriteCampaignBatch(ctx, dup); err == nil {
		t.Fatal("a second message to the same recipient in one campaign")
	}
	got, _ = st.GetCampaign(ctx, a, c.ID)
	if got.Members != 2 || got.Planned != 1 || got.Suppressed != 1 || got.Cursor != page[1].RecipientID {
		t.Fatalf("after a batch: %+v", got)
	}
	must(t, st.FinishCampaign(ctx, a, c.ID, store.CampaignPlanned, "", "test"))
	if err := st.FinishCampaign(ctx, a, c.ID, store.CampaignBlocked, "x", "test"); !errors.Is(err, store.ErrCampaignMoved) {
		t.Fatalf("finished twice: %v", err)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM audit_events WHERE action = $1 AND object_id = $2`, audit.ActionCampaignPlan+".planned", c.ID); n != 1 {
		t.Fatalf("plan events %d", n)
	}

	// Outcome: from deliveries and unsubscribes.
	o, err := st.CampaignOutcome(ctx, a, c.ID)
	must(t, err)
	if o != (store.CampaignOutcome{}) {
		t.Fatalf("outcome before any send: %+v", o)
	}
	raw.Exec(`UPDATE deliveries SET status = 'sent' WHERE message_id = $1`, nm.Message.ID)
	must(t, st.RecordCampaignUnsubscribe(ctx, a, nm.Message.ID, rs[0].ID))
	must(t, st.RecordCampaignUnsubscribe(ctx, a, nm.Message.ID, rs[0].ID))
	must(t, st.RecordCampaignUnsubscribe(ctx, b, nm.Message.ID, rs[0].ID)) // another tenant: nothing
	plain := newMessage(a, rs[1], "")
	_, err = st.CreateMessages(ctx, []store.NewMessage{plain})
	must(t, err)
	must(t, st.RecordCampaignUnsubscribe(ctx, a, plain.Message.ID, rs[1].ID)) // no campaign: nothing
	o, err = st.CampaignOutcome(ctx, a, c.ID)
	must(t, err)
	if o != (store.CampaignOutcome{Sent: 1, Unsubscribed: 1}) {
		t.Fatalf("outcome %+v", o)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM campaign_unsubscribes`); n != 1 {
		t.Fatalf("unsubscribes %d", n)
	}
}
