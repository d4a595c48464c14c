package guard

import "testing"

// TestPathReport: two cues of a pathology report (pathreport.go, dev64);
// one cue alone (print margins, a club named SCC, a learning path) passes.
func TestPathReport(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Path result: SCC in situ, margins clear. No further tx needed.", "compose.pathology"},
		{"Path report: benign. No further tx needed.", "compose.pathology"},
		{"Final read: BCC with clear margins.", "compose.pathology"},
		{"Print shop tip: set margins to 0.5 in. and keep text clear of the trim line.", ""},
		{"Our SCC Hiking Club meets Sunday at the trailhead. No further sign-up needed.", ""},
		{"Path to Pro: your course result is in. Module 3 complete.", ""},
		{"The mosaic is preserved in situ at the museum.", ""},
	})
}

// TestPathReportCopula: "the margins were clear" with a path report
// (dev67m round r2).
func TestPathReportCopula(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Good news: your path report is back and the margins were clear.", "compose.pathology"},
		{"Print tip: the margins are clear of the bleed line.", ""},
	})
}
