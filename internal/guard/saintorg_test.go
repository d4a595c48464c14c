package guard

import "testing"

// TestSaintInstitution: a saint's name in a hospital's, foundation's or
// parish's name passes; a person named St. Clair or St. John and care at
// the institution stay reported (saintorg.go, helper MISC2, dev51).
func TestSaintInstitution(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Save the date: the St. Brendan's Foundation Winter Gala is at the Grand Palisade Hotel.", Standard, false},
		{"Thank you for supporting St. Brendan's! Your gift of $100 was received.", Standard, false},
		{"Thanks to donors like you, St. Brendan's will open a new pediatric playroom this fall.", Standard, false},
		{"Shop the St. Brendan's gift shop holiday sale: 20% off ornaments, mugs and scarves.", Standard, false},
		{"This year 18 St. Agnes nurses earned their certification. Congratulations to all!", Standard, false},
		{"St. Mary's Medical Center is now part of the Harbor Health network.", Standard, false},
		{"The St. Patrick's School book fair runs all week in the library.", Standard, false},
		{"Walk for St. Jude's this weekend at Lakeside Park.", Standard, false},
		{"Your stay at St. Brendan's for your knee surgery ended Tuesday.", Standard, true},
		{"Maria St. Clair, your biopsy results are ready.", Standard, true},
		{"Dear Ms. St. James, your refill is ready for pickup.", Standard, true},
		{"Hi Ana, we have Ana St. John's new address on file.", Standard, true},
		{"Brendan St. Pierre, your statement is ready.", Standard, true},
		{"Brendan Walsh was admitted to St. Luke's Hospital on Monday.", Standard, true},
		{"Dear Brendan, your colonoscopy prep kit ships today.", Standard, true},
	})
}

// TestSaintHead: a saint-named institution heading its own notice ("St.
// Brendan:", "St. Brendan PFS:", "Sta. Monica:") passes; a person named
// after a greeting or a title, a "last, first" label, a family name after
// the saint's name and the reader named after the header stay reported
// (saintorg.go's saintHead, helper org15, dev82/dev84o).
func TestSaintHead(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"St. Brendan: You may qualify for financial assistance. Call 1-800-555-0142.", Standard, false},
		{"St. Brendan PFS: Payment received — thank you! Confirmation #SB-7731902 for $75.00.", Standard, false},
		{"St. Brendan Patient Financial Services: A new document is available. Sign in to view it.", Standard, false},
		{"St. Vincent Billing Office: Our phones are down this morning. Online payments are unaffected.", Standard, false},
		{"Notice\nSt. Cecilia – Your statement is ready. Pay online anytime.", Standard, false},
		{"Sta. Monica: Our lobby café reopens Tuesday with longer hours.", Standard, false},
		{`{"title":"St. Vincent","body":"Your statement is ready."}`, Standard, false},
		{"St. Brendan: Brendan, your statement of $148.20 is ready.", Standard, true},
		{"St. Brendan: Hi Brendan! Your statement is ready.", Standard, true},
		{"St. Brendan PFS: Statement for Brendan Walsh, balance $148.20 due 12/28.", Standard, true},
		{"St. Clair, Brendan: balance $75.00 due 12/28.", Standard, true},
		{"St. Brendan Walsh: your statement is ready.", Standard, true},
		{"St. John Okafor: your balance of $75.00 is past due.", Standard, true},
		{"Brendan St. James: your statement is ready.", Standard, true},
		{"Hi Ms. St. John, your balance of $75.00 is due Friday.", Standard, true},
		{"St. John, your statement is ready. Amount due: $75.00.", Standard, true},
		{"Patient: Sta. Monica Reyes. Balance $75.00.", Standard, true},
		{"St. Brendan: your MRI results are ready to view.", Standard, true},
	})
}
