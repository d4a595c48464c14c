package guard

import "testing"

// TestBranchHead: the sender's brand and a branch's place heading the
// notice pass; a person opening the header, the run inside a sentence and
// a name after the header stay reported (branchhead.go, helper org15,
// dev82/dev84o).
func TestBranchHead(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"BrightPath Route 9: Sunday hours are 9 AM–3 PM while we refresh the lobby.", Standard, false},
		{"Lumière Coral Gables — new hours: Tue–Sat 10–7, Sun 11–4, closed Mondays.", Standard, false},
		{"CityMed Forest Hills: Our lobby reopens Monday at 8 AM.", Standard, false},
		{"QuickMed Route 22 — closed Saturday for maintenance. Other sites are open.", Standard, false},
		{"Dana Whitfield Route 9: your statement is ready.", Standard, true},
		{"Maria Coral Gables: your prescription is ready for pickup.", Standard, true},
		{"Whitfield Forest Hills: your statement is ready.", Standard, true},
		{"Dana Whitfield Forest Hills: your statement is ready.", Standard, true},
		{"Hi Dana, BrightPath Route 9 has your lab results ready.", Standard, true},
		{"Lumière Coral Gables — Dana Whitfield, your Botox touch-up is Tuesday.", Standard, true},
		{"CityMed Forest Hills: Hi Gregory Whitcomb, your appointment is confirmed.", Standard, true},
	})
}
