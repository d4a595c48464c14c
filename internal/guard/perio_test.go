package guard

import "testing"

// TestPeriodontalClaim: a dental plan's claim for periodontal treatment
// names a procedure, and a CDT code beside its quadrants is a procedure
// code; the plan's ordinary wording passes (vocab/labs_procedures.txt,
// vocab/context_words.txt; dev79's latent miss).
func TestPeriodontalClaim(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"We processed a claim from Shoreline Family Dental for scaling and root planing. Your share is $96.00.",
		"Your claim for root planing was paid.",
		"Su reclamo por raspado y alisado radicular fue pagado.",
		"Claim processed for 2 quadrants: D4341, your share $48.00.",
	)
	checkFlagged(t, g, false,
		"Quadrant 4 of our parking lot is closed on Monday.",
		"Your claim was processed. Your plan paid $384.00 and your share is $96.00.",
		"Our member portal now shows your Explanation of Benefits.",
	)
}
