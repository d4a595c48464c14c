// Package retention schedules retention and expiry: a River periodic job,
// enqueued by River's elected leader only (one runner cluster-wide), that
// runs service.RunRetention — shred the content of every message whose
// category retention or expires_at has passed, plan due times, and delete
// shredded messages' metadata after the metadata retention. It uses the
// service (and through it the store), never the reverse.
package retention

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
)

// DefaultInterval is how often a pass is enqueued: a message is shredded
// within this interval (plus the pass's queueing) of becoming due, while
// the backlog fits one pass.
const DefaultInterval = 30 * time.Second

// Budget bounds one pass, within jobs.Timeout; what is left waits for the
// next pass.
const Budget = 10 * time.Second

// Periodic is the job's schedule, run once at start too.
func Periodic(interval time.Duration) *river.PeriodicJob {
	if interval <= 0 {
		interval = DefaultInterval
	}
	return river.NewPeriodicJob(river.PeriodicInterval(interval),
		func() (river.JobArgs, *river.InsertOpts) { return jobs.Retention{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true})
}

// Worker runs a pass.
type Worker struct {
	river.WorkerDefaults[jobs.Retention]
	Svc *service.Service
	Log *slog.Logger
}

// Work runs one pass and logs what it did (counts only).
func (w *Worker) Work(ctx context.Context, _ *river.Job[jobs.Retention]) error {
	res, err := w.Svc.RunRetention(ctx, Budget)
	if err != nil {
		w.Log.Error("retention pass failed", "err", err, "shredded", res.Shredded)
		return err
	}
	if res.Planned+res.Shredded+res.Purged > 0 || res.More {
		w.Log.Info("retention pass", "planned", res.Planned, "shredded", res.Shredded, "metadata_purged", res.Purged, "more", res.More)
	}
	return nil
}
