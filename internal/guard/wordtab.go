package guard

import "math/bits"

// wordTab is a read-only copy of vocab.words in one open-addressed array,
// built once the vocabulary is loaded: the token pass looks every token of
// every field up (detect), and a linear probe over 16-byte slots costs a
// fraction of a general map lookup. Its answers are the map's; a word added
// after it is built (vocab.info) drops it until the next build, so it can
// never be stale.
type wordTab struct {
	slots []wordSlot
	// (64 - lg, never 64 or more: the gets shift by shift&63, the same
	// number, so the compiler drops Go's test for a shift of 64 or more,
	// three instructions a lookup; helper speed19)
	shift uint // slot = (h * wordTabMul) >> shift
	zero  *wordInfo
}

type wordSlot struct {
	h uint64
	w *wordInfo
}

const wordTabMul = 0x9e3779b97f4a7c15

// newWordTab builds the table of m at a load of at most 1/2 (the built-in
// vocabulary's 9,900 words take 32,768 slots, 512 KiB).
func newWordTab(m map[uint64]*wordInfo) wordTab {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := wordTab{slots: make([]wordSlot, 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, w := range m {
		if h == 0 {
			t.zero = w
			continue
		}
		i := (h * wordTabMul) >> (t.shift & 63)
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{h, w}
	}
	return t
}

// get returns the entry of h, nil when there is none.
func (t *wordTab) get(h uint64) *wordInfo {
	if h == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> (t.shift & 63)
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.w
		}
		if s.h == 0 {
			return nil
		}
		i = (i + 1) & mask
	}
}
