package guard

import "testing"

// TestSaintOrgPharmacy: a pharmacy or a programme named after a saint is
// an institution (saintorg.go, twentieth pass); the same name used as a
// person's, before a family name, or the reader's care stay reported.
func TestSaintOrgPharmacy(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Brigid, your refill of sertraline is ready at St. Brigid Pharmacy.", Standard, true},
		{"Brigid, your refill is ready for pickup.", Standard, true},
		{"St. Brigid Pharmacy: Brigid Walsh's prescription for lithium is ready for pickup.", Standard, true},
		{"St. Brigid Meds-to-Beds will deliver your warfarin to your room before your discharge on Dec 24.", Standard, true},
		{"Your flu shot at St. Brigid Pharmacy is booked for Wednesday at 10am.", Standard, true},
		{"Your refill of Xelvoran from St. Brigid Pharmacy is ready.", Standard, true},
		{"St. Brigid Walsh, your refill of sertraline is ready.", Standard, true},
		// clean
		{"Download the St. Brigid Pharmacy app for easy refills and reminders.", Standard, false},
		{"St. Brigid Pharmacy welcomes five new clinical pharmacists to the Meds-to-Beds team this month.", Standard, false},
		{"St. Brigid Meds-to-Beds will close early at noon on Dec 24. The main outpatient pharmacy remains open.", Standard, false},
		{"Free flu shot clinic at St. Brigid Pharmacy every Wednesday in December, 10am-4pm. Walk-ins welcome.", Standard, false},
		{"St. Brigid Pharmacy accepts HSA/FSA cards. Ask about our copay assistance programs.", Standard, false},
		{"Saint Brigid Pharmacy now offers curbside pickup for refills.", Standard, false},
	})
}
