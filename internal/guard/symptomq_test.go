package guard

import "testing"

// TestSymptomQuestion: a strict marketing question presuming the reader's
// ongoing trouble, then tying the reader to a group (symptomq.go), is
// reported; questions that seek something or tie nothing pass.
func TestSymptomQuestion(t *testing.T) {
	g := newTestGuard(t)
	// the rule alone: in standard mode the notice model (noticemodel.go)
	// reports the drenched-at-night question (model.notice); symptomq.go
	// reads strict mode only
	g.nm = nil
	checkModeCases(t, g, nil, []modeCase{
		{"Still waking up drenched at night? Members like you love our new sleep program.", Strict, true},
		{"Struggling in the bedroom again? Save 20% on your next visit.", Strict, true},
		{"¿Sigue despertándose de madrugada? Socias como usted disfrutan nuestro programa.", Strict, true},
		{"Save 20% on your next ED consult this month.", Strict, true},
		{"Still waking up drenched at night? Members like you love our new sleep program.", Standard, false},
		{"Still looking for a gift? Members like you love our gift cards.", Strict, false},
		{"Still up early for the gym? Our 6 AM stretch class is open to everyone.", Strict, false},
		{"Tired of waiting rooms? Book a video visit from home.", Strict, false},
		{"Still haven't scheduled your annual checkup? Members like you can book online.", Strict, false},
		{"Still paying full price for contacts? Returning patients save on their next order.", Strict, false},
		{"Missed the open house again? Neighbors like you can stop by Saturday.", Strict, false},
		{"¿Todavía no ha descargado nuestra app? Afiliados como usted ya la usan.", Strict, false},
	})
}
