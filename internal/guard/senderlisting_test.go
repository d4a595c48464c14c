package guard

import "testing"

// TestSenderListing: a branch listing's address after the sender's header
// passes; the reader's address, a person's listing and a visit stay
// reported (senderlisting.go, senderplace.go).
func TestSenderListing(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"NowCare Urgent Care - Northland: 1950 Morse Rd, Columbus OH. Open 8 AM-8 PM every day. Walk-ins welcome.", Standard, false},
		{"Iris Optical & Eye Care - Lakeview: 2840 Lakeview Blvd, Columbus OH. Open Mon-Sat 10 AM-7 PM.", Standard, false},
		{"Harbor Urgent Care - Ballard is now open! 5400 Leary Ave NW, Seattle WA. Open 8 AM-8 PM, 7 days a week.", Standard, false},
		{"Harbor Urgent Care - Ballard: your nurse will visit 5400 Leary Ave NW, Seattle WA at 3 PM.", Standard, true},
		{"Maria Lopez - Ballard: 88 Elm St, Seattle WA. Mon-Fri 8 AM-5 PM.", Standard, true},
		{"Summit Eye Center: Your glasses were delivered to 9 Quarry Hill Road, Boulder CO.", Standard, true},
		{"Harbor Urgent Care - Ballard: 5400 Leary Ave NW, Seattle WA. Your stitches come out Monday.", Standard, true},
		{"Summit Eye Center - Pearl Street: 410 Pearl St, Apt 2B, Boulder CO.", Standard, true},
		// a care word of the header or a department's capitalised name vetoes no
		// sender's address; a held word there is no booking (senderdate.go)
		{"Clearline Home Pharmacy: Our Patient Financial Services office moves to 1100 W Carmel Dr, Suite 150.", Standard, false},
		{"Summit Eye Center: Our Billing Services office moves to 220 Canyon Blvd, Suite 110 on July 1.", Standard, false},
		{"Clearline Home Pharmacy: Our nurse will visit your home at 14 Oak St.", Standard, true},
		{"Clearwater Supply: Our Patient Financial Services office will visit 14 Oak St.", Standard, true},
		{"Summit Eye Center: Your eye exam at our Billing Services office is on July 1.", Standard, true},
	})
}
