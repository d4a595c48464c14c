package guard

import "testing"

// TestLiceFound: lice or nits found on a person and a person's
// (re-)infestation are reported (licefound.go); conditional and advice
// sentences, a pest infestation and a finding word without a lice word
// pass.
func TestLiceFound(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Scalp check summary: live lice found, nits at 3 stages.", "compose.lice_found"},
		{"Heads up: this was a re-infestation for your 2nd grader, so please wash pillowcases again.", "compose.lice_found"},
		{"Se encontraron liendres en la cabeza de su hijo durante la revisión.", "compose.lice_found"},
		{"Reinfestación confirmada en tu hijo menor: repetimos el tratamiento.", "compose.lice_found"},
		{"Your daughter has a lice infestation.", "compose.lice_found"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"We detected nits on both of the twins at today's visit.", Standard, true},
		{"Encontramos piojos vivos en la revisión de Sofía.", Standard, true},
		{"If lice are found, keep your child home one day.", Standard, false},
		{"Lice season: tips to prevent a re-infestation in your kids.", Standard, false},
		{"Si se encuentran piojos, avise a la escuela.", Standard, false},
		{"We treated the roach infestation in your kitchen.", Standard, false},
		{"Free nit comb with every purchase this week.", Standard, false},
		{"Se encontraron errores en la factura de octubre.", Standard, false},
		{"Found: a blue backpack in the waiting room.", Standard, false},
		{"Lice Lane: appt confirmed. Reply C to confirm or R to reschedule.", Standard, false},
		{"Lice found on your son at today's check; treatment is booked.", Standard, true},
	})
}

// TestChildLiceGroup: a group in general with lice is public guidance
// (childlice.go, fix helper r112); the reader's kids with lice stay
// reported.
func TestChildLiceGroup(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkModeCases(t, g, nil, []modeCase{
		{"We follow CDC and AAP guidance: children with head lice don't need to miss school.", Standard, false},
		{"Los niños con piojos pueden seguir yendo a clases.", Standard, false},
		{"Your kids with head lice should skip the pool this week.", Standard, true},
		{"Tus niños con piojos deben quedarse en casa.", Standard, true},
		{"Your child was sent home today with head lice.", Standard, true},
	})
}
