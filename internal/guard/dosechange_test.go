package guard

import "testing"

// TestDoseChange: a dose change of the reader's medication (dosechange.go,
// dev80r); delivery windows, plan prices and order quantities pass.
func TestDoseChange(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Su dosis de HCG ahora es 500 UI dos veces por semana.", "compose.dose_change"},
		{"Your provider adjusted your test cyp to 120 mg weekly. New vials ship Monday.", "compose.dose_change"},
		{"Heads up: your test cyp dose is now 100 mg every 7 days.", "compose.dose_change"},
		{"Dr. Lee changed your HCG to 500 IU twice weekly.", "compose.dose_change"},
		{"Your provider lowered your test e to 80 mg twice weekly.", "compose.dose_change"},
		{"Su médico ajustó su dosis a 0.5 mg por semana.", "compose.dose_change"},
		{"We adjusted your delivery window to 2–4 PM on Monday.", ""},
		{"Your plan was adjusted to $29 monthly starting June 1.", ""},
		{"Your order was updated to 3 units of our travel shampoo.", ""},
		{"Ajustamos su horario de entrega a las 2 p. m. del lunes.", ""},
		// red-team tightening (red14b, dev81x)
		{"Increase your daily dose of vitamin D to 1000 IU this winter with our new gummies!", ""},
		{"We increased the caffeine in your cold brew subscription to 200 mg per can.", ""},
		{"Your Vitamin C subscription was updated to 500 mg gummies.", ""},
		{"Your provider increased your TRT dose to 160 mg every week.", "compose.dose_change"},
	})
}
