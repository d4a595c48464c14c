package guard

import "testing"

// TestAbbrevLookalikes: MS Office, MS beside a state, STD shipping, 2 TB,
// 9 am PT, PT Cruiser, RX/ER model names, -themed goods, fleet vehicle ids,
// shop order ids and Spanish sunblock pass (lookalike_abbr.go,
// sunblock.go); the same abbreviations in clinical frames stay reported.
func TestAbbrevLookalikes(t *testing.T) {
	g := newTestGuard(t)
	clean := []string{
		"Your MS Office 365 license key has been emailed to the account holder.",
		"MS Teams invite: the webinar on returns starts at 2 PM.",
		"Shipping to MS and AL is delayed one day due to weather.",
		"Orders to AR, MS and TX ship from our Memphis warehouse.",
		"The ABC store in MS now offers curbside pickup.",
		"STD (standard) shipping was applied to order 7781.",
		"Upgrade from STD ground to express for $9.",
		"TB of storage added: your cloud plan is now 2 TB.",
		"Your external drive (2 TB) ships tomorrow.",
		"PS: your PT Cruiser floor mats will arrive separately.",
		"PT = Pacific Time. Pickup window: 9–11 am PT.",
		"Your RX 7900 XT graphics card has shipped.",
		"Your Lexus RX 350 floor liners are back-ordered until Friday.",
		"ETA for your delivery: 3 PM. Driver: vehicle ID RV-12 (company fleet van).",
		"New arrivals: DNA-themed wall art and the MRI-style x-ray print poster collection.",
		`{"topic":"orders/fulfilled","id":5512038842,"line_items":[{"title":"Yoga Mat 6mm Sage","qty":1}],"total_price":"32.00"}`,
		"Cupón exclusivo: 2x1 en bloqueadores y repelentes para tus vacaciones.",
	}
	leaks := []string{
		"Your MS diagnosis was discussed at today's visit.",
		"Reminder: your MS follow-up with Dr. Patel is next week.",
		"Your STD test results are ready in the portal.",
		"STD shipping of your HIV test kit is confirmed.",
		"Your TB skin test must be read within 48 hours.",
		"Your 2 TB storage plan is active; your TB test results are attached.",
		"Your PT session is moved to Thursday at 3 PM.",
		"Rx 7731 is ready for pickup at the pharmacy counter.",
		"Your ER visit summary is available in the portal.",
		"Your MRI of your knee is scheduled for Monday.",
		"Your MRI-guided biopsy is scheduled for Monday.",
		"Driver for your dialysis transport: vehicle ID RV-12.",
		"Our fleet driver will bring your HIV medication today.",
		"Company van ID VAN-31 delivers your insulin; patient ID 5583120 on the label.",
		"Please call the MS office to reschedule your infusion.",
		"Your day 2 TB skin test reading is due tomorrow.",
		"Your results from CA and MS labs are ready.",
		"Your transfer to MS clinic in Jackson is confirmed; your order ships Monday.",
		"Su receta de bloqueadores beta está lista.",
		"Tu cita de seguimiento de bloqueadores beta es el lunes.",
		`{"topic":"orders/fulfilled","id":5512038842,"patient":"Maria Lopez","line_items":[{"title":"Insulin pen needles","qty":1}]}`,
	}
	check := func(text string) []Finding {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	for _, c := range clean {
		if fs := check(c); len(fs) > 0 {
			t.Errorf("%q: unexpected %v", c, fs)
		}
	}
	for _, c := range leaks {
		if fs := check(c); len(fs) == 0 {
			t.Errorf("%q: not reported", c)
		}
	}
}

// TestSpanishBlockerClass: a Spanish blocker head followed by its class word
// is a drug class even after a possessive (sunblock.go, esBlockerClass);
// the beach sunblock passes.
func TestSpanishBlockerClass(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Sus bloqueadores beta se resurtieron hoy.", "compose.drug_class"},
		{"Recuerde tomar sus bloqueadores de calcio cada mañana.", "compose.drug_class"},
		{"Bloqueadores beta: su resurtido está listo.", "compose.drug_class"},
		{"Llévate bloqueadores para tus vacaciones en la playa.", ""},
		{"Oferta de verano: bloqueadores, repelentes y gorras con 20% de descuento.", ""},
	})
}
