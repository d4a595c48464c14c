package guard

import "testing"

// TestSystemIDKey: the id of the sender's own notice or event under a JSON
// key passes; a person's or account's id stays reported (sysidkey.go,
// helper RENT44, dev44).
func TestSystemIDKey(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"event":"portal.maintenance.scheduled","window_start":"2025-06-14T03:00:00Z","window_end":"2025-06-14T06:00:00Z","services":["bill_pay","messaging"],"notice_id":"MNT-0614"}`, Standard, false},
		{`{"campaign_id":"SPR-2025-04","subject":"Spring sale"}`, Standard, false},
		{`{"patient_id":"MNT-0614"}`, Standard, true},
		{`{"member_id":"MNT-0614"}`, Standard, true},
		{`{"message_id":"MR-00482213"}`, Standard, true},
		{`{"event_id":"DOB-1961-04-12"}`, Standard, true},
		{`{"notice_id":"MRN-0614"}`, Standard, true},
		{`{"notice_id":"DOB-1961-04-12"}`, Standard, true},
		{`Your notice id MNT-0614 is attached.`, Standard, true},
	})
}
