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
		// a group in general passes (r112); a count of it or a reader's
		// word in the field keeps it (red team red22, dev113r)
		{"Children with head lice don't need to miss school, per CDC guidance.", ""},
		{"Los niños con piojos pueden seguir yendo a clases según la guía del ministerio.", ""},
		{"Both children with head lice must stay home until treated.", "compose.infestation"},
		{"Your two kids with head lice may return after treatment.", "compose.infestation"},
		{"Sus dos niños con piojos deben quedarse en casa.", "compose.infestation"},
		{"The school nurse says the children with lice in room 4 are yours.", "compose.infestation"},
		{"We called about your twins: the kids with head lice need a second treatment.", "compose.infestation"},
		{"Sus hijos, los niños con piojos, no pueden volver hasta el lunes.", "compose.infestation"},
	})
}
