package guard

// maternity.go — the reader's pregnancy and maternity care (issue 15,
// fourteenth pass, helper RECALL14, probe set dev80r, from dev78's seeds
// "Since your due date is 10/03, you can place your pump order now!",
// "Registramos su fecha probable de parto (15/08)", "your insurer approved
// the hospital-grade pump rental for NICU separation", "Su extractor de
// leche Medela Pump in Style fue enviado hoy"): rule compose.maternity,
// kind condition. Read from a first word (maternityFirst) when:
//
//   - "due date" follows the reader's possessive, alone or with estimated,
//     expected, projected between ("your estimated due date"); "your
//     payment due date" passes (the word between is no estimate word);
//   - "due in/on" is followed by a month or a number and a baby word or
//     "you're" stands within three words before it, or "Due" opens the
//     sentence with "in" in a notice with a maternity word ("Your baby is
//     due in 6 weeks", "Due in October? Your insurance may cover a breast
//     pump"); "Rent is due on the 5th", "books are due back", "Due on
//     10/03: your renewal" pass;
//   - "fecha (probable|estimada|prevista) de parto" with a reader's word
//     (readerNear) near it;
//   - N weeks/semanas after reaching, reached, hit, you're, now, tiene,
//     cumple in a notice with a maternity word ("Congrats on reaching 32
//     weeks! Your maternity support belt ships Friday"); "Only 2 weeks
//     left" passes;
//   - postpartum, posparto, postparto with the reader's possessive within
//     three words before ("sus fajas posparto"), unless a class or group
//     word follows ("your free postpartum yoga class");
//   - pump/pumps with a reader's word near and a breast-pump word within
//     three words before (breast, hospital-grade, wearable, double,
//     electric, rental, Medela, Spectra, Elvie, Willow, Lansinoh…), a
//     "rental" after, or a maternity word in the notice ("so we can ship
//     your pump" beside a due date); a pool, bike, tire, sump, water or
//     gas pump, and "pump up", pass;
//   - sacaleches, pezoneras, "nipple shields/cream/balm", or extractor(es)
//     de leche, with a reader's word near ("extractores de jugo" pass);
//   - NICU/UCIN with a baby word in its sentence, or a reader's word near
//     and no giving or news word (donation, volunteer, fundraiser,
//     graduates, celebrated…), not after our, nuestra, nuestro ("Our NICU
//     at St. Luke's celebrated…", "Thank you for supporting the NICU at
//     Mercy with your donation" pass).
//
// Red-team tightening (red14b, dev81x): "your due date" in a notice with
// a bill's word (pay, invoice, fee, refund, balance…) and no maternity
// word is a bill's ("Your due date is 10/03 — pay online to avoid a late
// fee"); "due in/on …" followed by "for" names what is due ("You're due in
// 2 weeks for your next filter replacement"); "N weeks of <word>" is a
// streak unless the word is a maternity word ("8 weeks of daily walks —
// baby steps add up!"; "24 semanas de embarazo" stays); a pump's modifier
// must stand right before it ("Your electric kayak pump" passes, "your
// Spectra S1 breast pump" stays) and "pump rental" needs the reader's
// possessive or a modifier right before the pump ("Your keg pump rental");
// a NICU's news or giving word stops a baby word too ("The Mercy NICU
// reunion picnic … families and babies welcome!").
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at its first words.

var (
	maternityFirst = wordSetTab("due weeks semanas postpartum posparto postparto pump pumps sacaleches extractor extractores nicu ucin parto nipple pezoneras")

	matEstimate = wordSetTab("estimated expected projected anticipated estimada prevista probable")
	matMonth    = wordSetTab("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec")
	matBabyBefore = wordSetTab("baby babies twins youre bebe bebes")
	matWeeksVerb  = wordSetTab("reaching reached reach hit hitting youre now tiene cumple cumplio cumpliste llego llegaste")
	matNoteWord   = wordSetTab("maternity maternidad pregnancy pregnant embarazo embarazada baby babies bebe bebes newborn nicu ucin postpartum " +
		"posparto postparto lactation lactancia nursing breastfeeding breast milk leche trimester trimestre twins ob obgyn")
	matPostVeto   = wordSetTab("class classes group groups yoga workshop workshops clase clases grupo grupos taller talleres seminar webinar")
	matPumpMod    = wordSetTab("breast grade wearable double electric rental medela spectra elvie willow lansinoh ameda motif haakaa milk hospital")
	matPumpVeto   = wordSetTab("pool bike bicycle tire tyre sump water gas fuel air heat ball balloon well fountain aquarium")
	matPumpAfter  = wordSetTab("rental rentals")
	matNippleNext = wordSetTab("shield shields cream creams balm butter pads")
	matOurBefore  = wordSetTab("our nuestra nuestro nuestras nuestros")
	matBabyNear   = wordSetTab("baby babies bebe bebes newborn twins little recien")
	// matNICUVeto: a unit's news and giving ("Thank you for supporting the
	// NICU at Mercy with your donation")
	matNICUVeto = wordSetTab("donation donations donate donating volunteer volunteers volunteering fundraiser fundraising reunion graduates " +
		"celebrates celebrated celebration donacion donaciones donar voluntarios")
	hMatDate    = hstr("date")
	hMatDe      = hstr("de")
	hMatFecha   = hstr("fecha")
	hMatLeche   = hstr("leche")
	hMatUp      = hstr("up")
	hMatDue     = hstr("due")
	hMatIn      = hstr("in")
	hMatOn      = hstr("on")
	hMatWeeks   = hstr("weeks")
	hMatSemanas = hstr("semanas")
	hMatSaca    = hstr("sacaleches")
	hMatParto   = hstr("parto")
	hMatYou     = hstr("you")
	hMatAre     = hstr("are")
	hMatFor     = hstr("for")
	hMatOf      = hstr("of")
	// matBill: a bill's due date ("pay online to avoid a late fee")
	matBill = wordSetTab("pay paid payment payments invoice invoices bill bills billing fee fees late balance refund refunds " +
		"renewal rent tax taxes statement premium autopay pago pagos factura facturas saldo reembolso")
)

// maternityAt: token i is one of maternityFirst.
func (s *scanner) maternityAt(i int) {
	t := s.toks
	n := len(t)
	h := t[i].h
	lo, _ := sentenceSpan(t, i)
	from, to, ok := i, i, false
	switch {
	case h == hMatDue:
		switch {
		case i+1 < n && t[i+1].h == hMatDate:
			to = i + 1
			b := i - 1
			if b >= lo && matEstimate.get(t[b].h) {
				b--
			}
			ok = b >= lo && recipientPossessive.get(t[b].h) && !(s.noticeHasAny(&matBill) && !s.noticeHasAny(&matNoteWord))
		case i+2 < n && (t[i+1].h == hMatIn || t[i+1].h == hMatOn) && (matMonth.get(t[i+2].h) || t[i+2].cls&tDigit != 0):
			to = i + 2
			if s.matDueFor(i + 2) {
				return // "due in 2 weeks for your next filter"
			}
			ok = i == lo && t[i+1].h == hMatIn && s.noticeHasAny(&matNoteWord) || s.rfWithin(i, -3, &matBabyBefore) ||
				i >= lo+2 && t[i-1].h == hMatAre && t[i-2].h == hMatYou
		}
	case h == hMatParto:
		b := i - 1
		if b > lo && t[b].h == hMatDe {
			b--
			if b > lo && matEstimate.get(t[b].h) {
				b--
			}
			if b >= lo && t[b].h == hMatFecha {
				from, ok = b, s.readerNear(i)
			}
		}
	case h == hMatWeeks || h == hMatSemanas:
		if i+2 < n && (t[i+1].h == hMatOf || t[i+1].h == hMatDe) && !matNoteWord.get(t[i+2].h) {
			return // "8 weeks of daily walks": a streak
		}
		if i >= lo+2 && t[i-1].cls&tDigit != 0 && matWeeksVerb.get(t[i-2].h) && s.noticeHasAny(&matNoteWord) {
			from, ok = i-1, true
		}
	case h == hMatSaca || t[i].low == "pezoneras":
		ok = s.readerNear(i)
	case t[i].low == "nipple":
		if i+1 < n && matNippleNext.get(t[i+1].h) {
			to, ok = i+1, s.readerNear(i)
		}
	case maternityFirst.get(h) && (t[i].low == "extractor" || t[i].low == "extractores"):
		if i+2 < n && t[i+1].h == hMatDe && t[i+2].h == hMatLeche {
			to, ok = i+2, s.readerNear(i)
		}
	case t[i].low == "pump" || t[i].low == "pumps":
		if s.rfWithin(i, -2, &matPumpVeto) || i+1 < n && t[i+1].h == hMatUp || !s.readerNear(i) {
			return
		}
		// the modifier right before the pump ("your electric kayak pump" is
		// a kayak's); "pump rental" after the reader's word or a modifier
		mod := i > lo && matPumpMod.get(t[i-1].h)
		rental := s.rfWithin(i, 1, &matPumpAfter) && i > lo && (mod || recipientPossessive.get(t[i-1].h))
		ok = mod || rental || s.noticeHasAny(&matNoteWord) || s.matDueDate()
	case t[i].low == "nicu" || t[i].low == "ucin":
		if i > lo && matOurBefore.get(t[i-1].h) || i > lo+1 && matOurBefore.get(t[i-2].h) {
			return
		}
		ok = (s.readerNear(i) || s.wholeSentenceHas(i, &matBabyNear)) && !s.wholeSentenceHas(i, &matNICUVeto)
	default: // postpartum, posparto, postparto
		ok = s.rfWithin(i, -3, &recipientPossessive) && !s.rfWithin(i, 3, &matPostVeto)
	}
	if ok {
		s.addTok(from, to, KindCondition, "compose.maternity", 0.7, "names the reader's pregnancy or maternity care")
	}
}

// matDueDate: "due date" somewhere in the field.
func (s *scanner) matDueDate() bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].h == hMatDue && s.toks[k+1].h == hMatDate {
			return true
		}
	}
	return false
}

// matDueFor: the time after "due in/on" at token k is followed by "for"
// (after an optional unit: "due in 2 weeks for your next filter").
func (s *scanner) matDueFor(k int) bool {
	for m := k + 1; m < len(s.toks) && m <= k+2; m++ {
		if s.toks[m].sent {
			return false
		}
		if s.toks[m].h == hMatFor {
			return true
		}
	}
	return false
}
