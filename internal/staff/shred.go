package staff

import (
	"context"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/store"
)

// Quick removal: a River periodic job (enqueued by the elected leader, one
// pass at a time cluster-wide, like the retention job) shreds every staff
// message whose shred_due_at passed. Each batch is one short transaction
// over at most ShredBatch rows found by the partial index, so opens of other
// messages never wait behind a long shred.

// DefaultShredInterval is how often a pass is enqueued: content is gone
// within this interval (plus queueing) of its policy time.
const DefaultShredInterval = 15 * time.Second

// ShredBatch bounds one shred transaction.
const ShredBatch = 50

// ShredBudget bounds one pass.
const ShredBudget = 10 * time.Second

// ShredPause separates the batches of a pass, so that opens waiting for the
// database (SQLite's one writer, PostgreSQL's connections) go between two
// batches instead of behind a whole pass: 1,500 due messages (15 s of
// 100 first reads/s) take 30 batches and 150 ms of pauses.
const ShredPause = 5 * time.Millisecond

// ShredPeriodic is the job's schedule, run once at start too.
func ShredPeriodic(interval time.Duration) *river.PeriodicJob {
	if interval <= 0 {
		interval = DefaultShredInterval
	}
	return river.NewPeriodicJob(river.PeriodicInterval(interval),
		func() (river.JobArgs, *river.InsertOpts) { return jobs.StaffShred{}, nil },
		&river.PeriodicJobOpts{RunOnStart: true})
}

// ShredWorker runs a pass.
type ShredWorker struct {
	river.WorkerDefaults[jobs.StaffShred]
	Staff *Service
	Log   *slog.Logger
}

// Work runs one pass: the quick removal, then the sweep of expired staff
// sessions (counts only in the log and the metrics).
func (w *ShredWorker) Work(ctx context.Context, _ *river.Job[jobs.StaffShred]) error {
	n, more, err := w.Staff.RunShred(ctx, ShredBudget)
	if err != nil {
		w.Log.Error("staff shred pass failed", "err", err, "shredded", n)
		return err
	}
	if n > 0 || more {
		w.Log.Info("staff shred pass", "shredded", n, "more", more)
	}
	swept, more, err := w.Staff.SweepSessions(ctx, SweepBudget)
	if err != nil {
		w.Log.Error("staff session sweep failed", "err", err, "swept", swept)
		return err
	}
	if more {
		w.Log.Info("staff session sweep", "swept", swept, "more", more)
	}
	return nil
}

// SweepBatch bounds one statement of the staff session sweep.
const SweepBatch = 1000

// SweepBudget bounds one sweep.
const SweepBudget = 5 * time.Second

// SweepSessions deletes expired staff sessions of every tenant (idle
// longer than SessionIdle, older than SessionMax, or a password-checked
// stage older than PasswordStageTTL: the limits LookupSession applies) in
// statements of at most batch rows, until none is left or budget is spent;
// more says work was left. Housekeeping: no audit event (nobody is signed
// out who could still use the session); the count goes to
// sealpost_staff_sessions_swept_total.
func (s *Service) SweepSessions(ctx context.Context, budget time.Duration) (swept int64, more bool, err error) {
	return s.sweepSessions(ctx, budget, SweepBatch)
}

func (s *Service) sweepSessions(ctx context.Context, budget time.Duration, batch int) (swept int64, more bool, err error) {
	deadline := time.Now().Add(budget)
	met := s.svc.Metrics()
	for time.Now().Before(deadline) && ctx.Err() == nil {
		now := s.now()
		n, err := s.st.SweepStaffSessions(ctx, store.StaffSessionCutoffs{
			IdleBefore:    now.Add(-s.cfg.SessionIdle),
			CreatedBefore: now.Add(-s.cfg.SessionMax),
			StageBefore:   now.Add(-PasswordStageTTL),
		}, batch)
		swept += n
		met.StaffSessionsSwept.Add(float64(n))
		if err != nil {
			return swept, false, err
		}
		if n < int64(batch) {
			return swept, false, nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(ShredPause):
		}
	}
	return swept, true, nil
}

// RunShred shreds due staff messages in batches of ShredBatch until none
// is due or budget is spent; more says work was left.
func (s *Service) RunShred(ctx context.Context, budget time.Duration) (shredded int, more bool, err error) {
	deadline := time.Now().Add(budget)
	// Patients' replies past their pool's policy (replies.go).
	n, err := s.svc.ShredDueReplies(ctx, s.now(), func() bool { return time.Now().Before(deadline) && ctx.Err() == nil })
	shredded += n
	if err != nil {
		return shredded, false, err
	}
	for time.Now().Before(deadline) && ctx.Err() == nil {
		now := s.now()
		due, err := s.st.StaffMessagesDue(ctx, now, ShredBatch)
		if err != nil {
			return shredded, false, err
		}
		byTenant := map[string][]string{}
		var order []string
		for _, c := range due {
			if _, ok := byTenant[c.TenantID]; !ok {
				order = append(order, c.TenantID)
			}
			byTenant[c.TenantID] = append(byTenant[c.TenantID], c.ID)
		}
		for _, t := range order {
			done, err := s.st.ShredStaffMessages(ctx, t, byTenant[t], ShredActor, ActionMessageExpire, now)
			if err != nil {
				return shredded, false, err
			}
			shredded += len(done)
			s.deleteAttachmentBlobs(ctx, t, done)
		}
		if len(due) < ShredBatch {
			return shredded, false, nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(ShredPause):
		}
	}
	return shredded, true, nil
}
