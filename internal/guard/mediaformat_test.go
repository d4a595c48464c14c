package guard

import "testing"

// TestMediaFormat: "Blu" of "Blu-ray" closes no name (mediaformat.go).
func TestMediaFormat(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your House M.D. Complete Series Blu-ray is on its way 🎬", ""},
		{"Complete Series Blu-ray is on its way", ""},
		{"Bronwyn Achterberg picked up the Blu-ray", "name.capitalized"},
		{"Your House M.D. DVD ships to Harold Pemberton at 12 Oak St.", "name.full"},
	})
}
