package guard

import "testing"

// TestEventID: a webhook's event or request id passes; other typed ids
// stay reported (eventid.go, helper RENT44, dev44).
func TestEventID(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"event":"statement.generated","id":"evt_01HXZ4P2Q8","currency":"USD"}`, Standard, false},
		{`{"event":"statement.generated","request_id":"req_7HQ2LM9P4X"}`, Standard, false},
		{`{"event":"statement.generated","customer":"cus_01HXZ4P2Q8"}`, Standard, true},
		{`Your record evt 01HXZ4P2Q8 is ready.`, Standard, true},
		{`{"id":"evt_MRN00482213"}`, Standard, true},
	})
}
