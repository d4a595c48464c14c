package guard

import "testing"

// TestInvoiceOnlineAccount: a shop's invoice series beside the reader's
// online account passes; care words, an account number and other record
// words keep it reported (invoiceaccount.go, helper MISC2, dev51, dev52).
func TestInvoiceOnlineAccount(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Invoice INV-2025-00733 is available in your account. Questions? billing@northwind.example", Standard, false},
		{"Invoice INV-2025-00988 for your business account is ready to download.", Standard, false},
		{"Invoice INV-2026-01187 for your team's jersey and tape order is attached in your account.", Standard, false},
		{"Invoice INV-2025-00733 for your MRI is available in your account.", Standard, true},
		{"Invoice INV-2025-00733 for account 44172291 is available in your account.", Standard, true},
		{"Claim invoice INV-2025-00733 is available in your account.", Standard, true},
		{"Invoice INV-2025-00733 for member Jane is ready.", Standard, true},
	})
}
