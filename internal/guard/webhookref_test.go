package guard

import "testing"

func TestWebhookRef(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		// the sender's references in a webhook: pass
		{`{"event":"idcard.available","card_ref":"crd_7Tz","link":"https://portal.example/m/C7TZ0"}`, Standard, "", false},
		{`{"event":"account.password_changed","account_ref":"acct_9d0e","ip_country":"US"}`, Standard, "", false},
		{`{"event":"invoice.created","invoice":"INV-208811","total":"312.40","due_in_days":30}`, Standard, "", false},
		// a record of the reader under its key, or outside a webhook: reported
		{`{"event":"idcard.available","member_id":"XKH882104551"}`, Standard, "", true},
		{`{"event":"claim.updated","claim_id":"CLM-2024-771203","status":"denied"}`, Standard, "", true},
		{`{"event":"chart.updated","mrn":"00482913"}`, Standard, "", true},
		{`{"event":"rx.ready","rx_number":"7781203"}`, Standard, "", true},
		{`{"event":"account.updated","patient_account":"88120455"}`, Standard, "", true},
		{`{"event":"invoice.created","invoice":"MRN-208811"}`, Standard, "", true},
		{`{"invoice":"INV-208811","total":"312.40"}`, Standard, "id.prefixed", true},
		{"Invoice INV-558812 is past due.", Standard, "id.prefixed", true},
		{`{"event":"account.updated","account_number":"acct-88120455"}`, Standard, "", true},
	})
}
