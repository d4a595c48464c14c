package guard

import (
	"maps"
	"testing"
)

// TestPrepareOrderIndependent: Prepare reads every Identity and Sealed
// text with one scanner (Prepared.addContext); what it keeps of a text
// must not depend on the text read before it (scan.go newTokenList), so
// the same texts in either order give the same keys.
func TestPrepareOrderIndependent(t *testing.T) {
	g := newTestGuard(t)
	texts := []string{
		"Maria Lopez. 1234 Elm Street, Apt 5, Springfield IL 62704. Call (217) 555-0100. Born 03/14/1961.",
		"Your colonoscopy is on March 3 at 9 AM. Arrive early. Our lab closes at noon that day. Bring your insulin.",
		"Su cita de diálisis es el 14 de diciembre. La clínica cierra el 24. ¿Dudas? Llame al 915-555-0127.",
		"MRN 00482913",
		"Dr. Ana Ruiz reviewed the biopsy. Results: HbA1c 7.9%. Next visit Jan 4. The pharmacy reopens Jan 5.",
		"H.I.V. test (Dec 3), refill of Ozempic 0.5 mg, pickup at 88 Oak Ave. Text 555-0142 when ready.",
	}
	for i := range texts {
		for j := range texts {
			if i == j {
				continue
			}
			ab := g.Prepare(&Context{Identity: []string{texts[i], texts[j]}, Sealed: []string{texts[j], texts[i]}})
			ba := g.Prepare(&Context{Identity: []string{texts[j], texts[i]}, Sealed: []string{texts[i], texts[j]}})
			if !maps.Equal(ab.keys, ba.keys) {
				t.Errorf("texts %d and %d: keys differ with the order (%d vs %d keys)", i, j, len(ab.keys), len(ba.keys))
			}
		}
	}
}

// FuzzPrepare: any two Identity texts and a Sealed text prepare without a
// panic, and the keys do not depend on the Identity texts' order (the
// property TestPrepareOrderIndependent checks on chosen texts; the panic
// it found was in no fuzz target, since FuzzCheck prepares no context).
func FuzzPrepare(f *testing.F) {
	f.Add("Maria Lopez. 1234 Elm Street, Apt 5, Springfield IL 62704. Call (217) 555-0100.", "MRN 00482913", "Your colonoscopy is on March 3 at 9 AM. Arrive early.")
	f.Add("Dr. Ana Ruiz reviewed the biopsy. Next visit Jan 4.", "H.I.V. test (Dec 3), pickup at 88 Oak Ave.", "Su cita es el 14 de diciembre. La clínica cierra el 24.")
	g, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b, sealed string) {
		ab := g.Prepare(&Context{Identity: []string{a, b}, Sealed: []string{sealed}})
		ba := g.Prepare(&Context{Identity: []string{b, a}, Sealed: []string{sealed}})
		if !maps.Equal(ab.keys, ba.keys) {
			t.Errorf("keys differ with the Identity texts' order (%d vs %d keys)", len(ab.keys), len(ba.keys))
		}
	})
}
