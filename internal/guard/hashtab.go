package guard

import "math/bits"

// hashTab is a read-only copy of a map keyed by word or context hashes in
// one open-addressed array (helper SPEED10, like wordTab): a linear probe
// over small slots costs a fraction of a general map lookup, and the sets
// behind it are looked up for most tokens of every field (tpWords, a
// Prepared's context keys). Its answers are the map's (TestHashTabIsTheMap):
// build it only once the map is complete and never change the map after.
type hashTab[V any] struct {
	slots  []hashSlot[V]
	shift  uint // slot = (h * wordTabMul) >> shift
	zero   V    // the value of key 0 (the empty slot's key)
	zeroOK bool
}

type hashSlot[V any] struct {
	h uint64
	v V
}

func newHashTab[V any](m map[uint64]V) hashTab[V] {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := hashTab[V]{slots: make([]hashSlot[V], 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, v := range m {
		if h == 0 {
			t.zero, t.zeroOK = v, true
			continue
		}
		i := (h * wordTabMul) >> t.shift
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hashSlot[V]{h, v}
	}
	return t
}

// get returns the value of h, the zero value when h is not a key.
func (t *hashTab[V]) get(h uint64) V {
	if h == 0 || len(t.slots) == 0 {
		if h == 0 && t.zeroOK {
			return t.zero
		}
		var z V
		return z
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> t.shift
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.v
		}
		if s.h == 0 {
			var z V
			return z
		}
		i = (i + 1) & mask
	}
}
