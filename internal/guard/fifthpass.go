package guard

// scanFifth runs issue 15's fifth-pass detectors (dev16) in one pass over
// the tokens, after the compositional rules, so it only sees words no
// other rule took: specialties by their combining forms and care places
// (specialty.go), eponyms (eponym.go) and names addressed after an
// opening interjection (vocative.go). Its word classes are bits of the
// third pass's per-token classes (tpWords, filled by scanShapes), so a
// token pays no lookup of its own, only a few tests of its class and
// length; the word-specific checks run only behind them.
func (s *scanner) scanFifth() {
	n := len(s.toks)
	// (used and tp resliced to n, the walk's bound: the compiler drops their
	// index tests, helper speed19)
	toks, used, tp := s.toks, s.used[:n], s.tp[:n]
	for i := 0; i < n; i++ {
		// the common case first: no word class, not capitalised, and too
		// short or a vocabulary word for a specialty; passed over in a
		// loop of its own, with no call to spill its values for (helper
		// SPEED16)
		for i < n && (used[i] || toks[i].cls&tAlpha == 0 || tp[i] == 0 && toks[i].cls&tCap == 0 && (len(toks[i].low) < 7 || toks[i].w != nil)) {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		fw := s.tp[i]
		if len(t.low) >= 7 && t.w == nil && specialtyShape(t.low) && s.specialty(i) && !s.orgBodyWord(i) { // "Academy of Audiology" (orgclin.go)
			s.addTok(i, i, KindCondition, "compose.specialty", 0.7, "is built of medical combining forms and a specialty ending, like a medical specialty")
			continue
		}
		if fw&fwForm != 0 {
			if a, b, ok := s.specialtyHyphen(i); ok {
				s.addTok(a, b, KindCondition, "compose.specialty", 0.7, "is built of medical combining forms and a specialty ending, like a medical specialty")
				i = b
				continue
			}
		}
		if fw&(fwCareHead|fwCareHeadES) != 0 {
			if a, b, ok := s.carePlace(i); ok {
				s.addTok(a, b, KindCondition, "compose.care_place", 0.7, "is a care place or clinician named by a clinical domain ('"+t.low+"')")
				i = max(i, b)
				continue
			}
		}
		if fw&fwCareEnrol != 0 {
			if a, b, ok := s.careEnrol(i); ok { // careenrol.go
				s.addTok(a, b, KindCondition, "compose.care_program", 0.7, "is a programme or team named by a clinical domain that the reader was welcomed to or joined")
				i = max(i, b)
				continue
			}
		}
		if t.cls&tCap != 0 && i+1 < n && (s.toks[i+1].low == "s" || t.low[len(t.low)-1] == 's') {
			if k, ok := s.eponymCondition(i); ok {
				s.addTok(i, k, KindCondition, "compose.eponym", 0.75, "is a name in the possessive before '"+s.toks[k].low+"', as eponymous conditions are named")
				i = k
				continue
			}
		}
		// a device word: is the word before it a device's eponym?
		if fw&fwDeviceHead != 0 && i > 0 {
			if k, ok := s.deviceEponym(i - 1); ok {
				s.addTok(i-1, i, k, "compose.device_eponym", 0.7, "starts a listed device or procedure name and comes before '"+t.low+"'")
				continue
			}
		}
		if t.cls&tCap != 0 && (i == 0 || t.sent) && t.w != nil && t.w.flags&wFirst != 0 { // (dashGivenName needs a given name's flag: helper SPEED15)
			if a, b, ok := s.dashName(i); ok { // "Rahul - your claim" (dashname.go)
				s.addTok(a, b, KindName, "compose.dash_name", 0.7, "is a given name before a dash and '"+s.toks[b+1].low+"', as a reader is addressed")
				i = b
				continue
			}
		}
		if fw&fwOpener != 0 {
			if a, b, ok := s.vocative(i); ok {
				s.addTok(a, b, KindName, "compose.vocative", 0.75, "follows an opening '"+t.low+",' where the reader is addressed by name")
				i = b
				continue
			}
			if a, b, ok := s.thanksName(i); ok { // "thanks for shopping with us, priya!" (thanksname.go)
				s.addTok(a, b, KindName, "compose.thanks_name", 0.75, "follows a thanks phrase and a comma, where the reader is addressed by name")
				i = b
				continue
			}
			if j, ok := s.lowerOpenerName(i); ok { // "thank you, laura!", "ok fatima your …", "heads up ben —" (loweropener.go)
				s.addTok(j, j, KindName, "compose.vocative", 0.75, "is a given name after a casual opener, where the reader is addressed by name")
				i = j
				continue
			}
		}
	}
}

// The word classes of scanFifth's detectors, bits of tpWords after the
// third pass's (shapes.go).
const (
	fwForm       = tpOrdBeforeES << (1 + iota) // a combining form of specialtyForms
	fwCareHead                                 // carePlaceHeads
	fwCareHeadES                               // carePlaceHeadsES
	fwDeviceHead                               // deviceEponymHeads
	fwOpener                                   // the last word of a vocativeOpeners entry; thanks, thank
	fwCareEnrol                                // careEnrolHeads, careEnrolHeadsES (careenrol.go)

	// scanCompose's tests of the word after a token (helper SPEED12): the
	// bits replace string compares of s.toks[i+1].low made for every token
	tpRecoverAdv // recoverAdverb's words ("well", "fully", …; recoverwell.go)
	tpLivingPrep // livingWithPrep's words ("with", "from", "con", "de")
	tpHeadPrep   // headBeforePrep's words ("for", "de", "del", "para", "contra")
	// the words scanCompose compares its token's hash with (your, su, tu,
	// the, for, para, welcome…, recall(ed), morning, afternoon, evening):
	// one bit before those compares (helper SPEED12)
	tpComposeCue
	// colloqProcWords (colloqproc.go): scanCompose asks colloqProcAt only
	// for a token with this bit, not for every word of 3 to 7 letters
	// (helper SPEED13)
	tpColloqProc
	// the words scanCompose tests the next token's hash for, for every
	// token: clinPlacedHead's (clinform.go) and the patient nouns of
	// asCapPatient (rareframe.go); a field without one skips the test by
	// scanner.tpAll (helper SPEED14)
	tpPlacedHead
	tpPatientNext
)

// fifthWordClasses: the words of scanFifth's detectors and their bits,
// merged into tpWords.
func fifthWordClasses() map[uint64]uint32 {
	m := map[uint64]uint32{}
	for f := range specialtyForms {
		m[hstr(f)] |= fwForm
	}
	carePlaceHeads.each(func(h uint64) { m[h] |= fwCareHead })
	carePlaceHeadsES.each(func(h uint64) { m[h] |= fwCareHeadES })
	deviceEponymHeads.each(func(h uint64) { m[h] |= fwDeviceHead })
	for w := range vocativeOpeners {
		m[hstr(w)] |= fwOpener
	}
	careEnrolHeads.each(func(h uint64) { m[h] |= fwCareEnrol })
	careEnrolHeadsES.each(func(h uint64) { m[h] |= fwCareEnrol })
	for _, h := range composeCueHashes() {
		m[h] |= tpComposeCue
	}
	for _, w := range recoverAdverbWords {
		m[hstr(w)] |= tpRecoverAdv
	}
	for _, w := range livingWithPrepWords {
		m[hstr(w)] |= tpLivingPrep
	}
	for _, w := range headBeforePrepWords {
		m[hstr(w)] |= tpHeadPrep
	}
	m[hThanks] |= fwOpener // thanksName (thanksname.go)
	m[hThank] |= fwOpener
	for _, h := range []uint64{hThx, hThanx, hThnx, hGracias, hOk, hOkay, hHeads} { // lowerOpenerName (loweropener.go)
		m[h] |= fwOpener
	}
	thanksBefore.each(func(h uint64) { m[h] |= fwOpener }) // "many thanks", "muchas gracias" (thanksmore.go)
	colloqProcWords.each(func(h uint64) { m[h] |= tpColloqProc })
	for _, h := range []uint64{hPlacement, hRemoval, hInsertion} {
		m[h] |= tpPlacedHead
	}
	m[hPatient] |= tpPatientNext
	m[hPatientsRF] |= tpPatientNext
	return m
}
