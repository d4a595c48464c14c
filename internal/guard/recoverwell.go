package guard

// recoverwell.go — "recovering well from the X" with an adverb between the
// verb and its preposition, and a condition written in two pieces around a
// hyphen ("We hope you're recovering well from the new-monia"; helper
// REC34, from dev34). compose.living_with (compose.go livingWith) takes
// the word right after "recovering from (the)"; an adverb (well, fully,
// quickly, nicely, slowly, still) put it out of reach. Here, after the
// adverb, the word must be in no ordinary vocabulary (frame.go
// suspicious), or two pieces around a hyphen that written together are no
// ordinary word ("new-monia" → "newmonia"): the everyday things one
// recovers from ("the move", "the storm", "the holidays") are ordinary
// words and pass, as do hyphenated ordinary words ("the long-haul flight":
// "longhaul" is no word, but "long" and "haul" are both ordinary and
// the pair is left to the older rules — see recoverJoin).

// recoverAdverb: the adverbs allowed between a with-verb and its
// preposition; a switch, as scanCompose calls it for every token.
func recoverAdverb(low string) bool {
	switch low {
	case "well", "fully", "quickly", "nicely", "slowly", "still":
		return true
	}
	return false
}

// recoverAdverbWords: recoverAdverb's words, the tpRecoverAdv bit of
// tpWords (scanCompose tests the bit; TestComposeNextWordBits).
var recoverAdverbWords = []string{"well", "fully", "quickly", "nicely", "slowly", "still"}

// recoverWell: token i is a with-verb and i+1 an adverb; true when it
// reported the condition after the preposition.
func (s *scanner) recoverWell(i int) bool {
	n := len(s.toks)
	p := i + 2
	if p+1 >= n || !withVerbs.get(s.toks[i].h) || s.gap(i+1) != " " || s.gap(p) != " " || s.gap(p+1) != " " {
		return false
	}
	if w := s.toks[p].low; w != "from" && w != "with" {
		return false
	}
	j := p + 1
	if headArticles.get(s.toks[j].h) && j+1 < n && s.gap(j+1) == " " {
		j++
	}
	if s.used[j] || s.toks[j].cls&tAlpha == 0 || withGeneric.get(s.toks[j].h) || s.fl(j)&(wStop|wFirst|wLast|wMonth) != 0 {
		return false
	}
	if e, ok := s.recoverJoin(j); ok {
		s.addTok(j, e, KindCondition, "compose.living_with", 0.7, "follows a verb of living or recovering with a condition, in two pieces around a hyphen")
		return true
	}
	if len(s.toks[j].low) >= 4 && s.suspicious(j) {
		s.addTok(j, j, KindCondition, "compose.living_with", 0.7, "follows a verb of living or recovering with a condition and is not ordinary vocabulary")
		return true
	}
	return false
}

// recoverJoin: tokens j and j+1 are joined by a hyphen, the second is no
// ordinary word ("monia"), and together they are no ordinary word.
func (s *scanner) recoverJoin(j int) (int, bool) {
	k := j + 1
	if k >= len(s.toks) || s.gap(k) != "-" || s.toks[k].cls&tAlpha == 0 || s.used[k] || s.general(k) {
		return 0, false
	}
	joined := s.toks[j].low + s.toks[k].low
	if len(joined) < 6 || s.g.gen.has(hstr(joined)) {
		return 0, false
	}
	return k, true
}
