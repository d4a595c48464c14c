package guard

import "testing"

// TestSenderCode: a statement, invoice, case or payment code under the
// sender's initials passes; member, claim and account codes and a code
// beside the reader's care stay reported (sendercode.go).
func TestSenderCode(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"NowCare Urgent Care: Your billing inquiry was received. Case #NC-CASE-20417. We'll respond within 3 business days.", Standard, false},
		{"Summit Eye Center: Your monthly statement is ready. Statement #SEC-2026-10-0412.", Standard, false},
		{"Summit Eye Center: Your statement is ready. Balance: $25.00. Invoice #SEC-INV-220417.", Standard, false},
		{"Summit Eye Center: Payment processed successfully. Amount: $50.00. Confirmation SEC-PAY-41120.", Standard, false},
		{"Óptica Del Valle: Su estado de cuenta está listo. Saldo: $300.00. Factura #ODV-INV-330218.", Standard, false},
		{"Summit Eye Center: Insurance claim #CLM-2026-0048817 was processed.", Standard, true},
		{"GlucoPath Direct: Your Member ID GPD-448192-01 has been verified with your plan.", Standard, true},
		{"Summit Eye Center: Invoice #SEC-INV-220418 for your cataract surgery is ready.", Standard, true},
		{"Summit Eye Center: Case #SEC-CASE-30212 about your glaucoma referral was received.", Standard, true},
		{"Summit Eye Center: Patient account #SEC-ACCT-220419 is past due.", Standard, true},
		{"Summit Eye Center: Claim #SEC-CLM-220420 for your visit was denied.", Standard, true},
		{"Summit Eye Center: Invoice #INV-558812 is past due.", Standard, true},
		{"Summit Eye Center: Invoice #ABC-INV-220417 is past due.", Standard, true},
	})
}
