package guard

import "testing"

// TestSurnameSlot: a listed family name after a place-like first word in a
// visit's "with" slot or a header, or a family name before the reader's
// care after a header (surnameslot.go); brands, streets and halls pass.
func TestSurnameSlot(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your call with Stonefield Vu is confirmed for Tuesday at 3 PM.", "name.slot_surname"},
		{"Your visit with Fairbanks Moreno is confirmed for Monday at 10 AM.", "name.slot_surname"},
		{"Fairbanks Moreno: a new message about your claim is in your portal.", "name.slot_surname"},
		{"Harbor Ridge Cardiology: Baker echo moved to Tuesday 9:40.", "name.slot_surname"},
		{"Lakeview Heart Partners: Ortiz echo rescheduled to Friday 2:30.", "name.slot_surname"},
		{"Harbor Ridge Cardiology: Walsh Street entrance closed Thursday for repairs.", ""},
		{"Lakeview Heart Partners: Ortiz Hall entrance closed Friday for repairs.", ""},
		{"Your appointment with Lakeside Ortiz Dental is confirmed for Thursday.", ""},
		{"Granite Valley Clinic: a new message about your bill is waiting in the portal.", ""},
		{"Summit Cardiology: Main Street lot is closed Monday for paving.", ""},
	})
	// a sender named by the two words says so in its context
	g := newTestGuard(t)
	fs, err := g.CheckText("Fairbanks Moreno: a new message about your claim is in your portal.", &Context{Sender: []string{"Fairbanks Moreno"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "name.slot_surname" {
			t.Errorf("the sender's own name still reported: %+v", f)
		}
	}
}
