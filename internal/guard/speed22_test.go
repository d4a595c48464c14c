package guard

import (
	"math/rand/v2"
	"testing"
)

// TestPlainNoEscape: whenever plainNoEscape lets CheckPrepared skip the
// decoding, mayBeEncoded finds nothing in the field, for the development
// rows, the benchmark's notices and random texts of escape bytes (helper
// speed22).
func TestPlainNoEscape(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := devBenchTexts(t)
	r := rand.New(rand.NewPCG(22, 22))
	pieces := []string{"=", "%", "&", "\n", "=\n", "#", "a", "Z", "0", "f", " ", "x", "=4D", "%2", "&a", ";", "é", "'", "&#7", "\u200b"}
	for k := 0; k < 20000; k++ {
		texts = append(texts, randomText(r, pieces, r.IntN(10)))
	}
	s := &scanner{}
	skipped := 0
	for _, text := range texts {
		for _, isHTML := range []bool{false, true} {
			s.reset(g, g.empty, Standard, "text")
			s.run(text, isHTML)
			if !s.plainNoEscape(text, isHTML) {
				continue
			}
			skipped++
			if mayBeEncoded(text) {
				t.Fatalf("%q (html %v): plainNoEscape, but mayBeEncoded", text, isHTML)
			}
		}
	}
	if skipped == 0 {
		t.Fatal("plainNoEscape never held")
	}
}

// TestSentSpan: sentSpan is sentenceSpan(s.toks, k) for every token of
// the development rows and the benchmark's notices, after detect and
// after careView (helper speed22).
func TestSentSpan(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := devBenchTexts(t)
	s := &scanner{}
	check := func(text string) {
		for k := -1; k < len(s.toks); k++ {
			if k < 0 && len(s.toks) == 0 {
				continue
			}
			lo, hi := s.sentSpan(k)
			wlo, whi := sentenceSpan(s.toks, k)
			if lo != wlo || hi != whi {
				t.Fatalf("%q: sentSpan(%d) = %d, %d, want %d, %d", text, k, lo, hi, wlo, whi)
			}
		}
	}
	for _, text := range texts {
		s.reset(g, g.empty, Standard, "text")
		s.run(text, false)
		check(text)
		s.careView()
		check(text)
	}
}

// TestWordingHas: Wording.has (its sorted keys) answers as its map for
// every word of the development rows, with templates of a few words and
// of many (the binary search) (helper speed22).
func TestWordingHas(t *testing.T) {
	texts := devTexts(t)
	for _, n := range []int{1, 3, 40} {
		w := NewWording(texts[:n])
		for _, text := range texts[:200] {
			nt := normalize(text, nil, nil)
			for _, tk := range tokenize(&nt, nil) {
				_, want := w.tmpl[tk.h]
				if got := w.has(tk.h); got != want {
					t.Fatalf("template of %d texts: has(%q) = %v, want %v", n, tk.low, got, want)
				}
			}
		}
		if n == 40 && len(w.keys) <= 16 {
			t.Fatalf("template of %d texts: only %d words", n, len(w.keys))
		}
	}
}

// TestGapBitsIsSeen: gapBits of a text tokenizeASCII reads is the seen it
// returns (detect notes gapBits for the other texts: hasByte answers a
// gap byte from them for every text; helper speed22).
func TestGapBitsIsSeen(t *testing.T) {
	texts := devBenchTexts(t)
	var sc scanner
	read := 0
	for _, text := range texts {
		sc.t = normalizeInto(text, nil, nil, &sc.nb)
		_, seen, ok := tokenizeASCII(&sc.t, nil)
		if !ok {
			continue
		}
		read++
		if g := gapBits(sc.t.s); g != seen {
			t.Fatalf("%q: gapBits %#x, tokenizeASCII's seen %#x", text, g, seen)
		}
	}
	if read == 0 {
		t.Fatal("no text read by tokenizeASCII")
	}
}
