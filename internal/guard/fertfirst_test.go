package guard

import "testing"

// TestFertFirstClass: fertFirstClass holds, for every word hash, exactly
// the five opening sets of fertilityAt that hold it (helper SPEED12).
func TestFertFirstClass(t *testing.T) {
	sets := []struct {
		set map[uint64]bool
		bit uint8
	}{{setKeys(fertMaterial), fcMaterial}, {setKeys(fertStateBefore), fcStateBefore}, {setKeys(fertProcess), fcProcess}, {setKeys(fertProcessES), fcProcessES}, {setKeys(fertMaterialES), fcMaterialES}}
	keys := map[uint64]bool{hstr("your"): true, hstr("storage"): true, hstr("de"): true, 0: true}
	for _, x := range sets {
		for h := range x.set {
			keys[h] = true
		}
	}
	for h := range keys {
		var want uint8
		for _, x := range sets {
			if x.set[h] {
				want |= x.bit
			}
		}
		if got := fertFirstClass.get(h); got != want {
			t.Errorf("hash %#x: fertFirstClass %#x, sets %#x", h, got, want)
		}
	}
}
