package guard

import "testing"

// TestStaffCareFollow: a staff welcome whose person then acts on the
// reader's care is reported (staffcarefollow.go); plain welcomes pass.
func TestStaffCareFollow(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Say hi to Dana, our new infusion coordinator! Dana will call tomorrow to set up the next dose.",
		"Lupita, our new bilingual treatment coordinator, has the intake paperwork ready for Tuesday.",
		"Meet Priya, our new dialysis coordinator! Priya will call tonight about Thursday's run.",
	)
	checkFlagged(t, g, false,
		"Say hi to Dana, our new infusion coordinator!",
		"Meet Priya, our new front desk coordinator! Say hello when you visit.",
		"Lupita, our new bilingual treatment coordinator, joins us Monday.",
		"Meet Angela Brooks, RN, our new nurse manager. Angela brings 18 years of nursing experience.",
	)
}
