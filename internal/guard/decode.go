package guard

import (
	"strings"
	"unsafe"

	"golang.org/x/net/html"
)

// Nested encodings (issue 15, bad input): a notice may carry text encoded
// once more — quoted-printable in a webhook payload ("metfor=\nmin",
// "=4D=65=74"), percent-encoding in a URL ("name=Jane%20Doe"), HTML
// entities in plain text or inside a URL ("&amp;dob=", "&#77;RN"), or
// several of them nested ("%26amp%3B"). decodeNested decodes up to three
// rounds and maps every decoded byte to the span of the original that
// produced it. The guard checks the text as given and, when decoding changed
// it, the decoded text too (spans point at the original).

const maxDecodeRounds = 3

// mayBeEncoded is a quick test for anything decodeNested would change. It
// looks only where one of the three escape bytes occurs (strings.IndexByte
// skips the plain text between them).
func mayBeEncoded(s string) bool {
	for _, c := range [...]byte{'=', '%', '&'} {
		for off := 0; ; {
			i := strings.IndexByte(s[off:], c)
			if i < 0 {
				break
			}
			if encodedAt(s, off+i) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// escapeGapBits: the gapBit bits of mayBeEncoded's three escape bytes.
var escapeGapBits = gapBit['='] | gapBit['%'] | gapBit['&']

// plainNoEscape reports that text, the plain (not HTML) field run has
// just read, holds none of mayBeEncoded's escape bytes, from the gap
// bits detect noted (hasByte's): an ASCII text normalised to itself
// (s.t.s is text, not a copy) has every '=', '%' and '&' in a gap
// between tokens. decodeNestedBuf would then find nothing to decode:
// CheckPrepared skips its three byte searches over the field (helper
// speed22; TestPlainNoEscape).
func (s *scanner) plainNoEscape(text string, isHTML bool) bool {
	return !isHTML && s.seenOK && s.seen&escapeGapBits == 0 &&
		len(s.t.s) == len(text) && unsafe.StringData(s.t.s) == unsafe.StringData(text)
}

// encodedAt: the escape byte at s[i] starts something decodeOnce decodes.
func encodedAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	switch s[i] {
	case '=':
		return s[i+1] == '\n' || s[i+1] == '\r' || i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
	case '%':
		return i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
	case '&':
		c := s[i+1]
		return c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return false
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f' }

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// decodeNested returns the decoded text and, for each of its bytes, the
// start and end of the original bytes it came from; ok is false when
// nothing was decoded.
func decodeNested(src string) (string, []int32, []int32, bool) {
	return decodeNestedBuf(src, nil)
}

// decodeBufs holds decodeNestedBuf's rounds in a scanner (CheckPrepared's
// decoded pass): two sets, a round reading the one the round before wrote.
type decodeBufs struct {
	out    [2][]byte
	st, en [2][]int32
}

// decodeNestedBuf is decodeNested; with db, its text and offsets are
// written into db's buffers (valid until db is used again) rather than new
// memory.
func decodeNestedBuf(src string, db *decodeBufs) (string, []int32, []int32, bool) {
	if !mayBeEncoded(src) {
		return "", nil, nil, false
	}
	cur := src
	var st, en []int32
	changed := false
	for round := 0; round < maxDecodeRounds && mayBeEncoded(cur); round++ {
		var out string
		var s2, e2 []int32
		var ok bool
		if db == nil {
			out, s2, e2, ok = decodeOnce(cur)
		} else {
			k := round & 1 // cur is the other set's (or src)
			var ob []byte
			ob, s2, e2, ok = decodeOnceInto(cur, db.out[k][:0], db.st[k][:0], db.en[k][:0])
			db.out[k], db.st[k], db.en[k] = ob, s2, e2
			out = aliasString(ob)
		}
		if !ok {
			break
		}
		changed = true
		if st != nil { // compose with the earlier rounds
			for i := range s2 {
				s2[i], e2[i] = st[s2[i]], en[e2[i]-1]
			}
		}
		cur, st, en = out, s2, e2
	}
	if !changed {
		return "", nil, nil, false
	}
	return cur, st, en, true
}

// decodeOnce decodes one layer: quoted-printable soft breaks and =HH,
// percent %HH, HTML character references.
func decodeOnce(s string) (string, []int32, []int32, bool) {
	out, st, en, ok := decodeOnceInto(s, make([]byte, 0, len(s)), make([]int32, 0, len(s)), make([]int32, 0, len(s)))
	if !ok {
		return "", nil, nil, false
	}
	// invalid UTF-8 from a decoded byte is normalised later (to a space)
	return string(out), st, en, true
}

// decodeOnceInto is decodeOnce appending to out, st and en; it returns
// them (grown) and whether anything was decoded.
func decodeOnceInto(s string, out []byte, st, en []int32) ([]byte, []int32, []int32, bool) {
	changed := false
	put := func(c byte, a, b int) {
		out = append(out, c)
		st = append(st, int32(a))
		en = append(en, int32(b))
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '=' && i+1 < len(s) && s[i+1] == '\n':
			i += 2 // soft line break
			changed = true
			continue
		case c == '=' && i+2 < len(s) && s[i+1] == '\r' && s[i+2] == '\n':
			i += 3
			changed = true
			continue
		case (c == '=' || c == '%') && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			put(unhex(s[i+1])<<4|unhex(s[i+2]), i, i+3)
			i += 3
			changed = true
			continue
		case c == '&' && i+2 < len(s):
			j := i + 1
			for j < len(s) && j-i < 12 && s[j] != ';' && s[j] != '&' && s[j] != ' ' {
				j++
			}
			if j < len(s) && s[j] == ';' {
				ref := s[i : j+1]
				if dec := html.UnescapeString(ref); dec != ref {
					for k := 0; k < len(dec); k++ {
						put(dec[k], i, j+1)
					}
					i = j + 1
					changed = true
					continue
				}
			}
		}
		put(c, i, i+1)
		i++
	}
	return out, st, en, changed
}
