package guard

import "testing"

// TestCareStay: the hospital unit of the reader's stay or care is
// reported (carestay.go, dev38/dev39); a unit named without the reader's
// stay passes.
func TestCareStay(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"How did we do during your stay in Labor & Delivery? Take 3 minutes to tell us.", "compose.care_stay"},
		{"Thank you for your gift in gratitude for your care in the Mercy Valley cardiac ICU last spring.", "compose.care_stay"},
		{"Rate your recent stay in Labor and Delivery.", "compose.care_stay"},
		{"Your gift honors the team that cared for you in the Burn Unit.", "compose.care_stay"},
		{"How was your stay at the Harbor Inn?", ""},
		{"Visitors to Labor & Delivery must check in at the main desk.", ""},
		{"Thank you for your gift to the Foundation last spring.", ""},
	})
}
