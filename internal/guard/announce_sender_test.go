package guard

import "testing"

// TestAnnounceSender: announcements of the sender's own places and
// services, public events, seasons and loyalty-point dates that the blind
// sets dev27 and dev28 found flagged (announce_sender.go), passing in
// standard mode and reported in strict mode, and the same shapes made
// personal still reported.
func TestAnnounceSender(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string, m Mode) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, &Context{AllowURLs: []string{"https://portal.example/m/"}}, m)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	pass := []string{
		"We're proud to announce a new hearing center opening in the Westgate Mall this spring.",
		"Mammography vans will visit neighborhoods across the county throughout October.",
		"Blood drive this Friday in the hospital lobby. All blood types needed.",
		"We've expanded our behavioral health services. Learn more about resources available to the community: https://portal.example/m/bh",
		"Our physical therapy clinic is moving to a bigger space across the street starting May 1.",
		"Our sleep lab has earned national accreditation.",
		"Our hospital is now a designated stroke center.",
		"Allergy season is here. Our pharmacists can help you choose over-the-counter options.",
		"Our imaging center has earned accreditation from the American College of Radiology.",
		"Asthma awareness month starts now. Our pharmacists can help you compare over-the-counter options.",
		"Nuestra clínica de fisioterapia se muda a un local más grande el 1 de mayo.",
		"Unidades móviles de mamografía visitarán barrios de todo el condado en octubre.",
		"Campaña de donación de sangre este viernes en el vestíbulo del hospital. Se necesitan todos los tipos de sangre.",
		"Llegó la temporada de alergias. Nuestros farmacéuticos pueden orientarle sobre opciones sin receta.",
		"Ampliamos nuestros servicios de salud mental. Más información: https://portal.example/m/sm",
	}
	for _, s := range pass {
		if fs := check(s, Standard); len(fs) > 0 {
			t.Errorf("standard %q: unexpected %v", s, fs)
		}
	}
	// strict mode (marketing to a segment) keeps every clinical finding
	for _, s := range pass[:8] {
		if fs := check(s, Strict); len(fs) == 0 {
			t.Errorf("strict %q: want a finding", s)
		}
	}
	leaks := []string{
		"Your sleep study at our sleep lab is booked for Friday at 9 PM.",
		"You are due for a mammogram; our van visits your neighborhood on Oct 12.",
		"We noticed your allergy prescription is due. Allergy season is here.",
		"Our pharmacists can help you choose an inhaler. Your asthma refill is ready.",
		"Our lab is moving the HIV test to Monday.",
		"Our dialysis unit has moved to the east wing. Dialysis continues Monday at 7 AM.",
		"Mammography vans will visit neighborhoods across the county. BI-RADS 4 mammogram needs follow-up.",
		"Our physical therapy clinic is moving to a bigger space. Knee replacement rehab resumes Monday.",
		"Blood drive in the lobby. Blood type O negative on file.",
		"Allergy season is here. Epinephrine auto-injector refill needed.",
		"Our hospital is now a designated stroke center. Stroke rehab continues after discharge.",
		"Our sleep lab has earned accreditation. The patient's sleep apnea study is pending.",
		"You have 1,250 loyalty points. Your colonoscopy is on Dec 31.",
		"Llegó la temporada de alergias. Su receta de montelukast está lista.",
		"Nuestro laboratorio se muda al edificio nuevo. La prueba de VIH de la paciente sigue pendiente.",
		// red team of the frames (dev28a round 2): passed before they were narrowed
		"Our care team is growing concerned about the biopsy findings.",
		"Our mobile dialysis van visits the county jail.",
		"Our pharmacists can help you understand the HIV test.",
		"New pressure ulcer opening on the left heel.",
		// red team, round 3: a season is a header, not a sentence's opening
		"Allergy season is here and the anaphylaxis was severe.",
		"Flu season is here and the pneumonia got worse overnight.",
		// "can help you choose" lets its "you" through but frames no clinical word
		"Our pharmacists can help you choose the right HIV test kit.",
		"Our pharmacists can help you compare inhaler spacers.",
	}
	for _, s := range leaks {
		if fs := check(s, Standard); len(fs) == 0 {
			t.Errorf("standard %q: want a finding", s)
		}
	}
}
