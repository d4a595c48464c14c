package guard

import "testing"

// TestCareProgram: an ambiguous condition naming a care programme the
// reader is asked about is reported (careprogram.go, dev39).
func TestCareProgram(t *testing.T) {
	checkAnyFinding(t, []string{
		"Drive-through flu shot clinic this Saturday 9–1 in Lot E. Bring your insurance card. Open to the public.",
		"Survey: tell us about your experience with our patient portal.",
	}, []string{
		"Survey: tell us about your experience with our depression care program.",
		"How satisfied are you with our anxiety treatment program?",
	})
}
