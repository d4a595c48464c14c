package guard

import "testing"

// TestBranchSite: a branch name after "Our new" and before a place noun
// passes; a person's name stays reported (branchsite.go).
func TestBranchSite(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Our new ClearDraw Downtown walk-in site is open at 210 Congress Ave, Austin, TX 78701. No appointment needed.",
		"Our new Harbor Westgate branch is open Mon–Fri 9–5.",
	)
	checkFlagged(t, g, true,
		"Hi Rosa Delgado, our new Downtown location is ready for your blood draw.",
		"Our new site will see Jennifer Walsh at 9 AM.",
		// RED (dev53r): a care word between the run and the place noun
		"Our new Okonkwo Adebayo grief support office is open for your family.",
	)
}
