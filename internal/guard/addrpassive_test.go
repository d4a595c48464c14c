package guard

import "testing"

// TestPassiveSendTo: a street something was sent to in the passive is the
// reader's (addrpassive.go); the sender's own address still passes.
func TestPassiveSendTo(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// dev116-leak-024
		{"Paperwork was mailed today to 9 Orchard Ct, Fairview - let us know if it doesn't arrive within a week.", Standard, true},
		{"The replacement cuff was shipped yesterday to 212 Birch Ln, Milford - let us know if it is damaged.", Standard, true},
		{"Your statement was posted to 48 Cedar Ave, Ridgeway - call us if it does not arrive.", Standard, true},
		{"La carta fue enviada hoy a 45 Calle Luna, Toluca - avísenos si no llega.", Standard, true},
		// the sender's address: "us", "our office", a name before the street
		{"Forms were mailed to us at 55 Industrial Pkwy, Reno - we process them daily.", Standard, false},
		{"Checks are mailed to our office at 55 Industrial Pkwy - call us with questions.", Standard, false},
		{"Payments can be sent to Acme Billing, 55 Industrial Pkwy - thank us later.", Standard, false},
	})
}
