package guard

import "testing"

// TestTestVerdict: a verdict of the reader's test (testverdict.go, dev64);
// public testing, software tests, reviews and draws pass.
func TestTestVerdict(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Resultado de su prueba rápida de COVID-19 tomada hoy en Farmacias Benítez Ponce: POSITIVO. Aíslese por 5 días.", "compose.test_verdict"},
		{"Your test result from the clinic today: POSITIVE. Please stay home and call us.", "compose.test_verdict"},
		{"Your screening from Tuesday came back negative.", "compose.test_verdict"},
		{"Your swab from Monday: negative.", "compose.test_verdict"},
		{"Free COVID-19 rapid testing this Saturday at Lincoln Park, 9 AM to 1 PM. Open to everyone.", ""},
		{"Build #4812 test results: 212 passed, 0 failed.", ""},
		{"Thanks to you, Harbor Grill has over 500 positive reviews!", ""},
		{"Resultado del sorteo de Navidad: el número ganador es 4821.", ""},
		{"Our test kitchen results are in: the feedback was positive.", ""},
		{"Your test drive feedback: overwhelmingly positive. Thanks for choosing Harbor Motors.", ""},
		{"Lab update for you: not detected. No action needed.", "compose.test_verdict"},
	})
}
