package guard

// hashFilter is a 4096-bit filter over word hashes, set from a word set's
// keys: a token whose bit is clear is certainly not in the set, so a pass
// that looks every (or every capitalised, or every sentence-opening) token
// up in a small map tests one bit first and pays the map lookup only for
// the few words that pass (the same filter smallSet puts in front of
// tpWords, shapes.go). It never changes an answer, only skips lookups that
// would miss.
type hashFilter [64]uint64

// newHashFilter sets the bits of every key of m.
func newHashFilter[V any](m map[uint64]V) *hashFilter {
	f := &hashFilter{}
	for h := range m {
		f[(h>>6)&63] |= 1 << (h & 63)
	}
	return f
}

// may reports whether h may be a key (false: certainly not).
func (f *hashFilter) may(h uint64) bool {
	return f[(h>>6)&63]&(1<<(h&63)) != 0
}
