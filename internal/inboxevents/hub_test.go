package inboxevents

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// counts is the test's unread counts, read by the hub like the store's.
type counts struct {
	mu    sync.Mutex
	n     map[[2]string]int
	reads int
}

func (c *counts) set(t, r string, n int) {
	c.mu.Lock()
	c.n[[2]string{t, r}] = n
	c.mu.Unlock()
}

func (c *counts) count(_ context.Context, t, r string) (int, time.Time, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	return c.n[[2]string{t, r}], time.Time{}, nil
}

// next waits for the stream's next count (the test's deadline bounds it).
func next(t *testing.T, s *Sub) int {
	t.Helper()
	for {
		select {
		case <-s.Wake():
		case <-time.After(10 * time.Second):
			t.Fatal("no event")
		}
		if n, changed, _ := s.Next(); changed {
			return n
		}
	}
}

func TestHubFanOutAndBoundaries(t *testing.T) {
	c := &counts{n: map[[2]string]int{}}
	h := New(Config{Count: c.count, MaxPerRecipient: 2, MaxTotal: 3})
	defer h.Close()
	c.set("t1", "r1", 3)
	c.set("t1", "r2", 7)
	c.set("t2", "r1", 11) // same recipient id, another tenant
	a1, err := h.Subscribe("t1", "r1")
	if err != nil {
		t.Fatal(err)
	}
	a2, _ := h.Subscribe("t1", "r1")
	if _, err := h.Subscribe("t1", "r1"); !errors.Is(err, ErrFull) {
		t.Fatalf("third stream of a recipient: %v, want ErrFull", err)
	}
	b, _ := h.Subscribe("t2", "r1")
	if _, err := h.Subscribe("t1", "r2"); !errors.Is(err, ErrFull) {
		t.Fatalf("fourth stream on the node: %v, want ErrFull", err)
	}
	if got := next(t, a1); got != 3 {
		t.Fatalf("a1 first %d", got)
	}
	if got := next(t, a2); got != 3 {
		t.Fatalf("a2 first %d", got)
	}
	if got := next(t, b); got != 11 {
		t.Fatalf("b first %d", got)
	}
	// A change of t2/r1 reaches b only; a change that leaves the count
	// as it was sends nothing.
	c.set("t2", "r1", 12)
	h.Changed("t2", "r1")
	if got := next(t, b); got != 12 {
		t.Fatalf("b after change %d", got)
	}
	h.Changed("t1", "r1") // count still 3
	c.set("t1", "r1", 4)
	h.Changed("t1", "r1")
	if got := next(t, a1); got != 4 {
		t.Fatalf("a1 after change %d (an unchanged count must not be sent)", got)
	}
	if _, changed, _ := b.Next(); changed {
		t.Fatal("b received t1's change")
	}
	// Closing frees places.
	a2.Close()
	b.Close()
	if st := h.Stats(); st.Streams != 1 || st.Recipients != 1 {
		t.Fatalf("stats after close: %+v", st)
	}
	s2, err := h.Subscribe("t1", "r2")
	if err != nil {
		t.Fatal(err)
	}
	if got := next(t, s2); got != 7 {
		t.Fatalf("r2 first %d", got)
	}
	// A change for a recipient with no stream here reads nothing.
	c.mu.Lock()
	before := c.reads
	c.mu.Unlock()
	h.Changed("t9", "r9")
	c.set("t1", "r1", 5)
	h.Changed("t1", "r1")
	next(t, a1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.reads != before+1 {
		t.Fatalf("%d count reads for one change of a watched recipient", c.reads-before)
	}
}

func TestHubCloseEndsStreams(t *testing.T) {
	c := &counts{n: map[[2]string]int{}}
	h := New(Config{Count: c.count})
	s, _ := h.Subscribe("t", "r")
	next(t, s)
	h.Close()
	<-h.Done()
	if _, err := h.Subscribe("t", "r"); !errors.Is(err, ErrClosed) {
		t.Fatalf("subscribe after close: %v", err)
	}
	h.Close() // idempotent
}

func TestHubHeartbeat(t *testing.T) {
	c := &counts{n: map[[2]string]int{}}
	h := New(Config{Count: c.count, Heartbeat: 10 * time.Millisecond})
	defer h.Close()
	s, _ := h.Subscribe("t", "r")
	next(t, s)
	for {
		<-s.Wake()
		if _, _, beat := s.Next(); beat {
			return
		}
	}
}

func TestKeyIsOpaque(t *testing.T) {
	k := KeyOf("ten_1", "rcp_1")
	p := k.payload()
	if got, ok := parseKey(p); !ok || got != k {
		t.Fatal("payload does not round-trip")
	}
	if KeyOf("ten_1", "rcp_1") == KeyOf("ten_1r", "cp_1") {
		t.Fatal("ids are not separated")
	}
	if _, ok := parseKey("not a key"); ok {
		t.Fatal("junk payload accepted")
	}
}
