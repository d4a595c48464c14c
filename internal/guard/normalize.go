package guard

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// ntext is a field after one normalisation pass: compatibility-decomposed
// (fullwidth, ligatures, mathematical letters folded), diacritics and
// zero-width/format characters removed, look-alike Cyrillic/Greek letters
// mapped to Latin, unicode spaces/dashes/quotes mapped to ASCII, invalid
// UTF-8 and control characters replaced by spaces. Case is preserved in s;
// low is the ASCII-lowercased copy (same length). start/end map every byte
// of s back to the byte span in the original input (nil = identity).
type ntext struct {
	s, low     string
	start, end []int32
	// obf holds normalised offsets of words that were disguised: a
	// zero-width character dropped between two letters, or a look-alike
	// letter mixed into a Latin word.
	zw    []int32 // positions in s where a zero-width char was dropped
	homog []int32 // positions in s holding a mapped look-alike letter
	mixed []int32 // positions of native ASCII letters (only filled when homog non-empty)
}

// lowerAll is strings.ToLower(t.s) without the copy for ASCII text,
// whose lower case t.low already is (helper speed17): a rule that reads
// the field's lower case whole (a JSON payload's keys) pays a byte scan,
// and Unicode case mapping only when the text has a non-ASCII byte.
func (t *ntext) lowerAll() string {
	for i := 0; i < len(t.s); i++ {
		if t.s[i] >= utf8.RuneSelf {
			return strings.ToLower(t.s)
		}
	}
	return t.low
}

func (t *ntext) orig(a, b int) (int, int) {
	if a < 0 {
		a = 0
	}
	if b > len(t.s) {
		b = len(t.s)
	}
	if t.start == nil {
		return a, b
	}
	if a >= len(t.start) {
		if len(t.end) > 0 {
			e := int(t.end[len(t.end)-1])
			return e, e
		}
		return 0, 0
	}
	oa := int(t.start[a])
	ob := oa
	if b > 0 && b-1 < len(t.end) {
		ob = int(t.end[b-1])
	}
	if ob < oa {
		ob = oa
	}
	return oa, ob
}

func isASCIIClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f {
			return false
		}
	}
	return true
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 32
				}
			}
			return string(b)
		}
	}
	return s
}

// cleanLower maps every byte isASCIIClean accepts to its ASCII lower case,
// and every other byte to 0 (which no accepted byte maps to).
var cleanLower = func() (t [256]byte) {
	for c := 1; c < 0x80; c++ {
		switch {
		case c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f:
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		default:
			t[c] = byte(c)
		}
	}
	return
}()

// lowerCleanASCII is isASCIIClean and lowerASCII in one pass: src
// lower-cased, and ok false when src is not clean ASCII. Only a string with
// an upper-case letter is copied (once), from its first upper-case letter.
func lowerCleanASCII(src string) (low string, ok bool) {
	i := 0
	for ; i < len(src); i++ {
		l := cleanLower[src[i]]
		if l == 0 {
			return "", false
		}
		if l != src[i] {
			break
		}
	}
	if i == len(src) {
		return src, true
	}
	var small [512]byte
	var b []byte
	if len(src) <= len(small) {
		b = small[:len(src)]
	} else {
		b = make([]byte, len(src))
	}
	copy(b, src[:i])
	for ; i < len(src); i++ {
		l := cleanLower[src[i]]
		if l == 0 {
			return "", false
		}
		b[i] = l
	}
	return string(b), true
}

// lowerCleanASCIIInto is lowerCleanASCII writing the lower case into *buf
// (grown as needed) instead of a new string: the result aliases *buf and
// is valid only until *buf is written again. The scanner keeps one buffer
// per pooled scanner, so a field's text is lower-cased without allocating;
// nothing the scanner returns holds a piece of its normalised text
// (findings carry offsets, rules and reasons of their own).
func lowerCleanASCIIInto(src string, buf *[]byte) (low string, ok bool) {
	i := 0
	for ; i < len(src); i++ {
		l := cleanLower[src[i]]
		if l == 0 {
			return "", false
		}
		if l != src[i] {
			break
		}
	}
	if i == len(src) {
		return src, true
	}
	b := *buf
	if cap(b) < len(src) {
		b = make([]byte, len(src), len(src)+len(src)/2)
	}
	b = b[:len(src)]
	copy(b, src[:i])
	// eight bytes at a time (helper SPEED10): a word of printable ASCII
	// (0x20..0x7e) gets 0x20 added to its capitals at once; a word with
	// any other byte (a tab or newline too) is read byte by byte below, as
	// before (TestLowerCleanASCIIWords)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// (src's bytes read in place, eight by one load: helper SPEED13)
	sb := unsafe.Slice(unsafe.StringData(src), len(src))
	for ; i+8 <= len(src); i += 8 {
		x := binary.LittleEndian.Uint64(sb[i : i+8])
		y := x ^ 0x7f*ones
		if x&highs|(x-0x20*ones)&^x&highs|(y-ones)&^y&highs != 0 {
			for j := i; j < i+8; j++ {
				l := cleanLower[src[j]]
				if l == 0 {
					return "", false
				}
				b[j] = l
			}
			continue
		}
		up := (x + 0x3f*ones) &^ (x + 0x25*ones) & highs // bytes 0x41..0x5a
		binary.LittleEndian.PutUint64(b[i:i+8], x|up>>2)
	}
	for ; i < len(src); i++ {
		l := cleanLower[src[i]]
		if l == 0 {
			return "", false
		}
		b[i] = l
	}
	*buf = b
	return unsafe.String(&b[0], len(b)), true
}

// normBufs are a pooled scanner's buffers for the normalised text of the
// field it is reading (normalizeInto): the ntext built in them is valid
// until the next field is normalised into them.
type normBufs struct {
	out, low []byte
	st, en   []int32
}

// normalizeInto is normalize(src, sstart, send) built in nb (the text, its
// lower case and its offsets) instead of new memory: lowerCleanASCIIInto
// for clean ASCII, the general pass otherwise (HTML fields, text with
// curly quotes, dashes or accents).
func normalizeInto(src string, sstart, send []int32, nb *normBufs) ntext {
	if sstart == nil {
		if low, ok := lowerCleanASCIIInto(src, &nb.low); ok {
			return ntext{s: src, low: low}
		}
	}
	return normalizeGeneral(src, sstart, send, nb)
}

// aliasString is b as a string without a copy: valid while b is not
// written.
func aliasString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// lowerASCIIInto is lowerASCII writing into *buf (aliasString).
func lowerASCIIInto(s string, buf *[]byte) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := append((*buf)[:0], s...)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 32
				}
			}
			*buf = b
			return aliasString(b)
		}
	}
	return s
}

// homoglyphs maps look-alike letters to the Latin letter they imitate.
var homoglyphs = map[rune]byte{
	// Cyrillic lower
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
	'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
	'ɡ': 'g', 'ʏ': 'y', 'ո': 'n', 'ս': 'u', 'օ': 'o', 'ց': 'g', 'ɑ': 'a', 'ı': 'i', 'ȷ': 'j', 'ℓ': 'l',
	// Cyrillic upper
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y',
	'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I', 'Һ': 'H',
	// Greek
	'α': 'a', 'β': 'b', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
	'γ': 'y', 'ω': 'w', 'η': 'n', 'μ': 'u',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P',
	'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

func isZeroWidth(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5,
		r == 0x180E, r == 0x3164, r == 0xFFA0, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE0FFF, r >= 0x1D173 && r <= 0x1D17A:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

func asciiPunct(r rune) (byte, bool) {
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2043:
		return '-', true
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9, 0xFF07:
		return '\'', true
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02:
		return '"', true
	case 0x2024, 0xFF0E, 0x3002:
		return '.', true
	case 0x2044, 0x2215, 0xFF0F:
		return '/', true
	case 0xFF20, 0xFE6B:
		return '@', true
	}
	return 0, false
}

// normalize runs the single normalisation pass. src may come from the HTML
// stripper, in which case sstart/send map src bytes to the original input.
func normalize(src string, sstart, send []int32) ntext {
	if sstart == nil {
		if low, ok := lowerCleanASCII(src); ok {
			return ntext{s: src, low: low}
		}
	}
	return normalizeGeneral(src, sstart, send, nil)
}

// normalizeGeneral is normalize's pass over text that is not clean ASCII
// (or comes from the HTML reader), in new memory, or in nb's buffers when
// nb is not nil (normalizeInto).
func normalizeGeneral(src string, sstart, send []int32, nb *normBufs) ntext {
	var out []byte
	var st, en []int32
	if nb != nil {
		out, st, en = nb.out[:0], nb.st[:0], nb.en[:0]
	} else {
		out = make([]byte, 0, len(src)+8)
		st = make([]int32, 0, len(src)+8)
		en = make([]int32, 0, len(src)+8)
	}
	var t ntext
	var dec [64]byte
	emit := func(c byte, a, b int) {
		out = append(out, c)
		if sstart != nil {
			st = append(st, sstart[a])
			en = append(en, send[b-1])
		} else {
			st = append(st, int32(a))
			en = append(en, int32(b))
		}
	}
	emitStr := func(s string, a, b int) {
		for i := 0; i < len(s); i++ {
			emit(s[i], a, b)
		}
	}
	lastLetter := func() bool {
		if len(out) == 0 {
			return false
		}
		c := out[len(out)-1]
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	pendingZW := false
	for i := 0; i < len(src); {
		c := src[i]
		if c < 0x80 {
			if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f {
				c = ' '
			}
			if pendingZW && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				t.zw = append(t.zw, int32(len(out)))
			}
			pendingZW = false
			emit(c, i, i+1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		a, b := i, i+size
		i += size
		if r == utf8.RuneError && size <= 1 {
			pendingZW = false
			emit(' ', a, b)
			continue
		}
		if isZeroWidth(r) {
			// A soft hyphen is a hyphenation hint that editors put in
			// ordinary words ("co\u00adpay"): dropped, the joined word is
			// checked like any other, but it is not disguise by itself.
			if r != 0x00AD && lastLetter() {
				pendingZW = true
			}
			continue
		}
		if unicode.IsSpace(r) {
			pendingZW = false
			emit(' ', a, b)
			continue
		}
		if p, ok := asciiPunct(r); ok {
			pendingZW = false
			emit(p, a, b)
			continue
		}
		if h, ok := homoglyphs[r]; ok {
			if pendingZW {
				t.zw = append(t.zw, int32(len(out)))
			}
			pendingZW = false
			t.homog = append(t.homog, int32(len(out)))
			emit(h, a, b)
			continue
		}
		// Compatibility decomposition; drop combining marks.
		d := norm.NFKD.AppendString(dec[:0], src[a:b])
		for j := 0; j < len(d); {
			r2, s2 := utf8.DecodeRune(d[j:])
			j += s2
			if unicode.Is(unicode.Mn, r2) || unicode.Is(unicode.Me, r2) || isZeroWidth(r2) {
				continue
			}
			if r2 < 0x80 {
				c2 := byte(r2)
				if pendingZW && (c2 >= 'a' && c2 <= 'z' || c2 >= 'A' && c2 <= 'Z') {
					t.zw = append(t.zw, int32(len(out)))
				}
				pendingZW = false
				emit(c2, a, b)
				continue
			}
			pendingZW = false
			if h, ok := homoglyphs[r2]; ok {
				t.homog = append(t.homog, int32(len(out)))
				emit(h, a, b)
				continue
			}
			if p, ok := asciiPunct(r2); ok {
				emit(p, a, b)
				continue
			}
			if unicode.IsSpace(r2) {
				emit(' ', a, b)
				continue
			}
			if r2 == 'ß' {
				emitStr("ss", a, b)
				continue
			}
			if r2 == 'æ' || r2 == 'Æ' {
				emitStr("ae", a, b)
				continue
			}
			if r2 == 'ø' || r2 == 'Ø' {
				emit('o', a, b)
				continue
			}
			if r2 == 'ł' || r2 == 'Ł' {
				emit('l', a, b)
				continue
			}
			if r2 == 'đ' || r2 == 'Đ' {
				emit('d', a, b)
				continue
			}
			if unicode.IsDigit(r2) {
				// Digits of other scripts: Nd blocks are laid out 0..9.
				if v := digitValue(r2); v >= 0 {
					emit(byte('0'+v), a, b)
					continue
				}
			}
			var rb [4]byte
			n := utf8.EncodeRune(rb[:], r2)
			emitStr(string(rb[:n]), a, b)
		}
	}
	if nb != nil {
		nb.out, nb.st, nb.en = out, st, en // grown, kept for the next field
		t.s = aliasString(out)
		t.low = lowerASCIIInto(t.s, &nb.low)
	} else {
		t.s = string(out)
		t.low = lowerASCII(t.s)
	}
	t.start, t.end = st, en
	return t
}

// digitValue returns the value of a decimal digit of any script, or -1.
// Unicode lays out decimal digits in contiguous runs of ten.
func digitValue(r rune) int {
	if !unicode.IsDigit(r) {
		return -1
	}
	k := 0
	for k < 64 && unicode.IsDigit(r-rune(k)-1) {
		k++
	}
	return k % 10
}
