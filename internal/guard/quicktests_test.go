package guard

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The quick pre-tests of the scan (mayBeEncoded, indexURLStart) were
// rewritten for speed (docs/benchmarks.md, issue 15 fifth pass); these tests
// hold them to the plain byte-by-byte versions they replace, on random text
// dense in the bytes they look for.

func mayBeEncodedRef(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '=':
			if s[i+1] == '\n' || s[i+1] == '\r' || i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				return true
			}
		case '%':
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				return true
			}
		case '&':
			if c := s[i+1]; c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
		}
	}
	return false
}

func indexURLStartRef(low string) int {
	best := -1
	for _, p := range [...]string{"http://", "https://", "www.", "ftp://", "http:/", "https:/"} {
		if i := strings.Index(low, p); i >= 0 && (best < 0 || i < best) {
			if p == "www." && i > 0 && (isLetterByte(low[i-1]) || low[i-1] == '/' || low[i-1] == '.') {
				continue
			}
			best = i
		}
	}
	return best
}

// randomText joins n random pieces.
func randomText(r *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestMayBeEncodedSame(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"=", "%", "&", "\n", "\r", "#", "a", "Z", "0", "f", "G", " ", "x", "=4", "%2", "&a", ";", "é"}
	hits := 0
	for k := 0; k < 200000; k++ {
		s := randomText(r, pieces, r.IntN(8))
		got, want := mayBeEncoded(s), mayBeEncodedRef(s)
		if got != want {
			t.Fatalf("mayBeEncoded(%q) = %v, want %v", s, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no encoded sample")
	}
}

func TestIndexURLStartSame(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"http", "https", "ftp", ":", "/", "//", "://", "s", "www", ".", "w", "a", " ", "h", "p", "x.", "/www.", "1"}
	found := 0
	for k := 0; k < 300000; k++ {
		s := randomText(r, pieces, r.IntN(10))
		got, want := indexURLStart(s), indexURLStartRef(s)
		if got != want {
			t.Fatalf("indexURLStart(%q) = %d, want %d", s, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no URL sample")
	}
}

func TestLowerCleanASCIISame(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "Z", "M", "q", "0", " ", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", "\x80", "é", "~", "@", "[", "`", "{"}
	var clean, upper int
	for k := 0; k < 100000; k++ {
		s := randomText(r, pieces, r.IntN(12))
		if k%1000 == 0 {
			s = strings.Repeat(s, 100) // past the stack buffer
		}
		low, ok := lowerCleanASCII(s)
		if ok != isASCIIClean(s) || ok && low != lowerASCII(s) {
			t.Fatalf("lowerCleanASCII(%q) = %q, %v", s, low, ok)
		}
		if ok {
			clean++
			if low != s {
				upper++
			}
		}
	}
	if clean == 0 || upper == 0 {
		t.Fatal("no clean or no upper-case sample")
	}
}
