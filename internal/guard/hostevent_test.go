package guard

import "testing"

// TestHostEventDay: the date of a group event the sender hosts is its
// calendar even when the event's topic holds a person cue (hostevent.go;
// r107, dev107); a cue after the date, a birth word, a reader's word or
// no host verb keeps it.
func TestHostEventDay(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Cedar Ridge will host a school nurse workshop on stocking emergency kits, Jan 22. Registration: https://portal.example/m/events", Standard, false},
		{"Harborline will host a caregiver class on emergency preparedness, March 3. Registration: https://portal.example/m/events", Standard, false},
		// reported
		{"Cedar Ridge will host your allergy workshop follow-up visit Jan 22.", Standard, true},
		{"Cedar Ridge will host a workshop on Jan 22, after the surgery.", Standard, true},
		{"A school nurse workshop on emergency visits, Jan 22, for Maria Lopez.", Standard, true},
		{"Cedar Ridge will host a workshop for parents of children born Jan 22, 2019.", Standard, true},
		{"Cedar Ridge will host a school nurse workshop on stocking emergency kits, Jan 22.", Strict, true},
	})
}
