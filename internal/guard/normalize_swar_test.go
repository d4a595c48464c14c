package guard

import (
	"math/rand/v2"
	"testing"
)

// TestLowerCleanASCIIWords: lowerCleanASCIIInto (eight bytes at a time)
// answers as the byte-by-byte reading through cleanLower, on strings of
// every length mixing capitals, printable bytes, tabs, newlines, control
// bytes, DEL and bytes past ASCII.
func TestLowerCleanASCIIWords(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ref := func(src string) (string, bool) {
		b := make([]byte, len(src))
		for i := 0; i < len(src); i++ {
			if b[i] = cleanLower[src[i]]; b[i] == 0 {
				return "", false
			}
		}
		return string(b), true
	}
	var buf []byte
	pick := []func() byte{
		func() byte { return byte('A' + r.IntN(26)) },
		func() byte { return byte('a' + r.IntN(26)) },
		func() byte { return byte(0x20 + r.IntN(0x5f)) },
		func() byte { return "\n\t\r"[r.IntN(3)] },
		func() byte { return byte(r.IntN(0x20)) },
		func() byte { return 0x7f },
		func() byte { return byte(0x80 + r.IntN(0x80)) },
		func() byte { return "@[`{AZaz"[r.IntN(8)] },
	}
	for n := 0; n < 200000; n++ {
		l := r.IntN(40)
		kinds := 1 + r.IntN(len(pick))
		rare := r.IntN(4) == 0
		s := make([]byte, l)
		for i := range s {
			k := r.IntN(kinds)
			if k >= 3 && !rare {
				k = r.IntN(3)
			}
			s[i] = pick[k]()
		}
		src := string(s)
		got, ok := lowerCleanASCIIInto(src, &buf)
		want, wok := ref(src)
		if ok != wok || got != want {
			t.Fatalf("%q: got %q %v, want %q %v", src, got, ok, want, wok)
		}
	}
	for c := 0; c < 256; c++ {
		src := string([]byte{'X', 'a', 'b', 'c', 'd', 'e', 'f', 'g', byte(c), 'Q'})
		got, ok := lowerCleanASCIIInto(src, &buf)
		want, wok := ref(src)
		if ok != wok || got != want {
			t.Fatalf("byte %#x: got %q %v, want %q %v", c, got, ok, want, wok)
		}
	}
}
