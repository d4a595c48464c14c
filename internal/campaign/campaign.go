// Package campaign runs marketing campaigns to opaque segments: the River
// worker (queue "campaigns") that plans a campaign into one sealed message
// per consenting member, in bounded, resumable batches. The use case is
// service.PlanCampaign; this package never touches the store directly.
package campaign

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
)

// Budget bounds one run of the planning job, well within jobs.Timeout; a
// campaign not planned by then continues in the next run (the job snoozes
// itself), from the cursor its last batch committed.
const Budget = 10 * time.Second

// Queue is the River queue configuration serve gives planning: one job at a
// time per node, so a large campaign never takes both cores from ingest.
var Queue = river.QueueConfig{MaxWorkers: 1}

// Worker plans campaigns.
type Worker struct {
	river.WorkerDefaults[jobs.PlanCampaign]
	Svc *service.Service
	Log *slog.Logger
	// Budget overrides the run budget (tests; zero: Budget).
	Budget time.Duration
}

// Work plans for one budget, then snoozes itself if members are left.
func (w *Worker) Work(ctx context.Context, j *river.Job[jobs.PlanCampaign]) error {
	b := w.Budget
	if b <= 0 {
		b = Budget
	}
	done, err := w.Svc.PlanCampaign(ctx, j.Args.TenantID, j.Args.CampaignID, b)
	if err != nil {
		w.Log.Error("campaign planning failed", "tenant_id", j.Args.TenantID, "campaign_id", j.Args.CampaignID, "attempt", j.Attempt, "err", err)
		if j.Attempt >= j.MaxAttempts {
			// River discards the job after this: say so on the campaign
			// rather than leave it planning for good.
			if ferr := w.Svc.FailCampaign(ctx, j.Args.TenantID, j.Args.CampaignID, "planning failed repeatedly"); ferr != nil {
				w.Log.Error("campaign could not be marked failed", "tenant_id", j.Args.TenantID, "campaign_id", j.Args.CampaignID, "err", ferr)
			}
		}
		return err
	}
	if !done {
		return river.JobSnooze(0) // snoozing does not count as an attempt
	}
	return nil
}
