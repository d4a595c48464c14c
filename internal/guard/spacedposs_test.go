package guard

import "testing"

// TestSpacedPossessive: spacedposs.go (a possessive's "s" starts no
// spelled-out run).
func TestSpacedPossessive(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Hartwell Children's Clinic: Your child's H I V test result is ready.", "clinical.condition.spaced", ""},
		{"Your child's S T D test result is ready.", "clinical.condition.spaced", ""},
		{"Your daughter’s H P V vaccine is due.", "*", ""},
		{"The store's A B C gift sets are back in stock.", "", ""},
		{"Our U S warehouse ships your order within 2 days.", "", ""},
		{"Press 1 for billing, 2 for the pharmacy, or 0 for an operator.", "", ""},
	})
}
