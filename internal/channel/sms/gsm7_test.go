package sms

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestGSM7Tables(t *testing.T) {
	if n := utf8.RuneCountInString(gsm7Basic); n != 127 { // 128 codes less ESC
		t.Fatalf("basic table has %d characters, want 127", n)
	}
	if n := utf8.RuneCountInString(gsm7Extension); n != 10 {
		t.Fatalf("extension table has %d characters, want 10", n)
	}
	seen := map[rune]bool{}
	for _, r := range gsm7Basic + gsm7Extension {
		if seen[r] {
			t.Fatalf("%q listed twice", r)
		}
		seen[r] = true
	}
}

func TestGSM7Septets(t *testing.T) {
	cases := []struct {
		s  string
		n  int
		ok bool
	}{
		{"", 0, true},
		{"Hello", 5, true},
		{"You have a new message. Sign in: https://p.example/m/abc", 56, true},
		{"@£$¥¤¡¿§", 8, true},
		{"\r\n", 2, true},
		// Extension table: two septets each.
		{"€", 2, true}, {"^", 2, true}, {"{", 2, true}, {"}", 2, true},
		{"[", 2, true}, {"]", 2, true}, {"~", 2, true}, {"\\", 2, true},
		{"|", 2, true}, {"\f", 2, true},
		{"Total: 12€", 11, true},
		// Basic-set accented and Greek letters: one septet each.
		{"éèùìòØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉÄÖÑÜ§¿äöñüà", 35, true},
		{"Ç", 1, true},
		// Not in GSM 03.38.
		{"ç", 0, false},
		{"façade", 2, false},
		{"á", 0, false},
		{"`", 0, false},
		{"\t", 0, false},
		{"Α", 0, false}, // Greek capital alpha, not Latin A
		{"ok 👍", 3, false},
		{"“quoted”", 0, false},
		{"\x00", 0, false},
	}
	for _, c := range cases {
		n, ok := GSM7Septets(c.s)
		if n != c.n || ok != c.ok {
			t.Errorf("GSM7Septets(%q) = %d, %v; want %d, %v", c.s, n, ok, c.n, c.ok)
		}
	}
}

func TestCheckText(t *testing.T) {
	cases := []struct {
		name string
		s    string
		want error
	}{
		{"160 septets", strings.Repeat("a", 160), nil},
		{"161 septets", strings.Repeat("a", 161), ErrTooLong},
		{"160 multibyte basic", strings.Repeat("é", 160), nil},
		{"80 euro = 160", strings.Repeat("€", 80), nil},
		{"80 euro + 1 = 161", strings.Repeat("€", 80) + "a", ErrTooLong},
		{"159 + brace = 161", strings.Repeat("a", 159) + "{", ErrTooLong},
		{"158 + brace = 160", strings.Repeat("a", 158) + "}", nil},
		{"emoji", "Your order shipped 📦", ErrNotGSM7},
		{"cedilla", "Reçu", ErrNotGSM7},
		{"empty", "", ErrEmptyText},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckText(c.s)
			if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
				t.Fatalf("CheckText = %v, want %v", err, c.want)
			}
		})
	}
	// The error names a position, not the text.
	err := CheckText("Dear Maria Lopez, your ç")
	if err == nil || strings.Contains(err.Error(), "Maria") || strings.Contains(err.Error(), "ç") {
		t.Fatalf("error %v", err)
	}
	if !strings.Contains(err.Error(), "character 24") {
		t.Fatalf("error %v does not give the position", err)
	}
}
