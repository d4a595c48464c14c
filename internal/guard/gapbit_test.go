package guard

import (
	"strings"
	"testing"
)

// TestGapBit: tokenizeASCII's gap bits (gapBit) tell, for every byte with
// a bit, whether the text holds it, as strings.IndexByte does; hasByte
// answers as the byte search for every byte (helper speed20).
func TestGapBit(t *testing.T) {
	n := 0
	for c := 0; c < 256; c++ {
		if gapBit[c] != 0 {
			n++
			if c >= 0x80 || tokClassASCII[c] != 0 || c == '\'' {
				t.Errorf("gapBit[%#x] set for a byte a gap may not hold alone", c)
			}
		}
	}
	if n > 64 {
		t.Fatalf("%d bits", n)
	}
	texts := []string{
		"", "a", "Hello, world!", "Dear Maria Lopez, your metformin refill (Rx #7734512) is ready. DOB 03/07/1984.",
		"o'brien's x: $5 @home |pipe| back\\slash {\"k\":\"v\"} [a] <b> ~`^ tab\there\r\nnew line; ok? 50% & * + = _ -",
		"it's John's", "'quoted' \"double\"", "caf\u00e9 \u00a9 2024", "\x00\x01ctl\x7f",
		"1-800-555-0100 https://portal.example/m/abc?x=1#f www.example.org",
	}
	var sc scanner
	for _, txt := range texts {
		sc.t = normalizeInto(txt, nil, nil, &sc.nb)
		toks, seen, ok := tokenizeASCII(&sc.t, nil)
		want := tokenize(&sc.t, nil)
		if ok && len(toks) != len(want) {
			t.Errorf("%q: %d tokens, tokenize %d", txt, len(toks), len(want))
		}
		if !ok {
			seen = gapBits(sc.t.s) // as detect notes them for a text tokenizeASCII does not read
		}
		sc.seen, sc.seenOK = seen, ok
		for c := 0; c < 256; c++ {
			got, want := sc.hasByte(byte(c)), strings.IndexByte(sc.t.s, byte(c)) >= 0
			if got != want {
				t.Errorf("%q: hasByte(%#x) = %v, IndexByte says %v", txt, c, got, want)
			}
		}
		if got, want := sc.leetSymIn(), leetSymInText(sc.t.s); got != want {
			t.Errorf("%q: leetSymIn = %v, leetSymInText %v", txt, got, want)
		}
	}
}
