package guard

import "testing"

// TestPass20TabIsTheGroups: pass20Tab's bit b is set exactly where the
// filter of pass20Groups' group b may hold the hash, every group has its
// bit, and fb3Pass20's filter is the union of the groups' (a field
// without the shared bit has no start word of any group: pass20Bits).
func TestPass20TabIsTheGroups(t *testing.T) {
	groups := pass20Groups()
	if len(groups) > 16 || p20HospFor != 1<<(len(groups)-1) {
		t.Fatalf("%d groups: scanner.p20 holds 16, one bit per group in order", len(groups))
	}
	for b, g := range groups {
		f := tabsFilter(g...)
		for x := uint64(0); x < 16384; x++ {
			for _, h := range []uint64{x, x | 0xdead_0000_0000_0000, x | 1<<14 | 1<<40} {
				if got, want := pass20Tab[h&16383]&(1<<b) != 0, f.may(h); got != want {
					t.Fatalf("group %d, hash %#x: table %v, filter %v", b, h, got, want)
				}
				if f.may(h) && !pass20Filter.may(h) {
					t.Fatalf("group %d, hash %#x: not in fb3Pass20's filter", b, h)
				}
			}
		}
	}
}
