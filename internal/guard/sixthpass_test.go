package guard

import "testing"

// TestAssociationSupplements: marketing of supplements sold for a condition's
// number tells the condition in strict mode (dev25); general wellness wording
// and announcements in standard mode do not.
func TestAssociationSupplements(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Your heart health matters — stock up on cholesterol support supplements, picked just for you.", Strict, true},
		{"Save 20% on blood pressure support capsules this week.", Strict, true},
		{"Suplementos para el colesterol con 20 % de descuento, elegidos para usted.", Strict, true},
		{"Joint support supplements are 2 for 1 this week.", Strict, false},
		{"Our lab now offers cholesterol testing with results in 15 minutes.", Standard, false},
	})
}

// TestPublicEventDateMerged: the take-back day's date (once publicday.go,
// now publicdate.go's) in English and Spanish, and the red team's birth date.
func TestPublicEventDateMerged(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Drug take-back day is October 26.", Standard, false},
		{"Día de devolución de medicamentos: 26 de octubre en todas nuestras farmacias.", Standard, false},
		{"Drug take-back day: 03/14/1961.", Standard, true},
		{"Drug take-back day is October 26; we will also review your medications.", Standard, true},
		{"Día de recolección de medicamentos: 26 de octubre.", Standard, false},
		{"Día de recolección de medicamentos: 26 de octubre. Hable con su médico.", Standard, true},
	})
}

// TestConsumerGoods: cosmetic and supplement ingredients before the form
// they are sold in are not unknown drug-like words (consumer.go); with a
// pharmacy word in the sentence they still are.
func TestConsumerGoods(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Your retinol serum order has shipped.", Standard, false},
		{"Your squalane oil has shipped.", Standard, false},
		{"Your bakuchiol cream has shipped.", Standard, false},
		{"Your avobenzone sunscreen has shipped.", Standard, false},
		{"Your peptide eye cream has shipped.", Standard, false},
		{"Your azelaic refill is ready.", Standard, true},
		{"Your bakuchiol prescription is ready for pickup.", Standard, true},
		{"Your squalane cream refill is ready at the pharmacy counter.", Standard, true},
		{"Your tretinoin cream has shipped.", Standard, true},
	})
}

// TestDNATests: a DNA test of the reader (a result, or "your" near) is a lab
// test; a sale of kits to anyone and DNA-themed goods are not (dev32c).
func TestDNATests(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Your DNA test kit results are ready.", Standard, true},
		{"Your DNA test results show a carrier variant.", Standard, true},
		{"Your DNA test kit has shipped.", Standard, true}, // fail closed: the reader's genetic test
		{"Ancestry DNA kits are 40% off this week.", Standard, false},
		{"DNA-themed mugs shipped.", Standard, false},
	})
}
