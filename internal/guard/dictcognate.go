package guard

// Spanish spellings of the medical dictionary's words (issue 15:
// dictionary.cognate). The operator's dictionary (sysvocab.go) is English;
// Spanish notices write the same drugs and conditions with Spanish
// spellings ("metformina", "reserpina", "nabumetona", "colecistitis").
// At New, the cognate key (cognate.go, with the few rules of dictKey
// below) of every lower-case entry the dictionary keeps is indexed in a
// sorted slice of key hashes; a word in no vocabulary whose key is there
// is reported as dictionary.cognate.

import (
	"slices"
	"strings"
)

// dictKey writes the cognate key of w (lower-case ASCII letters, as the
// tokenizer folds accents and ñ) into buf: cognateKey after four rewrites
// that cognate.term does not need (its lists are partly Spanish already)
// but an English-only dictionary does:
//
//   - ch → c: Greek chi is "ch" in English and "c"/"qu" in Spanish
//     (chlorthalidone/clortalidona, cholecystitis/colecistitis,
//     tachycardia/taquicardia, psychosis/psicosis); "qu" is already "c".
//   - initial "sf"/"sm"/"sl"/"sn" take a prothetic e in Spanish like the
//     sc/st/sp/squ words cognateKey knows (sphincter/esfínter via ph → f,
//     smegma/esmegma).
//   - a final -um or -us of 7+ letters is dropped: Latin neuter and
//     masculine nouns end in -o in Spanish (magnesium/magnesio,
//     esophagus/esófago, thrombus/trombo), and cognateKey then drops the
//     -o; a Spanish word in -us keeps the same key as its English twin.
//     The adjective ending -ous is -oso in Spanish (edematous/edematoso,
//     cancerous/canceroso): -ous becomes -oso.
//   - mph → nf: Spanish writes n before f where English has m before ph
//     (lymphangioma/linfangioma, amphotericin/anfotericina).
//
// The endings -ina/-ine/-in, -ida/-ide, -ona/-one, -ato/-ate, -ol/-ole,
// -ismo/-ism and -ía/-y need no rule of their own: cognateKey drops final
// vowels and maps y to i (tests in dictcognate_test.go).
func dictKey(buf []byte, w string) ([]byte, bool) {
	if len(w) < 6 || len(w) > 40 {
		return buf, false
	}
	var tmp [48]byte
	b := tmp[:0]
	for i := 0; i < len(w); i++ {
		if w[i] == 'c' && i+1 < len(w) && w[i+1] == 'h' {
			b = append(b, 'c')
			i++
			continue
		}
		if w[i] == 'm' && strings.HasPrefix(w[i+1:], "ph") {
			b = append(b, 'n', 'f')
			i += 2
			continue
		}
		b = append(b, w[i])
	}
	if len(b) > 3 && b[0] == 'e' && b[1] == 's' && strings.IndexByte("fmln", b[2]) >= 0 {
		b = b[1:]
	}
	if n := len(b); n >= 7 && b[n-1] == 's' && b[n-2] == 'u' && b[n-3] != 'o' || n >= 7 && b[n-1] == 'm' && b[n-2] == 'u' {
		b = b[:n-2]
	} else if n >= 7 && b[n-1] == 's' && b[n-2] == 'u' && b[n-3] == 'o' {
		b = append(b[:n-2], 's', 'o')
	}
	if string(b) == w {
		return cognateKey(buf, w) // nothing rewritten: no copy
	}
	return cognateKey(buf, string(b))
}

// addCognate indexes the key of a lower-case entry (low, ASCII). Entries
// the dictionary holds only capitalised (brands, eponyms, places) are left
// out, as cognate.go leaves out the built-in brands: a brand's key
// collides with ordinary Spanish ("amarillo" and Amaryl).
func (d *medDict) addCognate(low string) {
	for i := 0; i < len(low); i++ {
		if low[i] < 'a' || low[i] > 'z' {
			return
		}
	}
	key, ok := dictKey(d.kbuf[:0], low)
	d.kbuf = key[:0]
	if ok {
		d.cog = append(d.cog, hbytes(key))
	}
}

// finishCognates sorts and deduplicates the key hashes once every file is
// read.
func (d *medDict) finishCognates() {
	slices.Sort(d.cog)
	d.cog = slices.Clip(slices.Compact(d.cog))
	d.kbuf = nil
}

// hasCognate reports whether a lower-case entry has the key hashed h.
func (d *medDict) hasCognate(h uint64) bool {
	if d == nil {
		return false
	}
	_, ok := slices.BinarySearch(d.cog, h)
	return ok
}

// dictCognate: token i, suspicious (in no vocabulary, not ordinary English
// or Spanish, not tenant-approved or template wording) and not itself in
// the dictionary, shares its cognate key with a lower-case dictionary
// entry. A word capitalised inside a sentence is taken for a proper noun
// ("Porfirio"), as by cognate.term. The kind follows the word's ending
// like dictionary.term's.
func (s *scanner) dictCognate(i int) (Kind, bool) {
	t := &s.toks[i]
	if len(s.g.med.cog) == 0 || len(t.low) < 6 {
		return "", false
	}
	if t.cls&(tCap|tUpper) != 0 && !t.sent && i != 0 && !s.titleCase(i) {
		return "", false
	}
	if consumerIngredients.get(t.h) || careModes.get(t.h) || s.teleMode(i) { // careModes: caremode.go
		return "", false
	}
	key, ok := dictKey(s.buf[:0], t.low)
	s.buf = key[:0]
	if !ok || !s.g.med.hasCognate(hbytes(key)) {
		return "", false
	}
	// the English singular of an entry the dictionary holds only in the
	// plural ("superbill" beside "superbills") is not a Spanish spelling,
	// and dictionary.term leaves it alone too
	if s.g.med.lookup(hstr(t.low+"s")) != 0 || s.g.med.lookup(hstr(t.low+"es")) != 0 {
		return "", false
	}
	// a cognate of a built-in term is cognate.term's (compose.go), whose
	// reason names the clinical vocabularies
	if ck, ok := cognateKey(s.buf[:0], t.low); ok {
		s.buf = ck[:0]
		if _, hit := s.v.cognates[hbytes(ck)]; hit {
			return "", false
		}
	}
	if s.dcPrefixedOrdinary(t.low) {
		return "", false // "preadmisión": pre and an ordinary word (dictprefix.go)
	}
	k := KindMedication
	if sk, _, ok := stemKind(t.low); ok {
		k = sk
	} else if pk, ok := esProcedureEnding(t.low); ok {
		k = pk
	} else if fk, ok := s.g.fuzzy.lookup(t.low); ok {
		k = fk
	}
	if k == KindDevice {
		k = KindProcedure
	}
	return k, true
}

// esProcedureEnding: Spanish endings of procedures and imaging that
// stemKind (English and a few Spanish condition endings) does not know:
// -grafía, -scopia/-scopía, -tomía (folded: grafia, scopia, tomia).
func esProcedureEnding(low string) (Kind, bool) {
	for _, e := range []string{"grafia", "scopia", "tomia", "plastia"} {
		if strings.HasSuffix(low, e) && len(low) >= len(e)+3 {
			return KindProcedure, true
		}
	}
	return "", false
}
