package guard

import "testing"

// TestSlipName: a name after "Statement for" and "last, first" after a
// name label's colon (slipname.go), and the companies, months and order
// numbers that stand there too.
func TestSlipName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Subject: Statement for TANAKA HIROSHI\nYour statement is ready.", "compose.name"},
		{"Statement for okafor chidi is ready to view.", "compose.name"},
		{"Name on pickup slip: al-farsi, yusuf. Please bring photo ID.", "compose.name"},
		{"Name on pickup slip: okafor, chidi. Please bring photo ID.", "compose.name"},
		{"Subject: Statement for ACME CORP\nYour statement is ready.", ""},
		{"Subject: Statement for JANUARY 2026\nYour statement is ready.", ""},
		{"Statement for SUMMIT PLUMBING is ready.", ""},
		{"Name on pickup slip: order 4471. Please bring photo ID.", ""},
		{"Name on pickup slip: Acme, Inc. Please bring photo ID.", ""},
	})
}
