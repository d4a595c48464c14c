package guard

import "testing"

// TestDrugForm: a drug's dosage form right after (in Spanish also before)
// a capitalised word in no vocabulary (drugform.go); ordinary sprays,
// pens and tablets pass.
func TestDrugForm(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Opvee nasal spray shipment delivered.", "frame.clinical"},
		{"Your Neffy nasal spray order has shipped.", "frame.clinical"},
		{"Zegalogue auto-injector order confirmed.", "frame.clinical"},
		{"Su envío de Neffy spray nasal fue entregado.", "frame.clinical"},
		{"Su aerosol nasal Opvee fue entregado.", "frame.clinical"},
		{"Nasal spray bottles, travel size, 3-pack.", ""},
		{"Your Glade room spray shipment was delivered.", ""},
		{"Your Segway Ninebot scooter battery has shipped.", ""},
		{"Your Oakley ski mask order has shipped.", ""},
	})
}
