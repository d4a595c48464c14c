package guard

import "testing"

// TestDonorDeferral: a donor told a screening deferred them is reported
// (donordefer.go); the public eligibility rule and a deferred payment pass.
func TestDonorDeferral(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Jordan Pike, your donor status was changed to deferred after today's screening.", "compose.donor_deferral"},
		{"Thanks for coming in. You're deferred from plasma donation for now; we'll be in touch.", "compose.donor_deferral"},
		{"Donor status: deferred. Your next eligible date is in the portal.", "compose.donor_deferral"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Jordan Pike, your donor status was changed to deferred after today's screening.", Standard, true},
		{"Donors who traveled recently may be deferred for 3 months. See our eligibility guide.", Standard, false},
		{"Your payment was deferred to next month at no cost.", Standard, false},
		{"Ahora puede pagar con tarjeta de crédito diferido a 3 meses sin intereses.", Standard, false},
	})
}
