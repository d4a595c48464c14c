package guard

import "testing"

// TestPubOpen: free entry, a list of welcome groups, an awareness month's
// name, a solidarity price, an event's topic after "Charla gratuita" and
// the sender's name in its header let a public talk or offer pass
// (pubopen.go); the reader's own care, a group narrowed by health or a
// drug, a named person, a personal date or result in the same frames stay
// reported.
func TestPubOpen(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Entrada libre: su mamografía es el sábado 14 de marzo a las 9 AM en el auditorio.", Standard, true},
		{"Charla gratuita para pacientes con insuficiencia renal, jueves 6:00 p.m., auditorio de planta baja. Entrada libre.", Standard, true},
		{"Free community talk for parents of children with epilepsy, Feb 3 at 6 pm at the Oakridge Library. Coaches and parents welcome!", Standard, true},
		{"Free community talk, \"Living with Lupus,\" Feb 3 at 6 pm. Coaches and parents welcome! Your lupus flare follow-up is Feb 4.", Standard, true},
		{"Noviembre Azul: su examen de próstata es el 12 de noviembre a las 10:20 a.m.", Standard, true},
		{"¡Octubre Rosa! Mamografía a precio solidario para todas las mujeres con cáncer de mama en tratamiento. Cupos limitados.", Standard, true},
		{"¡Octubre Rosa! Mamografía a precio solidario para todas las pacientes que toman tamoxifeno. Cupos limitados.", Standard, true},
		{"Pink October: Ms. Okafor's biopsy is scheduled for Oct 9 at 8 AM.", Standard, true},
		{"Entrada libre para todos: quimioterapia del señor Ibáñez, ciclo 3, el martes.", Strict, true},
		{"Free admission for everyone: your colonoscopy prep class is Tuesday at 7:40 AM.", Standard, true},
		{"Families and caregivers welcome! Free talk for residents living with Parkinson's disease, Mar 5 at 2 pm.", Standard, true},
		{"Free prostate biopsy Monday 7 AM. Entrada libre.", Standard, true},
		{"Free prostate biopsy Monday 7 AM. Coaches and parents welcome!", Standard, true},
		{"Entrada libre para pacientes con EPOC: charla gratuita el jueves a las 6:00 p.m.", Standard, true},
		{"Summit Concussion & Neurorehab: Mateo Rivas's concussion follow-up is Jan 14 at 6 pm.", Standard, true},
		{"Charla gratuita \"Vivir con VIH\" para el señor Ruiz, jueves 6:00 p.m. Entrada libre.", Standard, true},
		{"Cupos limitados: su colonoscopia es el martes 3 de marzo.", Standard, true},
		{"Charla gratuita colonoscopia jueves 6:00 p.m. para el señor Ruiz. Entrada libre.", Standard, true},
		{"Charla gratuita colonoscopia jueves 6:00 p.m. para Ruiz. Entrada libre.", Standard, true},
		// clean
		{"Clínica Santa Lucía del Ávila: Charla gratuita \"Hipertensión, el enemigo silencioso\", jueves 6:00 p.m., auditorio de planta baja. Entrada libre.", Standard, false},
		{"Centro de Salud Aurora: Charla gratuita \"Hipertensión y sal\", miércoles 4:00 p.m., auditorio principal. Entrada libre.", Strict, false},
		{"Clínica Santa Lucía del Ávila: ¡Octubre Rosa! Mamografía a precio solidario para todas las mujeres mayores de 40. Cupos limitados.", Strict, false},
		{"Clínica Norte: ¡Noviembre Azul! Antígeno prostático a precio solidario para todos los hombres mayores de 45. Cupos limitados.", Standard, false},
		{"Summit Concussion & Neurorehab: Free community talk, \"Concussion in Youth Sports,\" Jan 14 at 6 pm at the Lakewood Library. Coaches and parents welcome!", Strict, false},
		{"Meadowview Pediatrics: Free workshop, \"Food Allergies at School,\" Sep 8 at 6:30 pm at the Pinecrest Library. Teachers and families welcome!", Standard, false},
		{"Policlínica San Rafael: Charla gratuita \"Prevención del dengue\", sábado 10:00 a.m., salón comunal. Entrada libre y gratuita.", Strict, false},
	})
}

// TestPubOpenReadings: the readings one by one.
func TestPubOpenReadings(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
		read func(text string, toks []token) bool
	}{
		{"Entrada libre.", true, func(s string, toks []token) bool { return poFreeEntry(toks, 0, len(toks)) >= 0 }},
		{"Entrada libre y gratuita para todos.", true, func(s string, toks []token) bool { return poFreeEntry(toks, 0, len(toks)) >= 0 }},
		{"Admission is free.", true, func(s string, toks []token) bool { return poFreeEntry(toks, 0, len(toks)) >= 0 }},
		{"Entrada libre para pacientes con EPOC.", false, func(s string, toks []token) bool { return poFreeEntry(toks, 0, len(toks)) >= 0 }},
		{"Acceso libre a su portal.", false, func(s string, toks []token) bool { return poFreeEntry(toks, 0, len(toks)) >= 0 }},
		{"Coaches, athletes and parents welcome", true, func(s string, toks []token) bool { return poWelcomeList(toks, 0, len(toks)) }},
		{"Padres y maestros bienvenidos", true, func(s string, toks []token) bool { return poWelcomeList(toks, 0, len(toks)) }},
		{"Parents of children with epilepsy welcome", false, func(s string, toks []token) bool { return poWelcomeList(toks, 0, len(toks)) }},
		{"Coaches welcome to the session", false, func(s string, toks []token) bool { return poWelcomeList(toks, 0, len(toks)) }},
		{"Clínica Norte: Octubre Rosa", true, func(s string, toks []token) bool { return poMonthSentence(s, toks, 0, len(toks)) }},
		{"Pink October", true, func(s string, toks []token) bool { return poMonthSentence(s, toks, 0, len(toks)) }},
		{"Octubre Rosa mamografía", false, func(s string, toks []token) bool { return poMonthSentence(s, toks, 0, len(toks)) }},
		{"Cupos limitados", true, func(s string, toks []token) bool { return poLimited(toks, 0, len(toks)) }},
		{"Cupos para Ana", false, func(s string, toks []token) bool { return poLimited(toks, 0, len(toks)) }},
		{"Mamografía a precio solidario", true, func(s string, toks []token) bool { return poPriced(toks, 0, len(toks), 2) }},
		{"mammograms at a special price", true, func(s string, toks []token) bool { return poPriced(toks, 0, len(toks), 3) }},
		{"Charla gratuita “Hipertensión”", true, func(s string, toks []token) bool { return poEventTopic(s, toks, 0, len(toks), 2) }},
		{"Charla gratuita hipertensión", false, func(s string, toks []token) bool { return poEventTopic(s, toks, 0, len(toks), 2) }}, // no quoted title (narrow18c.go)
		{"Charla hipertensión", false, func(s string, toks []token) bool { return poEventTopic(s, toks, 0, len(toks), 1) }},          // audienceSlot's own reading
		{"Charla gratuita “Hipertensión” para la Sra. Paredes", false, func(s string, toks []token) bool { return poEventTopic(s, toks, 0, len(toks), 2) }},
		{"Paciente gratuita hipertensión", false, func(s string, toks []token) bool { return poEventTopic(s, toks, 0, len(toks), 2) }},
		{"Summit Concussion Neurorehab: Free talk", true, func(s string, toks []token) bool { return poHeaderName(s, toks, 1, 1) }},
		{"Colonoscopy Prep: Free talk", false, func(s string, toks []token) bool { return poHeaderName(s, toks, 0, 0) }},
		{"Reminder Colonoscopy: Free talk", false, func(s string, toks []token) bool { return poHeaderName(s, toks, 1, 1) }},
		{"Paciente Diálisis: Charla gratuita", false, func(s string, toks []token) bool { return poHeaderName(s, toks, 1, 1) }},
		{"Free talk on Concussion: Jan 14", false, func(s string, toks []token) bool { return poHeaderName(s, toks, 3, 3) }},
	} {
		nt := normalize(c.text, nil, nil)
		toks := tokenize(&nt, nil)
		if got := c.read(nt.s, toks); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
