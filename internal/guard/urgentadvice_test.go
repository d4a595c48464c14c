package guard

import "testing"

// TestUrgentAdvice: one clinician's advice to the reader to go to urgent
// care or an emergency room is reported (urgentadvice.go); public emergency
// advice, nurses in general, a conditional rule, a vaccine recommendation
// and a new site's advertisement pass.
func TestUrgentAdvice(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"The nurse recommends urgent care today, so don't wait until Monday.", "compose.urgent_advice"},
		{"La enfermera le recomienda acudir a urgencias hoy mismo.", "compose.urgent_advice"},
		{"Our triage nurse advised urgent care within 4 hours.", "compose.urgent_advice"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Your doctor recommends the ER today rather than waiting for Monday.", Standard, true},
		{"Según su llamada, la enfermera indicó ir a la guardia esta noche.", Standard, true},
		{"For emergencies, call 911 or go to the nearest emergency room.", Standard, false},
		{"Our nurses recommend urgent care for minor cuts and sprains instead of the ER.", Standard, false},
		{"When in doubt, the nurse recommends calling 911.", Standard, false},
		{"En caso de emergencia, acuda a urgencias del hospital más cercano.", Standard, false},
		{"La enfermera recomienda vacunarse contra la gripe antes de diciembre.", Standard, false},
		{"The nurse recommends our new urgent care on Main Street, open until 9 pm!", Standard, false},
	})
}
