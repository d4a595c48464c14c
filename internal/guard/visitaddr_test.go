package guard

import "testing"

// TestVisitAddr: the sender's address on the field's footer line and in a
// visit reminder that says how to get there pass; a delivery, a home visit,
// an address change, an apartment or the reader's home stay reported
// (visitaddr.go).
func TestVisitAddr(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Rivera Medical Supply - Serving Oregon since 2001. 2200 Commercial St SE, Salem, OR 97302 | (503) 555-0170", Standard, false},
		{"<div><h2>Alberta Street Clinic</h2><p>You have a new message waiting.</p><p style=\"font-size:11px\">210 NE Alberta St · Portland, OR 97211</p></div>", Standard, false},
		{"Reminder: you have a visit tomorrow at 9:00 AM at 210 NE Alberta St, Portland. Street parking and the #72 bus stop right outside.", Standard, false},
		{"Reminder: your appointment at Westside Chiropractic – Tempe, 880 W University Dr, is tomorrow at 3:00 PM. Reply C to confirm.", Standard, false},
		{"<p>Your order shipped.</p><p>880 W University Dr, Tempe AZ 85281</p>", Standard, true},
		{"Westside Rentals: your mailing address was updated. 880 W University Dr, Tempe AZ 85281", Standard, true},
		{"Your home address 880 W University Dr, Tempe AZ 85281 was updated.", Standard, true},
		{"Reminder: the nurse will visit you tomorrow at 9:00 AM at your home, 210 NE Alberta St, Portland. Street parking is fine.", Standard, true},
		{"Reminder: you have a visit tomorrow at 10:00 AM at 415 SE Rosalind St, Apt 3, Portland. Street parking.", Standard, true},
		{"Reminder: our nurse visit is tomorrow at 10:00 AM at 415 SE Rosalind St. Street parking.", Standard, true},
		{"Reminder: you have a visit tomorrow at 10:00 AM at 415 SE Rosalind St, Portland.", Standard, true},
		// the reader's own driveway (red-team pass RED10, dev66r)
		{"Your visit is tomorrow at 10 AM at 1420 Birch Ln, Dayton. Please keep the driveway clear for parking.", Standard, true},
	})
}
