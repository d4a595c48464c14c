package guard

// Tests of "RX-" order numbers under JSON order keys (rxorder.go).

import "testing"

// TestRxOrderKey: an RX- number under an order key passes (id.identifier
// before rxorder.go, dev29); under a prescription, rx or patient key, or in
// running text, it stays reported.
func TestRxOrderKey(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"event":"order.shipped","order_id":"RX-204918","carrier":"FedEx"}`, ""},
		{`{"order":"RX-204918","carrier":"FedEx"}`, ""},
		{`{"order_number": "RX-204918"}`, ""},
		{`{"rx_number":"RX-204918"}`, "id.identifier"},
		{`{"prescription":"RX-204918"}`, "id.identifier"},
		{`{"prescription_order_id":"RX-204918"}`, "id.identifier"},
		{`{"rx":"RX-204918"}`, "id.identifier"},
		{"Order RX-204918 shipped via FedEx.", "id.identifier"},
		{`{"patient_id":"RX-204918"}`, "id.mrn"},
	})
}
