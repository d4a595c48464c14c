package guard

import "testing"

// TestBizCode: a lettered code after a business document's word, and a
// lot the sender recalls of its own product, pass; a code after a record,
// insurance or care word, beside the reader's care or a kin word, and the
// reader's own device lot stay reported (bizcode.go).
func TestBizCode(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Lakeview Support: We received your request. Case #CS-55120 is open and we'll reply within 2 business days.", Standard, false},
		{"Lakeview Rentals: Your rental agreement RA-2026-11802 was signed. A copy is in your account.", Standard, false},
		{"Brookline Women's Health: Online payment reference WEB-5512093 was applied to your account.", Standard, false},
		{"Clínica Norte: su factura FAC-2026-004411 por importe de 62,00 € ya está disponible.", Standard, true},
		{"Summit Eye Center: Invoice #INV-558812 is past due.", Standard, true},
		{"Your statement STMT-40917 is ready.", Standard, true},
		{"Sunfield Naturals: Your $10 Rewards certificate RC-88120 expires June 30. Use it in store or online.", Standard, false},
		{"Sunfield Naturals is recalling lot 5520C of our Citrus Fiber Gummies out of caution. Details for all customers.", Standard, false},
		{"Clínicas del Sur: tu factura B 0007-00042211 por $ 8.400 ya está disponible.", Standard, false},
		{"Lakeview Support: Your claim case CS-55120 was opened.", Standard, true},
		{"Lakeview Support: Patient case PC-20931 is open.", Standard, true},
		{"Insurance certificate IC-55019 expires March 31.", Standard, true},
		{"Case #CS-20931 for your mother is open.", Standard, true},
		{"Your member ID MB-448192-01 is active. Show it at your next visit.", Standard, true},
		{"Your MRN MR-2026-4471 was added to your chart.", Standard, true},
		{"Statement KQW-22019 for your visit on March 3 is ready.", Standard, true},
		{"We are recalling lot 4471B of your insulin pump.", Standard, true},
		// a health number, a benefit after the code (red-team pass RED10, dev66r)
		{"Theo Support: your request is open. Reference HN-4410221 was added to your case.", Standard, true},
		{"Theo Support: Case #BEN-55120 is open about your benefits.", Standard, true},
		{"Theo Support: We received your request. Case #CS-66120 is open and we'll reply within 2 business days.", Standard, false},
		{"Sunfield Medical: the pump you use, lot 4471B, is being recalled.", Standard, true},
	})
}
