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
