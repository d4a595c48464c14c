package guard

import "testing"

// TestQuitSlip: the reader's relapse in a quit programme (quitslip.go);
// general encouragement and a trip back pass.
func TestQuitSlip(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"¿Volviste a fumar? Te esperamos de nuevo, tu plaza sigue libre.", "compose.quit_slip"},
		{"BreatheFree: Had a slip this week? Smoking again is not failure.", "compose.quit_slip"},
		{"¿Has recaído? No pasa nada, tu lugar te espera.", "compose.quit_slip"},
		{"We noticed you've started vaping again. Your coach can help.", "compose.quit_slip"},
		{"Many people slip before they quit for good. Our line is open to anyone.", ""},
		{"¿Volviste de vacaciones? Te esperamos de nuevo en las clases.", ""},
		{"You slipped a note under the door yesterday.", ""},
		// not quitslip.go's (a condition, no relapse cue), but the notice
		// model reads it as the reader's own care (noticemodel.go)
		{"If you've had a slip with smoking, call your coach.", "model.notice"},
	})
}
