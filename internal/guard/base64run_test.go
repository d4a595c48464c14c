package guard

import "testing"

// TestBase64Decoded: a base64 run of text is decoded for the decoded pass
// and its findings span the run (base64run.go); identifiers, tokens and
// encoded wording naming no health information pass.
func TestBase64Decoded(t *testing.T) {
	dec, st, en, ok := base64Decoded("Saved: dGlyemVwYXRpZGUgMTAgbWcgd2Vla2x5 - tap.")
	if !ok || dec != "Saved: tirzepatide 10 mg weekly - tap." {
		t.Fatalf("decoded %q, %v", dec, ok)
	}
	if st[7] != 7 || en[7] != 39 || st[len(st)-1] != 45 {
		t.Errorf("offsets: %d-%d, last %d", st[7], en[7], st[len(st)-1])
	}
	for _, s := range []string{"order XK9fQ2pLmN7vR4tZb8Wq ready", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "Well-Known-Pharmacy-Names", "no runs here at all"} {
		if d, _, _, ok := base64Decoded(s); ok {
			t.Errorf("%q decoded to %q", s, d)
		}
	}
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Saved medication (encoded for your privacy): dGlyemVwYXRpZGUgMTAgbWcgd2Vla2x5 - tap to decode in the app.", Standard, true},
		{"Resumen cifrado de su receta: c2VydHJhbGluYSA1MCBtZyB1bmEgdmV6IGFsIGTDrWE=. Tóquelo para verlo.", Standard, true},
		{"Member ref TWFyaWEgTG9wZXosIERPQiAwMy8wNC8xOTgx - keep this message.", Standard, true},
		{"Ref: WW91ciBvcmRlciBoYXMgc2hpcHBlZA== thanks for shopping with us!", Standard, false},
		{"Código de seguimiento: R3JhY2lhcyBwb3Igc3UgY29tcHJh. Consérvelo.", Standard, false},
		{"Session token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 expired; please sign in again.", Standard, false},
		{"Your coupon code is XK9fQ2pLmN7vR4tZb8Wq. Valid until the end of the month.", Standard, false},
	})
}
