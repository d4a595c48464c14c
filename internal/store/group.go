package store

import (
	"context"
	"errors"
	"sync"
	"time"
)

// groupCommit runs small write operations from concurrent callers in shared
// transactions: a caller hands over its operation, a writer takes whatever
// operations are waiting and commits them together (one fsync instead of
// many). An operation returning a logical outcome (ErrConflict, ErrNotFound,
// ErrGone) leaves the batch intact; any other error rolls the batch back and
// every operation is rerun in a transaction of its own, so one failure never
// fails its neighbours.
type groupCommit struct {
	b    backend
	in   chan *groupOp
	quit chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

type groupOp struct {
	fn   func(tx txn) error
	done chan error
}

func newGroupCommit(b backend, writers int) *groupCommit {
	g := &groupCommit{b: b, in: make(chan *groupOp), quit: make(chan struct{})}
	for range writers {
		g.wg.Add(1)
		go g.writer()
	}
	return g
}

func logical(err error) bool {
	return errors.Is(err, ErrConflict) || errors.Is(err, ErrNotFound) || errors.Is(err, ErrGone)
}

// do runs fn in a shared transaction and returns its outcome.
func (g *groupCommit) do(ctx context.Context, fn func(tx txn) error) error {
	op := &groupOp{fn: fn, done: make(chan error, 1)}
	select {
	case g.in <- op:
	case <-g.quit:
		return errors.New("store: closing")
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-op.done // the write completes (or fails) regardless of ctx
}

func (g *groupCommit) writer() {
	defer g.wg.Done()
	const maxBatch = 128
	batch := make([]*groupOp, 0, maxBatch)
	for {
		batch = batch[:0]
		select {
		case op := <-g.in:
			batch = append(batch, op)
		case <-g.quit:
			return
		}
	drain:
		for len(batch) < maxBatch {
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

func (g *groupCommit) run(batch []*groupOp) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	results := make([]error, len(batch))
	err := g.b.inTx(ctx, func(tx txn) error {
		for i, op := range batch {
			results[i] = op.fn(tx)
			if results[i] != nil && !logical(results[i]) {
				return results[i]
			}
		}
		return nil
	})
	if err != nil && len(batch) > 1 {
		for _, op := range batch {
			var res error
			e := g.b.inTx(ctx, func(tx txn) error {
				res = op.fn(tx)
				if res != nil && !logical(res) {
					return res
				}
				return nil
			})
			if e != nil {
				res = e
			}
			op.done <- res
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

func (g *groupCommit) close() {
	g.once.Do(func() { close(g.quit) })
	g.wg.Wait()
}
