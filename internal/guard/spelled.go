package guard

// Spelled-out digits (issue 15, third pass): "five five five, one two
// three, four five six seven" or "cinco cinco cinco…" is a phone number or
// an identifier written in words. A run of 7+ digit words (zero/oh … nine,
// cero … nueve) joined only by spaces, hyphens, commas or dots is reported:
// 7, 10 or 11 digits as a phone (phone.spelled), other lengths as an
// identifier (identifier.spelled). Ordinary prose never strings seven
// digit words together.

var digitWords = wordSetTab("zero oh one two three four five six seven eight nine " +
	"cero uno una dos tres cuatro cinco seis siete ocho nueve")

// spelledDigits reports the run of digit words starting at token i.
func (s *scanner) spelledDigits(i int) (int, bool) {
	n := len(s.toks)
	if !digitWords.get(s.toks[i].h) || i > 0 && digitWords.get(s.toks[i-1].h) {
		return 0, false
	}
	j := i
	for j+1 < n && digitWords.get(s.toks[j+1].h) && !s.used[j+1] && spelledGap(s.gap(j+1)) {
		j++
	}
	if j-i+1 < 7 {
		return 0, false
	}
	return j, true
}

func spelledGap(g string) bool {
	if len(g) == 0 || len(g) > 3 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '-', ',', '.':
		default:
			return false
		}
	}
	return true
}

// spelledAt reports a run of digit words starting at token i; it returns
// the last token of the run, or i-1.
func (s *scanner) spelledAt(i int) int {
	j, ok := s.spelledDigits(i)
	if !ok {
		return i - 1
	}
	switch d := j - i + 1; d {
	case 7, 10, 11:
		s.addTok(i, j, KindPhone, "phone.spelled", 0.8, "is a phone number written out in words")
	default:
		s.addTok(i, j, KindIdentifier, "identifier.spelled", 0.7, "is a long number written out in words that may identify a person")
	}
	return j
}
