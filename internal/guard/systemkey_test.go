package guard

import "testing"

// TestSystemKey: a system object's id under its JSON key passes
// (systemkey.go, dev39); a person's key or value stays reported.
func TestSystemKey(t *testing.T) {
	checkAnyFinding(t, []string{
		`{"event": "survey.invite", "survey_id": "SRV-2291", "questions": 5}`,
		`{"event": "system.incident.resolved", "incident_id": "INC-4471", "resolved": true}`,
		`{"event": "statement.ready", "statement_id": "ST-558812"}`,
		`{"event": "ticket.closed", "ticket_id": "TK-99120"}`,
	}, []string{
		`{"event": "patient.updated", "patient_id": "PT-2291"}`,
		`{"event": "survey.invite", "survey_id": "MRN-229155"}`,
		`{"member_id": "XJ4471229", "incident_id": "INC-4471"}`,
		`{"patient_survey_id": "SRV-2291"}`,
		`Your survey ID SRV-2291 and member ID XJ4471229`,
	})
}
