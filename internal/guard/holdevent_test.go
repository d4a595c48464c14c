package guard

import "testing"

// TestHoldEvent: holding an event is no held slot; holding a slot for the
// reader's care stays a booking.
func TestHoldEvent(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Clearline Infusion Pharmacy will hold a community open house at our Carmel pharmacy on Thursday, May 14, 4-7 PM. Tour the clean room and meet our team.",
	)
	checkFlagged(t, g, true,
		"Clearline Infusion Pharmacy: your infusion on Thursday, May 14 at our Carmel pharmacy is confirmed.",
		"We will hold a slot for your infusion on Thursday, May 14.",
		"Clearline Infusion Pharmacy will hold your infusion chair on May 14.",
	)
}
