package guard

import "testing"

// TestImagingWord: "resonancia" before the region imaged (imagingword.go)
// is reported; a plasma-derived brand of medications.txt is a medication
// (misc17's list); "resonancia" with no region and no cue passes.
func TestImagingWord(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Su plan cubrió su parte de la resonancia de cadera. Saldo: $20.00.", Standard, true},
		{"Su entrega de Xembify llega el viernes.", Standard, true},
		{"Your Panzyga shipment leaves today.", Standard, true},
		{"El coro busca voces con buena resonancia para el concierto.", Standard, false},
	})
}
