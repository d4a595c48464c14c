// Package fairshare keeps tenants fair on the River queue they all share:
// each tenant has a token bucket, and a job enqueued within its tenant's
// budget gets River's top priority while a job beyond it yields (a lower
// priority), so one tenant's burst waits behind other tenants' jobs instead
// of in front of them.
//
// River fetches available jobs by priority first, then by scheduled time, so
// a tenant B's job enqueued while tenant A's burst is queued is fetched after
// at most A's in-budget jobs ahead of it — at most Burst + Rate·t of them,
// t being how long they have been queued — plus the jobs already running,
// however long A's burst is. Nothing is throttled: when no other tenant
// waits, a yielding tenant's jobs run at full speed, in the order enqueued.
//
// Buckets live in memory, per node: with n nodes taking requests, a tenant
// may enqueue up to n·Burst jobs at top priority.
package fairshare

import (
	"sync"
	"time"

	"github.com/riverqueue/river"
)

// River priorities (1 is fetched first).
const (
	PriorityInBudget = 1
	PriorityYield    = 2
)

// Defaults for New.
const (
	DefaultBurst = 100  // jobs at top priority before a tenant yields
	DefaultRate  = 10.0 // jobs per second refilling the budget
)

// maxTenants bounds the buckets kept; past it, full buckets are dropped (a
// new bucket starts full, so dropping one changes nothing).
const maxTenants = 10000

// Limiter assigns priorities to a tenant's jobs. It is safe for concurrent use.
type Limiter struct {
	mu      sync.Mutex
	burst   float64
	rate    float64
	now     func() time.Time
	tenants map[string]*bucket
}

type bucket struct {
	tokens float64 // may go down to -burst while the tenant floods
	at     time.Time
	yield  bool // over budget: yields until its bucket has refilled
}

// New returns a Limiter granting each tenant burst jobs at top priority,
// refilled at rate jobs per second (defaults if <= 0). now may be nil.
func New(burst int, rate float64, now func() time.Time) *Limiter {
	if burst <= 0 {
		burst = DefaultBurst
	}
	if rate <= 0 {
		rate = DefaultRate
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{burst: float64(burst), rate: rate, now: now, tenants: map[string]*bucket{}}
}

// Assign sets the priority of a tenant's jobs about to be enqueued: top
// priority within its budget, PriorityYield beyond it. A tenant that went
// over its budget keeps yielding until its bucket is full again, so a
// sustained flood does not earn a top-priority share every few seconds, and
// its own jobs keep their order.
func (l *Limiter) Assign(tenantID string, jobs []river.InsertManyParams) {
	if len(jobs) == 0 {
		return
	}
	inBudget := l.take(tenantID, len(jobs))
	for i := inBudget; i < len(jobs); i++ {
		o := river.InsertOpts{}
		if jobs[i].InsertOpts != nil {
			o = *jobs[i].InsertOpts
		}
		o.Priority = PriorityYield
		jobs[i].InsertOpts = &o
	}
}

// take spends n tokens of the tenant's bucket and returns how many of them
// were within budget (the first ones).
func (l *Limiter) take(tenantID string, n int) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.tenants[tenantID]
	if b == nil {
		if len(l.tenants) >= maxTenants {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.tenants[tenantID] = b
	}
	b.refill(now, l.burst, l.rate)
	if b.yield && b.tokens >= l.burst {
		b.yield = false
	}
	in := 0
	for range n {
		if !b.yield && b.tokens >= 1 {
			in++
		} else {
			b.yield = true
		}
		b.tokens = max(b.tokens-1, -l.burst)
	}
	return in
}

func (b *bucket) refill(now time.Time, burst, rate float64) {
	if d := now.Sub(b.at).Seconds(); d > 0 {
		b.tokens = min(burst, b.tokens+d*rate)
	}
	b.at = now
}

// sweep drops buckets that have refilled: they would start full anyway.
func (l *Limiter) sweep(now time.Time) {
	for id, b := range l.tenants {
		b.refill(now, l.burst, l.rate)
		if b.tokens >= l.burst {
			delete(l.tenants, id)
		}
	}
}
