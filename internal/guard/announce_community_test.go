package guard

import "testing"

// TestCommunityReminder: a reminder addressed to the community is an
// announcement in standard mode; a personal reminder and strict mode still
// block (announce_community.go, helper d29c, dev29 clean-249).
func TestCommunityReminder(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Reminder to our community: RSV vaccines are now available for eligible adults.", Standard, false},
		{"Reminder to the public: flu vaccines are now available at all our locations.", Standard, false},
		{"Reminder to our community: RSV vaccines are now available for eligible adults.", Strict, true},
		{"Reminder: your RSV vaccine is due.", Standard, true},
		{"Reminder to Maria: RSV vaccines are now available for eligible adults.", Standard, true},
	})
}
