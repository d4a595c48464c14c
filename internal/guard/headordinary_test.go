package guard

import "testing"

// TestHeadOrdinaryGiven: a given name that is also an ordinary word before
// a place-like family name, heading the reader's care notice
// (headordinary.go), and the town and branch headers of shop news.
func TestHeadOrdinaryGiven(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Yaw Springs: your prior authorization was approved.",
		"Hope Rivers: your referral was approved.",
		"Faith Meadows — your lab results are ready.",
		"Sky Fields: your prescription is ready for pickup.",
	)
	checkFlagged(t, g, false,
		"Coral Springs: your order shipped today.",
		"Silver Lake: your order is ready for pickup at the store.",
		"Palm Springs: your prescription is ready for pickup.",
		"Cedar Lake: your appointment is confirmed.",
		"Hope Springs: your order shipped today.",
	)
}
