package guard

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJoinSymTab: the table scanFrames reads is joinSymbol.
func TestJoinSymTab(t *testing.T) {
	for c := 0; c < 256; c++ {
		if joinSymTab[c] != joinSymbol(byte(c)) {
			t.Fatalf("joinSymTab[%d] = %v", c, joinSymTab[c])
		}
	}
}

// TestSoFieldCount: soFieldCount counts as strings.Fields splits, up to
// its maximum.
func TestSoFieldCount(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	pieces := []string{" ", "a", "Bb", "\t", "\n", "\u00a0", "\u2003", "é", "\xff", ",", "  ", "Chief"}
	for k := 0; k < 50000; k++ {
		s := randomText(r, pieces, r.IntN(14))
		for _, max := range []int{1, 3, 8} {
			want := len(strings.Fields(s))
			if want > max {
				want = max
			}
			if got := soFieldCount(s, max); got != want {
				t.Fatalf("soFieldCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}
