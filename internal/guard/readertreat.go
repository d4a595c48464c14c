package guard

import "strings"

// readertreat.go: five rules of fix helper miss19b (issue 15, nineteenth
// pass, dev104's fam-miss19b, probe set dev104m, 2026-12-06), run from one
// walk at their start words (rtFilter; the pass returns at once when no
// token of the field has one: fb3ReaderTreat, tokfilter.go):
//
//   - compose.allergy_immuno (procedure): allergy immunotherapy as the
//     reader's treatment. "your next refill of sublingual dust mite drops"
//     and "su próxima caja de gotas sublinguales para ácaros" passed: drops,
//     tablets, shots, vials and extract are no clinical words alone.
//     Reported: a treatment noun (rtHead) with a reader's possessive up to
//     eight words before it in its sentence and an allergy word (rtAllergy:
//     sublingual, allergy, mite, ácaros, pollen, polen, immunotherapy…)
//     between them or up to four words after it; SLIT or SCIT in capitals
//     right after a reader's possessive.
//   - compose.reader_extraction (procedure): "su extracción", "your tooth
//     extraction" (a possessive right before, a dental word between allowed).
//   - compose.reader_aligners (procedure): aligners after a reader's
//     possessive, a stage or phase word and its number between allowed
//     ("Your stage 8 aligners", "Sus alineadores de la fase 12").
//   - compose.event_monitor (lab_test): a cardiac event monitor ("event
//     monitor", "monitor de eventos", "heart/cardiac monitor") after a
//     reader's possessive or with a return or wear verb before it in its
//     sentence ("Please return the event monitor").
//   - id.ssn_digits (ssn): after "Social Security" / "Seguro Social", in the
//     same sentence, four or more single digits joined by hyphens, dots or
//     spaces ("son 4-4-1-8", "son 3 9 1 5").
//
// All five are reader-tied (readerTiedRule). Passes: allergy-season tips
// (no possessive before a treatment noun), product drops for sale (no
// allergy word), "phase 2 of our renovation" (no aligners), "return the
// loaner tablet" (no monitor), "Aceptamos pagos del Seguro Social" (no
// digits).
var (
	rtHead = wordSetTab("drops drop gotas gota tablets tablet tabletas tableta tabs shot shots injection injections " +
		"inyeccion inyecciones vial vials frasco frascos extract extracts extracto extractos vacuna vacunas dose doses dosis kit")
	rtAllergy = wordSetTab("sublingual sublinguales allergy allergies allergen allergens alergia alergias alergenico alergenica " +
		"alergenicos alergeno alergenos mite mites acaros acaro pollen polen ragweed immunotherapy inmunoterapia antialergica antialergicas")
	rtImmuno   = wordSetTab("slit scit")
	rtExtract  = wordSetTab("extraction extractions extraccion extracciones")
	rtDental   = wordSetTab("tooth teeth dental wisdom dentaria dentarias molar muela")
	rtAligner  = wordSetTab("aligners alineadores") // plural only: "your aligner for the garage door" (TestDental)
	rtStage    = wordSetTab("stage phase set fase etapa juego de la del new next nuevos proximos clear")
	rtMonitor  = wordSetTab("monitor monitors")
	rtMonKind  = wordSetTab("event heart cardiac holter")
	rtMonVerb  = wordSetTab("return returning mail wear wearing devuelva devolver devuelve regrese enviar use usar lleve")
	rtSocial   = wordSetTab("social")
	rtSecurity = wordSetTab("security")
	rtSeguro   = wordSetTab("seguro")
	rtFilter   = tabsFilter(rtHead, rtImmuno, rtExtract, rtAligner, rtMonitor, rtSocial)
)

// scanReaderTreat runs the five rules at their start words.
func (s *scanner) scanReaderTreat() {
	if s.fbAll3&fb3ReaderTreat == 0 { // no start word in the field (tokfilter.go)
		return
	}
	s.scanReaderTreatOn()
}

// scanReaderTreatOn is scanReaderTreat past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanReaderTreatOn() {
	for i := range s.toks {
		h := s.toks[i].h
		if !rtFilter.may(h) || s.used[i] {
			continue
		}
		switch {
		case rtHead.get(h):
			s.allergyImmunoAt(i)
		case rtImmuno.get(h):
			if s.toks[i].cls&tUpper != 0 && s.rtOwnedRun(i, 0, nil) {
				s.addTok(i, i, KindProcedure, "compose.allergy_immuno", 0.8, reasonFor(KindProcedure))
			}
		case rtExtract.get(h):
			if s.rtOwnedRun(i, 2, &rtDental) {
				s.addTok(i, i, KindProcedure, "compose.reader_extraction", 0.8, reasonFor(KindProcedure))
			}
		case rtAligner.get(h):
			s.alignersAt(i)
		case rtMonitor.get(h):
			s.eventMonitorAt(i)
		case rtSocial.get(h):
			s.ssnDigitsAt(i)
		}
	}
}

// rtOwnedRun: a reader's possessive right before i, up to max words of
// between (or digits) allowed.
func (s *scanner) rtOwnedRun(i, max int, between *setTab) bool {
	for k := i; k > 0 && i-k <= max; k-- {
		if s.toks[k].sent || strings.TrimSpace(s.gap(k)) != "" && s.gap(k) != "-" {
			return false
		}
		p := &s.toks[k-1]
		if ppOwner.get(p.h) {
			return true
		}
		if between == nil || !(between.get(p.h) || p.cls&tDigit != 0) {
			return false
		}
	}
	return false
}

// allergyImmunoAt: compose.allergy_immuno at the treatment noun i.
func (s *scanner) allergyImmunoAt(i int) {
	o := -1
	for k := i; k > 0 && i-k < 8; k-- {
		if s.toks[k].sent {
			break
		}
		if ppOwner.get(s.toks[k-1].h) {
			o = k - 1
			break
		}
	}
	if o < 0 {
		return
	}
	q := -1
	for k := o + 1; k < i; k++ {
		if rtAllergy.get(s.toks[k].h) {
			q = k
		}
	}
	for k := i + 1; q < 0 && k < len(s.toks) && k <= i+4 && !s.toks[k].sent; k++ {
		if rtAllergy.get(s.toks[k].h) {
			q = k
		}
	}
	if q < 0 {
		return
	}
	a, b := i, i
	if q < i {
		a = q
	} else {
		b = q
	}
	for k := a; k <= b; k++ {
		if s.used[k] {
			return
		}
	}
	s.addTok(a, b, KindProcedure, "compose.allergy_immuno", 0.8, reasonFor(KindProcedure))
}

// alignersAt: compose.reader_aligners at aligners i.
func (s *scanner) alignersAt(i int) {
	if s.rtOwnedRun(i, 3, &rtStage) {
		s.addTok(i, i, KindProcedure, "compose.reader_aligners", 0.8, reasonFor(KindProcedure))
	}
}

// eventMonitorAt: compose.event_monitor at monitor i.
func (s *scanner) eventMonitorAt(i int) {
	n := len(s.toks)
	a, b := i, i
	switch {
	case i > 0 && !s.toks[i].sent && rtMonKind.get(s.toks[i-1].h):
		a = i - 1 // "event monitor"
	case i+2 < n && !s.toks[i+1].sent && !s.toks[i+2].sent && s.toks[i+1].low == "de" && s.toks[i+2].low == "eventos":
		b = i + 2 // "monitor de eventos"
	default:
		return
	}
	ok := s.rtOwnedRun(a, 0, nil)
	for k := a - 1; !ok && k >= 0; k-- {
		if rtMonVerb.get(s.toks[k].h) {
			ok = true
		}
		if s.toks[k].sent {
			break
		}
	}
	if !ok {
		return
	}
	for k := a; k <= b; k++ {
		if s.used[k] {
			return
		}
	}
	s.addTok(a, b, KindLabTest, "compose.event_monitor", 0.8, reasonFor(KindLabTest))
}

// ssnDigitsAt: id.ssn_digits at "social" i.
func (s *scanner) ssnDigitsAt(i int) {
	n := len(s.toks)
	switch {
	case i+1 < n && !s.toks[i+1].sent && rtSecurity.get(s.toks[i+1].h):
	case i > 0 && !s.toks[i].sent && rtSeguro.get(s.toks[i-1].h):
	default:
		return
	}
	for k := i + 1; k < n && k <= i+14; k++ {
		if k > i+1 && s.toks[k].sent {
			return
		}
		t := &s.toks[k]
		if t.cls&tDigit == 0 {
			continue
		}
		// single digits joined by '-', '.', ' ' from k
		src := s.t.s[t.s:]
		d, j := 0, 0
		for j < len(src) && d < 12 {
			if src[j] < '0' || src[j] > '9' {
				break
			}
			if j+1 < len(src) && src[j+1] >= '0' && src[j+1] <= '9' {
				break // two digits together: no spelled run
			}
			d++
			j++
			if j+1 < len(src) && (src[j] == '-' || src[j] == '.' || src[j] == ' ') && src[j+1] >= '0' && src[j+1] <= '9' {
				j++
				continue
			}
			break
		}
		if d < 4 {
			if t.nd > 1 {
				return
			}
			continue
		}
		end := t.s + int32(j)
		m := k
		for m+1 < n && s.toks[m+1].e <= end {
			m++
		}
		for x := k; x <= m; x++ {
			if s.used[x] {
				return
			}
		}
		s.addTok(k, m, KindSSN, "id.ssn_digits", 0.85, reasonFor(KindSSN))
		return
	}
}
