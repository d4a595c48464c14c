package guard

// Tests of the announcement rule (announce.go): general announcements of a
// pharmacy's or clinic's services pass in standard mode; the same shapes
// made personal, and every announcement in strict mode, stay blocked.

import (
	"strings"
	"testing"
)

// announcements are flagged by a clinical detector (strict mode shows it)
// and pass in standard mode.
var announcements = []string{
	"Walk-in hours at our Riverside clinic now run until 8 PM.",
	"Shingles and pneumonia vaccines are now stocked at all our locations.",
	"Wheelchair assistance and interpreters are available at the main entrance.",
	"Our walk-in flu clinic at the community center runs through the end of the month.",
	"Free blood pressure screening kiosks are available at most of our locations.",
	"Hepatitis B vaccines are now available for adults at every location.",
	"Allergy shots can now be given at participating pharmacies.",
	"Physical therapy and occupational therapy are now offered at our Eastside location.",
	"Prevnar 20 vaccine is now available at all our locations.",
	"Mammogram screenings are available Saturdays at the Women's Health Center.",
	"Las vacunas contra la gripe ya están disponibles en todas nuestras farmacias.",
	"Vacunas contra el herpes zóster disponibles en nuestras sucursales, sin cita.",
	"Vacunas contra la gripe disponibles en todas nuestras tiendas. No necesita cita.",
	"Ahora ofrecemos fisioterapia en nuestra clínica de Las Palmas.",
	"La vacuna contra la gripe está disponible de 7 de la mañana a 9 de la noche en nuestras farmacias.",
	"Las pruebas de VIH son gratuitas y confidenciales en todas nuestras clínicas, sin cita.",
}

func TestAnnouncePasses(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range announcements {
		fs, err := g.CheckText(text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("strict: no finding for %q (the test needs a clinical word the guard reports)", text)
		}
		fs, err = g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("standard: %q is an announcement but was flagged: %v", text, rules(fs))
		}
	}
}

func rules(fs []Finding) string {
	var rs []string
	for _, f := range fs {
		rs = append(rs, f.Rule)
	}
	return strings.Join(rs, ",")
}

func TestAnnounceLeaks(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		// the brief's examples: a personal cue anywhere
		"Your flu shot is available at our Main St clinic. Shingles vaccines too.",
		"Shingles vaccines are now available at all our locations. Your refill is also ready.",
		"Shingles vaccines are now available at all our locations, just for you.",
		"The metformin you asked about is now in stock.",
		// a drug that is no vaccine, a dose, a reading
		"Metformin is now in stock at all our locations.",
		"Ozempic now available at all our locations.",
		"Insulin and flu shots now available at all our locations.",
		"Metformin 500mg and flu shots now available at all our locations.",
		// no sender-side frame in the clinical word's sentence
		"HIV positive. Walk-ins welcome at all our clinics.",
		"Chemotherapy starts Monday at our oncology center.",
		"Chemotherapy starts Monday for all ages at our oncology center.",
		"Chemotherapy resumes Monday at our clinic; free parking at all our locations.",
		// a name, a date, an identifier, a greeting, a third person
		"Maria, shingles vaccines are now in stock at all our locations.",
		"Dear Mr. Alvarez, pneumonia vaccines are now available at all our locations.",
		"Chemotherapy is now offered at our oncology center on Monday, March 3.",
		"Pneumonia vaccines now available at all our locations. Member ID 44829173 on file.",
		"Her pneumonia vaccine is now available at all our locations.",
		"Son's RSV vaccine now available at all our locations.",
		// wording about one person's care or a group defined by health
		"Hepatitis C detected, treatment now available at all our clinics.",
		"Biopsy report available at our Westside clinic.",
		"Mammogram overdue: walk-ins welcome at all our centers.",
		"Patients with HIV can now get tested at all our locations.",
		"Living with COPD? Free spirometry at all our clinics.",
		"As a patient with diabetes, free A1C testing is available at all our locations.",
		"We noticed the pneumonia vaccine is missing; now available at all our locations.",
		"Colonoscopy tomorrow at 8 AM, walk-in check-in at our Eastside clinic.",
		"Please arrive early: HIV testing at all our clinics.",
		"PFT testing: avoid inhalers 4 hours before.",
		"Thanks for visiting last week; shingles vaccines are now available at all our locations.",
		"It has been a year since the last mammogram. Walk-ins welcome at all our centers.",
		"Turning 50? Colonoscopy screening is now available at all our locations.",
		"Happy birthday! Pneumonia vaccines are now available at all our locations.",
		"HIV test kit available for pickup at all our locations.",
		"Biopsy available Monday at the Women's Health Center.",
		"Prior authorization for MRI approved; imaging now available at all our centers.",
		"Discharged after the heart attack? Cardiac rehab now available at all our locations.",
		"Spirometry testing: no inhalers for four hours before, walk-ins welcome.",
		// Spanish
		"Su vacuna contra la hepatitis ya está disponible en nuestras farmacias.",
		"Vacuna contra la neumonía disponible en nuestras farmacias para usted.",
		"Le recordamos que la vacuna contra la neumonía ya está disponible en nuestras farmacias.",
		"Tiene pendiente la vacuna contra la neumonía, ya disponible en nuestras farmacias.",
		"Colonoscopia mañana a las 8, sin cita en nuestras clínicas.",
		"Su vacuna contra la gripe está pendiente. No necesita cita.",
		"Sus resultados de glucosa están disponibles en nuestras sucursales.",
	)
}

func TestAnnounceStrict(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range announcements {
		fs, err := g.CheckText(text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("strict: %q passed; marketing announcements stay blocked", text)
		}
	}
}

// A personal cue in another field of the notice, or hidden in HTML, keeps
// every finding; two announcement fields pass.
func TestAnnounceNotice(t *testing.T) {
	g := newTestGuard(t)
	ann := "Shingles and pneumonia vaccines are now stocked at all our locations."
	check := func(want bool, fields ...Field) {
		t.Helper()
		fs, err := g.Check(Notice{Fields: fields}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != want {
			t.Errorf("%v: flagged %v, want %v (%s)", fields, got, want, rules(fs))
		}
	}
	check(false, Field{Name: "subject", Text: "New at our pharmacy"}, Field{Name: "text", Text: ann})
	check(true, Field{Name: "subject", Text: "A note for you"}, Field{Name: "text", Text: ann})
	check(true, Field{Name: "subject", Text: "Refill ready"}, Field{Name: "text", Text: ann})
	check(false, Field{Name: "html", HTML: true, Text: "<p>Shingles vaccines are <b>now stocked</b> at all our locations.</p>"})
	check(false, Field{Name: "html", HTML: true, Text: "<p>Shingles vaccines are now stocked at all&nbsp;our locations.</p>"})
	check(true, Field{Name: "html", HTML: true, Text: "<p>" + ann + "</p><span style=\"display:none\">your</span>"})
	// a cue that only the decoded reading shows
	check(true, Field{Name: "text", Text: ann + " For %79ou."})
	check(true, Field{Name: "html", HTML: true, Text: "<p>" + ann + " For &#121;ou.</p>"})
	// two fields of one name: findings cannot be told apart
	check(true, Field{Name: "text", Text: "Chemotherapy starts Monday."}, Field{Name: "text", Text: ann})
}

// Other findings keep the notice's clinical findings.
func TestAnnounceKeepsOtherKinds(t *testing.T) {
	g := newTestGuard(t)
	text := "Shingles vaccines are now stocked at all our locations. Your number on file: 555-0142." // (a phone that stays reported: "Call 555-0142." after "our" is the sender's since phonevoice.go)
	fs, err := g.CheckText(text, nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	var clinical, phone bool
	for _, f := range fs {
		switch f.Kind {
		case KindCondition, KindMedication, KindLabTest, KindProcedure:
			clinical = true
		case KindPhone:
			phone = true
		}
	}
	if !clinical || !phone {
		t.Errorf("%q: want the clinical and the phone finding, got %s", text, rules(fs))
	}
}

func TestAnnounceEligible(t *testing.T) {
	for _, c := range []struct {
		f           Finding
		ok, vaccine bool
	}{
		{Finding{Kind: KindCondition, Rule: "clinical.condition"}, true, false},
		{Finding{Kind: KindProcedure, Rule: "clinical.supply"}, true, false},
		{Finding{Kind: KindCondition, Rule: "compose.head"}, true, false},
		{Finding{Kind: KindMedication, Rule: "clinical.medication"}, true, true},
		{Finding{Kind: KindMedication, Rule: "clinical.dose"}, false, false},
		{Finding{Kind: KindLabTest, Rule: "clinical.vital"}, false, false},
		{Finding{Kind: KindMedication, Rule: "frame.unknown"}, false, false},
		{Finding{Kind: KindName, Rule: "name.given"}, false, false},
		{Finding{Kind: KindDate, Rule: "date.person"}, false, false},
		{Finding{Kind: KindCode, Rule: "code.icd10"}, false, false},
		{Finding{Kind: KindDevice, Rule: "device.mac"}, false, false},
	} {
		ok, vac := announceEligible(c.f)
		if ok != c.ok || vac != c.vaccine {
			t.Errorf("%s/%s: got %v,%v want %v,%v", c.f.Kind, c.f.Rule, ok, vac, c.ok, c.vaccine)
		}
	}
}

func TestHasYou(t *testing.T) {
	for s, want := range map[string]bool{
		"you": true, "Your order": true, "for YOURS.": true, "you're set": true, "(you)": true,
		"youth clinic": false, "bayou": false, "yourself": false, "young": false, "": false,
	} {
		if got := hasYou(s); got != want {
			t.Errorf("hasYou(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkCheckAnnouncement checks the announcements above: in standard
// mode the announcement rule reads each flagged notice once more; strict
// mode, which never drops, is the same work without it.
func BenchmarkCheckAnnouncement(b *testing.B) {
	g := newTestGuard(b)
	p := g.Prepare(nil)
	for _, m := range []Mode{Standard, Strict} {
		b.Run(m.String(), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				text := announcements[i%len(announcements)]
				if _, err := g.CheckPrepared(Notice{Fields: []Field{{Name: "text", Text: text}}}, p, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzAnnounce checks announcements with any text added: the rule never
// fails, and never drops the findings of a notice that says "you" or
// "your" (other than an offer's "Get your …" or advice's "Ask your …"), or that strict mode blocks
// for a kind the rule never drops.
func FuzzAnnounce(f *testing.F) {
	for _, a := range announcements {
		f.Add(a, "")
		f.Add(a, " Your refill is ready.")
		f.Add("<p>"+a+"</p>", " &#121;our")
	}
	f.Add("Get your flu shot at any of our stores this weekend.", " Your refill is ready.")
	f.Add("Get your flu shot at any of our stores this weekend.", " Get your")
	// announce_public.go (issue 15, night session)
	f.Add("Shingles and pneumonia vaccines are available for eligible adults.", " Ask your pharmacist.")
	f.Add("Shingles vaccines are available for eligible adults. Ask your pharmacist", " about your refill.")
	f.Add("Diabetes education classes are open to the community at our main campus every month.", " Your class")
	f.Add("Mammography van visiting the downtown library parking lot Friday.", " Screenings open to all eligible women.")
	f.Add("We've opened a new physical therapy gym on the 3rd floor.", " Talk to your doctor or pharmacist.")
	// announce_sender.go (issue 15, night session: dev27)
	f.Add("Our sleep lab has earned national accreditation.", " The patient's study is pending.")
	f.Add("Allergy season is here. Our pharmacists can help you choose over-the-counter options.", " Your refill")
	f.Add("Mammography vans will visit neighborhoods across the county.", " BI-RADS 4.")
	f.Add("Blood drive this Friday in the hospital lobby. All blood types needed.", " Blood type O negative.")
	f.Add("Our physical therapy clinic is moving to a bigger space.", " Knee rehab resumes Monday.")
	// announce_ops.go, bizdate.go, staffnews.go (issue 15, dev31/dev32)
	f.Add("Road construction on Hwy 12 may affect access to our Summit clinic.", " The dialysis session moved.")
	f.Add("The physiotherapy department has moved to the 3rd floor.", " Maria's session")
	f.Add("Bring a friend: our diabetes prevention workshops are open to the whole community, no referral needed.", " Bring your pump.")
	f.Add("Please welcome Dr. Anita Varga, who joins our Lakeside clinic as medical director.", " Dr. Varga will see you.")
	f.Add("Dr. Samuel Okafor has retired after 32 years — thank you for your service to our community!", " Maria Lopez")
	f.Add("Allergy season is here: antihistamines are restocked in aisle 4.", " Your refill")
	g := newTestGuard(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		text := a + b
		std, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(std) > 0 {
			return
		}
		strict, err := g.CheckText(text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range strict {
			if fd.Kind == KindAssociation {
				continue // strict only
			}
			staff := fd.Kind == KindName && len(g.dropStaffNews(Notice{Fields: []Field{{Name: fd.Field, Text: text}}}, []Finding{fd})) == 0
			if ok, _ := announceEligible(fd); !ok && !staff {
				t.Fatalf("%q: standard passed, strict has %s/%s", text, fd.Kind, fd.Rule)
			}
			// the only "your" the rule reads on: an offer, "Get your flu
			// shot" (announce_offer.go), and advice, "Ask your
			// pharmacist" (announce_public.go)
			rest := strings.ToLower(text)
			for _, p := range advicePhrases {
				rest = strings.ReplaceAll(rest, p, "")
			}
			for _, p := range staffCourtesies { // "thank you for your service" (staffnews.go)
				rest = strings.ReplaceAll(rest, p, "")
			}
			if hasYou(rest) {
				t.Fatalf("%q: says you/your, yet its %s finding was dropped", text, fd.Rule)
			}
		}
	})
}
