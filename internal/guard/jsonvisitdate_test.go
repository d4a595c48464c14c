package guard

import "testing"

// TestJSONVisitKey: a date under a care-event key is a person's date even
// beside billing words (jsonvisitdate.go, dev39); a statement's own dates
// keep their reading.
func TestJSONVisitKey(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"event": "statement.ready", "date_of_service": "2025-05-02", "amount_due": "120.00"}`, "date.person"},
		{`{"event": "claim.processed", "service_date": "2025-03-14"}`, "date.person"},
		{`{"event": "encounter.closed", "discharge_date": "2025-01-12", "amount_due": "12.00"}`, "date.person"},
		{`{"event": "statement.ready", "statement_date": "2025-05-02", "amount_due": "120.00"}`, ""},
		{`{"event": "statement.ready", "due_date": "2025-06-01", "amount_due": "120.00"}`, ""},
	})
}
