package guard

// phoneown109.go: the sender's changed number after "our number" (issue
// 15, twenty-second pass, fix helper r109, dev110, probe set dev109x).
// "Estimado cliente: actualizamos nuestro número de WhatsApp de atención.
// Guárdelo: +502 5555 0142." was phone.international: phonevoice.go's
// pvSaveNumber reads "save our number" only before the sender's name and a
// colon ("Save our number! LittleSprout Pediatric Urgent Care: …").
//
// pv109SaveIt, asked by pvSenderPhone beside pvSaveNumber, reads the
// number at first..last (a colon right before it) as the sender's when
//
//   - a sentence of only a verb of keeping it opens right before the
//     colon ("Save it:", "Add it:", "Guárdelo:", "Guárdalo:", "Agréguelo:",
//     "Agrégalo:": pv109Save) and the sentence before names our/nuestro
//     + (new/nuevo) + a phone noun (pvOurNumber: "We changed our WhatsApp
//     number."); or
//   - the number's own sentence names our/nuestro + (new) + a phone noun
//     before the colon, with no digit and at most four words between the
//     phone noun and the colon ("Actualizamos nuestro número de WhatsApp:
//     +502 …").
//
// Stays reported (TestPhoneOwn109): a reader's word (your, su, tu…) or a
// capitalised word other than the sentence's first between "our" and the
// colon (a person's name: "nuestro número de WhatsApp del paciente Juan
// Pérez:"), phonevoice.go's vetoes around the number (pvVetoAround: a kin,
// caregiver or person word; phoneCTA's vetoes), a run of words between
// "Save it:" and the number ("Save it: Maria Lopez +44 …"), no "our"
// ("Your daughter's number: …"). Cost: only on a phone another rule is
// about to report.

import "strings"

var pv109Save = wordSetTab("guardelo guárdelo guardalo guárdalo agreguelo agréguelo agregalo agrégalo " +
	"guardela guárdela agreguela agréguela")

// pv109SaveIt: see the file comment.
func (s *scanner) pv109SaveIt(first, last int) bool {
	if !strings.Contains(s.gap(first), ":") {
		return false
	}
	lo, hi := s.sdSpan(first)
	e := first - 1
	if e < lo {
		return false
	}
	plo, from := lo, lo
	switch {
	case e == lo && pv109Save.get(s.toks[e].h),
		e == lo+1 && (s.toks[lo].low == "save" || s.toks[lo].low == "add") && s.toks[e].low == "it":
		if lo == 0 {
			return false
		}
		plo, _ = s.sdSpan(lo - 1)
		if !s.pvOurNumber(plo, lo) {
			return false
		}
		from = plo
	default:
		k := s.pv109OurAt(lo, first)
		if k < 0 || first-k > 5 {
			return false
		}
		for m := k; m < first; m++ {
			if s.toks[m].cls&tDigit != 0 {
				return false
			}
		}
	}
	for m := from; m < first; m++ {
		t := &s.toks[m]
		if recipientWords.get(t.h) || m > from && !t.sent && t.cls&(tCap|tUpper) != 0 && !pvPhoneN.get(t.h) {
			return false
		}
	}
	return !s.pvVetoAround(plo, hi, e, e, first, last, -1)
}

// pv109OurAt: the phone noun of our/nuestro + (new) + a phone noun in
// lo..hi, or -1.
func (s *scanner) pv109OurAt(lo, hi int) int {
	for m := lo; m+1 < hi; m++ {
		if !onOur.get(s.toks[m].h) {
			continue
		}
		k := m + 1
		if pvNew.get(s.toks[k].h) && k+1 < hi {
			k++
		}
		if pvPhoneN.get(s.toks[k].h) {
			return k
		}
	}
	return -1
}
