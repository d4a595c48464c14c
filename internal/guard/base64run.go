package guard

import (
	"encoding/base64"
	"unicode/utf8"
)

// base64run.go: text hidden in base64 (fix helper r112, issue 15,
// twenty-second pass; dev112, 2026-12-06).
//
// A notice may carry the reader's data base64-encoded, as a webhook or an
// app's "encoded for your privacy" line does: "Saved medication (encoded
// for your privacy): dGlyemVwYXRpZGUgMTAgbWcgd2Vla2x5 - tap to decode"
// ("tirzepatide 10 mg weekly") passed, since decodeNested (decode.go) reads
// only quoted-printable, percent-encoding and HTML references.
//
// base64Decoded gives CheckPrepared a decoded pass for a field that
// decodeNested left alone: every run of at least 16 base64 letters (the
// standard or URL-safe alphabet, with its "=" padding) holding both upper-
// and lower-case letters whose decoding is text — valid UTF-8, no control
// bytes but tab and line ends, a space, and mostly letters, digits and
// spaces — is replaced by its decoding, every decoded byte
// mapped to the whole run in the original (a finding spans the run).
// Letters, digits and spaces make at least seven in ten of its
// characters.
// Identifiers, tokens and URL paths decode to bytes that are no text
// (a random run of 16 letters decodes to text about once in a hundred
// thousand) and are left as they are; "Your order has shipped" encoded is
// decoded and passes as the plain text would. The decoded pass is the
// nested encodings' (runDecoded): its findings are added unless the plain
// pass found the same.
//
// Speed: the bytes are read only when the plain pass's tokens hold a
// likely piece of a run (mayHoldBase64: eight letters or more with a
// capital after the first and a lower-case letter, as base64 of text has
// in every run of 16 but for one in thousands split by "+" or "/" into
// short pieces), then one table load per byte, and the decoding only at a
// run of 16 letters or more.
const b64MinRun = 16

// mayHoldBase64: a token of the plain pass (s.toks, just read from the
// field) has at least eight bytes, a capital after its first letter
// (tInnerUp) and a lower-case letter (not tUpper), as every piece of a
// base64 run of text but a rare short one does.
func (s *scanner) mayHoldBase64() bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.cls&(tInnerUp|tUpper) == tInnerUp && t.e-t.s >= 8 {
			return true
		}
	}
	return false
}

// b64Letter[c]: 1 for a letter of the standard or URL-safe base64
// alphabet, 2 for a capital, 4 for a lower-case letter.
var b64Letter = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1 | 2
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1 | 4
	}
	for _, c := range "0123456789+/-_" {
		t[c] = 1
	}
	return
}()

// base64Decoded returns text with its base64 runs of text decoded, and
// for each byte of the result the start and end of the original bytes it
// came from; ok is false when no run decoded to text.
func base64Decoded(text string) (string, []int32, []int32, bool) {
	var out []byte
	var st, en []int32
	last := 0 // text[last:] not yet copied to out
	for i := 0; i < len(text); {
		if b64Letter[text[i]] == 0 {
			i++
			continue
		}
		a := i
		var seen uint8
		for i < len(text) && b64Letter[text[i]] != 0 {
			seen |= b64Letter[text[i]]
			i++
		}
		b := i
		for b < len(text) && b-i < 2 && text[b] == '=' {
			b++
		}
		if i-a < b64MinRun || seen&6 != 6 {
			continue
		}
		dec, good := b64Text(text[a:i])
		if !good {
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(text)+len(dec))
			st = make([]int32, 0, cap(out))
			en = make([]int32, 0, cap(out))
		}
		for k := last; k < a; k++ {
			out = append(out, text[k])
			st = append(st, int32(k))
			en = append(en, int32(k+1))
		}
		// the run is maximal: the bytes around it are no base64 letters,
		// so the decoded words stay apart from the words around them
		for k := range dec {
			out = append(out, dec[k])
			st = append(st, int32(a))
			en = append(en, int32(b))
		}
		last, i = b, b
	}
	if out == nil {
		return "", nil, nil, false
	}
	for k := last; k < len(text); k++ {
		out = append(out, text[k])
		st = append(st, int32(k))
		en = append(en, int32(k+1))
	}
	return string(out), st, en, true
}

// b64Text decodes run (base64 letters, no padding) and reports whether
// the decoding is text.
func b64Text(run string) ([]byte, bool) {
	enc := base64.RawStdEncoding
	for k := 0; k < len(run); k++ {
		if run[k] == '-' || run[k] == '_' {
			enc = base64.RawURLEncoding
			break
		}
	}
	if len(run)%4 == 1 {
		return nil, false
	}
	dec, err := enc.DecodeString(run)
	if err != nil || len(dec) < 8 || !utf8.Valid(dec) {
		return nil, false
	}
	words, chars, space := 0, 0, false
	for _, r := range string(dec) {
		chars++
		switch {
		case r == ' ':
			space = true
			words++
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f, r == utf8.RuneError:
			return nil, false
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xc0 && r <= 0x24f:
			words++
		}
	}
	return dec, space && 10*words >= 7*chars
}
