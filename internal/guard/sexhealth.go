package guard

// sexhealth.go — erectile and sexual-health treatment named by its
// abbreviation, a bedroom frame or a device (issue 15, fourteenth pass,
// helper RECALL14, probe set dev80r, from dev78's seeds "your provider
// confirmed that ED treatment is a good fit", "Struggling in the bedroom?
// Get ED treatment delivered discreetly", "Your vacuum erection device kit
// shipped"): rule compose.sexual_health, kind condition, in every mode.
//
// strictabbr.go reads "ED" only after a condition frame ("managing ED")
// and only in strict mode, since ED is also an emergency department, an
// executive director, education. Here, written in capitals:
//
//   - ED or PE right before a treatment noun (treatment, meds,
//     medication, pills, tablets, refill, kit, prescription, therapy; for
//     PE also spray, wipes, delay; "ED Rx" is conditionrx.go's): "ED
//     treatment", "your ED refill", "our PE spray";
//   - ED after "for"/"para" with a treatment or device word within four
//     words before ("Your vacuum pump for ED shipped");
//   - neither when an expansion in parentheses follows ("our ED (Executive
//     Director)") or a noun of the other senses (strictabbr.go's
//     condAbbrVeto: director, department, staff, visit…);
//
// (not before a place word: "Our ED treatment rooms", "ED treatment area")
// and, in any case: "struggling / trouble / problems / confidence … in the
// bedroom" ending its sentence, or anywhere in a notice with an intimate
// word (libido, stamina, intimacy, sexual, discreetly…), and not in a
// notice about furnishing (closet, storage, decor, mattress…): "Trouble in
// the bedroom with noisy neighbors? Try our white noise machine" passes; "last longer / perform … in bed"; erection, erections,
// erección (not "erection of", "erección de": a building's); penile;
// "constriction ring(s)". "Struggling to stay on budget?", "ED hours",
// "Fire alarm test" pass.
//
// Red-team tightening (red14b, dev81x): "ED" before a treatment noun is
// the department's when a department noun follows ("ED therapy dogs",
// "ED medication team") or the sentence names the hospital's side
// (outpatient, inpatient, triage, hospital: "ED prescriptions are filled at
// the outpatient pharmacy") and no reader's possessive stands right before
// "ED"; the bedroom frame's word must stand right before "in the bedroom"
// (or be "struggling with" one: "Struggling with performance in bed"), so
// "Trouble sleeping in the bedroom?" and "Struggling with humidity in the
// bedroom?" pass; "longer in bed" needs last/lasting before it ("keeps you
// warm longer in bed" passes); a building's erection ("Scaffold erection
// at our clinic") passes.
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at its first words.

var (
	sexHealthFirst = wordSetTab("ed pe bedroom bed erection erections ereccion erecciones penile constriction")

	sexEDNext = wordSetTab("treatment treatments meds med medication medications medicine medicines pills pill tablets tablet " +
		"refill refills kit kits prescription prescriptions therapy drug drugs tratamiento tratamientos pastillas medicamento medicamentos")
	sexPENext    = wordSetTab("spray sprays wipes wipe delay treatment treatments meds pills")
	sexForBefore = wordSetTab("pump pumps device devices ring rings treatment treatments pills pill meds medication medications tablets help options option " +
		"therapy kit bomba dispositivo tratamiento pastillas")
	sexFor      = wordSetTab("for para")
	sexBedFrame = wordSetTab("struggling struggle struggles trouble troubles problems problem issues issue difficulty difficulties confidence " +
		"performance perform performing spark last longer stamina")
	// sexBedVeto: furnishing a bedroom ("Storage trouble in the bedroom?
	// Our closet organizers…")
	sexBedVeto = wordSetTab("furniture closet closets decor paint storage organizer organizers lighting lamp lamps mattress pillows sheets " +
		"curtains rug rugs dresser remodel renovation clutter")
	// sexBedIntimate: words that keep "… in the bedroom" sexual when the
	// sentence goes on after it
	sexBedIntimate = wordSetTab("libido stamina intimacy intimate erection erections sexual sex discreet discreetly")
	sexEDPlace     = wordSetTab("room rooms area areas bay bays unit units wing entrance waiting")
	sexBedLonger   = wordSetTab("longer perform performance stamina struggling trouble")
	sexOfDe        = wordSetTab("of de del")
	sexRing        = wordSetTab("ring rings band bands")
	hSexED         = hstr("ed")
	hSexPE         = hstr("pe")
	hSexBedroom    = hstr("bedroom")
	hSexBed        = hstr("bed")
	hSexThe        = hstr("the")
	hSexIn         = hstr("in")
	hSexPenile     = hstr("penile")
	hSexConstr     = hstr("constriction")
	// sexEDDept: nouns of a department after "ED <treatment noun>"
	sexEDDept = wordSetTab("dog dogs program programs team teams staff nurse nurses protocol protocols policy committee training cart carts")
	// sexEDHospital: the hospital's side of a sentence about its ED
	sexEDHospital = wordSetTab("outpatient inpatient triage hospital hospitals trauma admitted admissions")
	// sexBuild: a building's or a structure's erection
	sexBuild = wordSetTab("scaffold scaffolding tent tents steel crane fence fencing sign signage stage tower building structure frame formwork wall")
	// sexLast: "last longer in bed"
	sexLast = wordSetTab("last lasting lasts")
)

// sexHealthAt: token i is one of sexHealthFirst.
func (s *scanner) sexHealthAt(i int) {
	t := s.toks
	n := len(t)
	h := t[i].h
	lo, _ := sentenceSpan(t, i)
	from, to, ok := i, i, false
	switch h {
	case hSexED, hSexPE:
		if t[i].cls&tUpper == 0 || i+1 < n && (s.gapStarts(i+1, '(') || strings0Paren(s.gap(i+1)) || condAbbrVeto.get(t[i+1].h)) {
			return
		}
		switch {
		case i+1 < n && (h == hSexED && sexEDNext.get(t[i+1].h) || h == hSexPE && sexPENext.get(t[i+1].h)):
			// "Our ED treatment rooms": a department's place
			to, ok = i+1, !(i+2 < n && sexEDPlace.get(t[i+2].h)) && !(i > lo && matOurBefore.get(t[i-1].h) && h == hSexED && sexEDNext.get(t[i+1].h) && s.wholeSentenceHas(i, &sexEDPlace))
			if h == hSexED && (i+2 < n && sexEDDept.get(t[i+2].h) || s.wholeSentenceHas(i, &sexEDHospital) && !(i > lo && recipientPossessive.get(t[i-1].h))) {
				ok = false // the department's ("ED therapy dogs")
			}
		case h == hSexED && i > lo && sexFor.get(t[i-1].h) && s.rfWithin(i-1, -4, &sexForBefore):
			from, ok = i-1, true
		}
	case hSexBedroom:
		_, hi := sentenceSpan(t, i)
		if i >= lo+3 && t[i-1].h == hSexThe && t[i-2].h == hSexIn && s.sexFrameBefore(i-2) && !s.noticeHasAny(&sexBedVeto) &&
			(i+1 == hi || s.noticeHasAny(&sexBedIntimate)) {
			from, ok = i-2, true
		}
	case hSexBed:
		if i >= lo+2 && t[i-1].h == hSexIn && s.rfWithin(i-1, -2, &sexBedLonger) && (t[i-2].low != "longer" || i >= lo+3 && sexLast.get(t[i-3].h)) {
			from, ok = i-1, true
		}
	case hSexPenile:
		ok = true
	case hSexConstr:
		if i+1 < n && sexRing.get(t[i+1].h) {
			to, ok = i+1, true
		}
	default: // erection, erections, ereccion, erecciones
		ok = (i+1 >= n || !sexOfDe.get(t[i+1].h)) && !(i > lo && sexBuild.get(t[i-1].h))
	}
	if ok {
		s.addTok(from, to, KindCondition, "compose.sexual_health", 0.7, "names erectile or sexual-health treatment")
	}
}

// strings0Paren: the gap holds an opening parenthesis.
func strings0Paren(g string) bool {
	for i := 0; i < len(g); i++ {
		if g[i] == '(' {
			return true
		}
	}
	return false
}

// sexFrameBefore: token k is "in" of "in the bedroom" and the word right
// before it is a frame word ("Struggling in the bedroom", "performance
// issues in the bedroom"); "Trouble sleeping in the bedroom", "Struggling
// with humidity in the bedroom" pass.
func (s *scanner) sexFrameBefore(k int) bool {
	if k < 1 || s.toks[k].sent {
		return false
	}
	return sexBedFrame.get(s.toks[k-1].h)
}
