package guard

import "testing"

// TestBracesAssoc: strict marketing to a group wearing braces is reported
// (bracesassoc.go); standard mode and braces with no group pass.
func TestBracesAssoc(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Parents of kids with braces: show this message for a free orthodontic-safe toothbrush kit.", Strict, true},
		{"Niños con brackets: muestra este mensaje para un kit gratis.", Strict, true},
		{"Teens who wear aligners love our travel cases.", Strict, false},
		{"Parents of kids with braces: show this message for a free orthodontic-safe toothbrush kit.", Standard, false},
		{"Our new braces colors are here for summer.", Strict, false},
	})
}
