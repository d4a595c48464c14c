package guard

import "testing"

// TestWebhookID: typed object ids, a town as the location slug and
// delivery timestamps of a webhook pass (webhookid.go); the reader's
// identifiers, a person's typed id, an unknown word under a location key
// and the appointment's own time stay reported.
func TestWebhookID(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		// the platform's own: passes
		{`{"event":"payment.succeeded","payment_id":"pi_3Nx7w2Ka","amount":125.00,"currency":"usd","receipt_url":"https://portal.example/m/Rx4z"}`, Standard, "", false},
		{`{"event":"appointment.reminder_sent","tenant":"harbor-light","appointment_id":"apt_7Qx2LmZ9","channel":"sms","sent_at":"2026-03-09T16:00:04Z","status":"delivered"}`, Standard, "", false},
		{`{"event":"order.ready","order_id":"ord_8F2kQ91Z","location":"lancaster","ready_at":"2026-04-08T18:22:00Z"}`, Standard, "", false},
		{`{"event":"pickup.ready","location":"harrisburg","ready_at":"2026-04-08T18:22:00Z"}`, Standard, "", false},
		{`{"event":"appointment.confirmation_sent","appointment_id":"apt_2Lm9Qx4T","created_at":"2026-03-01T10:00:00Z","status":"queued"}`, Standard, "", false},
		// the reader's: reported
		{`{"event":"payment.succeeded","member_id":"mbr_3Nx7w2Ka","amount":125.00}`, Standard, "", true},
		{`{"event":"payment.succeeded","customer_id":"cus_3Nx7w2Ka","amount":125.00}`, Standard, "identifier.alnum", true},
		{`{"event":"order.ready","id":"cus_8F2kQ91Z","location":"lancaster"}`, Standard, "identifier.alnum", true},
		{`{"event":"payment.succeeded","payment_id":"pi_3Nx7w2Ka","patient_id":"pat_77Qx2LmZ9"}`, Standard, "identifier.alnum", true},
		{`{"event":"refill.ready","rx_id":"rx_4Kq8Zt2W","location":"lancaster"}`, Standard, "", true},
		{`{"event":"payment.succeeded","id":"pi_3Nx7w2Ka"}`, Standard, "identifier.alnum", true},
		{`payment_id "pi_3Nx7w2Ka" for your visit`, Standard, "", true},
		{`{"event":"order.ready","order_id":"ord_8F2kQ91Z","location":"zorvaldine"}`, Standard, "frame.unknown", true},
		{`{"event":"order.ready","order_id":"ord_8F2kQ91Z","patient_name":"Maria Lopez","location":"lancaster"}`, Standard, "", true},
		{`{"event":"appointment.reminder_sent","appointment_id":"apt_7Qx2LmZ9","dob":"1984-03-07","sent_at":"2026-03-09T16:00:04Z"}`, Standard, "date.person", true},
		{`{"event":"appointment.scheduled","appointment_id":"apt_7Qx2LmZ9","scheduled_at":"2026-03-12T09:00:00Z"}`, Standard, "date.person", true},
		{`{"event":"appointment.booked","appointment_at":"2026-03-12T09:00:00Z","sent_at":"2026-03-09T16:00:04Z"}`, Standard, "date.person", true},
		{`{"event":"visit.reminder_sent","visit_at":"2026-03-12T09:00:00Z","sent_at":"2026-03-09T16:00:04Z"}`, Standard, "date.person", true},
		{`{"event":"appointment.reminder_sent","appointment_id":"apt_7Qx2LmZ9","updated_at":"2026-03-09T16:00:04Z","appointment_time":"2026-03-12T09:00:00Z"}`, Standard, "date.person", true},
	})
}
