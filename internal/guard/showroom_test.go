package guard

import "testing"

// TestShowroomGoods: models on display in showroom news and scrubs order
// lines pass as goods runs; a customer's name and a care word stay
// reported (showroom.go, goodsrun.go).
func TestShowroomGoods(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"<p>Summit Mobility showroom news</p><p>The new <b>Acorn 180</b> curved rail and the <b>Stannah Siena</b> are now on display at our Route 9 showroom.</p><p>Manage preferences in the portal.</p>",
		"The new Acorn 180 curved rail and the Stannah Siena are now on display at our Route 9 showroom.",
		"Order confirmed: Cherokee Infinity V-neck top, ciel blue, M; Barco One cargo pant, navy, M-Tall.",
	)
	checkFlagged(t, g, true,
		"The Acorn 180 for Margaret Olsen is on display at our showroom until pickup.",
		"Hi Linda, your Bruno Elan for your COPD is ready at our showroom.",
		"Order for patient Maria Lopez: Cherokee Infinity V-neck top, ciel blue, M.",
	)
}
