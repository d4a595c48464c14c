package guard

import "testing"

// TestBodySide: the reader's own joint or limb in a care frame
// (bodyside.go), and shop and furniture wording around sides and parts.
func TestBodySide(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"pt eval for your L knee is set for tue 3:30", "compose.body"},
		{"Your knee eval is set for Monday.", "compose.body"},
		{"Therapy for your right shoulder starts Monday.", "compose.body"},
		{"Your L-shaped desk ships Monday.", ""},
		{"Size L knee pads are back in stock.", ""},
		{"Your left shoulder bag has shipped.", ""},
		{"Your back order has shipped.", ""},
		{"Your back seat scan is ready at the car wash.", ""},
	})
}
