package guard

// loweropener.go — a lower-case given name after a casual opener (helper
// T36C, dev36, dev48c): "thx for the review, carlos! 10% off code …",
// "thank you, laura!", "gracias, sofia!", "ok fatima your locker code is
// 7391", "heads up ben — autopay of $30.00 runs 07/01".
//
// thanksName (thanksname.go) took "thanks/thank you for …, X" and
// vocative (vocative.go) the openers of vocativeOpeners; neither knew
// "thx", a thanks without "for", "ok" or "heads up". Each opener opens its
// sentence, and the word after it must be a listed given name in lower
// case as lowerGiven (lowervocative.go) takes it:
//
//   - "thanks", "thank you", "thx", "thanx", "thnx", "gracias" and a comma,
//     then the name closed by punctuation, a dash or the end ("thanks,
//     emily!"; not a common word, as thanksName: "thanks, grace!" passes);
//     "thx for …" goes through thanksName; the comma after the thanks
//     may be missing ("thx omar, your dialysis slot …", "gracias carmen,
//     tu …"; helper RED4, dev49r), the name closed all the same;
//   - "ok"/"okay" or "heads up", a space or a comma, then the name closed
//     by punctuation or a dash, or followed by "your"/"you" ("ok fatima
//     your locker code"). Here the name must not also be a common word
//     ("ok mark your calendar").
//
// "thanks, team!", "thx for the review! …", "ok, your locker code is …",
// "heads up — autopay runs 07/01", "heads up all — …" pass: no listed given
// name. Accepted risk: a given name that is also an uncommon ordinary word
// right after such an opener is reported; fail closed.

var (
	hThx, hThanx, hThnx, hGracias = hstr("thx"), hstr("thanx"), hstr("thnx"), hstr("gracias")
	hOk, hOkay, hHeads, hUp       = hstr("ok"), hstr("okay"), hstr("heads"), hstr("up")
)

// lowerOpenerName: token i opens a sentence with a casual opener and a
// lower-case given name follows as set out above; it returns the name.
func (s *scanner) lowerOpenerName(i int) (int, bool) {
	n := len(s.toks)
	t := &s.toks[i]
	if i > 0 && !t.sent || i+1 >= n {
		return 0, false
	}
	h := t.h
	if thanksBefore.get(h) { // "many thanks", "muchas gracias", "mil gracias" (thanksmore.go)
		if s.gap(i+1) != " " || s.toks[i+1].h != hThanks && s.toks[i+1].h != hGracias || i+2 >= n {
			return 0, false
		}
		i++
		h = s.toks[i].h
	}
	switch h {
	case hThanks, hThx, hThanx, hThnx, hGracias, hThank:
		k := i + 1
		if h == hThank {
			if s.low(k) != "you" || s.gap(k) != " " || k+1 >= n {
				return 0, false
			}
			k++
		}
		k = s.thanksIntensifier(k) // "thanks so much, harold" (thanksmore.go)
		if k >= n {
			return 0, false
		}
		// "thx omar, your slot …", "gracias carmen, tu …": the comma may be
		// missing after the thanks (helper RED4, dev49r); the name must then be
		// closed all the same
		if g := s.gap(k); g != ", " && g != "," && g != " " || s.used[k] || !s.lowerGiven(k) || s.fl(k)&wCommon != 0 || !s.lowerClosed(k+1) {
			return 0, false
		}
		return k, true
	case hOk, hOkay, hHeads:
		k := i + 1
		if t.h == hHeads {
			if s.toks[k].h != hUp || s.gap(k) != " " || k+1 >= n {
				return 0, false
			}
			k++
		}
		if g := s.gap(k); g != " " && g != ", " || s.used[k] || !s.lowerGiven(k) || s.fl(k)&wCommon != 0 {
			return 0, false
		}
		if s.lowerClosed(k+1) || k+1 < n && s.gap(k+1) == " " && addressWords.get(s.toks[k+1].h) {
			return k, true
		}
	}
	return 0, false
}
