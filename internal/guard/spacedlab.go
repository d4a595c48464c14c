package guard

import "strings"

// spacedlab.go — a lab abbreviation spelled out with a digit among its
// letters ("Results for your A 1 C test", "Your H b A 1 c result";
// helper REC34, from dev34). spaced (words.go) joins one-character pieces
// and looks the joined word up; with a digit among the pieces the run is
// most often a seat, a grid square, a battery or a unit ("Row A 1 C", "A 1
// C battery"), so such a run counts only right before a result word and
// when it joins to a listed word.
//
// Helper MISC3 (dev45): also before "lab"/"labs" ("Your A-1-C lab is back:
// 9.1"), right before a decimal or percent result ("A-1-C 6.9", "A-1-C
// 8.2%"), and after "your" before a verb of a result coming back ("Your
// A-1-C came back at 8.2%"). "Seat A-1-C 7", "Unit A-1-C is ready" pass.

var spacedLabNext = wordSetTab("test tests result results level levels check panel reading value screening lab labs")

// spacedLabVerb: verbs of a result after "your" and the run.
var spacedLabVerb = wordSetTab("came is was went dropped rose improved returned")

// spacedLab: the run i..j (with a digit) is followed by a
// result word and joins to a listed word; otherwise spaced reads the
// letters before the digit alone, as it did before ("H I V 2 test").
func (s *scanner) spacedLab(i, j int) bool {
	k := j + 1
	if k >= len(s.toks) || !s.sldGapOK(k) || s.sldLabelBefore(i) { // "A.1.C. reading", "A-1-c: 8.3%"; never "Section A.1.c" (spacedlabdot.go)
		return false
	}
	if !spacedLabNext.get(s.toks[k].h) && !s.spacedLabValue(k) && !s.sldReaderVerb(i, k) {
		return false
	}
	buf := s.buf[:0]
	for q := i; q <= j; q++ {
		buf = append(buf, s.toks[q].low...)
	}
	s.buf = buf
	return s.v.get(hashBytes(fnvOffset, string(buf))) != nil
}

// spacedLabValue: token k is a decimal result ("6.9") or a percent
// ("8.2%", "7%").
func (s *scanner) spacedLabValue(k int) bool {
	t := &s.toks[k]
	if t.cls&tDigit == 0 || t.cls&tAlpha != 0 {
		return false
	}
	if strings.Contains(s.rawTok(k), ".") || (s.gap(k+1) == "." || s.gap(k+1) == ",") && k+1 < len(s.toks) && s.toks[k+1].cls&tDigit != 0 { // "7,9 %" too (spacedlabdot.go)
		return true
	}
	return strings.HasPrefix(s.gap(k+1), "%")
}
