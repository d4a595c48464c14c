package guard

import "testing"

// TestCountSurgery: a surgery named with a count word and tied to a person
// (countsurgery.go); counts of ordinary things pass.
func TestCountSurgery(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Welcome back Tom Ellis, RRT, our respiratory therapist, after his triple bypass in March.", "compose.count_surgery"},
		{"Your quadruple bypass follow-up is Tuesday at 9.", "compose.count_surgery"},
		{"Get well soon, Coach! He is home after a triple bypass on Friday.", "compose.count_surgery"},
		{"Damos la bienvenida de nuevo a nuestra recepcionista tras su doble bypass.", "compose.count_surgery"},
		{"La enfermera vuelve el lunes después de su bypass triple.", "compose.count_surgery"},
		{"Our volunteer is home after her double lung transplant.", "compose.count_surgery"},
		{"Earn double points on every order this week.", ""},
		{"Our new parking garage has a double bypass lane for faster exits.", ""},
		{"Our surgeons performed their 1,000th quadruple bypass this year.", ""},
		{"Triple-check your mailing address before you submit the form.", ""},
		{"Doble de puntos en su tarjeta de socio este mes.", ""},
	})
}
