package guard

// disguised.go: a clinical word disguised with no reader's possessive
// before it (issue 15, twelfth pass, helper RECALL12D, dev72's leaks
// "a-m-p-u-t-e-e support grp invite 4 u", "s m o k i n g  c e s s a t i o n
// check-in", "k1dn3y st0ne f/u CT", "l1p0 f0ll0w up", "y0ur r-n-y
// f0ll0w-up").
//
// spaced (words.go) and spacedChain (spacedphrase.go) read words spelled
// letter by letter, but an association term ("amputee", "smoking
// cessation") or an ambiguous one there needs the reader's possessive
// before it in standard mode, and an abbreviation of three letters only
// counts in capitals ("H-I-V"); leet.go reads a token with digits for
// letters as one clinical word (of 5+ characters, or a short capital
// abbreviation beside a test word), or as the first word of a listed
// phrase whose other words are written plainly. Disguising a clinical word
// is itself the signal: scanDisguised reads, of what those rules left
// unreported,
//
//   - a run of three or more one-letter pieces joined by one separator (a
//     space, "-", ".", "_"), in lower case (the first letter may be a
//     capital) — spaced headings in capitals ("N E W   A R R I V A L S",
//     "S-A-L-E") are left alone;
//   - a token mixing letters and digits whose digits stand for letters
//     (0→o, 1→i or l, 3→e, 4→a, 5→s, 7→t) with no digit that stands for
//     none (2, 6, 9), no run of three digits, not a word as written
//     ("A1C"), 4+ characters, in lower case when four ("l1p0"; "0NFI"
//     and "h1v" are left to leet.go), and not part of a code ("#A1C-2204",
//     "X1-500", "T3-400");
//
// and reports obfuscation.spelled or obfuscation.leet, with the term's
// kind, when the decoded word, joined with the next word (spelled, leet or
// plain, an "s" added for a listed plural: "k1dn3y st0ne"), is a listed
// two-word clinical or association term, or the decoded word alone is a
// single-word one: 3+ letters spelled out ("r-n-y"), 4+ for a leet reading
// ("l1p0"); an association term is not read after a sender's word ("Join
// our w e i g h t  l o s s challenge"), an ambiguous one needs a health
// cue near it. Readings that are no term pass: "B4 you go", "H3ll0",
// "c u l8r", "l33t gamer gear", "ST0NE-W4SH", "P-I-Z-Z-A night". Cost: a
// byte test per token; decoding only for one-letter and mixed tokens, in
// fixed buffers.

import "strings"

// disguisedSender: words before an association term that make it the
// sender's ("our w e i g h t  l o s s challenge").
var disguisedSender = wordSetTab("our the a an this that join new my their its")

// scanDisguised reads spelled runs and leet tokens left unreported.
func (s *scanner) scanDisguised() {
	n := len(s.toks)
	// (used resliced to n, the walk's bound: the compiler drops its index
	// test, helper speed19)
	toks, used := s.toks, s.used[:n]
	for i := 0; i < n; i++ {
		// (the tokens neither case below reads passed over in a loop of
		// their own, with no call to spill its values for: helper SPEED16)
		for i < n && (used[i] || !(toks[i].e-toks[i].s == 1 && toks[i].cls&tAlpha != 0) && toks[i].cls&tMixed == 0) {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		switch {
		case t.e-t.s == 1 && t.cls&tAlpha != 0:
			i = s.disguisedSpelled(i)
		case t.cls&tMixed != 0:
			s.disguisedLeet(i)
		}
	}
}

// disguisedRun: the run of one-letter pieces from i joined by one
// separator; its last token, the separator, and whether it is in lower
// case (the first letter aside).
func (s *scanner) disguisedRun(i int) (int, string, bool) {
	n := len(s.toks)
	j, sep := i, ""
	for j+1 < n && j-i < 40 && !s.used[j+1] && s.toks[j+1].e-s.toks[j+1].s == 1 && s.toks[j+1].cls&tAlpha != 0 && !s.toks[j+1].sent {
		g := s.gap(j + 1)
		if len(g) != 1 || g[0] != ' ' && g[0] != '-' && g[0] != '.' && g[0] != '_' || sep != "" && g != sep {
			break
		}
		sep = g
		j++
	}
	lower := true
	for k := i + 1; k <= j; k++ {
		if s.toks[k].cls&tUpper != 0 {
			lower = false
		}
	}
	return j, sep, lower
}

// disguisedSpelled reads the spelled run from i; it returns the run's last
// token.
func (s *scanner) disguisedSpelled(i int) int {
	if i > 0 && s.toks[i-1].e-s.toks[i-1].s == 1 && s.toks[i-1].cls&tAlpha != 0 && len(s.gap(i)) <= 4 && !s.toks[i].sent {
		return i // not a run's first piece
	}
	j, sep, lower := s.disguisedRun(i)
	if j-i+1 < 3 || !lower {
		return j
	}
	var b1, b2 [44]byte
	w1 := b1[:0]
	for k := i; k <= j; k++ {
		w1 = append(w1, s.toks[k].low...)
	}
	// the next word: a spelled run after a word gap, a leet token or a
	// plain word after one space
	var w2 []byte
	e2 := -1
	if j+1 < len(s.toks) && !s.used[j+1] && !s.toks[j+1].sent {
		g := s.gap(j + 1)
		switch {
		case s.toks[j+1].e-s.toks[j+1].s == 1 && s.toks[j+1].cls&tAlpha != 0 && spacedWordGap(g, sep):
			k, sep2, lower2 := s.disguisedRun(j + 1)
			if k > j+1 && sep2 == sep && lower2 {
				w2 = b2[:0]
				for q := j + 1; q <= k; q++ {
					w2 = append(w2, s.toks[q].low...)
				}
				e2 = k
			}
		case g == " " && s.toks[j+1].cls&(tAlpha|tMixed) != 0:
			if w, ok := leetDecode(b2[:0], s.toks[j+1].low, false); ok {
				w2, e2 = w, j+1
			}
		}
	}
	if s.disguisedReport(i, j, w1, w2, e2, 3, false, "obfuscation.spelled", "a clinical word spelled out letter by letter") {
		if e2 > j && s.used[e2] {
			return e2
		}
	}
	return j
}

// disguisedLeet reads the mixed token i.
func (s *scanner) disguisedLeet(i int) {
	t := &s.toks[i]
	if t.w != nil || t.e-t.s < 4 || t.e-t.s > 40 || t.e-t.s == 4 && t.cls&tUpper != 0 {
		// three characters ("h1v test kit") or four in capitals ("0NFI refill
		// pods"): codes and model numbers more often; leet.go reads them
		// beside a test word
		return
	}
	letters, digits, run := 0, 0, 0
	for k := 0; k < len(t.low); k++ {
		c := t.low[k]
		if c >= '0' && c <= '9' {
			run++
			digits++
			if run >= 3 || leetDigit[c-'0'] == 0 || c == '8' {
				return
			}
			continue
		}
		run = 0
		if c >= 'a' && c <= 'z' {
			letters++
		}
	}
	if letters < 2 {
		return
	}
	// a code: "#A1C-2204", "X1-500", "T3-400"
	if g := s.gap(i); len(g) > 0 && (g[len(g)-1] == '#' || g[len(g)-1] == '-' && i > 0 && s.toks[i-1].cls&(tDigit|tMixed) != 0) {
		return
	}
	if i+1 < len(s.toks) && s.toks[i+1].cls&(tDigit|tMixed) != 0 && s.gap(i+1) == "-" {
		return
	}
	var b1, b2 [44]byte
	for pass := 0; pass < 2; pass++ {
		w1, ok := leetDecode(b1[:0], t.low, pass == 1)
		if !ok {
			return
		}
		var w2 []byte
		e2 := -1
		if i+1 < len(s.toks) && !s.used[i+1] && !s.toks[i+1].sent && (s.gap(i+1) == " " || s.gap(i+1) == "-") && s.toks[i+1].cls&(tAlpha|tMixed) != 0 {
			if w, ok := leetDecode(b2[:0], s.toks[i+1].low, false); ok {
				w2, e2 = w, i+1
			}
		}
		if s.disguisedReport(i, i, w1, w2, e2, 4, digits >= 2, "obfuscation.leet", "digits written for letters in a clinical word") {
			return
		}
		if strings.IndexByte(t.low, '1') < 0 {
			return
		}
	}
}

// leetDecode appends w with its digits read as letters (1 as l when ell,
// else as i); false when a digit stands for no letter or w is no word.
func leetDecode(b []byte, w string, ell bool) ([]byte, bool) {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9':
			c = leetDigit[c-'0']
			if c == 0 || c == 'b' {
				return b, false
			}
			if c == 'i' && ell {
				c = 'l'
			}
		default:
			return b, false
		}
		b = append(b, c)
	}
	return b, len(b) > 0
}

// hashByteSlice: hstr of b, without a string.
func hashByteSlice(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// disguisedReport: w1 (tokens a..b), joined with w2 (ending at token e2)
// when given, is a listed term; it reports it.
func (s *scanner) disguisedReport(a, b int, w1, w2 []byte, e2, minSingle int, heavy bool, rule, why string) bool {
	wi := s.v.get(hashByteSlice(fnvOffset, w1))
	if wi == nil {
		return false
	}
	var h2, h2s uint64
	if w2 != nil {
		h2 = hashByteSlice(fnvOffset, w2)
		h2s = hashBytes(h2, "s")
	}
	sender := a > 0 && disguisedSender.get(s.toks[a-1].h) && !s.toks[a].sent
	for pass := 0; pass < 2; pass++ { // two-word terms first
		for _, p := range wi.phrases {
			if p.class != pClinical && p.class != pAssoc || p.flags&fExact != 0 {
				continue
			}
			e := b
			switch {
			case pass == 0 && len(p.toks) == 2 && w2 != nil && (p.toks[1] == h2 || p.toks[1] == h2s):
				e = e2
			case pass == 1 && len(p.toks) == 1 && len(w1) >= minSingle:
			default:
				continue
			}
			if p.class == pAssoc && sender || p.flags&fAmbig != 0 && !heavy && !s.healthCue(a, e) {
				continue
			}
			if len(w1) < 4 && e == b && (p.class != pClinical || p.flags&fAmbig != 0) {
				continue
			}
			s.addTok(a, e, p.kind, rule, 0.75, why+" (disguised)")
			return true
		}
	}
	return false
}
