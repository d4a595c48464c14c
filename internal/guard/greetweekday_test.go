package guard

import "testing"

// TestGreetingWeekday: a weekday after a greeting word is no name
// ("Walk-ins welcome Tuesdays", recall17b, dev99r); a name still is.
func TestGreetingWeekday(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Walk-ins welcome Tuesdays.", ""},
		{"Hi Marisol, your order has shipped.", "name.greeting"},
	})
}
