package fairshare

import (
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/sealpost/sealpost/internal/jobs"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func priorities(l *Limiter, tenant string, n int) []int {
	js := make([]river.InsertManyParams, n)
	for i := range js {
		js[i].Args = jobs.Deliver{TenantID: tenant}
	}
	l.Assign(tenant, js)
	out := make([]int, n)
	for i, j := range js {
		out[i] = PriorityInBudget
		if j.InsertOpts != nil {
			out[i] = j.InsertOpts.Priority
		}
	}
	return out
}

func TestBudgetThenYield(t *testing.T) {
	c := &clock{t: time.Unix(1e9, 0)}
	l := New(3, 1, c.now)
	if got := priorities(l, "a", 5); got[2] != PriorityInBudget || got[3] != PriorityYield || got[4] != PriorityYield {
		t.Fatalf("first burst: %v", got)
	}
	if got := priorities(l, "b", 1); got[0] != PriorityInBudget {
		t.Fatal("another tenant pays for a's burst")
	}
	// Two seconds refill two tokens, but a keeps yielding until full.
	c.t = c.t.Add(2 * time.Second)
	if got := priorities(l, "a", 1); got[0] != PriorityYield {
		t.Fatal("a flooding tenant regained top priority before its bucket refilled")
	}
	// Quiet long enough: a full bucket again.
	c.t = c.t.Add(time.Minute)
	if got := priorities(l, "a", 3); got[0] != PriorityInBudget || got[2] != PriorityInBudget {
		t.Fatalf("after a quiet minute: %v", got)
	}
}

func TestKeepsOtherInsertOpts(t *testing.T) {
	l := New(1, 1, nil)
	js := []river.InsertManyParams{{Args: jobs.Deliver{}}, {Args: jobs.Deliver{}, InsertOpts: &river.InsertOpts{MaxAttempts: 3}}}
	l.Assign("a", js)
	if js[0].InsertOpts != nil || js[1].InsertOpts.Priority != PriorityYield || js[1].InsertOpts.MaxAttempts != 3 {
		t.Fatalf("%+v %+v", js[0].InsertOpts, js[1].InsertOpts)
	}
}

func TestBucketsBounded(t *testing.T) {
	c := &clock{t: time.Unix(1e9, 0)}
	l := New(2, 1000, c.now)
	for i := range maxTenants + 10 {
		priorities(l, string(rune(i)), 1)
		c.t = c.t.Add(time.Millisecond)
	}
	if len(l.tenants) > maxTenants {
		t.Fatalf("%d buckets kept", len(l.tenants))
	}
}

// BenchmarkAssign is the cost added to each message sent (three jobs).
func BenchmarkAssign(b *testing.B) {
	l := New(0, 0, nil)
	js := make([]river.InsertManyParams, 3)
	for i := 0; b.Loop(); i++ {
		for k := range js {
			js[k] = river.InsertManyParams{Args: jobs.Deliver{}}
		}
		l.Assign("ten_"+string(rune('a'+i%8)), js)
	}
}
