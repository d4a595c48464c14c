package guard

import "testing"

// TestPublicOffers: offers, services and news addressed to everyone pass in
// both modes; the reader's own treatment or condition, a dose, a result,
// condition-targeted marketing and a drug outside a menu price stay
// reported (publicoffer.go, helper pub15, dev82 fam-pub, dev84p).
func TestPublicOffers(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cases []modeCase
	clean := []string{
		// a menu: a price per unit, a discount on a service
		"Lumière: This month only — $11/unit Botox and 20% off all laser hair removal packages! Book: https://portal.example/m/8YA5774",
		"Glow Med Spa: $12 per unit Botox all month long.",
		"Glow Med Spa: $10 per unit of Dysport through Sunday.",
		"Glow Med Spa: 20% off all microneedling and chemical peel packages through Sunday!",
		"Summer Sale: 15% off all rollators and transport chairs through July 7.",
		// the sender's new service
		"Summit Foot & Ankle: New! 3D-scanned custom orthotics made in a single visit. Learn more: https://portal.example/m/7YH6X7J",
		"Summit Foot & Ankle: Heel pain is the #1 reason people see a podiatrist. Our new shockwave therapy is now available at Lakeview. https://portal.example/m/P93JNR",
		// an audience of everyone
		"Harborlight: Free naloxone (Narcan) training and kits at Grant Street, Saturday 11 AM. Open to anyone.",
		"BrightPath: Free sports physicals for student athletes, Sat Aug 9, 9–1 at our Dover clinic. Open to the whole community!",
		"Isapre Cordillera: Campaña de invierno: vacunación gratuita contra la influenza en Farmacias Cruz Verde en convenio para todos los afiliados. Más info en https://portal.example/m/DSCDAC",
		// a team's honour
		"Evergreen Home Health: Congratulations to our wound-care nursing team on Joint Commission accreditation!",
		"Congrats to our endoscopy nursing team for earning the 2024 Piedmont Quality Star award!",
	}
	for _, s := range clean {
		cases = append(cases, modeCase{s, Standard, false}, modeCase{s, Strict, false})
	}
	leaks := []string{
		// the reader's own treatment, a dose, a result
		"Lumière: Your Botox touch-up is due — book by Friday for $11/unit.",
		"Lumière: You received 40 units of Botox at your last visit — book your next session at $11/unit.",
		"Lumière: 40 units of Botox at $11/unit.",
		"Summit Foot & Ankle: New! Your custom orthotics are ready for pickup at Lakeview.",
		"Summit Foot & Ankle: New! Chemotherapy starts Monday at our Lakeview office.",
		// condition-targeted marketing
		"Summit Foot & Ankle: As someone with heel pain, try our new shockwave therapy — now available at Lakeview.",
		"Summit Foot & Ankle: Heel pain is the #1 reason people see a podiatrist.",
		"Glow Med Spa: 20% off Botox this month, since the frown lines are back!",
		"Harborlight: Free naloxone training Saturday. Open to anyone with an opioid prescription.",
		"Isapre Cordillera: para todos los afiliados con diabetes: control de hemoglobina glicosilada gratuito este mes.",
		"BrightPath: Because you have asthma, join our free asthma class Saturday. Open to the whole community!",
		// a drug outside a menu price or an over-the-counter offer
		"Glow Med Spa: 20% off Ozempic this month!",
		"20% off all chemotherapy packages this month!",
		"Ketamine infusions at $400 per session, this month only.",
		"Harborlight: Free Suboxone kits at Grant Street, Saturday 11 AM. Open to anyone.",
		"Our new Ozempic program is now available at Lakeview.",
		// a second person, a team without an honour, a name
		"Evergreen Home Health: Congratulations to our wound-care nursing team! Your pressure ulcer dressing change is Tuesday.",
		"Congratulations to our cardiac rehab graduates!",
		"Free sports physicals Saturday. Open to the whole community! Jamie's asthma inhaler form is also ready.",
		// red15 (dev87x): goods held for one reader
		"New! Hearing aid batteries are available at the front desk — the ones for the right ear are set aside.",
	}
	for _, s := range leaks {
		cases = append(cases, modeCase{s, Standard, true}, modeCase{s, Strict, true})
	}
	// no finding at all in standard mode (association.term is strict's)
	cases = append(cases, modeCase{"Lumière: Your results after 2 sessions of Kybella are in your portal — 15% off your third.", Strict, true})
	checkModeCases(t, g, &Context{AllowURLs: []string{"https://portal.example/m/"}}, cases)
}

// TestTeamCongrats: congratulations to the sender's own team on an honour
// are no personal cue; other congratulations are.
func TestTeamCongrats(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Congratulations to our wound-care nursing team on Joint Commission accreditation!", true},
		{"Felicitaciones a nuestro equipo de enfermería por la acreditación.", true},
		{"Congratulations to our team!", false},
		{"Congratulations on your new baby!", false},
		{"Congratulations to our cardiac rehab graduates on the award!", false},
	} {
		tn := normalize(c.s, nil, nil)
		toks := tokenize(&tn, nil)
		got := false
		for k := range toks {
			if teamCongrats(toks, k) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("teamCongrats(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
