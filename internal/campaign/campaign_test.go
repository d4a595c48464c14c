package campaign_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
	"github.com/sealpost/sealpost/internal/campaign"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestWorkerPlansThroughRiver: the job CreateCampaign enqueues runs on the
// campaigns queue and, with a budget that ends every run after one batch,
// snoozes and resumes until every consenting member is planned, once.
func TestWorkerPlansThroughRiver(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		workers := river.NewWorkers()
		st, _ := testdb.OpenWith(t, kind, store.Options{Workers: workers,
			Queues: map[string]river.QueueConfig{jobs.QueueCampaigns: campaign.Queue}})
		kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "k.json"), true)
		if err != nil {
			t.Fatal(err)
		}
		log := slog.New(slog.DiscardHandler)
		svc, err := service.New(st, kf, log, metrics.New(), service.Config{PublicURL: "https://portal.example.org"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(svc.Close)
		river.AddWorker(workers, &campaign.Worker{Svc: svc, Log: log, Budget: time.Nanosecond})
		// Registered so River accepts the delivery jobs planning inserts
		// (their queue does not run here).
		river.AddWorker(workers, &delivery.Worker{D: delivery.New(svc, nil, log)})
		ct, err := svc.CreateTenant(ctx, "acme", "test")
		if err != nil {
			t.Fatal(err)
		}
		p := service.Principal{TenantID: ct.TenantID, KeyPrefix: "sp_test000000"}
		if _, _, err := svc.PutSegment(ctx, p, "sg-w"); err != nil {
			t.Fatal(err)
		}
		const n = 1200 // several batches on either database
		var members []string
		for i := range n {
			ext := fmt.Sprintf("w-%04d", i)
			email := ext + "@example.org"
			if _, _, err := svc.PutRecipient(ctx, p, ext, service.RecipientInput{Email: &email}); err != nil {
				t.Fatal(err)
			}
			if i%4 != 0 {
				if _, err := svc.GiveConsent(ctx, p, ext, service.ConsentInput{Kind: service.ConsentMarketing, NoticeVersion: "v1", Source: "test"}); err != nil {
					t.Fatal(err)
				}
			}
			members = append(members, ext)
		}
		if _, err := svc.ChangeSegmentMembers(ctx, p, "sg-w", service.SegmentMembersInput{Recipients: members}, true); err != nil {
			t.Fatal(err)
		}
		v, _, err := svc.CreateCampaign(ctx, p, service.CampaignInput{Segment: "sg-w", Category: "marketing_offer", Subject: "Offer", Body: "Details"}, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.StartJobs(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			st.StopJobs(c)
		})
		deadline := time.Now().Add(60 * time.Second)
		for {
			got, err := svc.GetCampaign(ctx, p, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Status == "planned" {
				if got.Members != n || got.Planned != n*3/4 || got.Suppressed != n/4 {
					t.Fatalf("campaign %+v", got)
				}
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("never planned: %+v", got)
			}
			time.Sleep(50 * time.Millisecond) // polling a database state with a deadline, not timing
		}
	})
}

// TestWorkerGivesUp: a run that fails leaves the campaign planning for the
// retry; the last attempt's failure marks it failed.
func TestWorkerGivesUp(t *testing.T) {
	ctx := context.Background()
	st, db := testdb.Open(t, "sqlite")
	raw := testdb.OpenRaw(t, db)
	kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "k.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	svc, err := service.New(st, kf, log, metrics.New(), service.Config{PublicURL: "https://portal.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(svc.Close)
	ct, err := svc.CreateTenant(ctx, "acme", "test")
	if err != nil {
		t.Fatal(err)
	}
	p := service.Principal{TenantID: ct.TenantID, KeyPrefix: "sp_test000000"}
	if _, _, err := svc.PutSegment(ctx, p, "sg-f"); err != nil {
		t.Fatal(err)
	}
	v, _, err := svc.CreateCampaign(ctx, p, service.CampaignInput{Segment: "sg-f", Category: "marketing_offer", Subject: "Offer", Body: "Details"}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	// The offer cannot be opened any more: every run fails.
	raw.Exec(`DELETE FROM data_keys WHERE owner = $1`, "campaign/"+v.ID)
	w := &campaign.Worker{Svc: svc, Log: log}
	job := func(attempt int) *river.Job[jobs.PlanCampaign] {
		return &river.Job[jobs.PlanCampaign]{JobRow: &rivertype.JobRow{Attempt: attempt, MaxAttempts: 10}, Args: jobs.PlanCampaign{TenantID: ct.TenantID, CampaignID: v.ID}}
	}
	status := func() string {
		got, err := svc.GetCampaign(ctx, p, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}
	if err := w.Work(ctx, job(1)); err == nil || status() != "planning" {
		t.Fatalf("first failure: %v, status %s", err, status())
	}
	if err := w.Work(ctx, job(10)); err == nil || status() != "failed" {
		t.Fatalf("last failure: %v, status %s", err, status())
	}
}
