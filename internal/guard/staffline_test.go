package guard

import "testing"

// TestStaffLine: the sender's staff offered to everyone with a line or
// hours (staffline.go) passes; the reader's own staff stays reported.
func TestStaffLine(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Lakeside Home Infusion pharmacists are available 24/7 at 1-800-555-0142.", Standard, false},
		{"Our infusion nurses are on call around the clock at 1-800-555-0142.", Standard, false},
		{"Your infusion nurses are available 24/7 at 1-800-555-0142.", Standard, true},
		{"Our infusion nurses will call you after your first dose.", Standard, true},
	})
}
