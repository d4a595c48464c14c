package guard

import "testing"

// TestRePrefixed: an ordinary word after "re-" passes frame.unknown; a
// clinical remainder stays reported (reprefix.go, helper RENT44, dev44).
func TestRePrefixed(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"El estacionamiento C de la calle Grant cierra del 3 al 7 de junio por repavimentación. Use el estacionamiento A.", Standard, false},
		{"Your order qualifies for free recertification of the warranty.", Standard, false},
		{"Questions about your rehemodialysis?", Standard, true},
		{"Questions about relistorix?", Standard, true},
	})
}
