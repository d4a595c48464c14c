// Package inboxevents fans recipients' unread counts out to live subscribers
// (the SSE stream GET /v1/inbox/events): one hub per node, bounded per
// recipient and in all, told of changes in process or, across nodes, through
// a Bus (PostgreSQL LISTEN/NOTIFY) that carries opaque hashes only.
//
// A subscriber costs a small struct and a one-slot channel; it has no
// goroutine of its own (the HTTP handler waits on its channel). A change for
// a recipient with no subscriber on this node costs nothing; otherwise the
// count is read once per change for all of that recipient's subscribers.
package inboxevents

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Counter reads a recipient's unread count and when the earliest unread
// message expires (zero if none does).
type Counter func(ctx context.Context, tenantID, recipientID string) (count int, nextExpiry time.Time, err error)

// Bus carries change notices between nodes. Publish sends keys' payloads;
// Run listens until ctx ends, calling ready whenever it (re)starts listening
// and deliver for each payload received — including this node's own.
type Bus interface {
	Publish(ctx context.Context, payloads []string) error
	Run(ctx context.Context, ready func(), deliver func(payload string))
}

// Config tunes a hub.
type Config struct {
	Count Counter
	Bus   Bus // nil: a single node (SQLite), changes are delivered in process
	Log   *slog.Logger
	// MaxPerRecipient caps one recipient's streams on this node (default 8);
	// MaxTotal caps all streams on this node (default 20,000).
	MaxPerRecipient, MaxTotal int
	// Heartbeat is how often idle streams get a comment line (default 25 s),
	// so proxies keep them open.
	Heartbeat time.Duration
	// Workers read counts concurrently (default 4).
	Workers int
	// Now is the clock expiry times are compared with (default time.Now;
	// the service passes its own).
	Now func() time.Time
}

// ErrFull: a cap is reached; the client should retry later.
var ErrFull = errors.New("inboxevents: too many live streams")

// ErrClosed: the hub is shutting down.
var ErrClosed = errors.New("inboxevents: closed")

// Key is the opaque identity of a (tenant, recipient) pair, the only thing
// that crosses nodes.
type Key [16]byte

// KeyOf hashes a tenant and recipient id.
func KeyOf(tenantID, recipientID string) Key {
	h := sha256.New()
	h.Write([]byte("sealpost inbox events v1\x00"))
	h.Write([]byte(tenantID))
	h.Write([]byte{0})
	h.Write([]byte(recipientID))
	var k Key
	copy(k[:], h.Sum(nil))
	return k
}

func (k Key) payload() string { return base64.RawURLEncoding.EncodeToString(k[:]) }

func parseKey(p string) (Key, bool) {
	var k Key
	b, err := base64.RawURLEncoding.DecodeString(p)
	if err != nil || len(b) != len(k) {
		return k, false
	}
	copy(k[:], b)
	return k, true
}

// Hub is one node's fan-out. It is safe for concurrent use.
type Hub struct {
	cfg    Config
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	wg     sync.WaitGroup

	mu     sync.Mutex
	work   *sync.Cond
	groups map[Key]*group
	queue  []*group
	total  int
	closed bool

	pub       chan Key     // changes to publish on the bus
	unsent    atomic.Int64 // changes not published since the last warning
	warnedAt  atomic.Int64 // when that warning was logged (Unix seconds)
	listening chan struct{}
	listenOne sync.Once
}

// group is one recipient's subscribers on this node.
type group struct {
	key                     Key
	tenantID, recipientID   string
	subs                    []*Sub
	count                   int
	known                   bool // count has been read
	queued, inflight, again bool
	expiry                  *time.Timer
}

// Sub is one live stream.
type Sub struct {
	h    *Hub
	g    *group
	wake chan struct{}
	sent int // last count handed out, -1 before the first
	beat bool
}

// New starts a hub. Close stops it.
func New(cfg Config) *Hub {
	if cfg.MaxPerRecipient <= 0 {
		cfg.MaxPerRecipient = 8
	}
	if cfg.MaxTotal <= 0 {
		cfg.MaxTotal = 20000
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 25 * time.Second
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 4
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &Hub{cfg: cfg, ctx: ctx, cancel: cancel, done: make(chan struct{}), groups: map[Key]*group{}, listening: make(chan struct{})}
	h.work = sync.NewCond(&h.mu)
	for range cfg.Workers {
		h.wg.Add(1)
		go h.worker()
	}
	h.wg.Add(1)
	go h.heartbeat()
	if cfg.Bus != nil {
		h.pub = make(chan Key, 4096)
		h.wg.Add(2)
		go h.publisher()
		go func() {
			defer h.wg.Done()
			cfg.Bus.Run(ctx, func() {
				h.recountAll()
				h.listenOne.Do(func() { close(h.listening) })
			}, func(p string) {
				if k, ok := parseKey(p); ok {
					h.notify(k)
				}
			})
		}()
	} else {
		close(h.listening)
	}
	return h
}

// Listening is closed once the hub hears other nodes' changes (at once
// without a bus).
func (h *Hub) Listening() <-chan struct{} { return h.listening }

// Done is closed when the hub shuts down: streams end.
func (h *Hub) Done() <-chan struct{} { return h.done }

// Close ends every stream and stops the hub's goroutines. It is idempotent.
func (h *Hub) Close() {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return
	}
	h.closed = true
	close(h.done)
	for _, g := range h.groups {
		if g.expiry != nil {
			g.expiry.Stop()
		}
	}
	h.work.Broadcast()
	h.mu.Unlock()
	h.cancel()
	h.wg.Wait()
}

// Subscribe registers a stream of a recipient's count. The first count
// arrives through Wake like every later one. ErrFull beyond the caps.
func (h *Hub) Subscribe(tenantID, recipientID string) (*Sub, error) {
	k := KeyOf(tenantID, recipientID)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, ErrClosed
	}
	g := h.groups[k]
	if g != nil && (g.tenantID != tenantID || g.recipientID != recipientID) {
		// A hash collision would mix two recipients: refuse instead.
		return nil, ErrFull
	}
	if h.total >= h.cfg.MaxTotal || g != nil && len(g.subs) >= h.cfg.MaxPerRecipient {
		return nil, ErrFull
	}
	if g == nil {
		g = &group{key: k, tenantID: tenantID, recipientID: recipientID}
		h.groups[k] = g
	}
	s := &Sub{h: h, g: g, wake: make(chan struct{}, 1), sent: -1}
	g.subs = append(g.subs, s)
	h.total++
	if g.known {
		s.signal()
	} else {
		h.enqueue(g)
	}
	return s, nil
}

// Wake receives when the stream has something to send (call Next).
func (s *Sub) Wake() <-chan struct{} { return s.wake }

// Next reports what to send: the count if it changed since the last call,
// and whether a heartbeat is due.
func (s *Sub) Next() (count int, changed, beat bool) {
	s.h.mu.Lock()
	defer s.h.mu.Unlock()
	g := s.g
	if g.known && g.count != s.sent {
		s.sent = g.count
		count, changed = g.count, true
	}
	beat, s.beat = s.beat, false
	return count, changed, beat
}

// Close unregisters the stream.
func (s *Sub) Close() {
	h := s.h
	h.mu.Lock()
	defer h.mu.Unlock()
	g := s.g
	for i, x := range g.subs {
		if x == s {
			g.subs[i] = g.subs[len(g.subs)-1]
			g.subs[len(g.subs)-1] = nil
			g.subs = g.subs[:len(g.subs)-1]
			h.total--
			break
		}
	}
	if len(g.subs) == 0 && !g.inflight && !g.queued {
		h.drop(g)
	}
}

func (s *Sub) signal() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// drop forgets an empty group (h.mu held).
func (h *Hub) drop(g *group) {
	if g.expiry != nil {
		g.expiry.Stop()
	}
	if h.groups[g.key] == g {
		delete(h.groups, g.key)
	}
}

// Changed tells the hub that a recipient's unread count may have changed
// (a message accepted, read, unread, archived, revoked). Call it after the
// change has committed. On a bus the notice reaches every node, this one
// included.
func (h *Hub) Changed(tenantID, recipientID string) {
	k := KeyOf(tenantID, recipientID)
	if h.pub == nil {
		h.notify(k)
		return
	}
	select {
	case h.pub <- k:
	default:
		// The bus is backed up: tell this node at least. Warned at most once
		// a minute (ingest calls this per message), with how many went unsent.
		n := h.unsent.Add(1)
		now := time.Now().Unix()
		if last := h.warnedAt.Load(); now-last >= 60 && h.warnedAt.CompareAndSwap(last, now) {
			h.unsent.Add(-n)
			h.cfg.Log.Warn("inbox events: publish queue full; other nodes learn of these changes at their next recount", "unsent", n)
		}
		h.notify(k)
	}
}

// notify schedules a recount if this node has subscribers of k.
func (h *Hub) notify(k Key) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if g := h.groups[k]; g != nil && !h.closed {
		h.enqueue(g)
	}
}

// recountAll recounts every group: after the bus (re)connects, notices sent
// while it was away are lost.
func (h *Hub) recountAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, g := range h.groups {
		h.enqueue(g)
	}
}

// enqueue schedules one recount of g (h.mu held); a change during a count
// in flight queues another after it, so the last count read starts after
// the last change.
func (h *Hub) enqueue(g *group) {
	switch {
	case g.inflight:
		g.again = true
	case !g.queued:
		g.queued = true
		h.queue = append(h.queue, g)
		h.work.Signal()
	}
}

func (h *Hub) worker() {
	defer h.wg.Done()
	h.mu.Lock()
	for {
		for len(h.queue) == 0 && !h.closed {
			h.work.Wait()
		}
		if h.closed {
			h.mu.Unlock()
			return
		}
		g := h.queue[0]
		h.queue[0] = nil
		h.queue = h.queue[1:]
		g.queued, g.inflight, g.again = false, true, false
		if len(g.subs) == 0 {
			g.inflight = false
			h.drop(g)
			continue
		}
		h.mu.Unlock()
		ctx, cancel := context.WithTimeout(h.ctx, 10*time.Second)
		n, next, err := h.cfg.Count(ctx, g.tenantID, g.recipientID)
		cancel()
		h.mu.Lock()
		g.inflight = false
		if h.closed {
			continue
		}
		if err != nil {
			h.cfg.Log.Warn("inbox events: unread count failed; retrying", "err", err)
			time.AfterFunc(time.Second, func() { h.notify(g.key) })
		} else {
			g.count, g.known = n, true
			for _, s := range g.subs {
				if s.sent != n {
					s.signal()
				}
			}
			if g.expiry != nil {
				g.expiry.Stop()
				g.expiry = nil
			}
			if !next.IsZero() {
				k := g.key
				// At least 100 ms apart: a clock behind the database's
				// expiry times cannot make a recount loop.
				g.expiry = time.AfterFunc(max(next.Sub(h.cfg.Now())+10*time.Millisecond, 100*time.Millisecond), func() { h.notify(k) })
			}
		}
		switch {
		case len(g.subs) == 0:
			h.drop(g)
		case g.again:
			h.enqueue(g)
		}
	}
}

// heartbeat wakes every stream once per period for a keep-alive comment.
func (h *Hub) heartbeat() {
	defer h.wg.Done()
	t := time.NewTicker(h.cfg.Heartbeat)
	defer t.Stop()
	for {
		select {
		case <-h.ctx.Done():
			return
		case <-t.C:
		}
		h.mu.Lock()
		for _, g := range h.groups {
			for _, s := range g.subs {
				s.beat = true
				s.signal()
			}
		}
		h.mu.Unlock()
	}
}

// publisher sends queued changes on the bus, many per statement.
func (h *Hub) publisher() {
	defer h.wg.Done()
	batch := make([]string, 0, 256)
	for {
		batch = batch[:0]
		select {
		case <-h.ctx.Done():
			return
		case k := <-h.pub:
			batch = append(batch, k.payload())
		}
	drain:
		for len(batch) < cap(batch) {
			select {
			case k := <-h.pub:
				batch = append(batch, k.payload())
			default:
				break drain
			}
		}
		ctx, cancel := context.WithTimeout(h.ctx, 5*time.Second)
		err := h.cfg.Bus.Publish(ctx, batch)
		cancel()
		if err != nil && h.ctx.Err() == nil {
			// Other nodes miss these; tell this node at least.
			h.cfg.Log.Warn("inbox events: publish failed", "err", err)
			for _, p := range batch {
				if k, ok := parseKey(p); ok {
					h.notify(k)
				}
			}
		}
	}
}

// Stats is the hub's size, for metrics and the benchmark.
type Stats struct{ Streams, Recipients int }

// Stats reports the hub's size.
func (h *Hub) Stats() Stats {
	h.mu.Lock()
	defer h.mu.Unlock()
	return Stats{Streams: h.total, Recipients: len(h.groups)}
}
