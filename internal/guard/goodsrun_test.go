package guard

import "testing"

// goodsrun.go: capitalised product runs of brands no list has pass in goods
// wording with product evidence beside them; a person or a care word in
// the same shapes keeps the notice blocked.
func TestGoodsRun(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	pass := []string{
		"Order QX-11020 confirmed: Velmora Kestrel 3 stroller (Slate Grey), $649.00. We'll email when it ships.",
		"Exchange processed: Calyxo Ridge Lite (Amber Road) swapped for size L in Matte Carbon. New order RT-89013.",
		"Order NR-5521 shipped: Halvard Crest Whey Salted Caramel 5 lb, Brisenko Ignite Pre Sour Apple 30 serv. Total $112.48.",
		"Your order RT-88102 (Nimbrel Alto NB4410, Tortoise / Brown Gradient) is ready for pickup. Bring code 7HQ2.",
		"Pedido LB-21577 confirmado: silla de auto Velmora Kestrel 2 (Gotham), pañales Pelluci etapa 2 x2. Total $289.96.",
		"¡Volvió! La silla alta Ondrae Tripp (Natural) de tu lista de deseos ya está disponible. Quedan 6.",
		"Your Velmora Vista V2 stroller (Marlo - sage green) shipped! Track order LB-20391: https://portal.example/m/lb/track/LB-20391",
		"Heads up: order HB-41877 (Trevane WF-1000XM5, black) is delayed by the carrier.",
		"Pedido NR-72640 confirmado: creatina Halvard Pure (Sin sabor), Brisenko Ignite Frozen Berry. Total $84.98.",
		"Summer sale: 30% off Marvik Lenna Peahi, Costa Fantail Pro and Oakvale Sutro Lite. Code SHADE30.",
		`{"event": "order.shipped", "order_id": "LB-21009", "items": [{"name": "Pelluci Nest Swaddle", "size": "0-3M", "color": "Seafoam"}]}`,
		`{"event": "order.created", "order_id": "RT-90555", "product": "Tarvik Lemsby 46 (Tortoise)", "price": "320.00"}`,
		"Your order NR-71290 is confirmed:\nHalvard Crest Whey - Cereal Milk, 2 lb\nZorvath Creatine HMB - Black Cherry\nSubtotal $138.47",
		// "Save N% on" (helper MISC3, dev45)
		"Save 15% on Brita Elite replacement filters, 3-pack.",
		"Save $5 on Pure Leaf Sweet Tea 12-pack.",
	}
	block := []string{
		// a person beside the run
		"Hi Priya Raman, your Velmora Kestrel 3 stroller (Slate) has shipped. Order LB-20112.",
		"Order for Maria Lopez: Tarvik Oslo TV2210 sunglasses (Matte Black), $189.00.",
		"Velmora Kestrel 3 stroller (Slate) shipped to Daniel Okafor.",
		"Marisol Vega picked up Tarvik Oslo TV2210 (Black) today at Eastgate.",
		"Order LB-2211: Kestrin Drift 5, Okonkwo Adebayo, 12 Elm St.",
		"Order RT-4410 for Okonkwo Adebayo (2 boxes) shipped.",
		"Pedido LB-2211: Velmora Kestrel 3 (Gris), $649, para Okonkwo Adebayo.",
		"Pampers Swaddlers Size 2 Okafor Nnamdi: your order has shipped.",
		"Your Keanu Halvorsen keepsake blanket is ready.",
		"Order LB-3310 shipped: Ximena Quispe (she/her), Velmora Kestrel 3 (Slate).",
		"Order LB-3310 shipped: Ximena Quispe (34), Velmora Kestrel 3 (Slate).",
		"Ximena Quispe, your Velmora Kestrel 3 (Slate) has shipped.",
		"Save 15% on Brita filters, Harold Pemberton!",
		"Save 15% on Margaret Okafor's refill.",
		// a drug, device or care word in or beside the run
		"Your Dexcom G7 sensors (3-pack) have shipped. Order NR-40012.",
		"Order confirmed: Omnipod 5 pods (10-pack), $289.00. Ships in 2 days.",
		"Order LB-2211: Velmora Kestrel 3 (Slate), $649, and your metformin 500 mg refill are ready.",
		"Order LB-2211: Tarvik Oslo TV2210 (Matte Black), $189. Patient: Okonkwo Adebayo.",
		"Kloxxado 8 mg spray added to your order.",
		"Order A1C-9100 received; reading above target, please call us.",
		"Delivery to 55 W 46th St Apt 12C confirmed.",
	}
	var cases []modeCase
	for _, s := range pass {
		cases = append(cases, modeCase{s, Standard, false})
	}
	for _, s := range block {
		cases = append(cases, modeCase{s, Standard, true})
	}
	checkModeCases(t, g, ctx, cases)
}

// goodsRunHeads holds no care word (as TestGoodsHeadsList for the file's
// own list).
func TestGoodsRunHeads(t *testing.T) {
	goodsRunHeads.each(func(h uint64) {
		if goodsWords.care[h] {
			t.Errorf("goodsRunHeads: a [care] word (hash %x)", h)
		}
	})
	for _, w := range []string{"stroller", "earbuds", "whey", "silla", "audífonos"} {
		if !goodsRunHeads.get(hstr(w)) {
			t.Errorf("%q missing from goodsRunHeads", w)
		}
	}
}

// TestGoodsRunAfterMerge: the cases the merge with the other branches of
// the seventh pass showed (a number counting points or doses is no
// product's model; a family name before a word in no list after a brand
// is a person), and the products beside them that stay passing.
func TestGoodsRunAfterMerge(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Okonkwo Adebayo 300 points added to your order.", Standard, true},
		{"Zorvex Forte 30 tablets order shipped.", Standard, true},
		{"Similac Alimentum Okafor Chidinma bundle is ready", Standard, true},
		{"Restocked: Nimbrel Holt NB9102, Matte Black / Jade Prizm, $189. Reserve online.", Standard, false},
		{"ClearTone: Bose QuietComfort Ultra Earbuds (Moonstone Blue) are on the way.", Standard, false},
		{"Garmin Forerunner 265 now stocked at all locations.", Standard, false},
	})
}
