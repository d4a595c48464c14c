package guard

// Tests of Spanish shops named Don/Doña (esshopdon.go) and own-label
// product phrases after a line-item lead (prodlead.go), helper F32B.

import "testing"

// checkAnyFinding: clean texts get no finding, leaks at least one.
func checkAnyFinding(t *testing.T, clean, leaks []string) {
	t.Helper()
	g := newTestGuard(t)
	for _, c := range clean {
		fs, err := g.CheckText(c, nil, Standard)
		if err != nil || len(fs) > 0 {
			t.Errorf("%q: unexpected %v %v", c, fs, err)
		}
	}
	for _, c := range leaks {
		fs, err := g.CheckText(c, nil, Standard)
		if err != nil || len(fs) == 0 {
			t.Errorf("%q: not reported %v", c, err)
		}
	}
}

// TestEsShopDon: a shop word, Don/Doña and a name heading a Spanish notice
// is a shop; a care word, an address by comma, or no Spanish keeps it.
func TestEsShopDon(t *testing.T) {
	checkAnyFinding(t, []string{
		"Farmacias Don Beto te informa: el estacionamiento de la sucursal Centro estará cerrado el sábado.",
		"Tienda Don Julio: su pedido de dulces está en camino.",
		"Panadería Doña Rosa: sus churros están listos.",
		"Taquería Don Chuy: su orden está lista para recoger.",
	}, []string{
		"Farmacias Don Beto: Don Beto Ramirez, su receta de metformina está lista.",
		"Tienda Don Julio: su cita con el cardiólogo es el martes.",
		"Panadería Doña Rosa: sus resultados de laboratorio están listos.",
		"Tienda Don Julio, su pedido está listo.",
		"Don Julio Perez, su cita con el cardiólogo es el martes.",
		"Doña Rosa Martinez: sus resultados de laboratorio están listos.",
	})
}

// TestProdLead: own-label product names after "1 x", "item (" and a shop
// heading pass with a goods head and a shop frame; a care word anywhere
// or a person's name keeps the findings.
func TestProdLead(t *testing.T) {
	checkAnyFinding(t, []string{
		"Your return of 1 x BrightSmile Whitening Strips was processed. $29.99 refunded.",
		"Order shipped: 1 x Glowmint Charcoal Toothpaste, 2 x Lavora Bath Bombs.",
		"Order shipped: 2x Kessa Linen Towel.",
		"New in store: Velvet Lune eyeshadow palettes. Members save $5.",
		"The remaining item (Kessa Linen Towel) ships next week.",
		"Order confirmed: 1 x Hoberly Bamboo Bath Mat, 2 x LUMIVERA Scented Candles. Total $58.20.",
	}, []string{
		"Order shipped: 1 x Maria Lopez insulin pen.",
		"1 x Kessa Linen Towel and your Zoloft refill are ready for pickup.",
		"The remaining item (Kessa Linen Towel) ships next week. Your appointment with Dr. Lee is Monday.",
		"New in store: Velvet Lune eyeshadow palettes. Your biopsy results are ready.",
		"The remaining item (Maria Lopez) ships next week.",
		"Order shipped: 1 x BrightSmile Whitening Strips and your glucose strips.",
		"Your test strips are ready for pickup, Maria Lopez.",
		"New arrivals: Maria Lopez gift set.",
		"Order shipped: 1 x John Smith towel.",
		"The remaining item (Maria Lopez towel) ships next week.",
		"Order shipped: 1 x Maria towel.",
	})
}

// TestStripsNotCare: only strips after a cosmetic or food word lose the
// care mark; test and glucose strips keep the product's name reported.
func TestStripsNotCare(t *testing.T) {
	checkAnyFinding(t, []string{
		"Order shipped: 1 x Glowmint Wax Strips.",
		"Order shipped: 1 x Glowmint Whitening Strips.",
	}, []string{
		"Order shipped: 1 x Glowmint Test Strips.",
		"Order shipped: 1 x Glowmint Glucose Strips.",
		"Order shipped: 1 x Glowmint Whitening Strips. Your strips for your meter are ready.",
	})
}

// TestShopRefillChez: a household refill after a listed brand and the
// French shop openers Chez/Maison pass; a prescription refill, a care
// word or a person's full name keeps the findings.
func TestShopRefillChez(t *testing.T) {
	checkAnyFinding(t, []string{
		"Mrs. Meyer's Clean Day lavender hand soap refill is on its way.",
		"Chez Marcel bistro: thanks for your booking, see you soon.",
		"Maison Kitsuné: votre colis est en route.",
		"Thanks for your booking at Chez Marcel.",
	}, []string{
		"Mrs. Meyer's hand soap refill and your Zoloft refill have shipped.",
		"Mrs. Meyer's hand soap refill is on its way. Your appointment with Dr. Patel is Monday.",
		"Chez Maria Lopez, your appointment is Monday.",
		"Chez Marcel: your colonoscopy prep kit has shipped.",
		"Maison Kitsuné: your insulin pens have shipped.",
	})
}

// TestChefBy: "Restaurant Eatery by Chef:" heading a notice passes; a
// listed family name, a comma instead of a heading's colon, or a care word
// keeps the findings (chefby.go).
func TestChefBy(t *testing.T) {
	checkAnyFinding(t, []string{
		"Sakura Sushi by Kenji: your takeout is ready for pickup.",
		"Taco Grill by Marco - your order is ready.",
	}, []string{
		"Sakura Sushi by Kenji Tanaka: your takeout is ready.",
		"Sakura Sushi by Kenji: your prescription is ready for pickup.",
		"Sakura Sushi by Kenji, who will see you Monday.",
		"Sakura Sushi by Kenji: Maria Lopez, your biopsy results are ready.",
	})
}

// TestVirgenDe: "la Virgen de Guadalupe" is a holiday and a shrine; a
// family name after it or a person addressed keeps the findings.
func TestVirgenDe(t *testing.T) {
	checkAnyFinding(t, []string{
		"La sucursal Satélite estará cerrada el 12 de diciembre por el día de la Virgen de Guadalupe.",
		"Cerramos el día de la Virgen de Guadalupe.",
	}, []string{
		"Virgen de Guadalupe Martinez, su cita es el lunes.",
		"La Virgen de Guadalupe: Guadalupe Ramirez, su receta está lista.",
	})
}
