package guard

import "testing"

// TestLeetSymbol: symbols for letters in short clinical abbreviations and
// words (leetsym.go), and the codes, sales and brands that look like them.
func TestLeetSymbol(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"QuickDraw: your H!V test result is ready.", "obfuscation.leet"},
		{"Tu resultado de V!H ya está disponible en el portal.", "obfuscation.leet"},
		{"Your $TD panel results are ready to view.", "obfuscation.leet"},
		{"Your A1© result is back, please review it with your doctor.", "obfuscation.leet"},
		{"Your HI\\/ test result is ready.", "obfuscation.leet"},
		{"Your A!DS test result is ready.", "obfuscation.leet"},
		{"Your HbA!c result is back.", "obfuscation.leet"},
		{"Your d!@betes plan is ready.", "obfuscation.leet"},
		{"H!t sale this weekend: everything 20% off.", ""},
		{"Get your H!T playlist at the store today.", ""},
		{"Our A1© steak sauce test kitchen is open.", ""},
		{"Your W!FI test result: connection is strong.", ""},
		{"Your $25 test kit has shipped.", ""},
		{"Your PS@ shipment is on its way.", ""},
		{"Your !BS treatment plan is ready.", "obfuscation.leet"},
		{"Y0ur order has shipped!", ""},
	})
}
