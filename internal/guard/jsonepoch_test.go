package guard

import "testing"

// TestJSONEpoch: a Unix time under a system-time JSON key passes; other
// long numbers stay reported (jsonepoch.go, helper RENT44, dev44).
func TestJSONEpoch(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"type":"payment.succeeded","data":{"amount":7500,"currency":"usd"},"created":1743600000}`, Standard, false},
		{`{"type":"payment.succeeded","created": 1743600000, "livemode": false}`, Standard, false},
		{`{"event":"order.shipped","updated_at":1743600000123}`, Standard, false},
		{`{"type":"payment.succeeded","member_id":1743600000}`, Standard, true},
		{`{"type":"patient.updated","dob_ts":1743600000}`, Standard, true},
		{`Account created 1743600000.`, Standard, true},
	})
}
