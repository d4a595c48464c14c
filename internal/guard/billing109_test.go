package guard

import "testing"

// TestBilling109: a bank account's last four digits after "ending" in a
// deposit notice and an F-year-serial invoice after an invoice word are
// the sender's billing (billing109.go, r109, dev111, dev109x); more
// digits, a record or care word, no invoice word, an old year stay
// reported.
func TestBilling109(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Direct deposit update: your new bank account ending 0923 will be used from the next pay cycle.", Standard, false},
		{"Your payroll deposit goes to the checking account ending 4471 from March.", Standard, false},
		{"Your reimbursement was sent to the savings account ending in 2210.", Standard, false},
		{"Su factura F-2026-12001 fue emitida.", Standard, false},
		{"Invoice F-2026-00412 for the catering order is attached.", Standard, false},
		{"Direct deposit update: your new bank account ending 092311 will be used.", Standard, true},
		{"Direct deposit update: your new account ending 0923 will be used.", Standard, true},
		{"Direct deposit for member account ending 0923: the claim was paid.", Standard, true},
		{"Your new bank account ending 0923 is on file.", Standard, true},
		{"F-2026-12001 fue emitida.", Standard, true},
		{"Factura F-2026-12001 del paciente, expediente 44120.", Standard, true},
		{"Su factura F-1961-03042 fue emitida.", Standard, true},
		// red team red22 (dev113r): a reimbursement of the reader's care
		{"Reimbursement for your visit last week will be deposited to your bank account ending 0923.", Standard, true},
		{"Your reimbursement for the counseling visits will be deposited to your bank account ending 0923.", Standard, true},
		{"Payroll: your paycheck goes to the bank account ending 4471 from Friday.", Standard, false},
	})
}
