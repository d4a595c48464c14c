package store

import (
	"context"
	"errors"
	"sync"
	"time"
)

// batcher serves small operations from concurrent callers together: a caller
// hands over its item, a batcher goroutine takes whatever items are waiting
// and applies them in one attempt — for writes (newBatcher) one transaction
// (one fsync, and on PostgreSQL as few round trips as apply manages), for
// reads (newReadBatcher) one statement — instead of one or more per caller.
//
// An attempt returns one outcome per item. A logical outcome (ErrConflict,
// ErrNotFound, ErrGone) leaves the batch intact: a write reports it before
// writing anything for that item. Any other error — from apply or from the
// commit — fails the attempt (a write batch rolls back) and every item is
// tried again alone, so one failure never fails its neighbours.
type batcher[T any] struct {
	// once applies items in one attempt (one transaction for writes, one
	// round trip for reads); its results are valid only if err is nil.
	once func(ctx context.Context, items []T) (results []error, err error)
	max  int
	in   chan *batchOp[T]
	quit chan struct{}
	wg   sync.WaitGroup
	stop sync.Once
}

type batchOp[T any] struct {
	item T
	done chan error
}

func newBatcher[T any](b backend, writers, maxBatch int, apply func(ctx context.Context, tx txn, items []T) ([]error, error)) *batcher[T] {
	return startBatcher(writers, maxBatch, func(ctx context.Context, items []T) (results []error, err error) {
		err = b.inTx(ctx, func(tx txn) error {
			var e error
			results, e = apply(ctx, tx, items)
			return firstFailure(results, len(items), e)
		})
		return results, err
	})
}

// newReadBatcher is a batcher of reads: read answers all waiting items at
// once outside any transaction (on PostgreSQL one statement for the lot
// instead of one round trip per caller). Its logical outcomes are per item;
// any other error reruns every item alone, as for writes.
func newReadBatcher[T any](q querier, readers, maxBatch int, read func(ctx context.Context, q querier, items []T) ([]error, error)) *batcher[T] {
	return startBatcher(readers, maxBatch, func(ctx context.Context, items []T) ([]error, error) {
		results, err := read(ctx, q, items)
		if err = firstFailure(results, len(items), err); err != nil {
			return nil, err
		}
		return results, nil
	})
}

func startBatcher[T any](workers, maxBatch int, once func(ctx context.Context, items []T) ([]error, error)) *batcher[T] {
	g := &batcher[T]{once: once, max: maxBatch, in: make(chan *batchOp[T]), quit: make(chan struct{})}
	for range workers {
		g.wg.Add(1)
		go g.writer()
	}
	return g
}

// firstFailure is err, else an error if results do not match the items, else
// the first non-logical result.
func firstFailure(results []error, n int, err error) error {
	if err == nil && len(results) != n {
		err = errors.New("store: batch apply returned the wrong number of results")
	}
	for _, r := range results {
		if err == nil && r != nil && !logical(r) {
			err = r
		}
	}
	return err
}

func logical(err error) bool {
	return errors.Is(err, ErrConflict) || errors.Is(err, ErrNotFound) || errors.Is(err, ErrGone)
}

// do applies item in a shared transaction and returns its outcome once the
// transaction has committed (or failed).
func (g *batcher[T]) do(ctx context.Context, item T) error {
	op := &batchOp[T]{item: item, done: make(chan error, 1)}
	select {
	case g.in <- op:
	case <-g.quit:
		return ErrClosing
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-op.done // the write completes (or fails) regardless of ctx
}

func (g *batcher[T]) writer() {
	defer g.wg.Done()
	batch := make([]*batchOp[T], 0, g.max)
	for {
		batch = batch[:0]
		select {
		case op := <-g.in:
			batch = append(batch, op)
		case <-g.quit:
			return
		}
	drain:
		for len(batch) < g.max {
			select {
			case op := <-g.in:
				batch = append(batch, op)
			default:
				break drain
			}
		}
		g.run(batch)
	}
}

func (g *batcher[T]) run(batch []*batchOp[T]) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	items := make([]T, len(batch))
	for i, op := range batch {
		items[i] = op.item
	}
	results, err := g.once(ctx, items)
	if err != nil && len(batch) > 1 {
		for i, op := range batch {
			res, err := g.once(ctx, items[i:i+1])
			if err != nil {
				op.done <- err
			} else {
				op.done <- res[0]
			}
		}
		return
	}
	for i, op := range batch {
		if err != nil {
			op.done <- err
		} else {
			op.done <- results[i]
		}
	}
}

func (g *batcher[T]) close() {
	g.stop.Do(func() { close(g.quit) })
	g.wg.Wait()
}

// groupCommit is a batcher of arbitrary small operations, run one after the
// other inside the shared transaction.
type groupCommit = batcher[func(tx txn) error]

func newGroupCommit(b backend, writers int) *groupCommit {
	return newBatcher(b, writers, 128, func(ctx context.Context, tx txn, fns []func(tx txn) error) ([]error, error) {
		results := make([]error, len(fns))
		for i, fn := range fns {
			results[i] = fn(tx)
			if results[i] != nil && !logical(results[i]) {
				return nil, results[i]
			}
		}
		return results, nil
	})
}
