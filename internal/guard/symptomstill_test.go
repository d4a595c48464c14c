package guard

import "testing"

// TestSymptomStill: symptomstill.go ("Still coughing after your visit?").
func TestSymptomStill(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Still coughing after your visit? Call us.", "clinical.symptom", KindCondition},
		{"Still wheezing? Book a follow-up call.", "clinical.symptom", KindCondition},
		{"¿Sigue tosiendo después de su consulta? Llámenos.", "clinical.symptom", KindCondition},
		{"Still looking for a gift? Our gift cards start at $10.", "", ""},
		{"Cold and cough remedies are 15% off this week for everyone.", "", ""},
	})
}
