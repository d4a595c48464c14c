package guard

import "testing"

// TestFamilyPossessive: "the <Surname> family's" names a family; a
// capitalised "Family" of a clinic's name and "your family's" do not
// (familyname.go).
func TestFamilyPossessive(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Meet Rosa Jimenez, our new billing supervisor, who handles the Taufa family's balance.", "name.family"},
		{"Our driver will pick up the Okafor household's walker on Monday.", "name.family"},
		{"Your family's refills are in one app.", ""},
		{"Visit the Family Care Clinic on Monday.", ""},
		{"The whole family's favourite snacks are 20% off.", ""},
	})
}
