package guard

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hstr(s string) uint64 { return hashBytes(fnvOffset, s) }

func hmix(a, b uint64) uint64 {
	a ^= b + 0x9e3779b97f4a7c15 + (a << 6) + (a >> 2)
	return a * fnvPrime
}

// token classes
const (
	tAlpha = 1 << iota // only letters
	tDigit             // only digits
	tMixed             // letters and digits
	tCap               // first letter upper case
	tUpper             // all letters upper case (and at least one letter)
	tObf               // disguised with zero-width or look-alike characters
	tNonASCII
	tInnerUp // more capitals than an ASCII capital first: one after the first letter, or a first one outside ASCII
)

// token's small fields are packed together (48 bytes, not 64): the
// detectors walk the token slice many times per field.
type token struct {
	s, e  int32     // byte span in ntext.s
	cls   uint16    // token classes
	nd    int8      // number of digits, capped
	sent  bool      // first token of a sentence
	gapNL bool      // gap before contains a newline
	fb2   uint8     // second byte of filter bits (tokfilter.go), set by detect; 0 elsewhere
	fb    uint16    // filter bits (tokfilter.go), set by detect; 0 elsewhere
	low   string    // lowercase text (apostrophes removed)
	h     uint64    // hash of low
	w     *wordInfo // vocabulary entry (nil: unknown word)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// tokByte[c]: 1 for an ASCII lower-case letter, 2 for an upper-case one, 0
// for any other byte (tokenize's letter test; TestTokByte).
var tokByte = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 2
	}
	return
}()

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// tokenize splits t into word/number tokens. Apostrophes inside a word are
// kept out of the key ("o'brien" -> "obrien"); a possessive "'s" is dropped.
// A text of ASCII bytes only (most notices) is read by tokenizeASCII, the
// same reading without the non-ASCII branches (helper SPEED12); any other
// by tokenizeAny.
func tokenize(t *ntext, toks []token) []token {
	if out, _, ok := tokenizeASCII(t, toks); ok {
		return out
	}
	return tokenizeAny(t, toks[:0])
}

// gapBit[c]: a bit of its own for each ASCII byte a gap between tokens
// may hold and a gate asks for (the punctuation, the space, tab,
// newline and carriage return; not the apostrophe, which asciiToken may
// read inside a word), 0 for every other byte. tokenizeASCII ORs the
// bits of the gap bytes it passes over: scanner.hasByte answers a
// field's byte gates from them without a byte search (helper speed20;
// TestGapBit).
var gapBit = func() (t [256]uint64) {
	n := 0
	for c := 0; c < 0x80; c++ {
		if tokClassASCII[c] != 0 || c == '\'' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			continue
		}
		t[c] = 1 << n
		n++
	}
	return
}()

// tokClassASCII[c]: 1 for an ASCII lower-case letter, 2 for an upper-case
// one (tokByte's values), 3 for a digit, 4 for a byte of 0x80 or more, 0
// for any other byte (TestTokenizeASCII).
var tokClassASCII = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case tokByte[c] != 0:
			t[c] = tokByte[c]
		case c >= '0' && c <= '9':
			t[c] = 3
		case c >= 0x80:
			t[c] = 4
		}
	}
	return
}()

// tokenizeASCII is tokenizeAny for a text whose bytes are all ASCII: the
// same tokens, field for field (TestTokenizeASCII), from a loop that keeps
// its counts and hash in registers (tokenizeAny's calls for non-ASCII
// letters made the compiler keep them on the stack). At the first byte of
// 0x80 or more it stops and returns ok false (toks may then hold the
// tokens read so far: the caller starts again from toks[:0]).
func tokenizeASCII(t *ntext, toks []token) ([]token, uint64, bool) {
	s := t.s
	low := t.low // (a local: the token stores below would make t.low be read again per token; helper speed22)
	n := len(s)
	i := 0
	prevEnd := 0
	sent := true
	gapSent := false // the gap read so far holds a byte of gapSentByte
	var seen uint64  // the gapBit bits of the gap bytes (scanner.hasByte)
	for i < n {
		c := s[i]
		k := tokClassGap[c]
		if k == 0 {
			seen |= gapBit[c]
			i++
			continue
		}
		if k == 5 {
			seen |= gapBit[c]
			gapSent = true
			i++
			continue
		}
		if k == 4 {
			return toks, 0, false
		}
		// token start
		st := i
		e, letters, uppers, digits, h, apos, ok := asciiToken(s, st)
		if !ok {
			return toks, 0, false
		}
		i = e
		// every byte of the gap (prevEnd..st) went through the k == 0 or
		// k == 5 branch above: gapSent tells whether one is in gapSentByte
		// without a second walk over the gap (helper SPEED16)
		plain := !apos && !gapSent
		gapSent = false
		if !plain {
			toks = appendToken(t, toks, prevEnd, st, e, 0, letters, uppers, digits, h, apos, sent)
		} else {
			// appendToken's reading of a token with no apostrophe after a
			// gap with none of the bytes that end a sentence (most
			// tokens), written in place (helper SPEED15; TestTokenizeASCII)
			var cls uint16
			switch {
			case letters > 0 && digits > 0:
				cls = tMixed
			case digits > 0:
				cls = tDigit
			default:
				cls = tAlpha
			}
			if letters > 0 {
				capFirst := s[st]-'A' < 26
				if capFirst {
					cls |= tCap
				}
				if uppers == letters {
					cls |= tUpper
				}
				if uppers > 1 || uppers == 1 && !capFirst {
					cls |= tInnerUp
				}
			}
			if digits > 100 {
				digits = 100
			}
			k := len(toks)
			if k == cap(toks) {
				toks = append(toks, token{})
			} else {
				toks = toks[:k+1]
			}
			// field by field: the composite literal was built on the
			// stack and copied, 48 bytes a token (helper speed17); every
			// field is written, as the literal wrote them
			tk := &toks[k]
			tk.s, tk.e = int32(st), int32(e)
			tk.cls, tk.nd, tk.sent, tk.gapNL = cls, int8(digits), sent, false
			tk.fb2, tk.fb = 0, 0
			tk.low, tk.h, tk.w = low[st:e], h, nil
		}
		sent = false
		prevEnd = e
	}
	return toks, seen, true
}

// gapSentByte: the bytes of a gap appendToken reads (a newline, a
// sentence's end, a period); a gap with none leaves the token as it is.
var gapSentByte = [256]bool{'\n': true, '\r': true, '!': true, '?': true, ';': true, '|': true, '.': true}

// tokClassGap is tokClassASCII with 5 for the bytes of gapSentByte (all of
// class 0 there): tokenizeASCII's loop over a gap notes them as it skips
// them (helper SPEED16; TestTokClassGap).
var tokClassGap = func() (t [256]uint8) {
	t = tokClassASCII
	for c := 0; c < 256; c++ {
		if gapSentByte[c] {
			t[c] = 5
		}
	}
	return
}()

// asciiToken reads the token of s starting at st (an ASCII letter or
// digit) as tokenizeAny's inner loop does: it returns the token's end, its
// letters, capitals and digits, the hash of its key (lower case, no
// apostrophes) and whether an apostrophe was left out; ok is false at a
// byte of 0x80 or more. Kept out of line so its loop has the registers to
// itself (helper SPEED12).
//
//go:noinline
func asciiToken(s string, st int) (e, letters, uppers, digits int, h uint64, apos, ok bool) {
	h = uint64(fnvOffset)
	skipped := 0 // apostrophes left out of the key
	// one byte a turn over b from its start (every byte read that does
	// not end the token moves j by one): the compiler proves j in range
	// and keeps the loop in registers; the classes by compares, not
	// tokClassASCII's table, whose address the loop loaded every byte
	// (helper speed19)
	b := s[st:]
	j := 0
	for ; j < len(b); j++ {
		c := b[j]
		// a lower-case letter (most bytes) costs one compare and no count:
		// letters is worked out at the end from the others (helper SPEED13)
		if c-'a' < 26 {
			h ^= uint64(c)
			h *= fnvPrime
			continue
		}
		if c-'A' < 26 {
			uppers++
			h ^= uint64(c | 0x20)
			h *= fnvPrime
			continue
		}
		if c-'0' < 10 {
			digits++
			h ^= uint64(c)
			h *= fnvPrime
			continue
		}
		if c >= 0x80 {
			return st + j, 0, uppers, digits, h, apos, false
		}
		if c == '\'' && j+1 < len(b) && isLetterByte(b[j+1]) && j > 0 && isLetterByte(b[j-1]) {
			// possessive 's ends the word
			if (b[j+1] == 's' || b[j+1] == 'S') && (j+2 >= len(b) || !isLetterByte(b[j+2])) {
				break
			}
			apos = true
			skipped++
			continue
		}
		break
	}
	// every byte read is a letter, a digit or a skipped apostrophe
	letters = j - digits - skipped
	return st + j, letters, uppers, digits, h, apos, true
}

// tokenizeAny is tokenize for any text (ASCII or not).
func tokenizeAny(t *ntext, toks []token) []token {
	s := t.s
	n := len(s)
	i := 0
	prevEnd := 0
	sent := true
	for i < n {
		c := s[i]
		if c < 0x80 && !isLetterByte(c) && !isDigitByte(c) {
			i++
			continue
		}
		if c >= 0x80 {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += sz
				continue
			}
		}
		// token start
		st := i
		var cls uint16
		letters, uppers, digits := 0, 0, 0
		apos := false
		// h is hstr of the token's key (its lower case without
		// apostrophes), computed as the bytes are read: low has the
		// same bytes as s but for ASCII letters' case
		h := uint64(fnvOffset)
		for i < n {
			c := s[i]
			if c < 0x80 {
				// an ASCII letter by one table read (tokByte), its
				// capital counted without a branch (helper SPEED10)
				if k := tokByte[c]; k != 0 {
					letters++
					uppers += int(k - 1)
					h ^= uint64(c | 0x20)
					h *= fnvPrime
					i++
					continue
				}
				switch {
				case isDigitByte(c):
					digits++
					h ^= uint64(c)
					h *= fnvPrime
					i++
					continue
				case c == '\'' && i+1 < n && isLetterByte(s[i+1]) && i > st && isLetterByte(s[i-1]):
					// possessive 's ends the word
					if (s[i+1] == 's' || s[i+1] == 'S') && (i+2 >= n || !isLetterByte(s[i+2])) {
						break
					}
					apos = true
					i++
					continue
				}
				break
			}
			r, sz := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				letters++
				cls |= tNonASCII
				if unicode.IsUpper(r) {
					uppers++
				}
				h = hashBytes(h, t.low[i:i+sz])
				i += sz
				continue
			}
			if unicode.IsDigit(r) {
				digits++
				cls |= tNonASCII
				h = hashBytes(h, t.low[i:i+sz])
				i += sz
				continue
			}
			break
		}
		e := i
		if e == st { // safety: never loop forever
			i++
			continue
		}
		toks = appendToken(t, toks, prevEnd, st, e, cls, letters, uppers, digits, h, apos, sent)
		sent = false
		prevEnd = e
	}
	return toks
}

func abbrevBefore(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	p := toks[len(toks)-1]
	if p.e-p.s == 1 && p.cls&tAlpha != 0 {
		return true
	}
	switch p.low {
	case "dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "no", "vs", "ave", "apt", "ste", "inc", "co", "mt", "ft", "rev", "hon", "sgt", "capt", "lt", "col", "gen", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// appendToken appends the token s[st:e] that tokenizeASCII or tokenizeAny
// read: its classes from the counts (cls brings tNonASCII when it
// applies), its key without apostrophes, and whether a sentence ends in
// the gap before it (sent: the text's start, or a break the caller saw).
func appendToken(t *ntext, toks []token, prevEnd, st, e int, cls uint16, letters, uppers, digits int, h uint64, apos, sent bool) []token {
	s := t.s
	switch {
	case letters > 0 && digits > 0:
		cls |= tMixed
	case digits > 0:
		cls |= tDigit
	default:
		cls |= tAlpha
	}
	if letters > 0 {
		c := s[st]
		if c >= 'A' && c <= 'Z' {
			cls |= tCap
		}
		if uppers == letters {
			cls |= tUpper
		}
		// tInnerUp: more capitals than an ASCII capital first
		// (mixedCaseMay's test; no per-letter work)
		if uppers > 1 || uppers == 1 && !(c >= 'A' && c <= 'Z') {
			cls |= tInnerUp
		}
	}
	low := t.low[st:e]
	if apos {
		b := make([]byte, 0, len(low))
		for j := 0; j < len(low); j++ {
			if low[j] != '\'' {
				b = append(b, low[j])
			}
		}
		low = string(b)
	}
	if digits > 100 {
		digits = 100
	}
	tk := token{s: int32(st), e: int32(e), cls: cls, nd: int8(digits), low: low, h: h}
	gap := s[prevEnd:st]
	if len(gap) != 1 || gap[0] != ' ' { // a one-space gap (most gaps) holds none of the bytes below
		for j := 0; j < len(gap); j++ {
			switch gap[j] {
			case '\n', '\r':
				tk.gapNL = true
				sent = true
			case '!', '?', ';', '|':
				sent = true
			case '.':
				// "Dr." / "Mr." / initials / "42.10" do not end a sentence
				if j+1 < len(gap) && !abbrevBefore(toks) {
					sent = true
				}
			}
		}
	}
	tk.sent = sent
	return append(toks, tk)
}
