package guard

import "testing"

// TestHeaderClosure: a service stop dated under the sender's header
// (headerclosure.go) passes; a reader's word or a cue in the clause keeps
// the date.
func TestHeaderClosure(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Lakeside Home Infusion: courier routes will not run on Jan 1. Plan ahead.", Standard, false},
		{"Lakeside Home Infusion: deliveries are paused on July 4. Order early.", Standard, false},
		{"Lakeside Home Infusion: your nurse visit on Dec 25 moves to Dec 26.", Standard, true},
		{"Lakeside Home Infusion: deliveries of your supplies will not run on Jan 1.", Standard, true},
		{"Home infusion visits will not run on Jan 1.", Standard, true},
	})
}
