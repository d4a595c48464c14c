package guard

import "testing"

// TestElectrolyteGoods: electrolyte drinks named as products pass with goods
// evidence; the reader's electrolytes test stays reported
// (electrolytegoods.go, helper DEVANN, dev33, dev37v).
func TestElectrolyteGoods(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"PF Daily Electrolytes: 30 stick packs, lemon-lime, $24.99.", Standard, false},
		{"New flavour! Nuun Sport Electrolytes tablets in Wild Berry, 10 servings per tube.", Standard, false},
		{"Your order of PF Daily Electrolytes (30 sticks, watermelon) has shipped.", Standard, false},
		{"Your electrolytes panel results are ready in the portal.", Standard, true},
		{"Dr. Kim reviewed your electrolytes and wants to repeat the test.", Standard, true},
		{"Your Daily Electrolytes results are ready.", Standard, true},
		{"PF Daily Electrolytes: 30 sticks. Your potassium came back low.", Standard, true},
		{"Your electrolytes, 30 sticks, watermelon.", Standard, true},
	})
}

// TestDevannVocab: the reader's dry eyes and Spanish dental procedures are
// reported, and screenings are association wording in strict mode
// (vocab/clinical_es.txt, conditions.txt, association.txt; helper DEVANN).
func TestDevannVocab(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"¿Tus ojos secos no mejoran? Tenemos gotas lubricantes.", Standard, true},
		{"Saldo por la extracción de la muela del juicio: $380.00.", Standard, true},
		{"Saldo pendiente por su endodoncia: $650.00.", Standard, true},
		{"Do your dry eyes keep bothering you? Try our drops.", Standard, true},
		{"Free eye screenings for everyone this Saturday.", Strict, true},
		{"Saldo de su cuenta: $0.00. ¡Gracias!", Standard, false},
		{"Nuevos colores de monturas en Lumen Optical este mes.", Standard, false},
		{"Lumen Optical: new designer frames for everyone this Saturday.", Strict, false},
	})
}
