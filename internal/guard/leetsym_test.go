package guard

import "testing"

// TestLeetSymbol: symbols for letters in short clinical abbreviations and
// words (leetsym.go), and the codes, sales and brands that look like them.
func TestLeetSymbol(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"QuickDraw: your H!V test result is ready.", "obfuscation.leet"},
		{"Tu resultado de V!H ya está disponible en el portal.", "obfuscation.leet"},
		{"Your $TD panel results are ready to view.", "obfuscation.leet"},
		{"Your A1© result is back, please review it with your doctor.", "obfuscation.leet"},
		{"Your HI\\/ test result is ready.", "obfuscation.leet"},
		{"Your A!DS test result is ready.", "obfuscation.leet"},
		{"Your HbA!c result is back.", "obfuscation.leet"},
		{"Your d!@betes plan is ready.", "obfuscation.leet"},
		{"H!t sale this weekend: everything 20% off.", ""},
		{"Get your H!T playlist at the store today.", ""},
		{"Our A1© steak sauce test kitchen is open.", ""},
		{"Your W!FI test result: connection is strong.", ""},
		{"Your $25 test kit has shipped.", ""},
		{"Your PS@ shipment is on its way.", ""},
		{"Your !BS treatment plan is ready.", "obfuscation.leet"},
		{"Y0ur order has shipped!", ""},
	})
}

// TestLeetSymInText: leetSymSide holds leetSymByte's symbols on both sides
// and 0xc2 ("©") after a token, and leetSymInText finds exactly the bytes
// scanLeetSymbol reads beside a token, so its gate skips only texts the
// walk would pass over (helper SPEED12B).
func TestLeetSymInText(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if got, want := leetSymSide[b]&1 != 0, leetSymByte(b); got != want {
			t.Errorf("byte %#x: leetSymSide before %v, leetSymByte %v", c, got, want)
		}
		if got, want := leetSymSide[b]&2 != 0, leetSymByte(b) || b == 0xc2; got != want {
			t.Errorf("byte %#x: leetSymSide after %v, want %v", c, got, want)
		}
		if got, want := leetSymInText("ab"+string([]byte{b})+"cd"), leetSymSide[b] != 0; got != want {
			t.Errorf("byte %#x: leetSymInText %v, want %v", c, got, want)
		}
		// a text over 32 bytes: the six searches, not the byte loop
		if got, want := leetSymInText("a long enough text to be searched "+string([]byte{b})+"cd"), leetSymSide[b] != 0; got != want {
			t.Errorf("byte %#x: leetSymInText on a long text %v, want %v", c, got, want)
		}
	}
	if leetSymInText("Your HIV test result is ready.") || !leetSymInText("Your H!V test") || !leetSymInText("A1\u00a9 test") {
		t.Error("leetSymInText on plain texts")
	}
}
