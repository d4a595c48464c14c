package guard

import "testing"

// TestPublicNotices: awareness causes, public talks and screenings, a
// booking open to new patients, guidelines for a population, a priced
// package's contents, goods sold, a survey of the sender, a delivery rule,
// a quoted title's "You" pass in both modes; the reader's own condition,
// screening result or order, a health-defined audience and a drug stay
// reported (publicnotice.go, helper pub2, dev83 fam2-pub, dev86p).
func TestPublicNotices(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cases []modeCase
	clean := []string{
		"Birchwood ENT: Public seminar “Sinus Season & You” on allergy season at the Dover YMCA. Free, no registration.",
		"Birchwood ENT: Allergy season is here! Book an allergy consult online — new patients welcome: https://portal.example/m/BW3K1",
		"Lakemont: Guidelines now recommend colorectal cancer screening starting at age 45 for most adults. Learn about your options: https://portal.example/m/LK45",
		"Birchwood ENT Newsletter: Our team is running the Dover 10K for hearing-loss awareness this Saturday. Come cheer us on!",
		"Clínica San Isidro: Campaña gratuita de despistaje de colesterol y glucosa en el Parque Central, sábado de 8:00 a 12:00. ¡Todos bienvenidos!",
		"Clínica San Isidro: ¡Chequeo preventivo completo a S/ 299! Incluye evaluación médica, análisis de sangre y electrocardiograma. Válido hasta el 30/11.",
		"Birchwood ENT: Hearing-aid batteries, cleaning kits and earwax-removal drops are now sold at our front desk — no appointment needed.",
		"Northgate Hand Therapy: Which free workshop should we host next? Reply A) arthritis-friendly cooking, B) desk ergonomics, C) gardening without pain.",
		"RxPath: Federal rules require an adult signature for certain controlled-substance deliveries. Learn more: https://portal.example/m/RX7Q2",
		// a public event's date
		"Lakemont: March is Colorectal Cancer Awareness Month. Join our free public talk “Screening 101” at the Elm St. auditorium, Mar 12, 6 PM.",
		"Northgate: See our new 3D-printed orthotics lab at the fall open house, Oct 14, 4–7 PM. Snacks & demos!",
	}
	for _, s := range clean {
		cases = append(cases, modeCase{s, Standard, false}, modeCase{s, Strict, false})
	}
	leaks := []string{
		// the reader's own condition, screening or order
		"Birchwood ENT: As someone with allergies, allergy season is here! Book an allergy consult online — new patients welcome.",
		"Lakemont: Your colorectal cancer screening is due at 45. Learn about your options: https://portal.example/m/LK45",
		"Lakemont: Guidelines now recommend colorectal cancer screening at age 45. Your screening is overdue.",
		"Clínica San Isidro: Su resultado de glucosa del sábado salió alto. ¡Todos bienvenidos!",
		"Clínica San Isidro: ¡Chequeo a S/ 299! Incluye su electrocardiograma de control.",
		"Clínica: ¡Chequeo a S/ 299! Incluye biopsia de próstata para el señor Ruiz.",
		"Birchwood ENT: Your earwax removal is booked for Friday. Hearing-aid batteries are sold at our front desk.",
		"Northgate Hand Therapy: How is your arthritis since the injection? Reply A) better, B) the same.",
		"RxPath: Federal rules require an adult signature for your oxycodone delivery.",
		"Birchwood ENT: Read “Your HIV Results Explained” in the portal.",
		// a health-defined audience, a drug
		"Lakemont: Guidelines now recommend colonoscopy every 3 years for adults with Crohn's disease.",
		"Clínica San Isidro: Despistaje gratuito de glucosa. ¡Pacientes con diabetes bienvenidos!",
		"RxPath: Federal rules require an adult signature for certain oxycodone deliveries.",
		"Birchwood ENT: Prednisone is now sold at our front desk — no appointment needed.",
		// a date beside the reader's care
		"Lakemont: Join our free public talk at the Elm St. auditorium. Your colonoscopy is Mar 12.",
		"Lakemont: Colonoscopy Mar 12 at 6 PM. Everyone welcome!",
		"Northgate: Chemotherapy on Oct 14 at the fall open house.",
		"Northgate: Your orthotics lab fitting is at the fall open house, Oct 14.",
		"Caminata de la familia Ruiz abierta al público el 3 de junio.",
		"Lakemont: “You have colorectal cancer” — the public talk is Mar 12.",
		"Lakemont: Crohn's disease awareness: book a colonoscopy — new patients welcome.",
		// a name
		"Northgate: See our new orthotics lab at the fall open house, Oct 14. Maria's cast removal is that day.",
		"Birchwood ENT: Hearing-aid batteries are now sold at our front desk. Maria's hearing aid fitting is Monday.",
	}
	for _, s := range leaks {
		cases = append(cases, modeCase{s, Standard, true}, modeCase{s, Strict, true})
	}
	checkModeCases(t, g, &Context{AllowURLs: []string{"https://portal.example/m/"}}, cases)
}

// TestPubMaskYou: only a short quoted title's "you"/"your" and "learn about
// your options" are masked, at the same length.
func TestPubMaskYou(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Join “Understanding Your Pharmacy Benefits” today.", "Join “Understanding xxxx Pharmacy Benefits” today."},
		{"Learn about your options: link", "Learn about xxxx options: link"},
		{"Your refill is ready.", "Your refill is ready."},
		{"Read “Yours truly” now.", "Read “Yours truly” now."},
		{"“You have colorectal cancer”", "“You have colorectal cancer”"},
		{"“Your biopsy. It is back.”", "“Your biopsy. It is back.”"},
	} {
		got, _ := pubMaskYou(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("pubMaskYou(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
