package guard

import (
	"strings"
	"testing"
)

// TestFrames: words in no vocabulary are findings in clinical and personal
// frames, with drug/condition endings, or as misspellings of medications;
// ordinary words, consumer wording and template wording in the same frames
// are not.
func TestFrames(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		rule string // "" = no finding at all
	}{
		{"Your Zorvexa refill is ready for pickup.", "frame.clinical"},
		{"Your Plenqara care plan was updated.", "frame.clinical"},
		{"Su receta de zorvexa está lista.", "frame.clinical"},
		{"hi quennelyn, your order has shipped", "frame.name"},
		{"hola yaretzy, su pedido fue enviado", "frame.name"},
		{"Ready for pickup: OKAFOR, NNAMDI.", "name.last_first"},
		{"Ready for pickup: QUENNELYN, ZORVEXA.", "frame.last_first"},
		{"Now serving OKONKWO, BOLA at window 3.", "name.last_first"},
		{"Pickup: Counter 3, after 2 pm.", ""},
		{"Your zorvexamab injection is due.", "frame.morphology"},
		{"Your new zentarinib shipment is on its way.", "frame.morphology"},
		{"Your atorvastatn order has shipped.", "frame.misspelling"},
		{"Your metfromin refill is ready.", "frame.misspelling"},
		// two edits on a long word, one on a short one
		{"We shipped your atorvstatn today.", "frame.misspelling"},
		{"Thanks for ordering levothyrxoin.", "frame.misspelling"},
		{"Questions about hydroclorothiazde? Sign in.", "frame.misspelling"},
		{"Thanks for ordering lisinpril.", "frame.misspelling"},
		// stems of never-seen names, in no frame
		{"Thanks for ordering vortazumab.", "frame.morphology"},
		{"Thanks for ordering quelparib.", "frame.morphology"},
		{"News about dermovexitis for you.", "frame.morphology"},
		// ordinary words with drug-like endings are not suspicious
		{"Thanks for ordering the cabinet.", ""},
		{"Thanks for visiting our diploma program.", ""},
		{"Your refill is ready for pickup.", ""},
		{"Your care plan has been updated. Sign in to review it.", ""},
		{"Your password was changed. If this wasn't you, contact support.", ""},
		{"Hi there, your order has shipped.", ""},
		{"Su pedido está listo para recoger en la tienda.", ""},
		{"Your gift card balance is $15.00.", ""},
		{"Ready for pickup: Quennelyn.", "frame.name"},
		{"Order: Keurig pods, 2 boxes.", ""},
		// issue 15, second pass: a word in no vocabulary in a notice with a
		// health cue anywhere; medical roots with clinical endings
		{"Time to reorder plenqara? Sign in to request a refill.", "frame.notice"},
		{"Zorvexa pickup reminder: the pharmacy closes at 9 pm.", "frame.notice"},
		{"Your pharmacy is now open Sundays 10am-6pm.", ""},
		{"Your prescription is ready at Walgreens.", ""},
		{"Our gastronomy class starts Monday.", ""},
		{"Your lithography print has shipped.", ""},
		// household refills, products after "your", invisible characters in
		// ordinary words
		{"Your Swiffer refills subscription renews next week.", ""},
		{"Your Garmin Forerunner strap has shipped.", ""},
		{"Your Stanley tumbler has shipped.", ""},
		{"Your ac\u200bcount settings changed.", ""},
		{"Your ins\u200bulin order shipped.", "obfuscation.zero_width"},
		{"Your knee scooter rental ends Friday.", "clinical.supply"},
		{"Your prescription for savings: 20% off sitewide.", ""},
		// a clinical word broken in two, digits or symbols for letters
		{"Your dia betes kit shipped.", "obfuscation.split"},
		{"Your di@betes supplies shipped.", "obfuscation.split"},
		{"Your ins*lin order shipped.", "obfuscation.split"},
		{"Your metfor-min refill is ready.", "obfuscation.split"},
		{"Your d1abetes kit shipped.", "obfuscation.digits"},
		{"Your H.I.V. results are in.", "clinical.condition.spaced"},
		{"Your day bed order shipped.", ""},
		{"Your Plenqara supply runs out in 5 days.", "frame.notice"},
		{"Your Keurig pods supply runs out in 5 days.", ""},
		{"Your billing inquiry #55122 was resolved.", ""},
		{"Message for mr. okafor about your account.", "name.title"},
		{"Open the app and tap dr. mode to start.", ""},
		{"Living with tinnitus? Our nurses can help.", "clinical.condition"},
		{"Living with roommates? Try our chore app.", ""},
		{"Recovering from the holidays? Shop our sale.", ""},
		{"Struggling with your order? Contact support.", ""},
		{"Your co-op membership renewed.", ""},
		// five-letter misspellings: lower case or opening a sentence
		{"Questions about lyrca? Reply here.", "frame.misspelling"},
		{"Xanex pickup reminder: we close at 9 pm.", "frame.misspelling"},
		// a clinical head, a preposition and a content word
		{"Su tratamiento de tartamudez fue actualizado.", "compose.head_before"},
		{"Your prior authorization for orthodontics was approved.", "compose.head_before"},
		{"Su cita del lunes fue confirmada.", ""},
		{"Your refill for this month is ready to ship.", ""},
		{"Recuerde que puede solicitar su autorización del seguro en la ventanilla de admisiones.", ""}, // the payer (fix108)
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if c.rule == "" {
			if len(fs) > 0 {
				t.Errorf("%q: unexpected %v", c.text, fs)
			}
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule == c.rule {
				found = true
				if f.Reason == "" || f.Confidence <= 0 {
					t.Errorf("%q: finding without reason or confidence: %+v", c.text, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: want %s, got %v", c.text, c.rule, fs)
		}
	}
}

// TestFramesTemplateWording: a word in no vocabulary that is the
// template's own wording is not reported.
func TestFramesTemplateWording(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Your Zorvexa refill is ready for pickup."
	fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, &Context{Template: []string{text}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 0 {
		t.Errorf("template wording reported: %v", fs)
	}
}

// ruleCase is a notice text and whether rule must be among its findings.
type ruleCase struct {
	text string
	want bool
}

// checkRule runs each text through a default guard (standard mode) and
// checks whether rule is found.
func checkRule(t *testing.T, rule string, cases []ruleCase) {
	t.Helper()
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Rule == rule {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: %s=%v, want %v (%v)", c.text, rule, got, c.want, fs)
		}
	}
}

// TestMilitaryAddress: APO/FPO/DPO lines and unit/box lines are addresses;
// "unit" and "box" in ordinary wording are not.
func TestMilitaryAddress(t *testing.T) {
	checkRule(t, "address.military", []ruleCase{
		{"Ship to DPO AA 34021.", true},
		{"Your box goes to CMR 7, Box 22.", true},
		{"Deliver to Unit 1001 Box 3, please.", true},
		{"Each unit ships in one box.", false},
		{"Your order ships in 2 boxes.", false},
	})
}

// TestIntlStreet: street-word-first addresses are addresses; the same words
// in ordinary wording are not.
func TestIntlStreet(t *testing.T) {
	checkRule(t, "address.street_intl", []ruleCase{
		{"Enviar a Avenida Insurgentes Sur 1602, CDMX.", true},
		{"Livraison au 8 Rue Cler, Paris.", true},
		{"Visit our store on the Plaza level.", false},
		{"Take the avenue 3 blocks north.", false},
		{"Lieferung an Bahnhofstraße 14, 80335 München.", true},
		{"Bezorgd op Keizersgracht 123, Amsterdam.", true},
		{"Our Spring 2026 catalog is here.", false},
		{"Your Keurig 2 order has shipped.", false},
		{"Su dirección: Calle 45 #12-30, Bogotá.", true},
		{"Visítenos en Av. Reforma 222, CDMX.", false},
	})
}

// TestVanityPhone: letter phone numbers outside toll-free codes are phones.
func TestVanityPhone(t *testing.T) {
	checkRule(t, "phone.vanity", []ruleCase{
		{"Call your coach at (646) GET-WELL.", true},
		{"Text 1-312-MY-NURSE today.", true},
		{"Order flowers at 1-800-FLOWERS.", false},
		{"Your order 123 SHIPPED TODAY.", false},
	})
}

// TestEditDistance: the bounded optimal-string-alignment distance.
func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"metformin", "metformin", 2, 0},
		{"metfromin", "metformin", 2, 1}, // transposition
		{"metformn", "metformin", 2, 1},
		{"metfromn", "metformin", 2, 2},
		{"mtfromn", "metformin", 2, 3}, // beyond the bound: max+1
		{"abcdef", "cdefxy", 2, 3},     // shares deletions but is 4 apart
		{"abc", "abcdefgh", 2, 3},
	} {
		if got := editDistance(c.a, c.b, c.max); got != c.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}

// TestComposeRoot: an ordinary word made of a medical root and a clinical
// ending is reported even when no clinical list holds it (the guard is
// built here without the words tested); ordinary words that share a root
// are not.
func TestComposeRoot(t *testing.T) {
	unlisted := map[string]bool{"pulmonologist": true, "cardiologia": true, "cardiología": true, "cardiology": true, "cardiologist": true, "angioplasty": true, "gynecology": true}
	g := guardWithout(t, func(_, term string) bool { return unlisted[strings.ToLower(term)] })
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Your pulmonologist sent you a message.", true},
		{"Su cita de cardiología fue confirmada.", true},
		{"Your angioplasty was rescheduled.", true},
		{"A note from gynecology: call us.", true},
		{"Our gastronomy class starts Monday.", false},
		{"Your lithography print has shipped.", false},
		{"Su clase de taquigrafía empieza el lunes.", false},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Rule == "compose.root" {
				got = true
			}
		}
		if got != c.want || (!c.want && len(fs) > 0) {
			t.Errorf("%q: want compose.root %v, got %v", c.text, c.want, fs)
		}
	}
}

// TestStrictAssociationFallback: a word that is an ambiguous clinical term
// (needs a cue) and also health-by-association wording is reported in
// strict mode without a cue, and not in standard mode.
func TestStrictAssociationFallback(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		mode Mode
		want bool
	}{
		{"Try our melatonin gummies.", Strict, true},
		{"Hair loss? Shop thickening shampoos.", Strict, true},
		{"Just diagnosed? Our coaches can help.", Strict, true},
		{"Try our new gummies.", Strict, false},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if (len(fs) > 0) != c.want {
			t.Errorf("%q (%v): want finding %v, got %v", c.text, c.mode, c.want, fs)
		}
	}
}

// TestLivingWith: "living with X" names a condition even when no list
// holds X (the guard is built here without it).
func TestLivingWith(t *testing.T) {
	g := guardWithout(t, func(_, term string) bool {
		return strings.EqualFold(term, "tinnitus") || strings.EqualFold(term, "vertigo")
	})
	for _, text := range []string{"Living with tinnitus? Our nurses can help.", "Recently diagnosed with vertigo? Read our guide."} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: no finding", text)
		}
	}
}

// TestSupplyAccessibility: equipment words that describe a building's
// accessibility or a person's job are not an item someone has; the same
// words as an item still are.
func TestSupplyAccessibility(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Our office has a wheelchair accessible entrance.",
		"Wheelchair access is at the north door.",
		"Wheelchair parking is behind the building.",
		"Your dog walker is on the way.")
	checkFlagged(t, g, true,
		"Your wheelchair is ready for pickup.",
		"Your walker and cane order shipped.",
		"Your wheelchair cushion has shipped.")
}
