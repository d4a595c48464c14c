package guard

import "strings"

// ownline.go: the sender's own line in a notice that names no sender,
// named with its hours (issue 15, sixteenth pass, helper misc16,
// dev88/dev91m, 2026-12-05).
//
// ownNumber (ownnumber.go) clears a number named as the sender's only in a
// notice that names a sender (pcNamesSender) or with a stand-in for it
// (ownpremises.go; ctaframe.go's "call us at" in a notice with no care
// signal). Template libraries drop the sender's name, and dev88 blocked:
// "Weekend phone support: 9 AM–5 PM at (512) 555-0139.", "La línea de
// guardia 24 horas sigue disponible: (559) 555-0124.".
//
//   - onHoursLine: the number's sentence, before the number, names a line
//     by a line word (line, lines, hotline, helpline, support, desk,
//     línea, guardia, soporte) and tells its hours or availability (AM,
//     PM, hours, 24, weekend(s), weekday(s), nights, daily, open,
//     available, horas, disponible, abierta, a weekday's name); the line
//     word may stand before a colon only in the sentence's first four
//     words ("Weekend phone support: 9 AM–5 PM at …": the header names
//     the line). It is ownNumber's trigger too (onColonAfter refuses a
//     function word before a colon) and stands in for the sender's name.
//     Refused in a notice with a care signal (careSignal) or a reference
//     number or receipt word (cfRefNumber), as ownPremises is.
//
// Fail closed: ownNumber's and phoneCTA's vetoes still read the sentence,
// so "We will call you at …", "Call us if the driver cannot reach you at
// …", "Weekend phone support will call your daughter at …", "La línea de
// guardia le llamará al …", "We have your number as …" stay reported, and
// "Call us at … about the results of your visit" (a care signal) too.
// Left: "Please call us at … if you won't be coming to the day center, so
// we can update the van schedule" (dev88-clean-083): ctaframe.go's "call
// us at" already reads it, and refuses it for the notice's care signal
// (the arrival "coming to the day center", the slot word "schedule"), a
// veto kept for a held-out leak ("Call us at … about the results of your
// visit"). Cost: only for a number about to be reported.

var (
	// words naming a telephone line
	olLineWords = wordSetTab("line lines hotline hotlines helpline support desk linea lineas guardia soporte")
	// words telling a line's hours or availability
	olHoursWords = wordSetTab("am pm hours hour weekend weekends weekday weekdays nights overnight daily open available " +
		"horas hora disponible disponibles abierta abierto fines noches " +
		"monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado sabados domingo domingos")
)

// onHoursLine: a line word and an hours word in lo..first (see the file
// comment).
func (s *scanner) onHoursLine(lo, first, last int) bool {
	line, hours := false, false
	for m := lo; m < first; m++ {
		h := s.toks[m].h
		if olLineWords.get(h) && (m-lo < 4 || !s.onColonAfter(m, first)) {
			line = true
		}
		if olHoursWords.get(h) || s.toks[m].low == "24" {
			hours = true
		}
	}
	return line && hours && !strings.Contains(s.gap(first), "\n") && !s.cfRefNumber(first, last) && !s.careSignal()
}
