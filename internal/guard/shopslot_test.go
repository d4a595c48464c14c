package guard

import "testing"

// shopslot.go: brands, products and shops in the product slots of a shop
// notice that names no reader and no care pass; a person addressed, a
// person's slot, a listed name or a care word in the notice keeps it
// blocked.
func TestShopSlot(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	pass := []string{
		"Aunt Anne's pretzel cart is in the lobby today until 2 PM 🥨",
		"Pan Bimbo y Tía Rosa tortillas: 2 por $5 esta semana en nuestra tienda.",
		"Chocolate Abuelita y mole Doña María ya están en el pasillo 4.",
		"New in the snack aisle: Dr Pepper Cream Soda and Mr. Pretzels — 2 for $5.",
		"Gracias por su compra en Tienda Don Memo. Pedido #DM-4410, total $56.30.",
		"Your order from Lao Gan Ma (Chili Crisp x4) has shipped — arriving Thursday.",
		"Dr. Brite toothpaste and Mr. Bubble bath are 20% off through Sunday.",
		"Grandma Lucy's pet treats are back in stock — 6 oz bags, $8.49.",
		"Store credit of $74.99 has been added for your returned Baby Bjorn Bouncer Bliss.",
		"Exclusive: Ryse Loaded Pre in Kool-Aid Tropical Punch - 30 servings, $44.99.",
	}
	block := []string{
		"Hi Maria, your order for Maria Lopez (Lisinopril 10 mg x30) is ready for pickup.",
		"Pickup for GARCIA, ANA: 2 items ready at the counter, $12.40.",
		"Your order for Maria Lopez has shipped — arriving Thursday.",
		"Your Mr. Nguyen mug has shipped.",
		"Your order from Wegovi has shipped.",
		"Pickup ready: Adaeze Nwosu stroller frame (Gray), $120 paid.",
		"Order shipped: 1 x John Smith towel.",
		"Your Zainab Qureshi calendar order is confirmed.",
		"Dr. Pepper can meet you at the store at 3 PM.",
		"Back in stock: Dr. Hoffman candle set.",
		"Tienda Don Julio, su pedido está listo.",
		"Gracias por su compra, Doña María Hernández. Pedido #DM-4410, total $56.30.",
		"Aunt Rosa's prescription for Xarelto is ready at the pharmacy counter.",
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

// shopSlotNouns holds no care word.
func TestShopSlotNouns(t *testing.T) {
	for h := range setKeys(shopSlotNouns) {
		if goodsWords.care[h] || careWords.get(h) {
			t.Errorf("shopSlotNouns: a care word (hash %x)", h)
		}
	}
}
