package guard

import "testing"

// TestProsthetic: the reader's prosthetic or orthotic part or fitting
// (prosthetic.go); workshop marketing, a liner newsletter and an ordinary
// liner pass.
func TestProsthetic(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"LimbWorks: your socket recast is booked for Friday at 2pm.", "compose.prosthetic_part"},
		{"LimbWorks: your Alpha Smart liner, size 28, is ready to ship.", "compose.prosthetic_part"},
		{"Your stump socks have been dispatched.", "compose.prosthetic_part"},
		{"Your Genium knee is due for its service.", "compose.prosthetic_part"},
		{"Orto Andes: su nuevo encaje protésico está listo.", "compose.prosthetic_part"},
		{"LimbWorks: our workshop services liners and sockets of all makes.", ""},
		{"Your jacket liner, size M, is ready to ship.", ""},
		{"LimbWorks newsletter: how to keep your liner clean in the summer heat.", ""},
		{"Your phone charging socket is on back order.", ""},
	})
}
