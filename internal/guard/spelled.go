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

// Digits spaced out one by one count as digit words too (lead, twentieth
// pass, dev106-leak-086: "Call back … at 9 1 7 - 5 5 5 - 0 1 4 8"): the
// phone and number detectors read a digit run, and single digits apart
// were none. Seven single digits or digit words in a row, joined as above,
// are no ordinary prose either.

// digitTok: token i is a digit word or a single digit.
func (s *scanner) digitTok(i int) bool {
	t := &s.toks[i]
	return digitWords.get(t.h) || len(t.low) == 1 && t.low[0] >= '0' && t.low[0] <= '9'
}

// spelledDigits reports the run of digit words or single digits starting
// at token i.
func (s *scanner) spelledDigits(i int) (int, bool) {
	n := len(s.toks)
	if !s.digitTok(i) || i > 0 && s.digitTok(i-1) && spelledGap(s.gap(i)) {
		return 0, false
	}
	j := i
	for j+1 < n && s.digitTok(j+1) && !s.used[j+1] && spelledGap(s.gap(j+1)) &&
		(s.toks[j].cls&tDigit == 0 && s.toks[j+1].cls&tDigit == 0 || spacedGap(s.gap(j+1))) {
		j++
	}
	if j-i+1 < 7 {
		return 0, false
	}
	return j, true
}

// spacedGap: the gap beside a single digit: a space or a hyphen ("1, 2,
// 3" is a list, "1.2.3" a version).
func spacedGap(g string) bool { return g == " " || g == "-" || g == " - " }

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
	numerals := false
	for k := i; k <= j; k++ {
		if s.toks[k].cls&tDigit != 0 {
			numerals = true
		}
	}
	switch d := j - i + 1; {
	case numerals && (d == 7 || d == 10 || d == 11):
		s.addTok(i, j, KindPhone, "phone.spaced", 0.8, "is a phone number with its digits spaced out")
	case numerals:
		s.addTok(i, j, KindIdentifier, "identifier.spaced", 0.7, "is a long number with its digits spaced out that may identify a person")
	case d == 7 || d == 10 || d == 11:
		s.addTok(i, j, KindPhone, "phone.spelled", 0.8, "is a phone number written out in words")
	default:
		s.addTok(i, j, KindIdentifier, "identifier.spelled", 0.7, "is a long number written out in words that may identify a person")
	}
	return j
}
