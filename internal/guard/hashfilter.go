package guard

// hashFilter is a 16384-bit filter over word hashes: a token whose bit is
// clear is certainly not in the set behind it, so a pass that looks every
// (or every capitalised, or every sentence-opening) token up in a small
// map tests one bit first and pays the map lookup only for the few words
// that pass. It never changes an answer, only skips lookups that would
// miss. Every small word set on a per-token path sits behind one (tpWords,
// the ordinary clinical words, the Spanish ch-cognates, the vital-sign and
// OTC cues, the medical roots, international greetings, street words);
// TestHashFilterFill keeps each under 6 % of its bits set, so a set that
// grows is noticed before its filter stops filtering (tpWords' old
// 4096-bit filter had reached 12 %).
type hashFilter [256]uint64

// newHashFilter sets the bits of every key of m.
func newHashFilter[V any](m map[uint64]V) *hashFilter {
	f := &hashFilter{}
	for h := range m {
		f.add(h)
	}
	return f
}

// tabsFilter returns one filter over the keys of every set (setTabs,
// hashtab.go): a word in none of them costs one bit test before their
// lookups (TestHashFilterFill).
func tabsFilter(ts ...setTab) *hashFilter {
	f := &hashFilter{}
	for i := range ts {
		ts[i].each(f.add)
	}
	return f
}

// add sets h's bit.
func (f *hashFilter) add(h uint64) { f[(h>>6)&255] |= 1 << (h & 63) }

// may reports whether h may be a key (false: certainly not).
func (f *hashFilter) may(h uint64) bool { return f[(h>>6)&255]&(1<<(h&63)) != 0 }
