package guard

import "testing"

// TestJSONEventName: a webhook event name that reads like a bare domain
// (eventname.go) is no link; the same run under another key, with a path
// or in prose stays url.other.
func TestJSONEventName(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"event":"session.link","session_id":"ses_X7Y2P","expires_in":3600}`, ""},
		{`{"event_type":"telehealth.link","expires_in":3600}`, ""},
		{`{"type":"order.shop","order":"A1234"}`, ""},
		{`{"join":"session.link","expires_in":3600}`, "url.other"},
		{`{"event":"session.link/abc123"}`, "url.other"},
		{`Visit session.link to join today.`, "url.other"},
		// red15 (dev87x): only the top-level label is passed; a care word
		// before it is read as anywhere else
		{`{"event":"hiv.care","patient_ref":"p_8812"}`, "clinical.condition"},
		{`{"type":"chemo.health","member":"m_221"}`, "clinical.procedure"},
		{`{"topic":"methadone.clinic","member":"m_221"}`, "clinical.medication"},
	})
}
