package guard

import "testing"

// TestOrthoAbbrev: unlisted capitals fitted, cast or adjusted in a
// personal frame (orthoabbr.go).
func TestOrthoAbbrev(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Standard, "clinical.ortho_abbrev", true,
		"Your HKO casting appointment is Monday at 10:00 am.",
		"Your CTLO fitting appointment is Tuesday at 1:00 pm.",
		"Your BK socket adjustment appointment is Monday.",
		"Su cita para el ajuste de su HKO es el jueves a las 2:00 pm.",
		"Your TKAFO adjustment appointment is Thursday at 2:00 pm.",
		"Reminder: CTO fitting tomorrow at 9 am.",
	)
	checkRuleIn(t, g, Standard, "clinical.ortho_abbrev", false,
		"Your SKU order has shipped.",
		"Your HVAC adjustment is complete.",
		"Your HVAC maintenance appointment is Thursday.",
		"Your SAG casting call is Monday.",
		"Your VIP fitting room is booked for Friday.",
		"Your RV hitch fitting appointment is Friday.",
		"The CTO fitting guide is on our website.",
	)
	checkFlagged(t, g, false,
		"Your UPS pickup appointment is Thursday at 2:00 pm.",
		"Your PIN adjustment was saved.",
		"Your HSA adjustment appointment is Friday.",
		"Your SAG casting call is Monday.",
	)
}
