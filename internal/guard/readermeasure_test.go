package guard

import "testing"

// TestReaderMeasure: a number and its unit on the reader's own result
// (readermeasure.go); public readings, air readings and a drug's strength
// pass.
func TestReaderMeasure(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Tu lectura de hoy fue de 18 ppm de monóxido de carbono.", "compose.reader_measure"},
		{"Your breath CO this morning was 12 ppm.", "compose.reader_measure"},
		{"Hb 9.2 g/dL on your last check. Please book a review.", "compose.reader_measure"},
		{"Your result came back at 48 mmol/mol.", "compose.reader_measure"},
		{"Your flow this morning was 280 L/min.", "compose.reader_measure"},
		{"Indoor air reached 1200 ppm in the meeting room. Open a window.", ""},
		{"Your water hardness today is 120 ppm.", ""},
		{"Your breath CO should be under 10 ppm a week after your quit day.", ""},
		{"Your parcel weighs 500 g and ships Monday.", ""},
	})
}
