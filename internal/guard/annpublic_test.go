package guard

import "testing"

// TestAnnouncePublic: general announcements of health services that the
// blind clean-heavy sets dev25 and dev26 found flagged (announce_public.go,
// placename.go, prepword.go, publicdate.go), passing in standard mode, and
// the same shapes made personal still reported.
func TestAnnouncePublic(t *testing.T) {
	g := newTestGuard(t)
	pass := []string{
		"Our Eastside clinic will be closed Thursday for Thanksgiving. Urgent care remains open.",
		"Shingles and pneumonia vaccines are available for eligible adults. Ask your pharmacist.",
		"RSV vaccines are now available for adults 60 and older. Talk to your doctor or pharmacist.",
		"Free skin cancer screenings for the public on May 20 at our dermatology office — no appointment needed.",
		"Mammography van visiting the downtown library parking lot Friday. Screenings open to all eligible women.",
		"We've opened a new physical therapy gym on the 3rd floor of the Medical Arts building.",
		"Hurricane prep: pharmacies may dispense early refills during the declared emergency. Call 800-555-0142 for details.",
		"Diabetes education classes are open to the community at our main campus every month.",
		"Diabetes prevention classes start March 3 at our main campus. Open to all community members.",
		"Drug take-back day is October 26.",
		"Vacunas contra la neumonía disponibles para adultos elegibles. Consulte a su farmacéutico.",
		"Clases de educación sobre diabetes abiertas a la comunidad en nuestro campus cada mes.",
		"Free prostate cancer screenings for men 50 and older on September 14. No appointment needed.",
		"Vacunas contra la neumonía para adultos de 65 años en nuestras farmacias.",
	}
	for _, s := range pass {
		for _, m := range []Mode{Standard, Strict} {
			fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, m)
			if err != nil {
				t.Fatal(err)
			}
			// strict mode (marketing) keeps the clinical findings of an
			// announcement; standard mode passes it
			if m == Standard && len(fs) > 0 {
				t.Errorf("standard %q: unexpected %v", s, fs)
			}
		}
	}
	strict := []string{
		"Shingles and pneumonia vaccines are available for eligible adults. Ask your pharmacist.",
		"Diabetes education classes are open to the community at our main campus every month.",
		"Mammography van visiting the downtown library parking lot Friday. Screenings open to all eligible women.",
		"We've opened a new physical therapy gym on the 3rd floor of the Medical Arts building.",
	}
	for _, s := range strict {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, Strict)
		if err != nil || len(fs) == 0 {
			t.Errorf("strict %q: want a finding, got %v %v", s, fs, err)
		}
	}
	leaks := []string{
		// an audience word beside one person's standing treatment (apTreatSlot)
		"Everyone welcome at the dialysis session Tuesday 7 AM.",
		"Everyone welcome! Dialysis session moved to Tuesday 7 AM.",
		"Everyone welcome at the chemotherapy infusion Tuesday 7 AM.",
		"Your mammogram is due. The mammography van is visiting the downtown library Friday.",
		"You're due for your shingles vaccine. Shingles vaccines are available for eligible adults.",
		"Your diabetes class starts Monday at our main campus.",
		"Diabetes education classes are open to the community. Your first class is on March 3.",
		"Skin cancer screening results are ready. Ask your pharmacist.",
		"Ask your pharmacist about your HIV medication refill.",
		"Talk to your doctor about your lupus flare.",
		"As discussed, shingles vaccines are available for eligible adults. Ask your pharmacist.",
		"Maria, diabetes education classes are open to the community every month.",
		"We've opened a new physical therapy gym for your knee rehab.",
		"Mammography van visiting your street Friday for your follow-up screening.",
		"Chemotherapy starts Monday at our oncology center.",
		"Your PrEP refill is ready for pickup.",
		"PrEP refill ready at the counter.",
		"Your prep refill is ready for pickup.",
		"Su clase de diabetes empieza el lunes en nuestro campus.",
		"Consulte a su farmacéutico sobre su receta de insulina.",
		"Free HIV testing on May 20 at our clinic; your results will be mailed.",
		"Colonoscopy for men over 45 on September 14 at our clinic.",
		"Chemotherapy for residents starts Monday.",
		"Dialysis for residents every Monday at our Eastside center.",
		"Free prostate cancer screenings for men 50 and older. Your biopsy is September 14.",
	}
	for _, s := range leaks {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, nil, Standard)
		if err != nil || len(fs) == 0 {
			t.Errorf("leak %q: want a finding, got %v %v", s, fs, err)
		}
	}
}

// TestAdviceYou: "Ask your pharmacist." is advice; a "your" with anything
// after the professional is not read as advice.
func TestAdviceYou(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Ask your pharmacist.", true},
		{"Talk to your doctor or pharmacist.", true},
		{"Check with your pharmacist for details.", true},
		{"Consulte a su farmacéutico.", true},
		{"Ask your pharmacist about your refill.", false},
		{"Ask your pharmacist about shingles.", false},
		{"Your pharmacist called.", false},
		{"We will ask your doctor.", false},
	}
	for _, c := range cases {
		nt := normalize(c.s, nil, nil)
		toks := tokenize(&nt, nil)
		got := false
		for k := range toks {
			if toks[k].low == "your" || toks[k].low == "su" {
				got = adviceYou(toks, k)
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: adviceYou = %v, want %v", c.s, got, c.want)
		}
	}
	for s, want := range map[string]bool{
		"Vaccines are available. Ask your pharmacist.":         true,
		"Get your flu shot at any of our stores.":              true,
		"Ask your pharmacist. Your refill is ready.":           false,
		"Vaccines are available for you. Ask your pharmacist.": false,
		"Vaccines are available.":                              false,
	} {
		if got := mayOffer(s); got != want {
			t.Errorf("mayOffer(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAudienceFrames: the frames of announce_public.go on one sentence.
func TestAudienceFrames(t *testing.T) {
	read := func(s string) []token {
		nt := normalize(s, nil, nil)
		return tokenize(&nt, nil)
	}
	for s, want := range map[string]bool{
		"Screenings open to all eligible women": true,
		"Free screenings for the public":        true,
		"Classes open to the community":         true,
		"Open to all community members":         true,
		"Vacunas para adultos elegibles":        true,
		"Abiertas a la comunidad":               true,
		"Walk-ins welcome":                      true,
		"Screenings for men 50 and older":       true,
		"Vaccines for adults over 65":           true,
		"Screenings for men with diabetes":      false,
		"Vaccines for adults":                   false,
		"Community Hospital reminder":           false,
		"Public health news":                    false,
		"Diabetes classes at our main campus":   false,
		// one person's standing treatment is no public event (apTreatSlot)
		"Everyone welcome at the dialysis session Tuesday 7 AM": false,
		"Everyone welcome at the chemotherapy infusion Tuesday": false,
		"Todos bienvenidos a la sesión de diálisis del martes":  false,
		"Everyone welcome at our free flu shot clinic Saturday": true,
		"Flu shots for everyone, no appointment needed":         true,
	} {
		if got := audienceFrame(read(s)); got != want {
			t.Errorf("audienceFrame(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"Mammography van visiting the downtown library parking lot": true,
		"Mammography van visiting Maple Street":                     false,
		"Vaccines at the library":                                   false,
	} {
		if got := publicMobileFrame(read(s)); got != want {
			t.Errorf("publicMobileFrame(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"We've opened a new physical therapy gym":         true,
		"We have just opened a sleep lab":                 true,
		"Grand opening of our cardiology clinic":          true,
		"Hemos abierto una nueva clínica":                 true,
		"We opened your chart":                            false,
		"We've opened an investigation into the overdose": false,
		"Physical therapy gym on the third floor":         false,
		"The physical therapy gym opens at noon":          false,
	} {
		if got := openedFrame(read(s)); got != want {
			t.Errorf("openedFrame(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPublicCodesAndDates: codes that look clinical, shop identifiers,
// plan-year and public-event dates, Spanish role mailboxes, sunscreen
// and a brewery (ordercode.go, shopid.go, publicdate.go, sunblock.go,
// vocab/places.txt, vocab/common_words.txt), with their personal
// neighbours.
func TestPublicCodesAndDates(t *testing.T) {
	g := newTestGuard(t)
	withoutCareGate(func() { // publicdate.go's own answer: "Your class is on May 20" is no public event (caresignal.go)
		checkRuleCases(t, g, Standard, []tpCase{
			{"Order #A1C-88213 has shipped.", ""},
			{"Your confirmation number is CBC-22041. We'll email when it ships.", ""},
			{"Your booking reference is MRI-77310.", ""},
			{"Order #HIV-44120 has shipped.", "clinical.condition"},
			{"Order #ADHD-44120 has shipped.", "clinical.condition"},
			{"Lab order #CBC-22041: your specimen was received.", "clinical.lab_test"},
			{"Your A1C 8.2 is above target.", "clinical.vital"},
			{"Your CBC came back normal.", "clinical.lab_test"},
			{"Your ticket number is OR-17. We'll text you when your order is ready.", ""},
			{"Your ticket number is 4471-8820-19 for your claim appeal.", "id.identifier"},
			{`{"event":"order.shipped","order_id":"ORD-20431","eta":"2026-12-08"}`, ""},
			{`{"type":"refund","transaction_id":"TXN-99120"}`, ""},
			{`{"event":"lab.result","patient_id":"PT-20431"}`, "id.mrn"},
			{"Your deductible resets on January 1. Plan ahead with our cost estimator.", ""},
			{"Your deductible resets on January 1; your MRI on January 3 will count toward it.", "date.person"},
			{"Community health fair on September 21 at our main campus.", ""},
			{"Your visit on May 20 at our dermatology office is confirmed.", "date.person"},
			{"Your class is on May 20 at our campus.", "date.untied"},
			{"¿Preguntas sobre su factura? Llame al 1-877-555-0199 o escriba a facturacion@portal.example.", ""},
			{"Este correo se envió desde noresponder@portal.example.", ""},
			{"Escriba a maria.lopez@gmail.com para confirmar.", "email.address"},
			{"Oferta de temporada: 30 % de descuento en bloqueador solar y sombreros de playa.", ""},
			{"Su receta de bloqueador beta está lista.", "compose.head_before"},
			{"Sanatorium Brewing Co. — your growler refill is ready at the taproom.", ""},
			{"Hurricane prep: pharmacies may dispense early refills.", ""},
			{"Your prep refill is ready for pickup.", "clinical.medication"},
		})
	})
}
