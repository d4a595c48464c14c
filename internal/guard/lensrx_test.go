package guard

import "testing"

// TestLensRx: the lens type or prescription of the reader's order
// (lensrx.go); a sale for everyone, a camera's lens, a price and a
// catalogue's range pass.
func TestLensRx(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your order #448120 has shipped: 4 boxes of scleral lenses.", "compose.lens_rx"},
		{"Your reorder reminder: time for more progressive lenses.", "compose.lens_rx"},
		{"Your bifocal contact lenses are ready for pickup.", "compose.lens_rx"},
		{"Sus lentes de contacto tóricos ya llegaron.", "compose.lens_rx"},
		{"Your order has shipped: 6 boxes of lenses (-2.75 / -1.25 x 180).", "compose.lens_rx"},
		{"We received your order. Rx on file: OD -3.25, OS -3.00.", "compose.lens_rx"},
		{"Su graduación: esfera -2.25. Sus lentes llegan el lunes.", "compose.lens_rx"},
		{"Toric, multifocal and scleral lenses are now 20% off for everyone this week.", ""},
		{"The lens of our camera crew caught it all at the open house.", ""},
		{"Save $2.75 on every 6-pack. Offer ends soon.", ""},
		{"Your order of 2 bottles of lens solution has shipped.", ""},
		{"Daily lenses come in powers from -0.50 to -6.00 at every store.", ""},
	})
}
