package guard

import "strings"

// System times under JSON keys (helper D29A, night of 2026-12-04: dev29
// {"type":"refill.ready","ready_at":"2026-12-05T15:30:00Z"}, {"tipo":
// "receta.lista","listo":"2026-12-05T15:30:00Z"}).
//
// A webhook payload says by its key what a date is: under "ready_at",
// "eta", "created_at", "updated", "pickup_time", "listo" it is the
// system's clock, not a person's date. jsonTimeKey reports whether the
// date starting at token i is a quoted JSON value ("key":"…") whose key
// (words joined by "_" or "-") holds a system-time word (jsonTimeWords)
// and no person word (jsonPersonTimeWords: dob, birth, nacimiento,
// appointment, visit, admit, discharge, cita…). Those keys keep the date
// reported ("dob":"1984-03-07", "appointment_at":"2026-12-09").
var (
	jsonTimeWords = wordSetTab("ready eta etd pickup created updated modified sent shipped delivered dispatched " +
		"processed timestamp ts time at expires expiry listo lista recogida creado actualizado enviado entregado " +
		"scheduled run event generated received queued fecha hora")
	jsonPersonTimeWords = wordSetTab("dob birth birthday born birthdate nacimiento nac appointment appt visit admit " +
		"admitted admission discharge discharged surgery procedure dos service death died deceased cita consulta " +
		"ingreso alta patient paciente vaccination vaccine test lab result dose fnac")
)

// jsonTimeKey: the date starting at token i is the value of a system-time
// JSON key.
func (s *scanner) jsonTimeKey(i int) bool {
	if i < 1 || strings.ReplaceAll(s.gap(i), " ", "") != `":"` {
		return false
	}
	return s.jsonSystemTimeKeyBefore(i)
}

// jsonSystemTimeKeyBefore: the JSON key whose value starts at token i
// (its words joined by "_", "-" or ".", back to its opening quote) holds a
// system-time word and no person-time word. Shared by jsonTimeKey and
// jsonEpoch.
func (s *scanner) jsonSystemTimeKeyBefore(i int) bool {
	sys := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		h := s.toks[k].h
		if jsonPersonTimeWords.get(h) {
			return false
		}
		if jsonTimeWords.get(h) {
			sys = true
		}
		g := s.gap(k)
		if strings.HasSuffix(g, `"`) {
			return sys
		}
		if g != "_" && g != "-" && g != "." {
			return false
		}
	}
	return false
}
