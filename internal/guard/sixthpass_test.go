package guard

import "testing"

// TestAssociationSupplements: marketing of supplements sold for a condition's
// number tells the condition in strict mode (dev25); general wellness wording
// and announcements in standard mode do not.
func TestAssociationSupplements(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, tc := range []struct {
		text string
		mode Mode
		want bool
	}{
		{"Your heart health matters — stock up on cholesterol support supplements, picked just for you.", Strict, true},
		{"Save 20% on blood pressure support capsules this week.", Strict, true},
		{"Suplementos para el colesterol con 20 % de descuento, elegidos para usted.", Strict, true},
		{"Joint support supplements are 2 for 1 this week.", Strict, false},
		{"Our lab now offers cholesterol testing with results in 15 minutes.", Standard, false},
	} {
		fs, err := g.CheckText(tc.text, ctx, tc.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != tc.want {
			t.Errorf("%q (mode %v): flagged=%v, want %v (%v)", tc.text, tc.mode, got, tc.want, fs)
		}
	}
}

// TestPublicEventDateMerged: the take-back day's date (once publicday.go,
// now publicdate.go's) in English and Spanish, and the red team's birth date.
func TestPublicEventDateMerged(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Drug take-back day is October 26.", false},
		{"Día de devolución de medicamentos: 26 de octubre en todas nuestras farmacias.", false},
		{"Drug take-back day: 03/14/1961.", true},
		{"Drug take-back day is October 26; we will also review your medications.", true},
		{"Día de recolección de medicamentos: 26 de octubre.", false},
		{"Día de recolección de medicamentos: 26 de octubre. Hable con su médico.", true},
	} {
		fs, err := g.CheckText(tc.text, ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != tc.want {
			t.Errorf("%q: flagged=%v, want %v (%v)", tc.text, got, tc.want, fs)
		}
	}
}

// TestConsumerGoods: cosmetic and supplement ingredients before the form
// they are sold in are not unknown drug-like words (consumer.go); with a
// pharmacy word in the sentence they still are.
func TestConsumerGoods(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Your retinol serum order has shipped.", false},
		{"Your squalane oil has shipped.", false},
		{"Your bakuchiol cream has shipped.", false},
		{"Your avobenzone sunscreen has shipped.", false},
		{"Your peptide eye cream has shipped.", false},
		{"Your azelaic refill is ready.", true},
		{"Your bakuchiol prescription is ready for pickup.", true},
		{"Your squalane cream refill is ready at the pharmacy counter.", true},
		{"Your tretinoin cream has shipped.", true},
	} {
		fs, err := g.CheckText(tc.text, ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != tc.want {
			t.Errorf("%q: flagged=%v, want %v (%v)", tc.text, got, tc.want, fs)
		}
	}
}

// TestDNATests: a DNA test of the reader (a result, or "your" near) is a lab
// test; a sale of kits to anyone and DNA-themed goods are not (dev32c).
func TestDNATests(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Your DNA test kit results are ready.", true},
		{"Your DNA test results show a carrier variant.", true},
		{"Your DNA test kit has shipped.", true}, // fail closed: the reader's genetic test
		{"Ancestry DNA kits are 40% off this week.", false},
		{"DNA-themed mugs shipped.", false},
	} {
		fs, err := g.CheckText(tc.text, ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != tc.want {
			t.Errorf("%q: flagged=%v, want %v (%v)", tc.text, got, tc.want, fs)
		}
	}
}
