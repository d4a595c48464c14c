package guard

import "testing"

// TestImagingFind: a finding in an organ on the reader's results
// (imagingfind.go); advice to anyone passes.
func TestImagingFind(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Sus resultados muestran una masa en la mama izquierda. Llame para una cita.", "compose.imaging_finding"},
		{"Your scan shows a small nodule in the left lung.", "compose.imaging_finding"},
		{"Tu estudio mostró un quiste en el ovario derecho.", "compose.imaging_finding"},
		{"If you find a lump in your breast, call us.", ""},
		{"Mix the dough until the mass in the bowl is smooth.", ""},
	})
}
