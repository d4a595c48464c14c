package guard

import "testing"

// TestTalkTopic: a staff talk whose topic names a person is that person's case; a talk on research or at a society passes (talktopic.go, red17b, dev99x).
func TestTalkTopic(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Dr. Lee, FACOG, will speak on the Ruiz twins' delivery at the Texas Association of Obstetrics.", Standard, true},
		{"Dr. Lee, FACOG, will speak about the Kowalski twins' delivery at the Ohio Association of Obstetrics.", Standard, true},
		{"Dr. Lee, FACOG, will speak on twin deliveries at the Texas Association of Obstetrics.", Standard, false},
		{"Dr. Ana Ortiz, MD, FACP, will present new lymphoma research at the American Society of Hematology.", Standard, false},
		{"Dr. Lena Ortiz, MD, will speak at the Ohio Oncology Society's spring meeting.", Standard, false},
	})
}
