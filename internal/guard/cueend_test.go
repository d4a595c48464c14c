package guard

import "testing"

// TestCueSentenceEnd: a lower-case name cue ending its sentence takes no
// name from the next sentence (cueend.go, dev39); a capitalised cue only
// across "!" or "?" (dev63: a holiday, "Día del Padre! Gracias").
func TestCueSentenceEnd(t *testing.T) {
	checkAnyFinding(t, []string{
		"Tiene un mensaje nuevo en su portal del paciente. Inicie sesión para leerlo.",
		"Clínicas Ferreyra: ¡Feliz Día del Padre! Gracias a todos los papás de nuestro equipo.",
		"Caregiver coffee hour: Free, open to any family caregiver. RSVP by Friday.",
		// "PT" after a clock time is the time zone (dev112-clean-084)
		"San Diego office hours: Mon-Sat 7am-6pm PT. Tijuana coordinators available around the clock.",
		"Lines open until 18:00 PT. Denver staff answer after that.",
		"Our webinar starts at 6 pm PT. Seattle members can also join in person.",
	}, []string{
		"Pt. Maria Lopez was seen today.",
		"Seen at 6pm, PT Maria Lopez.",
		"Free, open to any family caregiver. MARIA LOPEZ will host.",
		"Día del Padre! Maria Lopez ganó el sorteo.",
		"Paciente. Gracias Lopez tiene un mensaje nuevo.",
		"Paciente: Ana Torres. Tiene un mensaje nuevo.",
		"Hola Ana, tiene un mensaje nuevo en su portal del paciente.",
		"Your physician! Dr. Maria Lopez will call about your results.",
		"Patient. Dr. Ruiz will see Maria Lopez Monday.",
		// a surname after "PT." and a lone clock time (red team red22, dev113r)
		"Visita 3pm PT. Okonkwo con dolor de pecho.",
		"Reminder 6pm PT. Zubiri has a wound check.",
		"Updated 9:15 PT. Haddad still febrile.",
		"Hours 7am-6pm PT. Okonkwo has a wound check at 5.",
	})
	// a title after the sentence end opens a titled name, read by the
	// title rule: the cue's finding never spans "physician! Dr" (dev92,
	// which approving as a term could not clear)
	g := newTestGuard(t)
	for _, n := range []string{
		"Please welcome Dr. Elena Nakai, DO, our new family medicine physician! Dr. Nakai grew up nearby.",
		"Meet our new patient. Dr. Ruiz joins the team.",
	} {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "name.cue" {
				t.Errorf("%q: name.cue on %q", n, n[f.Start:f.End])
			}
		}
	}
}
