package service

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/store"
)

// errShuttingDown is returned to sends that arrive while the service stops.
var errShuttingDown = errors.New("service is shutting down")

// committer is the ingest group commit: concurrent sends hand their prepared
// rows to a few writers, and each writer commits whatever is waiting in one
// transaction. Under load a transaction carries many messages (one fsync, a few
// multi-row INSERTs); when idle it carries one and adds no delay.
type committer struct {
	st   *store.Store
	met  *metrics.Metrics
	max  int
	in   chan *pending // unbuffered: a send is accepted only by a live writer
	quit chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

type pending struct {
	item store.NewMessage
	done chan result
}

type result struct {
	created bool
	err     error
}

func newCommitter(st *store.Store, met *metrics.Metrics, writers, max int) *committer {
	c := &committer{st: st, met: met, max: max, in: make(chan *pending), quit: make(chan struct{})}
	for range writers {
		c.wg.Add(1)
		go c.writer()
	}
	return c
}

func (c *committer) submit(ctx context.Context, item store.NewMessage) (bool, error) {
	p := &pending{item: item, done: make(chan result, 1)}
	select {
	case c.in <- p:
	case <-c.quit:
		return false, errShuttingDown
	case <-ctx.Done():
		return false, ctx.Err()
	}
	// Once handed over the write completes regardless of the caller; a caller
	// that gave up can retry with its Idempotency-Key.
	select {
	case r := <-p.done:
		return r.created, r.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

func (c *committer) writer() {
	defer c.wg.Done()
	batch := make([]*pending, 0, c.max)
	for {
		batch = batch[:0]
		select {
		case p := <-c.in:
			batch = append(batch, p)
		case <-c.quit:
			return
		}
	drain:
		for len(batch) < c.max {
			select {
			case p := <-c.in:
				batch = append(batch, p)
			default:
				break drain
			}
		}
		c.commit(batch)
	}
}

func (c *committer) commit(batch []*pending) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	items := make([]store.NewMessage, len(batch))
	for i, p := range batch {
		items[i] = p.item
	}
	created, err := c.st.CreateMessages(ctx, items)
	if err != nil && len(batch) > 1 {
		// Do not let one bad item fail its neighbours: retry each alone.
		for _, p := range batch {
			cr, err := c.st.CreateMessages(ctx, []store.NewMessage{p.item})
			r := result{err: err}
			if err == nil {
				r.created = cr[0]
			}
			p.done <- r
		}
		return
	}
	c.met.IngestBatch.Observe(float64(len(batch)))
	for i, p := range batch {
		r := result{err: err}
		if err == nil {
			r.created = created[i]
		}
		p.done <- r
	}
}

func (c *committer) close() {
	c.once.Do(func() { close(c.quit) })
	c.wg.Wait()
}
