package guard

// sendershort.go: the shorter leading forms of the sender's display name
// (Context.Sender; issue 15, tenth pass, dev63/dev65s, helper SEND10,
// 2026-12-05).
//
// A tenant signs
// its notices with the start of its display name as often as with the
// whole ("Hartwell Cardiology:" for "Hartwell Cardiology Associates",
// "Delgado Chiropractic" for "Delgado Chiropractic & Spine", "Tidewater
// Wound & Hyperbaric" for "Tidewater Wound & Hyperbaric Center"). The
// display name cut right before one of its business nouns (snClose,
// bnNouns: "Associates", "Center", "Clinic", "Pharmacy"…) or before an
// " & ", keeping at least two words, is recorded as a sender's name too,
// unless its first word is a listed given name ("Dana Whitfield" of "Dana
// Whitfield Dental" is a person's name, and the reader's could be the
// same) or no kept word is the organisation's own (all are business
// nouns, care words, common or stop words: "Urgent Care" of "Urgent Care
// Center"). The same framing vetoes apply (senderveto.go:
// "Hi Hartwell Cardiology" is not read), and only an occurrence is
// cleared: the reader's care beside it stays reported.
//
// A leading form that keeps a one-word clinical term other than a specialty
// (snSpecialtyWord, senderhead.go) is not recorded: "Hartwell HIV" of
// "Hartwell HIV Clinic" would clear "HIV" in "Hartwell HIV: your
// appointment is confirmed" (red-team pass RED10, dev66r).
//
// Accepted risk: a leading form is a shorter phrase than the display name
// and can occur in another sense ("Tidewater Wound" in "Tidewater Wound
// Center"): only findings wholly inside it pass, and its words are the
// tenant's own.

// addSenderShort records the shorter leading forms of the display name n
// (see above).
func (p *Prepared) addSenderShort(n string) {
	nt := normalize(n, nil, nil)
	toks := tokenize(&nt, nil)
	if len(toks) < 3 {
		return
	}
	for k := 2; k < len(toks); k++ {
		gap := nt.s[toks[k-1].e:toks[k].s]
		if !(snClose.get(toks[k].h) || bnNouns.get(toks[k].h) || gap == " & ") || gap != " " && gap != " & " {
			continue
		}
		// a listed given name first: a person's name ("Dana Whitfield")
		person := p.g.v.flags(toks[0].h)&(wFirst|wCommon) == wFirst
		own := false
		for _, t := range toks[:k] {
			f := p.g.v.flags(t.h)
			if !snClose.get(t.h) && !bnNouns.get(t.h) && !sdCare.get(t.h) && f&(wStop|wCommon) == 0 {
				own = true
			}
		}
		// a disease, treatment or drug kept ("Hartwell HIV" of "Hartwell HIV
		// Clinic"): the short form would clear the reader's condition
		// wherever it stands (red-team pass RED10, dev66r); a specialty
		// ("Hartwell Cardiology") is kept
		clin := false
		for i := range toks[:k] {
			t := &toks[i]
			if w := p.g.v.get(t.h); (w != nil && careOneWord(w) || t.low == "dialysis") && !snSpecialtyWord(t) {
				clin = true
			}
		}
		if person || !own || clin {
			continue
		}
		hs := make([]uint64, k)
		for i := range hs {
			hs[i] = toks[i].h
		}
		p.addSender(hs)
	}
}
