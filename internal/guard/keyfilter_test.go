package guard

import (
	"math/rand/v2"
	"testing"
)

// TestKeyFilter: every context key passes the filter (so Prepared.key
// always gives the map's answer), and most absent keys do not.
func TestKeyFilter(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := g.Prepare(benchContext())
	if len(p.keys) < 1000 {
		t.Fatalf("only %d context keys", len(p.keys))
	}
	for k, src := range p.keys {
		if !p.filter.mayHave(k) || p.key(k) != src {
			t.Fatalf("key %x: filter drops it", k)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	pass := 0
	const n = 100000
	for i := 0; i < n; i++ {
		k := r.Uint64()
		if _, ok := p.keys[k]; ok {
			continue
		}
		if p.filter.mayHave(k) {
			pass++
		}
		if p.key(k) != 0 {
			t.Fatalf("absent key %x has sources", k)
		}
	}
	if float64(pass)/n > 0.1 {
		t.Errorf("%d of %d absent keys pass the filter", pass, n)
	}
	var empty keyFilter
	if !empty.mayHave(42) {
		t.Error("an empty filter must pass every key")
	}
}
