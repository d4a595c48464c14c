package guard

// textspeakabbr.go: a clinical abbreviation disguised after the reader's
// text-speak possessive (issue 15, twelfth pass, helper RECALL12C, dev74
// "b@yside: ur h!v meds r ready", "Prism: y0ur h.r.t. refill is r3ady",
// "BreatheWell: ur C 0 P D class moved to thurs").
//
// leetsym.go reads a short abbreviation with symbols only in capitals;
// spaced (words.go) reads a short dotted or spaced run only in capitals
// and stops a run at a digit; leet.go leaves lower-case short readings
// ("h1v") alone as codes. After the reader's possessive — your, ur, yr,
// y0ur, yur, youre, su, tu, sus, tus — scanTextSpeakAbbr reads the next
// pieces as one word: tokens joined by one separator (".", "-", or a space
// between one-character pieces: "h.r.t.", "h-i-v", "C 0 P D", "h i v"),
// by symbols for letters ("h!v", "s.t.!."), with a leading symbol ("$td")
// or a trailing "!" ("st!"), digits read as letters (0→o, 1→i or l, 3→e,
// 4→a, 5→s, 7→t: "c0pd", "V 1 H"). A reading of 3–6 letters that is a
// single-word clinical term of the lists is reported as obfuscation.leet;
// a reading that starts a listed two-word clinical term whose second word
// follows as written ("h3p c", "h.e.p. c.") is reported over both. An
// ambiguous term also needs a test/result/treatment word (leetCues) within
// three words; an entry of exact spelling ("PrEP") is never read here.
//
// The possessive is the cue: "our C 0 D E", "B.Y.O.B. party", "J.R.R.
// Tolkien", "H.R. department" have none, and "ur s.u.v. service", "ur
// h.i.i.t. class", "ur c0re class", "ur h!t list" spell no clinical term.
// Cost: one hash-set test per token; the pieces are read only after a
// possessive.

// textSpeakOwner: the reader's possessive, as written in text speak too.
var textSpeakOwner = wordSetTab("your ur yr y0ur yur youre su tu sus tus")

// textSpeakOwnerFilter: textSpeakOwner's words; a field with none of them
// is left at once by its notice-level bit fb2TextSpk (tokfilter.go), and a
// token outside the filter skips the map lookup (helper SPEED12B;
// TestTextSpeakOwnerFilter).
var textSpeakOwnerFilter = tabsFilter(textSpeakOwner)

// scanTextSpeakAbbr reports disguised abbreviations after a possessive.
func (s *scanner) scanTextSpeakAbbr() {
	if s.fbAll2&fb2TextSpk == 0 { // no possessive in the field (tokfilter.go)
		return
	}
	s.scanTextSpeakAbbrOn()
}

// scanTextSpeakAbbrOn is scanTextSpeakAbbr past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanTextSpeakAbbrOn() {
	n := len(s.toks)
	toks := s.toks
	for i := 1; i < n; i++ {
		// (the words after no possessive's filter bit passed over in a
		// loop of their own, with no call to spill its values for: helper
		// SPEED16)
		for i < n && !textSpeakOwnerFilter.may(toks[i-1].h) {
			i++
		}
		if i == n {
			break
		}
		if h := s.toks[i-1].h; !textSpeakOwner.get(h) || s.used[i] || s.toks[i].sent || !s.textSpeakMay(i) {
			continue
		}
		s.textSpeakAt(i)
	}
}

// textSpeakMay: textSpeakAt(i) may report: token i mixes letters and
// digits (textSpeakDigits), the gap before it is more than one space (a
// leading "$" or "@"), or the byte right after it may go on a reading — a
// separator (".", "-", a space after a one-character piece), a symbol for a
// letter (leetSymGap: "!", "$", "@", "|", "\\", the first byte of "©") or
// a trailing "!". Otherwise the reading is token i alone with no separator
// or symbol, which textSpeakAt never reports: "your order", "su cita"
// (helper SPEED12B; TestTextSpeakMay).
func (s *scanner) textSpeakMay(i int) bool {
	t := &s.toks[i]
	if t.cls&tMixed != 0 || t.s-s.toks[i-1].e != 1 || s.t.s[t.s-1] != ' ' {
		return true
	}
	if int(t.e) >= len(s.t.s) {
		return false
	}
	switch s.t.s[t.e] {
	case '.', '-', '!', '$', '@', '|', '\\', 0xc2:
		return true
	case ' ':
		return t.e-t.s == 1
	}
	return false
}

// textSpeakAt reads the pieces from token i.
func (s *scanner) textSpeakAt(i int) {
	n := len(s.toks)
	var wb [8]byte
	w := wb[:0]
	sym := false // a symbol read as a letter
	g := s.gap(i)
	switch {
	case g == " ":
	case len(g) == 2 && g[0] == ' ' && (g[1] == '$' || g[1] == '@'): // "yur $td"
		l, _ := leetSymRun(g[1:])
		w = append(w, l)
		sym = true
	default:
		return
	}
	var sep byte
	k := i
	for {
		t := &s.toks[k]
		if s.used[k] || t.cls&(tAlpha|tDigit|tMixed) == 0 || len(w)+len(t.low) > len(wb) {
			return
		}
		w = append(w, t.low...)
		if k+1 >= n || s.used[k+1] || s.toks[k+1].cls&(tAlpha|tDigit|tMixed) == 0 {
			break
		}
		g := s.gap(k + 1)
		if s.toks[k+1].sent && (g == "" || g[len(g)-1] <= ' ' || g[0] <= ' ') {
			break // a sentence break, not "h!v"
		}
		one := t.e-t.s == 1 && s.toks[k+1].e-s.toks[k+1].s == 1
		if len(g) == 1 && (g[0] == '.' || g[0] == '-' || g[0] == ' ' && one) && (sep == 0 || sep == g[0]) {
			sep = g[0] // "h.r.t", "h-i-v", "C 0 P D"
			k++
			continue
		}
		if sep != ' ' {
			// symbols for letters, inside a dotted run too: "h!v", "s.!.d"
			if sep != 0 && len(g) >= 3 && g[0] == sep && g[len(g)-1] == sep {
				g = g[1 : len(g)-1]
			}
			m := len(w)
			if w2, ok := leetSymGap(g, w); ok && len(w2) <= len(wb) {
				w, sym = w2, true
				k++
				continue
			}
			w = w[:m]
		}
		break
	}
	// a trailing "!" for i after the last piece: "st!", "s.t.!."
	if g := s.gap(k + 1); sep != ' ' && len(w) < len(wb) {
		if sep != 0 && len(g) > 0 && g[0] == sep {
			g = g[1:]
		}
		if len(g) > 0 && g[0] == '!' && (len(g) == 1 || g[1] == ' ' || g[1] == '.' || g[1] == ',') {
			w, sym = append(w, 'i'), true
		}
	}
	if len(w) < 3 || sep == 0 && !sym && !s.textSpeakDigits(i, k, len(w)) {
		return // "Your detox tea", "Your h1v test kit", "Your PS4 controller"
	}
	for pass := 0; pass < 2; pass++ {
		var rb [8]byte
		r := rb[:0]
		ones := false
		for _, c := range w {
			if c >= '0' && c <= '9' {
				l := leetDigit[c-'0']
				if l == 0 || l == 'b' {
					return
				}
				if c == '1' {
					ones = true
					if pass == 1 {
						l = 'l'
					}
				}
				c = l
			}
			r = append(r, c)
		}
		if pass == 1 && !ones {
			return
		}
		if s.textSpeakTerm(r, i, k) {
			return
		}
	}
}

// textSpeakTerm: the reading r of tokens i..k is a clinical term (or
// starts a two-word one whose second word follows); it reports it.
func (s *scanner) textSpeakTerm(r []byte, i, k int) bool {
	h := uint64(fnvOffset)
	for _, c := range r {
		h ^= uint64(c)
		h *= fnvPrime
	}
	wi := s.v.get(h)
	if wi == nil {
		return false
	}
	for _, p := range wi.phrases {
		if p.class != pClinical || p.flags&fExact != 0 {
			continue
		}
		e := k
		switch len(p.toks) {
		case 1:
			if len(r) > 6 {
				continue
			}
		case 2: // "h3p c", "h.e.p. c."
			q := k + 1
			if q >= len(s.toks) || s.used[q] || s.toks[q].h != p.toks[1] {
				continue
			}
			if g := s.gap(q); g != " " && g != ". " {
				continue
			}
			e = q
		default:
			continue
		}
		if p.flags&fAmbig != 0 && !s.leetCue(i, e) {
			continue
		}
		s.addTok(i, e, p.kind, "obfuscation.leet", 0.75, "a clinical abbreviation written in text speak")
		return true
	}
	return false
}

// textSpeakTalk: possessives written only in text speak ("ur", not "your").
var textSpeakTalk = wordSetTab("ur yr y0ur yur")

// textSpeakDigits: token i alone (i == k), with no separator or symbol,
// counts only with a digit inside it (neither first nor last), a reading
// of 4+ letters and a possessive written in text speak: "y0ur c0pd",
// "ur h3p c"; "Your h1v test kit", "ur PS4 controller" stay.
func (s *scanner) textSpeakDigits(i, k, n int) bool {
	if i != k || !textSpeakTalk.get(s.toks[i-1].h) || s.toks[i].cls&tMixed == 0 {
		return false
	}
	l := s.toks[i].low
	if isDigitByte(l[0]) || isDigitByte(l[len(l)-1]) {
		return false
	}
	return n >= 4 || s.textSpeakPair(i)
}

// textSpeakPair: token i's reading may start a two-word term: a one-letter
// word follows ("h3p c").
func (s *scanner) textSpeakPair(i int) bool {
	q := i + 1
	return q < len(s.toks) && s.toks[q].e-s.toks[q].s == 1 && s.toks[q].cls&tAlpha != 0
}
