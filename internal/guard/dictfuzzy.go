package guard

// Misspellings of the operator's medical dictionary and sound-alike
// spellings of the built-in terms (issue 15, fifth pass:
// dictionary.misspelling, and frame.misspelling by sound).
//
// frame.misspelling (frame.go) finds words one or two letters from a
// single word of the built-in clinical lists. The operator's dictionary
// (sysvocab.go; hunspell-en-med keeps about 75,000 entries) holds many more
// drugs and conditions ("pyridostigmine", "achalasia"), and notices
// misspell them the same ways: letters dropped or doubled ("dicyclomin",
// "cholesteatomma"), spelled by ear ("syringomielia", "keratokonus"), or
// in Spanish with a typo ("tetrabenazna").
//
// Both use a sound key (soundKey below): the spelling folded so that the
// usual confusions disappear — ph/f, y/i, ou/oo/eu/u, ae/oe/e, ch/c/k/q,
// c/s before e/i, z/s, th/t, rh/r, silent initial p/g/k/w, doubled
// letters, a final vowel, a Spanish prothetic e — so one key covers
// "tetrabenazine", "tetrabenazina" and "tetrabenasin".
//
//   - The lower-case entries of the dictionary that it keeps (6+ letters,
//     ASCII) are indexed at New by symmetric deletion on their keys: the
//     key and each key with one letter deleted, hashed into buckets of
//     32-bit entries (a 12-bit hash tag and the entry number). A word is
//     looked up with its key and its key's one-letter deletions; a
//     candidate is confirmed when the keys are at most one edit apart.
//   - The built-in single-word terms frame.misspelling already indexes get
//     the same sound-key index (key and one-letter deletions), so
//     "skitzophrenia" and "noomonia" are found too; it is built with the
//     built-in index (one per process, and one per held-out split).
//
// A word is reported only when it is suspicious (in no vocabulary), 6+
// letters, not capitalised inside a sentence (a proper noun there), not a
// word of the larger English lists, not two ordinary words run together,
// and — the guard against typos of ordinary words, which are far more
// common in shop notices than misspelled drugs — not one edit (insert,
// delete, substitute, transpose) from an ordinary English or Spanish word
// ("recieve", "conpra"). Such a word is left to the frame rules (a word in
// no vocabulary next to "refill" or "receta" is still reported). The
// dictionary is large and holds many short rare words, so a word matched
// to one of its entries must also have 7+ letters and be at most two
// letters from the entry as written (one under 9 letters, and one when it
// is capitalised: opening a sentence, where no later rule would report
// it). TestTypoFalsePositives measures the rules on generated typos of
// ordinary words.

import (
	"slices"
	"strings"
)

// soundIndex is a symmetric-deletion index (distance 1) over sound keys.
type soundIndex struct {
	arena []byte   // the terms, concatenated
	off   []uint32 // term i is arena[off[i]:off[i+1]]
	kinds []Kind   // built-in index only: the term's kind
	// the keys' hashes in buckets (compressed rows): bucket b (the top
	// bits of a hash) is ent[head[b]:head[b+1]], each entry a 12-bit tag
	// (the next bits of the hash) and a term number
	head  []uint32
	ent   []uint32
	shift uint // 64 - bucket bits
	nkeys int  // keys to make (finish)
}

// soundIdxBits is the width of the term number in a soundIndex entry,
// soundTagBits of the hash tag beside it.
const (
	soundIdxBits = 20
	soundTagBits = 32 - soundIdxBits
	soundIdxMask = 1<<soundIdxBits - 1
)

// soundMin is the shortest word and term matched by sound key.
const soundMin = 6

// dictFuzzyMin is the shortest word matched to a dictionary entry, and
// dictTwoEdits the length from which it may be two letters from it.
const (
	dictFuzzyMin = 7
	dictTwoEdits = 9
)

// soundKeyMin is the shortest sound key looked up: a shorter key (after
// folding) matches too much.
const soundKeyMin = 5

// add stores term t (lower-case ASCII letters, 6+), kind k; finish
// indexes it.
func (x *soundIndex) add(t string, k Kind) {
	n := len(x.off)
	if n == 0 {
		x.off = append(x.off, 0)
		n = 1
	}
	if n-1 > soundIdxMask || len(t) > 60 {
		return
	}
	x.arena = append(x.arena, t...)
	x.off = append(x.off, uint32(len(x.arena)))
	if x.kinds != nil || k != "" {
		x.kinds = append(x.kinds, k)
	}
	x.nkeys += 1 + len(t) // at most: the key is never longer than t
}

// finish builds the buckets once every term is in: each term's sound key
// (if soundKeyMin+ letters) and its one-letter deletions are hashed twice,
// once to count the keys of each bucket (the hash's top bits) and once to
// place them (no comparison sort: sorting the 700,000 keys of the
// reference dictionary took 75 ms; no scratch slice of keys either).
func (x *soundIndex) finish() {
	x.arena = slices.Clip(x.arena)
	x.off = slices.Clip(x.off)
	bits := uint(8)
	for bits < 30 && 1<<bits < x.nkeys/4 {
		bits++
	}
	x.shift = 64 - bits
	x.head = make([]uint32, 1<<bits+1)
	n := x.eachKey(func(h uint64, _ uint32) { x.head[h>>x.shift+1]++ })
	for b := 1; b < len(x.head); b++ {
		x.head[b] += x.head[b-1]
	}
	x.ent = make([]uint32, n)
	// place each entry at the end of its bucket's free part, counting down
	// (head[b+1] is the cursor until it is put back)
	x.eachKey(func(h uint64, idx uint32) {
		b := h>>x.shift + 1
		x.head[b]--
		x.ent[x.head[b]] = x.tag(h)<<soundIdxBits | idx
	})
	// every bucket's cursor now points at its start: head[b+1] = start of
	// bucket b; shift back by one so that bucket b is head[b]:head[b+1]
	copy(x.head, x.head[1:])
	x.head[len(x.head)-1] = uint32(n)
	x.nkeys = 0
}

// eachKey calls f with the hash of each term's sound key and of each of
// its one-letter deletions, and the term number; it returns the count.
func (x *soundIndex) eachKey(f func(h uint64, idx uint32)) int {
	n := 0
	var kb, d [64]byte
	for i := 0; i+1 < len(x.off); i++ {
		key := soundKey(kb[:0], x.term(i))
		if len(key) < soundKeyMin {
			continue
		}
		f(hbytes(key), uint32(i))
		n++
		for a := 0; a < len(key); a++ {
			if a > 0 && key[a] == key[a-1] {
				continue // the same deletion as the one before
			}
			del := append(append(d[:0], key[:a]...), key[a+1:]...)
			f(hbytes(del), uint32(i))
			n++
		}
	}
	return n
}

// tag: the soundTagBits of hash h under the bucket bits.
func (x *soundIndex) tag(h uint64) uint32 {
	return uint32(h>>(x.shift-soundTagBits)) & (1<<soundTagBits - 1)
}

// footprint: the terms and keys indexed and the bytes held.
func (x *soundIndex) footprint() (terms, keys, bytes int) {
	if x == nil || len(x.off) == 0 {
		return 0, 0, 0
	}
	return len(x.off) - 1, len(x.ent), len(x.arena) + 4*len(x.off) + 16*len(x.kinds) + 4*len(x.head) + 4*len(x.ent)
}

func (x *soundIndex) term(i int) string { return string(x.arena[x.off[i]:x.off[i+1]]) }

// lookup returns the number of a term whose sound key is at most one edit
// from low's, or -1. buf is scratch space.
func (x *soundIndex) lookup(low string, buf []byte) int {
	if x == nil || len(x.ent) == 0 || len(low) < soundMin || len(low) > 40 {
		return -1
	}
	key := soundKey(buf[:0], low)
	if len(key) < soundKeyMin || len(key) > 60 {
		return -1
	}
	var kb [64]byte
	try := func(h uint64) int {
		b, tg := h>>x.shift, x.tag(h)
		for _, e := range x.ent[x.head[b]:x.head[b+1]] {
			if e>>soundIdxBits != tg {
				continue
			}
			i := int(e & soundIdxMask)
			tk := soundKey(kb[:0], x.term(i))
			if editDistance(string(key), string(tk), 1) <= 1 {
				return i
			}
		}
		return -1
	}
	if i := try(hbytes(key)); i >= 0 {
		return i
	}
	var d [64]byte
	for a := 0; a < len(key); a++ {
		if a > 0 && key[a] == key[a-1] {
			continue
		}
		del := append(append(d[:0], key[:a]...), key[a+1:]...)
		if i := try(hbytes(del)); i >= 0 {
			return i
		}
	}
	return -1
}

// soundKey writes the sound key of w (lower-case ASCII letters) into buf:
// a Spanish prothetic e dropped ("espironolactona", "esclerosis"), then
// soundFold, then one final vowel dropped (Spanish -a/-o/-e, English -e,
// -y as i: "tetrabenazina", "tetrabenazine", "cataplexy" and "cataplexie"
// share a key or are one edit apart).
func soundKey(buf []byte, w string) []byte {
	if len(w) > 5 && w[0] == 'e' && w[1] == 's' && strings.IndexByte("cfmlnpqt", w[2]) >= 0 {
		w = w[1:]
	}
	start := len(buf)
	buf = soundFold(buf, w)
	if n := len(buf); n-start > soundKeyMin && strings.IndexByte("aeio", buf[n-1]) >= 0 {
		buf = buf[:n-1]
	}
	return buf
}

// soundFold folds the spellings a writer confuses by ear: ph→f, sch/ch/ck/
// q(u)/hard c→k, soft c (before e, i, y)→s, z→s, y→i, th→t, rh→r,
// ae/oe→e, ou/oo/eu→u, silent initial p, g, k, w (pn-, ps-, pt-, gn-,
// kn-, wr-); then doubled letters once. Letters other than a-z are
// dropped.
func soundFold(buf []byte, w string) []byte {
	start := len(buf)
	if len(w) > 2 {
		switch w[:2] {
		case "pn", "ps", "pt", "gn", "kn", "wr":
			w = w[1:]
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c < 'a' || c > 'z':
			continue
		case c == 'p' && next == 'h':
			c = 'f'
			i++
		case c == 's' && next == 'c' && i+2 < len(w) && w[i+2] == 'h':
			buf = append(buf, 's')
			c = 'k'
			i += 2
		case c == 'c' && (next == 'h' || next == 'k'):
			c = 'k'
			i++
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			c = 's'
		case c == 'c':
			c = 'k'
		case c == 'q':
			c = 'k'
			if next == 'u' {
				i++
			}
		case c == 'z':
			c = 's'
		case c == 'y':
			c = 'i'
		case (c == 't' || c == 'r') && next == 'h':
			i++
		case (c == 'a' || c == 'o') && next == 'e':
			c = 'e'
			i++
		case (c == 'o' || c == 'e') && (next == 'u' || next == 'o' && c == 'o'):
			c = 'u'
			i++
		}
		if n := len(buf); n > start && buf[n-1] == c {
			continue // doubled letters once
		}
		buf = append(buf, c)
	}
	return buf
}

// buildSoundBuiltin indexes the built-in single-word terms of fx by sound
// key (frame.misspelling by sound).
func buildSoundBuiltin(fx *fuzzyIndex) *soundIndex {
	x := &soundIndex{kinds: make([]Kind, 0, len(fx.terms))}
	for i, t := range fx.terms {
		if len(t) >= soundMin {
			x.add(t, fx.kinds[i])
		}
	}
	x.finish()
	return x
}

// addFuzzy indexes a lower-case entry of the medical dictionary (low,
// kept in d.m) for dictionary.misspelling.
func (d *medDict) addFuzzy(low string) {
	if len(low) < soundMin || len(low) > 40 {
		return
	}
	for i := 0; i < len(low); i++ {
		if low[i] < 'a' || low[i] > 'z' {
			return
		}
	}
	d.fz.add(low, "")
}

// misspelled: token i, suspicious and not reported by the rules before it,
// is one sound-key edit from a built-in term (frame.misspelling) or a
// lower-case entry of the medical dictionary (dictionary.misspelling),
// and is not a typo of an ordinary word. It returns the rule, the kind and
// true.
func (s *scanner) misspelled(i int, inDict bool) (string, Kind, bool) {
	t := &s.toks[i]
	low := t.low
	if len(low) < soundMin || len(low) > 40 || s.g.sound == nil && s.g.med == nil {
		return "", "", false
	}
	if t.cls&(tCap|tUpper) != 0 && !t.sent && i != 0 && !s.titleCase(i) {
		return "", "", false // a proper noun
	}
	if consumerIngredients.get(t.h) || s.g.gen.extended(t.h) || s.extendedPlural(i) {
		return "", "", false
	}
	rule, k := "", Kind("")
	if x := s.g.sound; x != nil {
		if j := x.lookup(low, s.buf[:0]); j >= 0 && !(s.brandSlot(i) && s.brandNotTypo(i, x.term(j))) { // "Movistar: …" (orgnames.go)
			rule, k = "frame.misspelling", x.kinds[j]
		}
	}
	if rule == "" && s.g.med != nil && !inDict {
		if j := s.g.med.fz.lookup(low, s.buf[:0]); j >= 0 {
			term := s.g.med.fz.term(j)
			if s.brandSlot(i) && s.brandNotTypo(i, term) { // "Sephora: …" (orgnames.go)
				return "", "", false
			}
			rule = "dictionary.misspelling"
			// the English singular of an entry the dictionary holds only
			// in the plural ("superbill"): dictionary.term leaves it too
			if term == low+"s" || term == low+"es" {
				return "", "", false
			}
			// the dictionary is large and holds many short rare words: a
			// word of 7+ letters, at most two letters from the entry (one
			// under dictTwoEdits letters), and one letter when it is
			// capitalised (opening a sentence, where no other frame rule
			// looks at it)
			max := 1
			if len(low) >= dictTwoEdits && t.cls&(tCap|tUpper) == 0 {
				max = 2
			}
			if len(low) < dictFuzzyMin || editDistance(low, term, max) > max {
				return "", "", false
			}
			k = KindMedication
			if sk, _, ok := stemKind(term); ok {
				k = sk
			} else if fk, ok := s.g.fuzzy.lookup(term); ok {
				k = fk
			}
			if k == KindDevice { // as dictionary.term
				k = KindProcedure
			}
		}
	}
	if rule == "" || s.compound(low) {
		return "", "", false
	}
	// the ordinary-typo check costs some 600 look-ups: past nearBudget
	// checks in one field (a field of thousands of made-up words near
	// clinical terms) the word is reported (fail closed)
	if s.nearChecks < nearBudget {
		s.nearChecks++
		if nearOrdinary(low, &s.g.gen) {
			return "", "", false
		}
	}
	return rule, k, true
}

// nearBudget is the number of ordinary-typo checks made in one field.
const nearBudget = 64

// nearOrdinary: one edit (delete, transpose, substitute, insert a letter
// a-z) turns low into a word of the ordinary English or Spanish lists:
// most likely a typo of that word ("recieve", "shoping", "conpra").
func nearOrdinary(low string, gen *general) bool {
	if len(low) > 40 {
		return false
	}
	var b [48]byte
	// the word lists themselves, not the 32-bit fingerprints of the
	// Spanish forms: some 600 look-ups would meet a fingerprint collision
	// too often
	has := func(w []byte) bool { _, ok := gen.m[hbytes(w)]; return ok }
	n := len(low)
	for a := 0; a < n; a++ {
		if has(append(append(b[:0], low[:a]...), low[a+1:]...)) {
			return true
		}
	}
	for a := 0; a+1 < n; a++ {
		if low[a] == low[a+1] {
			continue
		}
		w := append(b[:0], low...)
		w[a], w[a+1] = w[a+1], w[a]
		if has(w) {
			return true
		}
	}
	for a := 0; a < n; a++ {
		w := append(b[:0], low...)
		for c := byte('a'); c <= 'z'; c++ {
			if c == low[a] {
				continue
			}
			w[a] = c
			if has(w) {
				return true
			}
		}
	}
	for a := 0; a <= n; a++ {
		w := append(append(append(b[:0], low[:a]...), 'a'), low[a:]...)
		for c := byte('a'); c <= 'z'; c++ {
			w[a] = c
			if has(w) {
				return true
			}
		}
	}
	return false
}

// soundReason is the fixed wording of the reasons of these rules.
func soundReason(rule string, k Kind) string {
	if rule == "dictionary.misspelling" {
		return "is not ordinary vocabulary and is one letter or sound from a word in the medical dictionary"
	}
	return "is not ordinary vocabulary and is one letter or sound from a " + kindNoun(k)
}
