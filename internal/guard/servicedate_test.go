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
		// dev53q: a service beside the date in a payment sentence (senderDate too), a ride
		"Payment of $40 for the Oct 3 service was received.",
		"Su pago de $40 por el servicio del 3 de octubre fue recibido.",
		"Invoice #INV-2025-00412: wheelchair van ride, Nov 9, $60.",
	)
	checkFlagged(t, g, false,
		"Your statement is ready. Payment is due by Dec 1.",
		"Recordatorio: el portal estará fuera de servicio el sábado 6 de diciembre de 11 p.m. a 3 a.m. por mantenimiento programado.",
		"Desde el 1 de abril, el servicio al cliente atiende también los sábados de 9 a 13 h.",
		`{"event":"portal.maintenance.scheduled","window_start":"2025-06-14T03:00:00Z","window_end":"2025-06-14T06:00:00Z","services":["bill_pay","messaging"]}`,
	)
}

// TestServiceDatesPlural: "dates of service"/"fechas de servicio" with a
// reader's word keep the notice's dates (servicedate.go, fix helper r112,
// dev112); a branch's dates of service pass.
func TestServiceDatesPlural(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Your records covering dates of service 06/02/2025 through 09/18/2025 have been compiled and mailed.", Standard, true},
		{"Sus registros de las fechas de servicio 02/06/2025 a 18/09/2025 fueron enviados.", Standard, true},
		{"Our new dates of service for the Westside branch start Jan 5: Mon-Fri only.", Standard, false},
		{"Pool service dates this summer: June 2 through Sept 18. See you there!", Standard, false},
	})
}
