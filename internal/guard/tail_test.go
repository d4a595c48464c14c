package guard

import "testing"

// Tests of issue 15's fifth-pass long-tail rules (dev20): clinical values
// under JSON keys, ASCII look-alike letters, sentence-opening clinical
// words, CSS-hidden HTML text, greetings of other languages, European
// street addresses and disposal wording.

func TestJSONValue(t *testing.T) {
	checkRule(t, "compose.json_value", []ruleCase{
		{`{"event":"result.posted","test":"ANC","msg":"New result available"}`, true},
		{`{"lab": "ANC"}`, true},
		{`{"dx":"HLH"}`, true},
		{`{"test":"false","msg":"Your order has shipped"}`, false},
		{`{"event":"ping","test":"true"}`, false},
		{`{"event":"build","lab":"staging"}`, false},
		{`{"test":"smoke"}`, false},
		{`test: ANC`, false},                           // no quoted key
		{`{"condition":"NEW","price":"25.00"}`, false}, // an enum value
		{`{"problem":"TIMEOUT"}`, false},               // API error details
		{`{"test":"run42"}`, false},                    // a build id
		{`{"test":"UI"}`, false},
	})
}

func TestLookalikeLetters(t *testing.T) {
	checkRule(t, "obfuscation.lookalike", []ruleCase{
		{"Refill ready: HlV medication at pharmacy counter.", true},
		{"Your MRl results are ready to view.", true},
		{"Your lUD check is booked for Monday.", true},
		{"Your SlM card has shipped.", false},
		{"Your WlFI password was changed.", false},
		{"Your modern lamp order is confirmed.", false},
		{"Our corn maze opens Saturday.", false},
	})
}

// TestLookalikeFlagged: "rn" for "m" is reported (by this rule or by
// frame.misspelling, which reads it as two edits of the drug's name).
func TestLookalikeFlagged(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true, "Your rnetformin refill is ready.", "Your rnorphine prescription needs a new signature.")
	checkFlagged(t, g, false, "Turn left at the barn to find our store.", "Your modern lamp order is confirmed.")
}

func TestInitialClinical(t *testing.T) {
	checkRule(t, "frame.initial", []ruleCase{
		{"Gastroparisis diet guide attached to your visit summary.", true},
		{"Keratoconus fitting results are ready to view.", true},
		{"Queratocono: sus resultados de adaptación están listos.", true},
		{"Chocolate cake order ready for pickup.", false},
		{"Patagonia jacket order has shipped.", false},
		{"Keurig pods for your monthly order are packed.", false},
		{"Bicycle tune-up results are ready to view.", false},
		// right before frame.clinical's cue: its judgement stands
		{"Swiffer refills subscription renews Monday.", false},
		{"Olaplex treatment order has shipped.", false},
		{"Olaplex hair treatment order has shipped.", false},
		// inside a sentence a capital makes a proper noun
		{"Your Zorblaxian fitting results are ready.", false},
	})
}

func TestHiddenHTML(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		html string
		want bool
	}{
		{`<p>Pickup reminder<span style="font-size:0">lithium carbonate</span></p>`, true},
		{`<p>Your order is ready<span style="display:none">lithium</span></p>`, true},
		{`<p>Pickup reminder<span style="display: none">depression refill</span></p>`, true},
		{`<p>Recordatorio<span style="font-size:0">carbonato de litio</span></p>`, true},
		{`<p>Your order has shipped<span style="display:none">Track your package anytime</span></p>`, false},
		{`<p>New arrivals<span style="display:none">Flu season essentials</span></p>`, false},
		{`<p>Your order<span style="display:none">iron skillet</span></p>`, false},
		{`<p>Hello<span style="font-size:0.9em">Save 20% today</span></p>`, false},
		// an e-mail layout: font-size:0 on the container, the columns set their own
		{`<div style="font-size:0"><div style="display:inline-block;font-size:14px">depression</div></div>`, false},
		{`<div style="font-size:0">depression</div>`, true},
		{`<p>Hi<span style="display:none"><b>depression</b></span></p>`, true},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: c.html, HTML: true}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged=%v, want %v (%v)", c.html, got, c.want, fs)
		}
	}
}

// TestHiddenLongRun: a hidden run of more than four words is judged like
// visible text; obfuscation.hidden does not read it.
func TestHiddenLongRun(t *testing.T) {
	g := newTestGuard(t)
	fs, err := g.Check(Notice{Fields: []Field{{Name: "html", HTML: true,
		Text: `<p>Hi<span style="display:none">depression depression depression depression depression</span></p>`}}}, nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "obfuscation.hidden" {
			t.Errorf("a five-word hidden run read as a bare term: %v", f)
		}
	}
}

func TestHidesText(t *testing.T) {
	for style, want := range map[string]bool{
		"display:none": true, "DISPLAY: none;": true, "font-size:0": true, "font-size: 0px": true,
		"visibility:hidden": true, "mso-hide:all": true, "max-height:0;overflow:hidden": true,
		"font-size:0.9em": false, "font-size:05px": false, "color:#333": false, "display:block": false,
	} {
		if got := hidesText(style); got != want {
			t.Errorf("hidesText(%q) = %v, want %v", style, got, want)
		}
	}
}

func TestHiddenBreaks(t *testing.T) {
	txt, _, _ := stripHTML(`<p>Pickup reminder<span style="font-size:0">lithium</span>carbonate <span>a<span>b</span>c</span></p>`)
	if want := "\nPickup reminder\nlithium\ncarbonate abc\n"; txt != want {
		t.Errorf("stripHTML = %q, want %q", txt, want)
	}
}

func TestIntlGreeting(t *testing.T) {
	checkRule(t, "compose.greeting", []ruleCase{
		{"Kia ora Aroha, your statement is ready.", true},
		{"Kia ora Wiremu, your statement is ready.", true},
		{"Aloha Friday sale starts now.", false},
		{"Namaste Yoga class schedule is attached.", false},
		{"Kia ora, your statement is ready.", false},
		{"Aloha, your order has shipped.", false},
	})
}

// TestIntlGreetingFlagged: one-word greetings before a name are reported
// (by compose.greeting or by name.capitalized, which reads the greeting
// and the name as two capitalised words).
func TestIntlGreetingFlagged(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true, "Namaste Priya, your order has shipped.", "Shalom Dana, your refill is ready.",
		"Olá João, your statement is ready.", "Xin chao Huong, your statement is ready.")
	checkFlagged(t, g, false, "Aloha, your order has shipped.", "Namaste, su pedido fue enviado.", "Ciao, see you next time!")
}

func TestEuropeanStreet(t *testing.T) {
	checkRule(t, "address.street_intl", []ruleCase{
		{"Deliver to ul. Marszałkowska 84/92 m. 7, 00-514 Warszawa.", true},
		{"Ship to ul. Długa 5, 80-827 Gdańsk.", true},
		{"Deliver to Friedrichstr. 12, 10117 Berlin.", true},
		{"Ship to rue de Rivoli 12, 75001 Paris.", true},
		{"Via Rail tickets for 2 travelers are confirmed.", false},
		{"Your order ships via Roma Express 2 day.", false},
		{"Order ul. 5 of 12 shipped today.", false},
		{"La tienda de Calle Serrano cerrará el 25 de diciembre.", false},
	})
}

func TestDisposalModifiers(t *testing.T) {
	checkRule(t, "compose.head", []ruleCase{
		{"Drop off unused medications at our take-back kiosk.", false},
		{"Drop off expired medications at our drop box any day.", false},
	})
}
