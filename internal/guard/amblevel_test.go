package guard

import "testing"

// TestAmbulanceLevel: the reader's ambulance service level (amblevel.go);
// the ALS Association, a BLS class and a bill with no level pass.
func TestAmbulanceLevel(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your bill reflects ALS2 service with cardiac monitoring.", "compose.ambulance_level"},
		{"Your ALS1 service charge of $1,240 is due May 1.", "compose.ambulance_level"},
		{"Your claim for ALS-2 transport was approved.", "compose.ambulance_level"},
		{"Your statement lists BLS non-emergency transport.", "compose.ambulance_level"},
		{"Su cargo por traslado BLS está listo.", "compose.ambulance_level"},
		{"BLS certification class for staff is Tuesday in Room 2.", ""},
		{"Nuestro curso de BLS para el personal es el martes.", ""},
		{"Your payment of $120.00 was received. Thank you!", ""},
		{"Your BLS course certificate is ready to download.", ""},
	})
}
