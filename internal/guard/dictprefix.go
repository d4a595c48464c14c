package guard

// dictprefix.go: a Spanish word made of "pre" and an ordinary word is no
// Spanish spelling of a medical term (issue 15, sixteenth pass, helper
// misc16, dev88/dev91m, 2026-12-05).
//
// dictionary.cognate (dictcognate.go) reports a word in no vocabulary whose
// cognate key is a lower-case entry of the operator's medical dictionary.
// The dictionary holds hospital paperwork too: "preadmission", and dev88's
// "Recibimos su preadmisión en línea … preséntese en Admisión … con su DPI"
// was blocked for "preadmisión". dcPrefixedOrdinary reports that the word
// is "pre" before a stem of six letters or more that is an ordinary
// English or Spanish word ("admisión", "registro", "inscripción") and in
// no clinical reading: not a word of the medical dictionary, no key of the
// dictionary's Spanish spellings, no cognate of a built-in clinical term.
// The prefixed word names a step before an ordinary one, not a drug or a
// condition.
//
// Stays reported: a prefixed clinical stem ("prehipertensión": the stem is
// a cognate of a clinical term), a dictionary entry itself
// ("prediabetes", dictionary.term's), any other prefix. Cost: only for a
// word dictionary.cognate is about to report.

// dcPrefixedOrdinary: low is "pre" and an ordinary stem (see the file
// comment).
func (s *scanner) dcPrefixedOrdinary(low string) bool {
	if len(low) < 9 || low[:3] != "pre" {
		return false
	}
	stem := low[3:]
	h := hstr(stem)
	if !s.g.gen.has(h) || s.g.med.lookup(h) != 0 {
		return false
	}
	var tmp [48]byte
	if key, ok := dictKey(tmp[:0], stem); ok && s.g.med.hasCognate(hbytes(key)) {
		return false
	}
	if ck, ok := cognateKey(tmp[:0], stem); ok {
		if _, hit := s.v.cognates[hbytes(ck)]; hit {
			return false
		}
	}
	return true
}
