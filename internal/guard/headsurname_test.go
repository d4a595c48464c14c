package guard

import "testing"

// TestHeadSurname: the reader's name with a place-like family name, and a
// bare saint-prefixed name before an English "your", in the header slot
// (headsurname.go), and the branch and tenant headers real senders write.
func TestHeadSurname(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Haeun Park: your claim was denied.",
		"Hye-jin Park: your referral was approved.",
		"Thao Nguyen Park: your statement is ready.",
		"Soo-ah Park — your visit summary is ready.",
		"Kwabena Springs: your lab order is ready.",
		"Nkechi Bay: your visit summary is ready.",
		"Minji Lake: your test results are ready to view.",
		"Adaeze Fields - your biopsy report is ready.",
		"Update\nJae-won Lake: your lab results are ready.",
		"Santa Cruz: your lab results are ready.",
		"San Martín – your statement is ready.",
		"Sta. Maria: your results are ready.",
		`{"title":"San Martín","body":"Your results are ready"}`,
	)
	checkFlagged(t, g, false,
		"Oak Park: your statement is ready.",
		"Highland Park: your statement is ready.",
		"Palm Springs: your payment was received.",
		"North Park — your order is ready for pickup.",
		"Cedar Lake: your appointment is confirmed.",
		"Ocean Park: your statement is ready.",
		"CityMed Park: your statement is ready.",
		"Santa Lucía: su estado de cuenta está listo.",
		"Santa Rosa: Su estado de cuenta está listo.",
		"Sta. Monica: Our lobby café reopens Tuesday with longer hours.",
		"Santa Cruz Clinic: your statement is ready.",
	)
	// the tenant's display name clears its own header
	fs, err := g.CheckText("Santa Cruz: your statement is ready.", &Context{Sender: []string{"Santa Cruz"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 0 {
		t.Errorf("sender's own saint name: %+v", fs)
	}
}
