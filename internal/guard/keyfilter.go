package guard

import "math/bits"

// keyFilter is a one-bit-per-slot filter over a Prepared's context keys
// (hashes of identity and sealed words, word pairs and triples, numbers and
// dates). A key whose bit is clear is certainly not in the map, so most
// words of a notice, which repeat nothing of the context, are settled
// without a map lookup; a set bit falls through to the map, so the answer
// is always the map's.
type keyFilter struct {
	bits  []uint64
	shift uint // index = key >> shift (the key's top bits)
}

// keyFilterBitsPerKey keeps about 6% of absent keys passing the filter.
const keyFilterBitsPerKey = 16

func newKeyFilter(keys map[uint64]uint8) keyFilter {
	if len(keys) == 0 {
		return keyFilter{}
	}
	// a power of two of at least 16 bits per key, and at least one word
	lg := bits.Len(uint(len(keys)*keyFilterBitsPerKey - 1))
	if lg < 6 {
		lg = 6
	}
	f := keyFilter{bits: make([]uint64, 1<<(lg-6)), shift: uint(64 - lg)}
	for k := range keys {
		i := k >> f.shift
		f.bits[i>>6] |= 1 << (i & 63)
	}
	return f
}

// mayHave is false when k is certainly not a key.
func (f *keyFilter) mayHave(k uint64) bool {
	if len(f.bits) == 0 {
		return true
	}
	i := k >> f.shift
	return f.bits[i>>6]&(1<<(i&63)) != 0
}

// key returns the sources (srcIdentity, srcSealed) of context key k, 0 when
// the context does not hold it.
func (p *Prepared) key(k uint64) uint8 {
	if !p.filter.mayHave(k) {
		return 0
	}
	return p.keyTab.get(k) // p.keys' copy (hashtab.go), built with the filter
}
