package guard

import (
	"math/rand/v2"
	"testing"
)

// TestHashTabIsTheMap: a hashTab answers every key of its map with the
// map's value and every other hash (0 included) as the map does.
func TestHashTabIsTheMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		m := map[uint64]uint32{}
		for len(m) < n {
			m[r.Uint64()|1] = r.Uint32() | 1
		}
		if n == 100 {
			m[0] = 9
		}
		tab := newHashTab(m)
		for h, v := range m {
			if got := tab.get(h); got != v {
				t.Fatalf("n=%d: key %#x: %d, want %d", n, h, got, v)
			}
		}
		for i := 0; i < 10000; i++ {
			h := r.Uint64() &^ 1
			if got := tab.get(h); got != m[h] {
				t.Fatalf("n=%d: hash %#x: %d, want %d", n, h, got, m[h])
			}
		}
	}
	for h, v := range tpWords.m {
		if tpWords.get(h) != v {
			t.Fatalf("tpWords: %#x", h)
		}
	}
}
