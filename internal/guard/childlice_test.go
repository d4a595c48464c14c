package guard

import "testing"

// TestChildLice: lice in a having frame (childlice.go, dev64); a lice-free
// salon and a season reminder to all families pass.
func TestChildLice(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your child was sent home today with head lice.", "compose.infestation"},
		{"Su hijo fue enviado a casa hoy con piojos.", "compose.infestation"},
		{"Your daughter came home with nits again.", "compose.infestation"},
		{"Lice-free salon grand opening this Saturday!", ""},
		{"Reminder to all families: head lice season is here.", ""},
		{"Shampoo for head lice is 20% off this week at Corner Pharmacy.", ""},
		{"Otra vez trae liendres; revise antes del lunes.", "compose.infestation"},
	})
}
