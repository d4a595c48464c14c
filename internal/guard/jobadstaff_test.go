package guard

import "testing"

// TestJobAdStaff: the clinical staff a job ad asks for pass (jobadstaff.go,
// r107, dev107, dev107x); a reader's word, a name, a drug or no place to
// apply keep the findings.
func TestJobAdStaff(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"We're hiring! Home infusion nurses and delivery drivers can apply at https://portal.example/m/careers", Standard, false},
		{"We're hiring! Dialysis nurses and pharmacy technicians can apply at https://portal.example/m/careers", Standard, false},
		{"Now hiring oncology nurses for our infusion suites. Apply at https://portal.example/m/careers", Strict, false},
		{"Join our team: we're hiring home infusion nurses and couriers. Apply at https://portal.example/m/careers", Standard, false},
		// reported
		{"We're hiring! Until then your infusion nurse visits for your IVIG move to Fridays.", Standard, true},
		{"Now hiring: Maria Lopez's home infusion nurses change on Monday. Apply at https://portal.example/m/careers", Standard, true},
		{"We're hiring! Your dialysis nurses can apply at https://portal.example/m/careers", Standard, true},
		{"We're hiring! Home infusion nurses start your IVIG on Monday.", Standard, true},
		{"Now hiring nurses. Apply at https://portal.example/m/careers. Your chemotherapy moves to Friday.", Standard, true},
	})
}
