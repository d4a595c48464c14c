package guard

import "testing"

// TestReturnsAddress: the sender's returns department's street passes; the
// reader's return address stays reported (returnsaddr.go).
func TestReturnsAddress(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Return label enclosed. Ship returns to: Returns Dept, 55 Industrial Pkwy, Reno, NV 89502.", ""},
		{"Send returns to Returns Center, 1200 Commerce Dr, Memphis, TN 38118.", ""},
		{"Mail returns to our Returns Dept., 88 Warehouse Rd, Allentown, PA 18101.", ""},
		{"Ship your return from 55 Oak St, Reno, NV 89502.", "address.street"},
		{"Send your returns to Returns Dept, 55 Industrial Pkwy, Reno, NV 89502.", "address.street"},
		{"Ship returns to: Harold Pemberton, 55 Oak St, Reno, NV 89502.", "address.street"},
		{"Ship returns to: Returns Dept, 55 Industrial Pkwy, Reno, NV 89502. Your pickup is at 14 Elm St.", "address.street"},
	})
}
