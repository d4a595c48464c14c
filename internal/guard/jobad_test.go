package guard

import (
	"os"
	"testing"
)

// TestJobAdTitle: a plural job title after "hiring" is no dictionary term;
// the singular after "your" stays reported (jobad.go). Needs the medical
// dictionary.
func TestJobAdTitle(t *testing.T) {
	d := os.Getenv("SEALPOST_GUARD_DICTIONARY")
	if d == "" {
		t.Skip("SEALPOST_GUARD_DICTIONARY is not set")
	}
	g, err := New(Options{MedicalDictionaries: []string{d}})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false, "ClearDraw is hiring phlebotomists for our Austin sites.")
	checkFlagged(t, g, true, "Your phlebotomists will see you Monday about your anemia.")
}
