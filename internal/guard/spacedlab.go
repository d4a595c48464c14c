package guard

// spacedlab.go — a lab abbreviation spelled out with a digit among its
// letters ("Results for your A 1 C test", "Your H b A 1 c result";
// helper REC34, from dev34). spaced (words.go) joins one-character pieces
// and looks the joined word up; with a digit among the pieces the run is
// most often a seat, a grid square, a battery or a unit ("Row A 1 C", "A 1
// C battery"), so such a run counts only right before a result word and
// when it joins to a listed word.

var spacedLabNext = wordSet("test tests result results level levels check panel reading value screening")

// spacedLab: the run i..j (with a digit) is followed by a
// result word and joins to a listed word; otherwise spaced reads the
// letters before the digit alone, as it did before ("H I V 2 test").
func (s *scanner) spacedLab(i, j int) bool {
	k := j + 1
	if k >= len(s.toks) || s.gap(k) != " " || !spacedLabNext[s.toks[k].h] {
		return false
	}
	buf := s.buf[:0]
	for q := i; q <= j; q++ {
		buf = append(buf, s.toks[q].low...)
	}
	s.buf = buf
	return s.v.get(hashBytes(fnvOffset, string(buf))) != nil
}
