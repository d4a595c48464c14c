package guard

import "testing"

// TestLowerOpener: a lower-case given name after "thx for …,", "thank
// you,", "gracias,", "ok", "heads up" is a name (loweropener.go, dev36).
func TestLowerOpener(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"thx for the review, carlos! 10% off code THANKS10 inside.", "compose.thanks_name"},
		{"thank you, laura! your appointment is confirmed.", "compose.vocative"},
		{"ok fatima your locker code is 7391 (locker 12), valid 72 h", "compose.vocative"},
		{"heads up ben — autopay of $30.00 runs 07/01", "compose.vocative"},
		{"thx for the review! 10% off code THANKS10 inside.", ""},
		{"ok, your locker code is 7391 (locker 12), valid 72 h", ""},
		{"heads up — autopay runs 07/01", ""},
		{"thanks, team!", ""},
		{"thanks, grace!", ""},
		{"ok mark your calendars for the sale", ""},
		// no comma after the thanks (RED4, dev49r)
		{"thx omar, your dialysis slot is confirmed.", "compose.vocative"},
		{"gracias carmen, tu insulina está lista.", "compose.vocative"},
		{"thanks again, see you soon!", ""},
		{"gracias amigos, nos vemos pronto.", ""},
	})
}
