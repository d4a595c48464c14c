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
