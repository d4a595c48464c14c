package guard

import "testing"

// TestBulkSupply: equipment for a venue, facility or event passes
// clinical.supply and compose.device; the same items tied to the reader stay
// reported (bulksupply.go).
func TestBulkSupply(t *testing.T) {
	g := newTestGuard(t)
	pass := []string{
		"Order #CF-21003 for the Riverfront Music Festival is confirmed: 8 folding wheelchairs and 4 cots, delivered to the festival first-aid tent on July 11.",
		"Facility order #CF-20441 confirmed: 12 standard hospital beds and 20 transport chairs for delivery to the loading dock.",
		"Price update: weekly rates for standard hospital beds drop to $175 for orders of 10 or more.",
		"Venues can reserve wheelchairs for guest use at stadium ceremonies in May and June.",
		"Event packages include 10 transport chairs and 2 stretchers for your venue's first-aid station.",
		"Pedido de instalación #CF-20442 confirmado: 12 camas hospitalarias estándar y 20 sillas de transporte, entrega en el muelle de carga.",
		"<p><b>Quote Q-7731 is ready</b></p><table><tr><td>Full-electric hospital bed</td><td>×10</td><td>$38/day</td></tr></table>",
		"Quote Q-8812: Full-electric hospital bed x12, $38/day; Transport chair x30, $9/day.",
		"The warehouse shipped 30 rollators to the Riverside County Fair first-aid booth.",
		"Monthly rates for oxygen concentrators start at $95 per unit for facility accounts of 5 or more.",
	}
	report := []string{
		"Your 2 wheelchairs will be delivered to your home on Friday.",
		"The hospital bed for your mother will arrive Tuesday.",
		"Home delivery of your oxygen concentrators is scheduled for June 3.",
		"Order #CF-31011: 2 wheelchairs for your home, plus 4 cots for the festival.",
		"Your oxygen concentrator delivery to the festival is confirmed for June 20.",
		"Your mother's 2 hospital beds will be delivered to the loading dock of her building.",
		"Su pedido: 2 sillas de ruedas para su casa, entrega el 2 de septiembre.",
		"Hi Tom, your 2 oxygen concentrators will be delivered Monday.",
		"Quote Q-8812 for your home: hospital bed x1, $38/day.",
		"The festival wheelchair is ready at the first-aid tent.",
		"Your rollator has shipped.",
		"Home delivery of your 2 rollators is set for Monday.",
	}
	for _, s := range pass {
		fs, err := g.CheckText(s, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "clinical.supply" || f.Rule == "compose.device" || f.Rule == "compose.learned" {
				t.Errorf("flagged %s: %q", f.Rule, s)
			}
		}
	}
	for _, s := range report {
		if fs, err := g.CheckText(s, nil, Standard); err != nil || len(fs) == 0 {
			t.Errorf("not reported: %q", s)
		}
	}
}
