package guard

import "testing"

// TestLabUnit: labunit.go (a value in a concentration unit in a sentence
// about the reader's result).
func TestLabUnit(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Your child's lead screening result (6 ug/dL) is available. A nurse will call to discuss next steps.", "clinical.lab_value", KindLabTest},
		{"Your lead level was 12 mcg/dL at the last visit.", "*", ""},
		{"Your result: 5.9 mmol/L.", "clinical.lab_value", KindLabTest},
		{"Su nivel de plomo (8 ug/dL) ya está disponible.", "*", ""},
		{"Each tablet of this multivitamin contains 25 ug of vitamin D.", "", ""},
		{"This meter reads values from 20 to 600 mg/dL.", "", ""},
		{"Your survey result is in: 96% of customers rated us 5 stars.", "", ""},
	})
}
