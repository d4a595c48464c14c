package inboxevents

import (
	"context"
	"log/slog"
	"time"
)

// Notifier is what StoreBus needs of the store (store.Store on PostgreSQL).
type Notifier interface {
	Notify(ctx context.Context, payloads []string) error
	Listen(ctx context.Context, onReady func(), fn func(payload string)) error
}

// StoreBus is the PostgreSQL bus: NOTIFY on the deployment's channel, and
// one pooled connection per node held in LISTEN, reconnected with backoff.
type StoreBus struct {
	St  Notifier
	Log *slog.Logger
}

// Publish implements Bus.
func (b StoreBus) Publish(ctx context.Context, payloads []string) error {
	return b.St.Notify(ctx, payloads)
}

// Run implements Bus.
func (b StoreBus) Run(ctx context.Context, ready func(), deliver func(string)) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		start := time.Now()
		err := b.St.Listen(ctx, ready, deliver)
		if ctx.Err() != nil {
			return
		}
		if b.Log != nil {
			b.Log.Warn("inbox events: listener lost its connection; reconnecting", "err", err)
		}
		if time.Since(start) > time.Minute {
			backoff = 100 * time.Millisecond
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}
