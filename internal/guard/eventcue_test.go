package guard

import "testing"

// TestEventOwnCue: a group event's date whose only person cues are its own
// words — the hospital owning it, a care noun in the topic after its
// heading — is the sender's calendar (eventcue.go, r109, dev109-dev111,
// dev109x); a reader's word, a named patient, a cue of another kind or
// after the date keep it.
func TestEventOwnCue(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"The hospital's blood drive is Dec 11 in the lobby. Walk-ins welcome.", Standard, false},
		{"The hospital holiday party is Dec 11 in the cafeteria.", Standard, false},
		{"La colecta de sangre del hospital será el 11 de diciembre en el vestíbulo.", Standard, false},
		{"Free training for clinic front-desk staff: how to book telehealth visits, Dec 8.", Standard, false},
		{"Volunteer workshop: escorting visitors to appointments, Jan 15, 9 am.", Standard, false},
		{"Taller para voluntarios: cómo acompañar a las citas, 15 de enero, 10 am.", Standard, false},
		{"The hospital's blood drive is Dec 11; your donation appointment is at 9:40 am.", Standard, true},
		{"The hospital's blood drive is Dec 11 after your surgery.", Standard, true},
		{"The hospital's toy drive helped Sam Ortiz after his transplant on Dec 18.", Standard, true},
		{"Staff workshop: the patient was admitted Feb 4 after a fall.", Standard, true},
		{"Staff workshop: Maria's surgery visit is Feb 4.", Standard, true},
		{"Taller de padres: la cirugía de su hija es el 12 de marzo.", Standard, true},
		{"Volunteer training: Dec 8 visit for the wheelchair pickup.", Standard, true},
		{"The hospital's birth center tour is Dec 11 for the baby born in March.", Standard, true},
		{"The hospital's blood drive is Dec 11 in the lobby.", Strict, true},
		// red team red22 (dev113r): a kin, one person or a bed anywhere
		// before the date, the heading and the first word included
		{"Grandpa's hospital run is Dec 11.", Standard, true},
		{"Support class: the twins' checkup and vaccines, Dec 8.", Standard, true},
		{"Parent workshop: baby's discharge and first checkup, Dec 8.", Standard, true},
		{"Staff training: discharge of the man in bed four, Dec 8.", Standard, true},
		{"Workshop: surgery for the lady in room four, Dec 8.", Standard, true},
		{"Clase: la cita del bebé y sus vacunas, 8 de diciembre.", Standard, true},
		{"The hospital's holiday party is Dec 11, right after Dad's surgery.", Standard, true},
		{"Staff workshop: how to document home visits for the new portal, Feb 4.", Standard, false},
		{"Volunteer training: scheduling appointments and visits in the new system, Jan 20.", Standard, false},
	})
}
