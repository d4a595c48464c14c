package guard

import "testing"

// TestReleaseDose: a release suffix between an unknown word and its dose
// (releasedose.go, compose.dose); goods with a measure and no dose pass.
func TestReleaseDose(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your order of Aderal XR 20 mg cannot be filled early.", "compose.dose"},
		{"Your order of Zolvexa ER 50 mg is ready for pickup.", "compose.dose"},
		{"Your order of Lamictol ODT 25 mg has shipped.", "compose.dose"},
		{"Su pedido de Adderol XR 20 mg no puede surtirse antes de tiempo.", "compose.dose"},
		{"Your order of Makita XR 20 V drill has shipped.", ""},
		{"Your order of Sony XR 65 inch TV is delayed.", ""},
		{"Su pedido de Philips XL 20 cm fue enviado.", ""},
		{"Your order of Bose QC45 20 pack is on its way.", ""},
	})
}
