package guard

import (
	"slices"
	"testing"
)

// TestDecodeNestedBufIsDecodeNested: the buffered decoding (one
// decodeBufs reused call after call, as a pooled scanner does) returns what
// decodeNested returns, for one to three rounds, soft breaks, entities
// and inputs that decode to nothing.
func TestDecodeNestedBufIsDecodeNested(t *testing.T) {
	in := []string{
		"plain text", "metfor=\nmin", "=4D=65=74formin", "name=Jane%20Doe", "&amp;dob=1984", "&#77;RN 4471230",
		"%26amp%3B", "%2526amp%253B%2520x", "Thank&nbsp;you &amp; have a nice day", "&unknown; 50%", "=\r\n",
		"<p>Dear&nbsp;Maria&nbsp;Lopez</p>", "%25252541", "a=\nb=\nc", "&lt;b&gt;Jane&lt;/b&gt;", "",
		"==4D%3D4D", "x&#x4d;&#X4D;&#0;", "100% sure = 4DE", "%E2%80%8Bzero%E2%80%8Bwidth",
	}
	var db decodeBufs
	for round := 0; round < 3; round++ { // reuse the buffers, in both orders
		for k := range in {
			s := in[k]
			if round == 1 {
				s = in[len(in)-1-k]
			}
			d1, s1, e1, ok1 := decodeNested(s)
			d2, s2, e2, ok2 := decodeNestedBuf(s, &db)
			if d1 != d2 || ok1 != ok2 || !slices.Equal(s1, s2) || !slices.Equal(e1, e2) {
				t.Errorf("%q: decodeNested %q %v %v %v, decodeNestedBuf %q %v %v %v", s, d1, s1, e1, ok1, d2, s2, e2, ok2)
			}
		}
	}
}

// FuzzDecodeNestedBuf: the same on any input, the buffers reused.
func FuzzDecodeNestedBuf(f *testing.F) {
	for _, s := range []string{"%2526amp%253B", "metfor=\nmin", "&amp;&#77;", "=4D=65"} {
		f.Add(s)
	}
	var db decodeBufs
	f.Fuzz(func(t *testing.T, s string) {
		d1, s1, e1, ok1 := decodeNested(s)
		d2, s2, e2, ok2 := decodeNestedBuf(s, &db)
		if d1 != d2 || ok1 != ok2 || !slices.Equal(s1, s2) || !slices.Equal(e1, e2) {
			t.Fatalf("%q: decodeNested %q %v, decodeNestedBuf %q %v", s, d1, ok1, d2, ok2)
		}
	})
}
