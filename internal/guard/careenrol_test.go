package guard

import "testing"

// TestCareEnrol: careenrol.go (a programme or team named by a clinical
// domain that the reader was welcomed to or joined).
func TestCareEnrol(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Welcome to the Pelvic Health program.", "compose.care_program", KindCondition},
		{"You have started with our pelvic floor team.", "compose.care_program", KindCondition},
		{"Welcome to the Heart Health program.", "compose.care_program", KindCondition},
		{"Thanks for joining our bone health team. Your first session is Monday.", "compose.care_program", KindCondition},
		{"Bienvenida al programa de Salud Pélvica.", "compose.care_program", KindCondition},
		{"Heart Health Month: free blood pressure checks for everyone in our lobby", "", ""},
		{"Join our Heart Health walk on Saturday", "", ""},
		{"Welcome to the Rewards program. You earn points on every order.", "", ""},
		{"Welcome to the team! Your first shift at the store is Monday.", "", ""},
		{"Dr. Lee has joined our heart health team.", "", ""},
		{"Welcome to the skin care program.", "", ""},
		{"Bienvenido al programa de puntos.", "", ""},
	})
}
