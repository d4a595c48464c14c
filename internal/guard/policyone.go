package guard

// policyone.go: a policy's sentence that is about one person (issue 15,
// seventeenth pass, red team red17, dev97x, 2026-12-06).
//
// policytail.go's policyTail reads the date after ", effective" closing a
// sentence that names a policy as the policy's start, refusing a reader's
// word, a kin word, a title or a given name. Red17's probe set dev97x found
// one person's date passing in that shape with none of those: "Per the
// discharge policy, the patient in room 412 goes home, effective March 3",
// "Según la norma de altas, el alta del paciente de la cama 7 es vigente
// 3 de marzo". A policy's start applies to everyone; a sentence naming one
// person — a singular person noun (patient, paciente, member, miembro,
// resident, residente, client, cliente, enrollee, beneficiary,
// beneficiario) after a definite article (the, el, la, del, al) and before
// where or whose they are (in, at, on, of, from, with, en, de, del, con:
// "the patient in room 412", "del paciente de la cama 7") — is about that
// person. policyOne reports it for the tokens lo..end; policyTail then
// refuses the date, and policyOneDate (from date(), words.go) reads a date
// right after "effective" / "vigente" in such a sentence as that person's,
// whatever allowance "effective" gives it. "Patients must arrive 15
// minutes early, effective Feb 1" (plural), "one guest per patient in
// treatment areas, effective Jan 5" (no article), "the member portal,
// effective Feb 15" (a thing of members), "Visiting hours end at 8 PM,
// effective March 3" pass. Test `TestPolicyOne`.

var (
	poPerson  = wordSetTab("patient paciente member miembro resident residente client cliente enrollee beneficiary beneficiario occupant ocupante")
	poArticle = wordSetTab("the el la del al our this that nuestro nuestra este esta ese esa")
	// poAfter: what follows the one person: where they are, whose they are
	poAfter = wordSetTab("in at on of from with en de del con")
)

// policyOne: tokens lo..end-1 name one person (see the file comment).
func (s *scanner) policyOne(lo, end int) bool {
	for m := lo + 1; m+1 < end; m++ {
		if poPerson.get(s.toks[m].h) && (poArticle.get(s.toks[m-1].h) || s.poPlacePoss(m-1)) && (poAfter.get(s.toks[m+1].h) || s.poPlacePoss(m-1)) {
			return true
		}
	}
	return false
}

// policyOneDate: the date at tokens i..j follows "effective" / "vigente"
// (with or without a comma) in a sentence that names one person before it (see the file
// comment): the date is that person's, whatever allowance "effective"
// gives it (date() reads it as tied to a person).
func (s *scanner) policyOneDate(i, j int) bool {
	if i < 2 || !ptEffective.get(s.toks[i-1].h) {
		return false
	}
	lo, _ := s.sentSpan(i)
	return s.policyOne(lo, i-1)
}

// poPlacePoss: token k is the "s" of a numbered place's possessive ("room
// 412's", "bed 7's").
func (s *scanner) poPlacePoss(k int) bool {
	if k < 2 || s.toks[k].low != "s" || (s.gap(k) != "'" && s.gap(k) != "\u2019") {
		return false
	}
	return s.toks[k-1].cls&tDigit != 0 && int(s.toks[k-1].nd) == len(s.toks[k-1].low)
}
