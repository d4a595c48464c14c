package guard

import "testing"

// TestOccasionName: a name in no list before a colon and a personal
// recording's occasion is a name; titles of listed words pass
// (occasionname.go).
func TestOccasionName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Okafor Nnamdi: Wedding Highlights (DVD) has shipped.", "compose.name"},
		{"Tavita Faleolo: Memorial Tribute (Blu-ray) is ready for pickup.", "compose.name"},
		{"Your order shipped. Tavita Faleolo: Birthday Montage is on the disc.", "compose.name"},
		{"Harbor Lights: Anniversary Sale ends Sunday.", ""},
		{"Super Bowl LVII: Highlights (DVD) has shipped.", ""},
		{"Hogwarts Legacy: Deluxe Edition (PS5) has shipped.", ""},
		{"Order Update: your wedding album has shipped.", ""},
		// no occasion after the colon
		{"Zorblax Quenti: Deluxe Edition (DVD) has shipped.", ""},
	})
}
