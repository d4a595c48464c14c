package guard

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestTokenizeASCII: tokenize (tokenizeASCII for an ASCII text) gives
// tokenizeAny's tokens, field for field, for every development corpus row
// (the held-out files are skipped by name, never opened), the benchmark's
// notices and random texts of letters, digits, apostrophes, dots, line
// breaks and some non-ASCII bytes (helper SPEED12).
func TestTokenizeASCII(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := tokByte[c]
		switch {
		case c >= '0' && c <= '9':
			want = 3
		case c >= 0x80:
			want = 4
		}
		if tokClassASCII[c] != want {
			t.Fatalf("tokClassASCII[%#x] = %d, want %d", c, tokClassASCII[c], want)
		}
	}
	check := func(text string) {
		t.Helper()
		for _, plain := range []bool{true, false} {
			nt := normalize(text, nil, nil)
			if !plain {
				txt, st, en, _ := stripHTMLInto(text, &htmlBuf{})
				nt = normalize(txt, st, en)
			}
			want := tokenizeAny(&nt, nil)
			got := tokenize(&nt, nil)
			if len(want) == 0 && len(got) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: tokenize differs from tokenizeAny:\n%+v\n%+v", text, got, want)
			}
			// a reused buffer too
			got2 := tokenize(&nt, make([]token, 3, 64)[:0])
			if !reflect.DeepEqual(got2, want) {
				t.Fatalf("%q: tokenize into a buffer differs", text)
			}
		}
	}
	n := 0
	for _, p := range devCorpusPaths(t, "*.jsonl") { // held-out files skipped by name
		for _, it := range loadCorpus(t, p) {
			check(it.Text)
			n++
		}
	}
	for _, nt := range benchNotices(60) {
		for _, f := range nt.Fields {
			check(f.Text)
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "B", "z", "Q", "1", "0", "9", "'", "'s", "'S", " ", ".", ". ", "\n", "\r", "!", "?", ";", "|", "-", "@", "_",
		"Dr", "mr", "St", "o'brien", "é", "ñ", "Ж", "٣", "\u200b", "&amp;", "<b>", "x", "42.10", "A1C"}
	for k := 0; k < 20000; k++ {
		var b []byte
		for j := r.IntN(24); j >= 0; j-- {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		check(string(b))
	}
	if n < 1000 {
		t.Fatalf("only %d corpus rows read", n)
	}
}
