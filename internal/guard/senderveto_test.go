package guard

import "testing"

// TestSenderVeto: the red-team vetoes of the sender-identity cuts keep the
// reader's identity in the cuts' slots reported; the sender's own shapes
// still pass (senderveto.go).
func TestSenderVeto(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// the sender's: still passed
		{"Harbor Urgent Care - Fremont: 3500 Stone Way N, Seattle WA. Open 8 AM-8 PM every day.", Standard, false},
		{"Summit Eye Center has moved! Our new address is 410 Pearl St, Suite 200, Boulder CO 80302. Same phone: (720) 555-0140.", Standard, false},
		{"Summit Eye Center: Our billing office phone number is changing to (720) 555-0146 on May 1.", Standard, false},
		{"Summit Eye Center: Payment processed successfully. Amount: $40.00. Confirmation SEC-PAY-41121.", Standard, false},
		{"Su solicitud de expediente SOL-2026-0441 está lista para descargar.", Standard, false},
		{"For every pair of Rosa sandals sold this week, we give $3 to the food bank.", Standard, false},
		{"Celebrate National Nurses Week with free cookies in the lobby, May 6-12!", Standard, false},
		{"Brightwater Founders Day is March 3. Join our picnic!", Standard, false},
		{"Congratulations to our intensive care nurses, named the region's nursing team of the year.", Standard, false},
		// the reader's in the same slots: reported
		{"Harbor Home Health - Ballard: 5400 Leary Ave NW, Seattle WA. Tue 9 AM-11 AM. (206) 555-0171.", Standard, true},
		{"Brightwater Infusion Pharmacy - Delivery: 88 Elm St, Columbus OH. Tue 9 AM-11 AM.", Standard, true},
		{"Summit Eye Center: Your contact details were updated. Number unchanged: (720) 555-0131. New email saved.", Standard, true},
		{"Summit Eye Center: Profile updated. Same phone: (720) 555-0131. New address saved.", Standard, true},
		{"Summit Eye Center: Account update: phone number is changing to (720) 555-0133 on May 1. Not you? Call us.", Standard, true},
		{"Summit Eye Center: Reference #SEC-HC-4482913 is your health card number.", Standard, true},
		{"Su solicitud de expediente EXP-00458213 está lista.", Standard, true},
		{"Our new Maria compression socks are ready for pickup at the pharmacy.", Standard, true},
		{"Xiomara Ruiz Recovery Day is March 3 at 9 AM.", Standard, true},
	})
	// the sender's name (Context.Sender) after "reminder for" or a greeting
	ctx := &Context{Sender: []string{"Dana Whitfield LCSW", "Dana Whitfield"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Dana Whitfield LCSW: You have a new message. Sign in to read it.", Standard, false},
		{"Thank you for choosing Dana Whitfield LCSW. Your statement is ready.", Standard, false},
		{"Dana Whitfield LCSW: Reminder for Dana Whitfield: session Monday at 6 PM.", Standard, true},
		{"Hi Dana Whitfield, your statement is ready.", Standard, true},
	})
}
