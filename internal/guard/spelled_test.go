package guard

import "testing"

// TestSpacedDigits: single digits spaced out one by one are a phone or a
// long number like digit words (spelled.go, twentieth pass,
// dev106-leak-086); lists, versions and short codes are not.
func TestSpacedDigits(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Call back re: your results at 9 1 7 - 5 5 5 - 0 1 4 8.", "phone.spaced"},
		{"Call me at 9 1 7 - 5 5 5 - 0 1 4 8.", "phone.spaced"},
		{"Su número: 5 5 5 0 1 4 8, llámenos.", "phone.spaced"},
		{"Llame al 2 2 5 8 - 4 4 0 0 hoy.", "identifier.spaced"},
		{"Call nine one seven five five five zero one four eight.", "phone.spelled"},
		// clean: a list, a short code
		{"Pick 1, 2, 3, 4, 5, 6, 7 today.", ""},
		{"Your code is 4 8 2 0 1 9.", ""},
		{"Rate us 1 2 3 4 5 stars.", ""},
	})
}
