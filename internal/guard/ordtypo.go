package guard

import "math/bits"

// Typos of any ordinary word (issue 15, helper TYPO, dev57t): a false
// positive cut of frame.unknown only, the last resort, beside typo.go.
//
// typo.go clears keyboard typos (a letter left out, neighbours swapped, a
// letter doubled) of common notice words. Shop notices misspell the goods
// too, and with a changed letter as often: "Your strawbery jam order",
// "Your umbrela order", "Your embroidary kit", "Your invoise", "Su
// suscripsion se renueva", "Su cuenta fue actualisada", "Su contrasenia"
// (ñ written ni). ordinaryTypoWide takes a lower-case word of 6+ letters
// (frame.unknown's) that is one typo (typoOfOrdinary, below) from a word of 5+ letters of the ordinary English or Spanish lists
// (exact hashes only, not the Spanish form fingerprints, which collide
// by chance) that is no clinical term (no clinical phrase, not in
// wordnet_ordinary.txt, not itself one or two letters from a built-in
// term).
//
// Fail closed: a drug or condition one edit from an ordinary word stays
// reported when the word is near a clinical term — typo.go's nearMedical
// (one or two letters from a built-in term, one sound edit from one, near
// a lower-case entry of the medical dictionary), and, stricter than
// typo.go, within two edits of any built-in single-word term whatever its
// length ("insolin", "insulna", "metforman", "omeprasol"). A word of the
// medical dictionary is never cleared. Drug brands coined from ordinary
// words ("abilify", "lyrica") are built-in terms or dictionary entries.
// A word spelt like the listed clinical words (frame.shape's n-gram score)
// is not cleared.

// ordinaryTypoWide: low (lower case, a-z, 6+ letters, in no vocabulary) is
// one edit from an ordinary word that is no clinical term and within two
// edits of no built-in clinical term.
func (s *scanner) ordinaryTypoWide(low string) bool {
	if len(low) < 6 || len(low) > 30 {
		return false
	}
	if !s.typoOfOrdinary(low) {
		return false
	}
	// spelt like the listed clinical words (shape.go)
	if s.g.shape.score(low) >= shapeMin {
		return false
	}
	return !s.nearMedical(low) && !s.g.fuzzy.within2(low)
}

// typoOfOrdinary: low is one typo from an ordinary word of 5+ letters that
// is no clinical term: a letter left out inside the word ("strawbery",
// "resturant"), a vowel added or a letter doubled ("lasagnia",
// "guitarr"), a letter changed for one of the same sound or a vowel for a
// vowel ("invoise", "actualisada", "suscribcion", "conpra",
// "embroidary"), two neighbours swapped, or "f" for "ph"; never at the
// first letter, and a letter left out, changed or a vowel added never at
// the last: brands
// are coined from ordinary words by other changes ("abilify"/ability,
// "lyrica"/lyrics), and a name is an ordinary word and a letter
// ("halsted"/halted), a clinical plural a letter more ("cataplexie"/
// cataplexies).
func (s *scanner) typoOfOrdinary(low string) bool {
	var b [40]byte
	n := len(low)
	// a letter left out inside the word
	for a := 1; a < n; a++ {
		w := append(append(append(b[:0], low[:a]...), 'a'), low[a:]...)
		for c := byte('a'); c <= 'z'; c++ {
			w[a] = c
			if s.ordinaryTarget(w) {
				return true
			}
		}
	}
	// a letter changed for a like one, not the first or last
	for a := 1; a+1 < n; a++ {
		w := append(b[:0], low...)
		like := likeLetters(low[a])
		for k := 0; k < len(like); k++ {
			w[a] = like[k]
			if s.ordinaryTarget(w) {
				return true
			}
		}
	}
	// a vowel added or a letter doubled
	for a := 1; a < n; a++ {
		if low[a] != low[a-1] && !(vowel(low[a]) && a+1 < n) { // "lyrica" is "lyric" and a vowel
			continue
		}
		w := append(append(b[:0], low[:a]...), low[a+1:]...)
		if s.ordinaryTarget(w) {
			return true
		}
	}
	// two neighbours swapped
	for a := 1; a+1 < n; a++ {
		if low[a] == low[a+1] {
			continue
		}
		w := append(b[:0], low...)
		w[a], w[a+1] = w[a+1], w[a]
		if s.ordinaryTarget(w) {
			return true
		}
	}
	// "f" for "ph"
	for a := 1; a < n; a++ {
		if low[a] != 'f' {
			continue
		}
		w := append(append(append(b[:0], low[:a]...), 'p', 'h'), low[a+1:]...)
		if s.ordinaryTarget(w) {
			return true
		}
	}
	return false
}

func vowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// likeLetters: the letters a typo writes for c (same sound: c/s/z/k/q,
// b/p/v, m/n, i/y, g/j; a vowel for a vowel).
func likeLetters(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "aeiou"
	case 'c':
		return "szkq"
	case 's':
		return "cz"
	case 'z':
		return "sc"
	case 'k':
		return "cq"
	case 'q':
		return "ck"
	case 'b':
		return "pv"
	case 'p':
		return "b"
	case 'v':
		return "b"
	case 'm':
		return "n"
	case 'n':
		return "m"
	case 'g':
		return "j"
	case 'j':
		return "g"
	}
	return ""
}

// ordinaryTarget: w is a word of 5+ letters of the ordinary English or
// Spanish lists and no clinical term.
func (s *scanner) ordinaryTarget(w []byte) bool {
	if len(w) < 5 {
		return false
	}
	h := hbytes(w)
	if _, ok := s.g.gen.m[h]; !ok {
		return false
	}
	if _, ok := s.v.ordinary.get(h); ok {
		return false
	}
	if info := s.v.get(h); info != nil {
		for _, p := range info.phrases {
			if p.class == pClinical && len(p.toks) == 1 { // "strawberry" of "strawberry tongue" is ordinary
				return false
			}
		}
	}
	if _, ok := s.g.fuzzy.lookup(string(w)); ok {
		return false // "insulin" itself, or a word one letter from a term
	}
	return true
}

// within2: low is at most two edits from a term of the index, whatever
// their lengths (a scan; only for frame.unknown's rare candidates). Two
// edits change which letters a word holds by four at most: the letter
// masks skip most terms before the distance.
func (fx *fuzzyIndex) within2(low string) bool {
	m := letterMask(low)
	for i, t := range fx.terms {
		if d := len(t) - len(low); d > 2 || d < -2 {
			continue
		}
		if i < len(fx.masks) && bits.OnesCount32(fx.masks[i]^m) > 4 {
			continue
		}
		if editDistance(low, t, 2) <= 2 {
			return true
		}
	}
	return false
}

// letterMask: a bit for each letter a-z w holds (other bytes share bit 26).
func letterMask(w string) uint32 {
	var m uint32
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		} else {
			m |= 1 << 26
		}
	}
	return m
}
