package guard

import "testing"

// TestWebhookHeld: a webhook's typed id holding a record label or a date, and a stamp before 2000, stay reported; a platform's random ids and stamps pass (webhookheld.go, red17, dev97x).
func TestWebhookHeld(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{`{"event":"order.ready","order_id":"ord_MRN48291377"}`, Standard, true},
		{`{"event":"appointment.confirmed","appointment_id":"apt_HIV2026X8812"}`, Standard, true},
		{`{"event":"payment.received","payment_id":"pi_SSN123456789A"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_19840312RUIZ"}`, Standard, true},
		{`{"event":"message.sent","sent_at":"1984-03-12T00:00:00Z","subject":"dob"}`, Standard, true},
		{`{"event":"payment.received","payment_id":"pi_3NfK92LmQ8"}`, Standard, false},
		{`{"event":"appointment.confirmed","appointment_id":"apt_7Kd92LmQx"}`, Standard, false},
		{`{"event":"message.sent","message_id":"msg_7Hh2kLq9","sent_at":"2026-03-04T09:12:00Z"}`, Standard, false},
		// red17b (dev99x): a record label in lower case, after the digits or as its own segment; a day-first date
		{`{"event":"order.ready","order_id":"ord_mrn48291377"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_48291377MRN"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_MRN_48291377"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_12031984RUIZ"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_ssn123456789"}`, Standard, true},
		{`{"event":"order.ready","order_id":"ord_9xKq27LmPz","location":"dayton"}`, Standard, false},
		{`{"event":"payment.received","payment_id":"pi_4HgT81QwZk"}`, Standard, false},
	})
}
