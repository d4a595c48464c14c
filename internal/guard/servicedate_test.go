package guard

import "testing"

// TestServiceDate: a billing cue beside a service rendered allows no date;
// a statement's own deadline and a JSON key named "services" still pass
// (servicedate.go).
func TestServiceDate(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Statement for services on Nov 9 is ready; payment due by Dec 1.",
		"Su estado de cuenta por servicios del 9 de noviembre está listo.",
		"Invoice for the Nov 9 ambulance transport: balance $240.",
		"Your statement: date of service Oct 3, 2025. Pay by Nov 1.",
		"Factura por el traslado del 3 de octubre: saldo $240.",
	)
	checkFlagged(t, g, false,
		"Your statement is ready. Payment is due by Dec 1.",
		`{"event":"portal.maintenance.scheduled","window_start":"2025-06-14T03:00:00Z","window_end":"2025-06-14T06:00:00Z","services":["bill_pay","messaging"]}`,
	)
}
