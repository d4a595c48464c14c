package guard

import "testing"

// TestClosureDates: a date after a closing or reopening verb with one of
// the sender's places as its subject passes; the verb without a place, or a
// person cue near the date, is still reported.
func TestClosureDates(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Our clinics will close early on Dec 31. Urgent care remains open.", ""},
		{"Nuestras clínicas cerrarán temprano el 31 de diciembre.", ""},
		{"Our offices will reopen on January 2.", ""},
		{"Las sucursales cierran temprano el 24 de diciembre.", ""},
		{"Nuestras oficinas cerrarán el 1 de enero y abrirán el 2 de enero.", ""},
		{"Horario de fiestas: cerramos el 25 de diciembre y el 1 de enero.", ""},
		{"Reabrimos el 2 de enero a las 9:00.", ""},
		{"Cerramos su expediente el 3 de marzo.", "date.untied"},
		{"Our clinic will close early on Dec 31, so your appointment moves to Jan 2.", "date.person"},
		{"You were a close contact on Dec 3. Please quarantine.", "date.untied"},
		{"Your exposure window closes on Dec 10.", "date.untied"},
	})
}
