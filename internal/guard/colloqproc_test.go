package guard

import "testing"

// TestColloquialProcedure: "since/after/before your [last] sleeve, bypass,
// filler…" at a sentence's end or before a care word is the reader's
// procedure (compose.colloquial_procedure); the same words as clothes,
// snacks or music pass.
func TestColloquialProcedure(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Struggling to keep the weight off since your sleeve? Our Revision Consult can help.", "compose.colloquial_procedure"},
		{"It has been one year since your bypass — schedule your annual labs.", "compose.colloquial_procedure"},
		{"Noticing some volume loss since your last filler? Book a refresh.", "compose.colloquial_procedure"},
		{"Your sleeve length for the staff jacket order is due Friday.", ""},
		{"Grab a sleeve of cookies for the staff picnic on Friday!", ""},
		{"Pick up snacks after your band practice on Friday.", ""},
	})
}
