package guard

import "testing"

// TestClassInstruction: drug classes in an instruction to the reader
// (classinstr.go), and the trade senses of the same words.
func TestClassInstruction(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Reminder from your provider: do not take nitrates within 48 hours of your new medication.", "compose.class_instruction"},
		{"Stop taking your blood thinners 5 days before your procedure.", "compose.class_instruction"},
		{"Do not take opioids with alcohol while recovering.", "compose.class_instruction"},
		{"Don't take painkillers with this medicine.", "compose.class_instruction"},
		{"Keep taking your water pills as prescribed.", "compose.class_instruction"},
		{"Recuerde: no tome nitratos con su nuevo medicamento.", "compose.class_instruction"},
		{"Evite tomar opioides con alcohol.", "compose.class_instruction"},
		{"Nitrate fertiliser is back in stock: do not take delivery without a signature.", ""},
		{"Do not take nitrate samples from the tank without gloves.", ""},
		{"Evite los nitratos en exceso en su huerto.", ""},
		{"Our cured meats are made without added nitrates.", ""},
		{"Do not take more than two coupons per order.", ""},
		{"Stop taking chances with cheap chargers.", ""},
		{"Stop taking painkillers for granted: our ergonomic chair is 20% off.", ""},
	})
}

// TestClassInstrFilter: every word scanClassInstruction starts from (its
// class nouns, its two-word heads) passes classInstrFilter and sets the
// field's notice-level bit fb2ClassIns, so the gate skips only fields the
// rule would find nothing in (helper SPEED12B).
func TestClassInstrFilter(t *testing.T) {
	for _, m := range []map[uint64]bool{setKeys(classInstrNouns), setKeys(classInstrHeads)} {
		for h := range m {
			if !classInstrFilter.may(h) || tokFilterTabBoth[h&16383]>>16&fb2ClassIns == 0 {
				t.Errorf("hash %x read by scanClassInstruction is not in classInstrFilter/fb2ClassIns", h)
			}
		}
	}
	for _, w := range []string{"nitrates", "opioids", "benzodiacepinas", "thinners", "pills"} {
		if !classInstrFilter.may(hstr(w)) {
			t.Errorf("%q not in classInstrFilter", w)
		}
	}
}
