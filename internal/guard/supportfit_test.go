package guard

import "testing"

// TestSupportFit: a brace, splint or boot fitted for the reader
// (supportfit.go); ski boots, fitted sheets, "brace yourself" and a boot
// order pass.
func TestSupportFit(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"The lumbar support brace you were fitted for is ready for pickup at the front desk.", "compose.support_fit"},
		{"The brace you were fitted for is ready for pickup.", "compose.support_fit"},
		{"Your walking boot is ready at the Aurora desk.", "compose.support_fit"},
		{"Your thumb splint is ready for pickup.", "compose.support_fit"},
		{"The ski boots you were fitted for are ready.", ""},
		{"Your fitted sheets order has shipped.", ""},
		{"Brace yourself for our summer sale!", ""},
		{"Your winter boot order has shipped.", ""},
	})
}
