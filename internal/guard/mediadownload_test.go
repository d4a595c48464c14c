package guard

// Tests of download and watch words for listed media titles
// (mediadownload.go).

import "testing"

// TestMediaDownload: a listed [media] title after a download word passes
// (clinical.condition before mediadownload.go, dev29); a care word
// elsewhere, an unlisted title or a person's name keeps the findings.
func TestMediaDownload(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`Your download of "Surgeon Simulator 2" is ready. Enjoy!`, ""},
		{`Your download of "Surgeon Simulator" has finished.`, ""},
		{`Your download of "Surgeon Simulator 2" is ready. Your surgery is on Monday.`, "clinical.condition"},
		{"Your download of your Cancer care plan is ready.", "clinical.condition"},
		{`Maria Lopez, your download of "Surgeon Simulator 2" is ready.`, "name.full"},
	})
}
