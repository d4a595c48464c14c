package guard

import "testing"

// TestGaps37: helper GAPS's extensions of older rules (dev37g): ZIPs after
// a move and Spanish "entrega a" (zipdelivery.go), Spanish -es plurals of
// listed conditions (vocab/clinical_es.txt), the reader's retainers and
// night guard when ready (dental.go), and a condition before a vaccine
// word offered as "yours" in strict mode (ownshot.go).
func TestGaps37(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"We see you are moving to 94110 next month.", Standard, true},
		{"Relocating to 30309? Your order will follow you.", Standard, true},
		{"Su pedido será entregado: entrega a 94110 mañana.", Standard, true},
		{"We are moving to 24/7 support next month.", Standard, false},
		{"Moving to 10000 more stores this year.", Standard, false},
		{"Entrega a 10000 clientes cada día.", Standard, false},
		{"Le enviamos información sobre sus tumores.", Standard, true},
		{"Información sobre sus quistes ováricos.", Standard, true},
		{"Gracias por sus comentarios.", Standard, false},
		{"Your new retainers are in!", Standard, true},
		{"Your retainer is ready at the front desk.", Standard, true},
		{"Your night guard has arrived.", Standard, true},
		{"Our retainers on sale this week!", Standard, false},
		{"Your retainer fee invoice is attached.", Standard, false},
		{"Your retainer has been received.", Standard, false},
		{"Your retainer is in place.", Standard, false},
		{"Your night guard shift is ready.", Standard, false},
		{"COVID boosters are in stock, book yours now", Strict, true},
		{"COVID boosters are in stock at all our locations.", Strict, true}, // strictservice.go: a health service offered in marketing
		{"COVID boosters are in stock, book yours now", Standard, false},
		{"Winter jackets are in stock, book yours now", Strict, false},
	})
}
