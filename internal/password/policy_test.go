package password

import (
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	related := []string{"pat.example", "pat@example.org", "Pat Example"}
	tests := []struct {
		name, pw string
		reason   string // "" means accepted
	}{
		{"good passphrase", "violet tractor under the pier", ""},
		{"good with symbols", "Gx7#mQ2!vL9@pR4$", ""},
		{"exactly 12 characters", "kq7vh2mzt9wd", ""},
		{"12 accented characters, more bytes", "éàüöñçéàüöñç", ""},
		{"NFD counted after composing", strings.Repeat("e\u0301a", 6), ""},
		{"contains a common word but long", "password is not my password", ""},
		{"short", "kq7vh2mzt9w", reasonShort},
		{"empty", "", reasonShort},
		{"11 composed from 22 code points", strings.Repeat("e\u0301", 11), reasonShort},
		{"too long", strings.Repeat("ab", 129), reasonLong},
		{"long in bytes not characters", strings.Repeat("é", 129), reasonLong},
		{"at the byte limit", "x1" + strings.Repeat("ab", 127), ""},
		{"invalid utf-8", "abcdefghijkl\xff", reasonInvalid},
		{"digits + common", "1234567890qwerty", reasonCommon},
		{"common list entry", "qwertyuiop123", reasonCommon},
		{"common + digits", "password1234", reasonCommon},
		{"common capitalised + digits + punctuation", "Password123!", reasonCommon},
		{"common + trailing spaces and symbols", "sunshine    $$", reasonCommon},
		{"common wrapped in filler", "!!!monkey2024!!!", reasonCommon},
		{"common, long entry", "WinnieThePooh", reasonCommon},
		{"common uppercase", "BASEBALL2024!", reasonCommon},
		{"repeated", "aaaaaaaaaaaaaaaa", reasonRepeated},
		{"repeated non-ASCII", strings.Repeat("ü", 12), reasonRepeated},
		{"contains username", "my pat.example account", reasonRelated},
		{"contains username, other case", "my PAT.EXAMPLE account", reasonRelated},
		{"equals email", "pat@example.org", reasonRelated},
		{"contains name", "xxpatexample pat example", reasonRelated},
		{"part of email", "PAT@EXAMPLE.O", reasonRelated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.pw, related...)
			if tt.reason == "" {
				if err != nil {
					t.Fatalf("Check = %v; want nil", err)
				}
				return
			}
			var pe *PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("Check = %v; want *PolicyError", err)
			}
			if pe.Reason != tt.reason {
				t.Fatalf("Reason = %q; want %q", pe.Reason, tt.reason)
			}
			if tt.pw != "" && (strings.Contains(pe.Reason, tt.pw) || strings.Contains(err.Error(), tt.pw)) {
				t.Fatalf("error %q echoes the password", err)
			}
		})
	}
}

func TestCheckRelatedEdgeCases(t *testing.T) {
	const pw = "violet tractor under the pier"
	// Empty, blank and very short related strings are ignored rather than matching everything.
	if err := Check(pw, "", "  ", "vi", "r"); err != nil {
		t.Fatalf("Check with short related strings = %v; want nil", err)
	}
	// Three characters is enough to count.
	if err := Check(pw, "PIE"); err == nil {
		t.Fatal("Check(pw, \"PIE\") = nil; want refusal")
	}
	// Case folding beyond ASCII: "STRASSE" folds to "strasse", as does "straße".
	if err := Check("meine strasse ist lang", "Straße"); err == nil {
		t.Fatal("Check did not fold ß")
	}
	// Composed and decomposed forms of the same name match.
	if err := Check("hello josé, how are you", "jose\u0301"); err == nil {
		t.Fatal("Check did not normalise the related string")
	}
}

func TestCommonListLoaded(t *testing.T) {
	list := commonList()
	if n := len(list); n < 3000 || n > 100000 {
		t.Fatalf("common list has %d entries", n)
	}
	for _, w := range []string{"123456", "password", "qwerty", "letmein", "iloveyou"} {
		if _, ok := list[w]; !ok {
			t.Errorf("%q missing from the common list", w)
		}
	}
	for w := range list {
		if w == "" || strings.HasPrefix(w, "#") || w != strings.ToLower(w) || strings.TrimSpace(w) != w {
			t.Fatalf("bad list entry %q", w)
		}
	}
}

func TestPolicyErrorMessage(t *testing.T) {
	err := Check("short")
	if err == nil || err.Error() != "password refused: "+reasonShort {
		t.Fatalf("Check(short).Error() = %v", err)
	}
}
