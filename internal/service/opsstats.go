package service

import (
	"context"
	"errors"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/store"
)

// Metrics returns the service's collectors, for the layers that count what
// they do (the delivery worker).
func (s *Service) Metrics() *metrics.Metrics { return s.met }

// storeStats feeds the scrape-time backlog gauges from the store.
type storeStats struct {
	st  *store.Store
	now func() time.Time
}

func (b storeStats) RetentionBacklog(ctx context.Context) (metrics.RetentionBacklog, error) {
	now := b.now()
	st, err := b.st.Retention(ctx, now, now)
	if err != nil {
		return metrics.RetentionBacklog{}, err
	}
	rb := metrics.RetentionBacklog{Due: int64(st.Due)}
	if st.OldestDue != nil {
		rb.Oldest = max(now.Sub(*st.OldestDue), 0)
	}
	return rb, nil
}

func (b storeStats) QueueStats(ctx context.Context) ([]metrics.QueueStat, error) {
	qs, err := b.st.QueueStats(ctx)
	out := make([]metrics.QueueStat, len(qs))
	for i, q := range qs {
		out[i] = metrics.QueueStat{Queue: q.Queue, State: q.State, Jobs: q.Jobs, OldestWait: q.OldestWait}
	}
	return out, err
}

func (b storeStats) AuditLag(ctx context.Context) (metrics.AuditLag, error) {
	n, oldest, err := b.st.AuditLag(ctx)
	return metrics.AuditLag{Unchained: n, Oldest: oldest}, err
}

// countSignIn counts a refused sign-in step in the metrics by a fixed
// reason; other errors (and success) are not counted.
func (s *Service) countSignIn(step string, err error) {
	var se *Error
	if !errors.As(err, &se) {
		return
	}
	switch se.Kind {
	case KindBadCredentials:
		s.met.SignInFailed(step, "bad_credentials")
	case KindLocked:
		s.met.SignInFailed(step, "locked")
	}
}
