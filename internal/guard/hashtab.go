package guard

import "math/bits"

// hashTab is a read-only copy of a map keyed by word or context hashes in
// one open-addressed array (helper SPEED10, like wordTab): a linear probe
// over small slots costs a fraction of a general map lookup, and the sets
// behind it are looked up for most tokens of every field (tpWords, a
// Prepared's context keys). Its answers are the map's (TestHashTabIsTheMap):
// build it only once the map is complete and never change the map after.
type hashTab[V any] struct {
	slots []hashSlot[V]
	// (64 - lg, never 64 or more: the gets shift by shift&63, the same
	// number, so the compiler drops Go's test for a shift of 64 or more,
	// three instructions a lookup; helper speed19)
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
		i := (h * wordTabMul) >> (t.shift & 63)
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
	i := (h * wordTabMul) >> (t.shift & 63)
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

// setTab is hashTab[bool] written out for the word sets (helper SPEED13B):
// Go inlined no call of the generic get, so every lookup paid a call; this
// get is inlined at its call sites. It holds the keys whose value is true,
// so its answers are those of the map it is built from (TestSetTabIsTheSet).
//
// A word set that is only looked up is declared once, as a setTab:
// `var x = wordSetTab("…")` (frame.go; TestWordSetTabIsWordSet checks
// each such string against wordSet's map), or newSetTab over a map built
// once, and read as x.get(h). Helper SPEED13 had kept the maps and read
// about a thousand of them through setTab copies declared here; helper
// SETTAB declared those sets as setTabs instead and dropped the copies.
// Filters, unions and tables built from sets walk their keys with each
// (tabsFilter, tabsUnion, firstSetIndex). Every package-level word set
// is now a setTab; wordSet still builds the maps that are not (the sets
// inside other maps or structs, such as careAbbrevHeads' and phSense's,
// and a filter's source read once).
type setTab struct {
	slots []uint64 // the keys; 0 marks an empty slot
	// (64 - lg, never 64 or more: the gets shift by shift&63, the same
	// number, so the compiler drops Go's test for a shift of 64 or more,
	// three instructions a lookup; helper speed19)
	shift uint // slot = (h * wordTabMul) >> shift
	zero  bool // the value of key 0
	// bloom: bit h&63 of word (h>>6)&3 set for every key (key 0 too, when
	// zero): a hash missing its bit is no key, and get answers it without
	// reading the slots (most lookups: a word of a notice is in few of the
	// sets; helper speed22; TestSetTabIsTheSet)
	bloom [4]uint64
}

func newSetTab(m map[uint64]bool) setTab {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := setTab{slots: make([]uint64, 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, v := range m {
		if !v {
			continue
		}
		t.bloom[(h>>6)&3] |= 1 << (h & 63)
		if h == 0 {
			t.zero = true
			continue
		}
		i := (h * wordTabMul) >> (t.shift & 63)
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h
	}
	return t
}

// get reports whether h is a key of the set (with the value true).
func (t *setTab) get(h uint64) bool {
	if t.bloom[(h>>6)&3]&(1<<(h&63)) == 0 {
		return false
	}
	if h == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> (t.shift & 63)
	for {
		k := t.slots[i]
		if k == h {
			return true
		}
		if k == 0 {
			return false
		}
		i = (i + 1) & mask
	}
}

// each calls f with every key of the set, in no order (for the filters
// built from it: tabsFilter).
func (t *setTab) each(f func(h uint64)) {
	if t.zero {
		f(0)
	}
	for _, k := range t.slots {
		if k != 0 {
			f(k)
		}
	}
}

// tabsUnion: one set holding the keys of all of ts.
func tabsUnion(ts ...setTab) setTab {
	u := map[uint64]bool{}
	for i := range ts {
		ts[i].each(func(h uint64) { u[h] = true })
	}
	return newSetTab(u)
}

// u8Tab is hashTab[uint8] with its own get (helper SPEED13B): Go inlined no
// call of the generic get; this one is inlined at its call sites. Build one
// by converting a hashTab: u8Tab(newHashTab(m)).
type u8Tab hashTab[uint8]

// get returns the value of h, 0 when h is not a key (hashTab.get).
func (t *u8Tab) get(h uint64) uint8 {
	if h == 0 || len(t.slots) == 0 {
		if h == 0 && t.zeroOK {
			return t.zero
		}
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> (t.shift & 63)
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.v
		}
		if s.h == 0 {
			return 0
		}
		i = (i + 1) & mask
	}
}

// each calls f with every key of the table, in no order (for the filters
// built from it).
func (t *u8Tab) each(f func(h uint64)) {
	if t.zeroOK {
		f(0)
	}
	for _, s := range t.slots {
		if s.h != 0 {
			f(s.h)
		}
	}
}

// u32Tab is hashTab[uint32] with its own get (helper SPEED13B): Go inlined no
// call of the generic get; this one is inlined at its call sites. Build one
// by converting a hashTab: u32Tab(newHashTab(m)).
type u32Tab hashTab[uint32]

// get returns the value of h, 0 when h is not a key (hashTab.get).
func (t *u32Tab) get(h uint64) uint32 {
	if h == 0 || len(t.slots) == 0 {
		if h == 0 && t.zeroOK {
			return t.zero
		}
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> (t.shift & 63)
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.v
		}
		if s.h == 0 {
			return 0
		}
		i = (i + 1) & mask
	}
}
