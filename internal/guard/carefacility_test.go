package guard

import "testing"

// TestCareFacilityUse: a care word of the sender's facility or event
// (visiting hours, a family council, a financial wellness workshop's room,
// a pet clinic, a gala's "see you", an offer to all in standard mode) is
// no care signal; the reader's own care beside the same words stays
// reported (carefacility.go).
func TestCareFacilityUse(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Holiday visiting hours: 9 am–8 pm every day, including December 25 and January 1.",
		"Family council meets Thursday, January 8 at 6 pm in the library.",
		"The Parents' Council meets September 9 in the school gym.",
		"Financial wellness workshop: planning for the holidays without debt. Thursday, December 3, 12:30 pm, Room 114.",
		"The county pet license clinic is in our Lakeshore parking lot on Saturday, March 14, 9 am–1 pm. Bring your pet's current tag.",
		"Your Gala registration is confirmed. Table 14, confirmation code GALA-8812. See you February 7!",
		"Thanks for registering for the Harbor Fun Run. See you on May 9!",
		"Flu shot clinic in the Building A lobby on October 14, 8 am–2 pm, free for all employees and their families.",
		"Subject: Our billing office is moving\nEffective June 8, the Harlan County Hospital Patient Financial Services office moves to 1400 Courthouse Sq, 2nd floor, Harlan, KY 40831.",
	)
	checkFlagged(t, g, true,
		"See you at your visit on May 2.",
		"Thanks for visiting your mother on March 3.",
		"Your visiting nurse comes on March 3.",
		"Your visiting hours with Leo are March 3, 2–4 pm.",
		"Family meeting about your father's care plan on March 3.",
		"Your family council review of Leo's case is on March 3.",
		"Your wellness visit is on March 3.",
		"Your financial wellness session with Ana is on March 3.",
		"Room 114, March 3, 9:45 AM.",
		"Your class is in Room 114 on March 3.",
		"Bring your insurance card to the clinic on March 3.",
		"Your registration is confirmed. See you February 7!",
		"Your gala seat is confirmed, and your infusion is February 7. See you!",
		"Your flu shot is on October 14 at 9:40 am.",
		"Flu shot clinic on October 14: your son is booked at 10:15.",
		"Free flu shot clinic for all staff on October 3; your shot is at 10 am.",
		"Effective June 8, your Harlan County Hospital admission is confirmed.",
	)
	// an offer to all passes in standard mode only
	fs, err := g.CheckText("Flu shot clinic in the Building A lobby on October 14, 8 am–2 pm, free for all employees and their families.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("offer to all in strict mode: findings %v, %v; want reported", fs, err)
	}
}
