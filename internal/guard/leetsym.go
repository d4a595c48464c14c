package guard

// leetsym.go: symbols written for letters in a short clinical abbreviation
// or a word, with no digit among them (issue 15, twelfth pass, helper
// RECALL12, dev71 leak-025 "QuickDraw: your H!V test result is ready").
//
// obfuscation.leet (leet.go) starts from a token that mixes letters and
// digits; compose's joined (frame.go) joins two pieces around one symbol
// into a word of 6+ letters ("d!abetes", "c@ncer"). A short abbreviation
// written with a symbol and no digit reached neither: "H!V", "V!H" (the
// tokens "H" and "V" around "!"), "$TD" (a leading symbol), "A1©" (a
// trailing ©, outside ASCII), "HI\/" ("\/" for V), "A!DS". scanLeetSymbol
// reads a run of letter pieces joined by symbols — ! for i, $ for s, @ for
// a, | for l, © for c, "\/" for v; a leading symbol right after a space
// ("!BS"); a trailing ©, "\/", @ or | — and reports obfuscation.leet when a reading,
// digits kept ("A1©" → a1c) or read as letters as leet.go reads them, is a
// single-word clinical term by leet.go's leetTerm: a short reading (2–4
// characters) must be written in capitals and have a word of a test,
// result or treatment (leetCues) next to it, only stop words between
// ("your H!V test", "Tu resultado de V!H", "H!V viral load"); a longer one
// needs three letters.
//
// What passes: "H!t sale" (lower case, no cue), "Get your H!T playlist"
// (no cue), "Our A1© steak sauce test kitchen" (content words between the
// reading and the cue), "$AT prep test" (no clinical reading), "Y0ur
// order", prices ("$25 test kit": no letter). Cost: two byte tests per
// token; a run is read only beside a symbol.

import (
	"bytes"
	"strings"
)

// leetSymRun: the letter a symbol at the start of s stands for, and its
// length in bytes (0: none).
func leetSymRun(g string) (byte, int) {
	switch {
	case g == "":
		return 0, 0
	case strings.HasPrefix(g, "\\/"):
		return 'v', 2
	case strings.HasPrefix(g, "\u00a9"):
		return 'c', 2
	}
	switch g[0] {
	case '!':
		return 'i', 1
	case '$':
		return 's', 1
	case '@':
		return 'a', 1
	case '|':
		return 'l', 1
	}
	return 0, 0
}

// leetSymGap: the whole gap g is one or two symbols; it appends their
// letters to w.
func leetSymGap(g string, w []byte) ([]byte, bool) {
	if g == "" || len(g) > 4 {
		return w, false
	}
	for c := 0; len(g) > 0 && c < 2; c++ {
		l, n := leetSymRun(g)
		if n == 0 {
			return w, false
		}
		w = append(w, l)
		g = g[n:]
	}
	return w, g == ""
}

// scanLeetSymbol reports obfuscation.leet for runs joined by symbols.
func (s *scanner) scanLeetSymbol() {
	if !s.leetSymIn() { // no symbol to read as a letter
		return
	}
	n := len(s.toks)
	// (used resliced to n, the walk's bound: the compiler drops its index
	// test, helper speed19)
	toks, used, txt := s.toks, s.used[:n], s.t.s
	for i := 0; i < n; i++ {
		// the tokens with no symbol right before or after, by offsets
		// first, passed over in a loop of their own, with no call to
		// spill its values for (helper SPEED16)
		for i < n && (used[i] || toks[i].cls&(tAlpha|tMixed) == 0 ||
			!(toks[i].s > 0 && leetSymSide[txt[toks[i].s-1]]&1 != 0) && !(int(toks[i].e) < len(txt) && leetSymSide[txt[toks[i].e]]&2 != 0)) {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		before := t.s > 0 && leetSymSide[s.t.s[t.s-1]]&1 != 0 // (or one after)
		if before && i > 0 && s.toks[i-1].e < t.s && s.toks[i-1].cls&(tAlpha|tMixed) != 0 {
			if _, ok := leetSymGap(s.gap(i), nil); ok {
				continue // inside a run: read from its start
			}
		}
		i = s.leetSymAt(i)
	}
}

// leetSymInText: the text holds a byte scanLeetSymbol reads beside a
// token — a symbol of leetSymByte or 0xc2, the first byte of "©". A text
// without one (most notices) has no run to read: its walk is skipped, at
// the cost of six IndexByte scans of the text, each many bytes at a time
// (helper SPEED12B; TestLeetSymInText).
//
// A short text (a subject line) is read byte by byte instead, one table
// load a byte (leetSymSide: bit 2 is exactly those six bytes), cheaper
// than six searches' setup (helper speed17).
// leetSymIn is leetSymInText(s.t.s) for detect's token list: for an ASCII
// text from the gap bits (hasByte; 0xc2, the first byte of "©", is in
// none), otherwise by reading the text (helper speed20).
func (s *scanner) leetSymIn() bool {
	if s.seenOK {
		return s.seen&leetSymSeen != 0
	}
	return leetSymInText(s.t.s)
}

// leetSymSeen: the gapBit bits of the bytes of leetSymByte.
var leetSymSeen = gapBit['!'] | gapBit['$'] | gapBit['@'] | gapBit['|'] | gapBit['\\']

func leetSymInText(t string) bool {
	if len(t) <= 32 {
		for i := 0; i < len(t); i++ {
			if leetSymSide[t[i]]&2 != 0 {
				return true
			}
		}
		return false
	}
	return strings.IndexByte(t, '!') >= 0 || strings.IndexByte(t, '$') >= 0 || strings.IndexByte(t, '@') >= 0 ||
		strings.IndexByte(t, '|') >= 0 || strings.IndexByte(t, '\\') >= 0 || strings.IndexByte(t, 0xc2) >= 0
}

// leetSymSide[c]: bit 1, c is a symbol of leetSymByte (read before a
// token); bit 2, that or 0xc2, the first byte of "©" (read after it). One
// table load per side instead of five compares (helper SPEED12B;
// TestLeetSymInText).
var leetSymSide = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if leetSymByte(byte(c)) {
			t[c] = 3
		}
	}
	t[0xc2] |= 2
	return t
}()

func leetSymByte(c byte) bool { return c == '!' || c == '$' || c == '@' || c == '|' || c == '\\' }

// leetSymAt reads the run starting at token i; it returns the run's last
// token.
func (s *scanner) leetSymAt(i int) int {
	n := len(s.toks)
	var wb, cb [44]byte
	w, cs := wb[:0], cb[:0] // the reading, and the letters as written (case kept, '?' for a symbol)
	syms := 0
	// a leading $, @, ! or | after a space or at the start: "$TD", "!BS"
	if g := s.gap(i); g != "" && strings.IndexByte("$@!|", g[len(g)-1]) >= 0 && (len(g) == 1 || g[len(g)-2] == ' ') {
		l, _ := leetSymRun(g[len(g)-1:])
		w, cs, syms = append(w, l), append(cs, '?'), 1
	}
	b := i
	for k := i; k < n; k++ {
		if k > i {
			var ok bool
			m := len(w)
			if w, ok = leetSymGap(s.gap(k), w); !ok || s.used[k] || s.toks[k].cls&(tAlpha|tMixed) == 0 || len(w)+len(s.toks[k].low) > 40 {
				w = w[:m]
				break
			}
			for g := s.gap(k); m < len(w); m++ {
				cs = append(cs, leetSymMark(g))
			}
			syms++
		}
		if len(w)+len(s.toks[k].low) > 40 {
			break
		}
		w = append(w, s.toks[k].low...)
		cs = append(cs, s.t.s[s.toks[k].s:s.toks[k].e]...)
		b = k
	}
	// a trailing ©, "\/", @ or |, then no letter or digit: "A1©", "HI\/"
	if g := s.gap(b + 1); g != "" {
		if l, m := leetSymRun(g); m > 0 && l != 'i' && l != 's' && (len(g) == m || !isLetterByte(g[m]) && !isDigitByte(g[m])) {
			w, cs = append(w, l), append(cs, '?')
			syms++
		}
	}
	if syms == 0 || len(w) < 3 {
		return b
	}
	letters, digits, upper := 0, 0, true
	for _, c := range cs {
		switch {
		case c >= 'a' && c <= 'z':
			letters++
			upper = false
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	a := i
	short := len(w) <= 4
	switch {
	case short && (letters+syms < 2 || !upper || !s.leetSymCue(a, b)):
		return b
	case !short && letters < 3:
		return b
	}
	ambigOK := s.healthCue(a, b)
	// the reading with digits kept ("a1c"), then with digits as letters,
	// then with "!" as the digit 1 ("HbA!c")
	for pass := 0; pass < 4; pass++ {
		if pass == 1 && digits == 0 {
			pass = 3
		}
		r := w
		if pass == 3 {
			if len(cs) != len(w) || bytes.IndexByte(cs, '!') < 0 {
				break
			}
			var rb [44]byte
			r = append(rb[:0], w...)
			for x, c := range cs {
				if c == '!' {
					r[x] = '1'
				}
			}
		} else if pass > 0 {
			var rb [44]byte
			r = rb[:0]
			for _, c := range w {
				if c >= '0' && c <= '9' {
					l := leetDigit[c-'0']
					if c == '1' && pass == 2 {
						l = 'l'
					}
					if l == 0 {
						return b
					}
					c = l
				}
				r = append(r, c)
			}
		}
		if k, ok := s.leetTerm(string(r), cs, short, upper, ambigOK); ok {
			s.addTok(a, b, k, "obfuscation.leet", 0.75, "symbols written for letters in a clinical word")
			return b
		}
	}
	return b
}

// leetSymMark: the mark kept for a symbol in the letters as written: "!"
// itself (it may stand for the digit 1), '?' for any other.
func leetSymMark(g string) byte {
	if g == "!" {
		return '!'
	}
	return '?'
}

// leetSymFill: words that may stand between a short reading and its cue
// besides stop words ("Tu resultado de V!H").
var leetSymFill = wordSetTab("de del la el su tu sus tus your the of for")

// leetSymCue: a word of leetCues within three words of a..b in the same
// sentence, with only stop words between.
func (s *scanner) leetSymCue(a, b int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if leetCues.get(s.toks[k].h) {
			return true
		}
		if s.toks[k+1].sent || s.fl(k)&wStop == 0 && !leetSymFill.get(s.toks[k].h) {
			break
		}
	}
	for k := b + 1; k < len(s.toks) && k <= b+3; k++ {
		if s.toks[k].sent {
			break
		}
		if leetCues.get(s.toks[k].h) {
			return true
		}
		if s.fl(k)&wStop == 0 && !leetSymFill.get(s.toks[k].h) {
			break
		}
	}
	return false
}
