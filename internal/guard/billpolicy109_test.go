package guard

import "testing"

// TestBillPolicy109: a billing rule for everyone from a date on, a class
// of charges before a modal (billpolicy109.go, r109, dev109, dev109x);
// a reader's word, a named patient, a kin word keep the date.
func TestBillPolicy109(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Beginning Jan 1, copays for specialty clinic visits are collected at check-in.", Standard, false},
		{"Starting March 1, copays are collected at check-in.", Standard, false},
		{"Effective July 1, the deductible for office visits will reset.", Standard, false},
		{"A partir del 1 de marzo, los copagos de las consultas se cobrarán en recepción.", Standard, false},
		{"Beginning Jan 1, copays for your visits are collected at check-in.", Standard, true},
		{"Beginning Jan 1, copays for Maria Lopez's visits are collected at check-in.", Standard, true},
		{"Beginning Jan 1, copays for son's therapy visits are collected at check-in.", Standard, true},
		{"A partir del 1 de marzo, los copagos de su hijo se cobrarán en recepción.", Standard, true},
		{"Beginning Jan 1, visits for wound care are collected at check-in.", Standard, true},
	})
}
