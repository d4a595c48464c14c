package totp

import (
	"bytes"
	"crypto/sha256"
	"regexp"
	"strings"
	"testing"
)

var displayPattern = regexp.MustCompile(`^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$`)

func TestNewRecoveryCodes(t *testing.T) {
	codes, err := NewRecoveryCodes(10)
	if err != nil {
		t.Fatal(err)
	}
	if len(codes) != 10 {
		t.Fatalf("got %d codes", len(codes))
	}
	seen := map[string]bool{}
	for _, c := range codes {
		if !displayPattern.MatchString(c) {
			t.Errorf("code %q not in the display form", c)
		}
		if strings.ContainsAny(c, "ilou") {
			t.Errorf("code %q has an ambiguous letter", c)
		}
		if seen[c] {
			t.Errorf("duplicate code %q", c)
		}
		seen[c] = true
		n, ok := NormalizeRecovery(c)
		if !ok || n != strings.ReplaceAll(c, "-", "") {
			t.Errorf("NormalizeRecovery(%q) = %q, %v", c, n, ok)
		}
	}
	for _, n := range []int{0, -1, MaxRecoveryCodes + 1} {
		if _, err := NewRecoveryCodes(n); err != ErrRecoveryCount {
			t.Errorf("NewRecoveryCodes(%d) err = %v", n, err)
		}
	}
}

// TestRecoveryAlphabetUse checks that generation uses all 32 symbols in every position
// (5 bits per character: 50 bits per code). With 100 codes × 10 positions, each
// symbol is expected about 31 times; missing one entirely has probability < 1e-12.
func TestRecoveryAlphabetUse(t *testing.T) {
	if len(recoveryAlphabet) != 32 {
		t.Fatalf("alphabet has %d symbols", len(recoveryAlphabet))
	}
	counts := map[rune]int{}
	codes, err := NewRecoveryCodes(MaxRecoveryCodes)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range codes {
		for _, r := range strings.ReplaceAll(c, "-", "") {
			counts[r]++
		}
	}
	for _, r := range recoveryAlphabet {
		if counts[r] == 0 {
			t.Errorf("symbol %q never generated", r)
		}
	}
	if len(counts) != 32 {
		t.Errorf("generated %d distinct symbols; want 32", len(counts))
	}
}

func TestNormalizeRecovery(t *testing.T) {
	for in, want := range map[string]string{
		"7k3qd-xw9fa":   "7k3qdxw9fa",
		"7K3QD-XW9FA":   "7k3qdxw9fa",
		"7k3qd xw9fa":   "7k3qdxw9fa",
		" 7k3qdxw9fa ":  "7k3qdxw9fa",
		"7k3-qd-xw-9fa": "7k3qdxw9fa",
		"0o1il-OIL10":   "0011101110",
		"abcde--fghjk":  "abcdefghjk",
	} {
		got, ok := NormalizeRecovery(in)
		if !ok || got != want {
			t.Errorf("NormalizeRecovery(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"", "7k3qd-xw9f", "7k3qd-xw9fab", "7k3qd_xw9fa", "7k3qd-xw9fu", "7k3qd.xw9fa",
		"7k3qd-xw9f\u00e9", "7k3qd\txw9fa", strings.Repeat(" ", 100) + "7k3qdxw9fa",
	} {
		if got, ok := NormalizeRecovery(in); ok {
			t.Errorf("NormalizeRecovery(%q) = %q, true; want false", in, got)
		}
	}
}

func TestHashAndMatchRecovery(t *testing.T) {
	codes, err := NewRecoveryCodes(8)
	if err != nil {
		t.Fatal(err)
	}
	hashes := make([][]byte, len(codes))
	for i, c := range codes {
		n, _ := NormalizeRecovery(c)
		hashes[i] = HashRecovery(n)
		if len(hashes[i]) != sha256.Size {
			t.Fatalf("hash is %d bytes", len(hashes[i]))
		}
		if bytes.Contains(hashes[i], []byte(n)) {
			t.Fatal("hash contains the code")
		}
	}
	// Typed differently, the same code matches its own hash.
	typed, ok := NormalizeRecovery(strings.ToUpper(strings.ReplaceAll(codes[5], "-", " ")))
	if !ok {
		t.Fatal("normalise failed")
	}
	if i, ok := MatchRecovery(typed, hashes); !ok || i != 5 {
		t.Fatalf("MatchRecovery = %d, %v; want 5, true", i, ok)
	}
	// A different code does not match; nor does anything once its hash is removed.
	if i, ok := MatchRecovery("0000000000", hashes); ok {
		t.Fatalf("MatchRecovery(unknown) = %d, true", i)
	}
	rest := append(append([][]byte{}, hashes[:5]...), hashes[6:]...)
	if _, ok := MatchRecovery(typed, rest); ok {
		t.Fatal("used code matched after its hash was removed")
	}
	// Domain separation: not the bare SHA-256 of the code.
	plain := sha256.Sum256([]byte(typed))
	if bytes.Equal(HashRecovery(typed), plain[:]) {
		t.Fatal("HashRecovery is the bare SHA-256")
	}
	if bytes.Equal(HashRecovery("0000000000"), HashRecovery("0000000001")) {
		t.Fatal("different codes hash the same")
	}
}
