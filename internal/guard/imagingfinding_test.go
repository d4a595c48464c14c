package guard

import "testing"

// TestImagingFinding: a body region before an imaging modality with a
// finding verb after it is a procedure (compose.imaging_finding); a scanner,
// a room or a region without a finding passes.
func TestImagingFinding(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your mother had a fall overnight; the head CT showed no bleed.", "compose.imaging_finding"},
		{"Good news: the wrist X-ray shows no fracture.", "compose.imaging_finding"},
		{"Your father's hip X-ray showed a fracture; surgery is planned.", "compose.imaging_finding"},
		{"Our new CT scanner is open to referrals.", ""},
		{"The new X-ray room showed off its lead-lined doors at the open house.", ""},
		{"Head CT technologist wanted: apply online.", ""},
	})
}
