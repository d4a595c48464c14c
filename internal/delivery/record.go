package delivery

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/store"
)

// Recording the outcome of a send the channel accepted.
//
// Once a channel has accepted a notice, failing the attempt would make River
// run it again and send a second copy. So the worker keeps trying to record
// the outcome — through a database restart, a full disk freeing up, a
// connection-pool hiccup — with exponential backoff, on a context detached
// from the job's (the job's deadline must not turn an accepted send into a
// duplicate), for at most RecordPolicy.Total. Only when that budget is spent
// does the attempt fail and River retry it: the copy it sends carries the
// same Message-ID and link (docs/email.md, "At least once").

// RecordPolicy bounds the retries of the outcome write.
type RecordPolicy struct {
	First time.Duration // wait before the first retry
	Max   time.Duration // cap of one wait (the waits double up to it)
	Total time.Duration // give up once this much time has passed since the first failure
}

// DefaultRecordPolicy retries after 50 ms, doubling to at most 2 s between
// tries, for up to 2 minutes: long enough for a PostgreSQL restart or
// fail-over, short enough to stay within the deadline of a graceful stop
// plus River's rescue of a dead worker's jobs. The 2 s cap records the
// outcome within about 2 s of the database coming back.
var DefaultRecordPolicy = RecordPolicy{First: 50 * time.Millisecond, Max: 2 * time.Second, Total: 2 * time.Minute}

// SetRecordPolicy replaces the retry policy of the outcome write (tests).
func (d *Deliverer) SetRecordPolicy(p RecordPolicy) { d.record = p }

// recordOutcome writes u, retrying failures of a database that is away for
// a moment (store.Unavailable: restart, fail-over, full disk, busy) as
// RecordPolicy allows; ErrConflict (someone else, a revoke, moved the
// delivery on) is nothing to record, and any other error is returned at
// once. A write whose commit reached the database but whose answer was lost
// comes back as ErrConflict on the retry (the delivery is no longer
// open), which is success.
func (d *Deliverer) recordOutcome(ctx context.Context, u store.DeliveryUpdate) error {
	p := d.record
	if p.Total <= 0 {
		p = DefaultRecordPolicy
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.Total)
	defer cancel()
	wait := p.First
	var timer *time.Timer
	for tries := 1; ; tries++ {
		_, err := d.st.UpdateDelivery(rctx, u)
		if err == nil || errors.Is(err, store.ErrConflict) {
			if tries > 1 {
				d.log.Info("delivery outcome recorded after retries", "tenant_id", u.TenantID, "delivery_id", u.ID, "tries", tries)
			}
			return err
		}
		if errors.Is(err, store.ErrClosing) {
			return err // the process is stopping: the job's retry sends again
		}
		if !store.Unavailable(err) {
			return err // not the database being away: waiting will not help
		}
		if tries == 1 {
			d.log.Warn("delivery outcome not recorded; retrying", "tenant_id", u.TenantID, "delivery_id", u.ID, "err", err)
		}
		if timer == nil {
			timer = time.NewTimer(wait)
			defer timer.Stop()
		} else {
			timer.Reset(wait)
		}
		select {
		case <-timer.C:
		case <-rctx.Done():
			d.log.Error("delivery outcome not recorded; the attempt fails and its retry sends the notice again",
				"tenant_id", u.TenantID, "delivery_id", u.ID, "tries", tries, "err", err)
			return err
		}
		wait = min(2*wait, p.Max)
	}
}
