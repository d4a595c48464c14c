package guard

// policypayer.go: a policy number after the payer's name (issue 15, helper
// REC4, dev42 leak-045 "Confirmamos su póliza BlueCross 8HJ-22019-447 para
// los servicios de laboratorio").
//
// A health-plan cue (policy, póliza, member id, group number…: the
// [health_plan] section of vocab/context_words.txt) reports the value that
// follows it (idValue, words.go), over skip words only ("number", "no.",
// "de"). A payer's name between cue and value ("policy Aetna W4K-88123-019",
// "póliza Blue Cross 8HJ-…") stopped it. payerBeforeID steps over one or two
// capitalised words after a health-plan cue when the next token is a value
// of digits or letters and digits holding at least four digits in its run
// ("8HJ-22019-447", "H22-91034-776", "KP9-33018-221"). The value is then
// read and reported by idValue as before.
//
// What passes: "Your auto policy with State Farm has been renewed" (no
// value), "Your policy documents are ready" (lower case), a capitalised word
// before a year or a short number ("policy Gold 2"). Accepted risk: a
// capitalised plan name before a plan code ("policy Gold PPO-2291") is
// reported (fail closed).

// payerBeforeID returns the token after a payer name at k when the cue is a
// health-plan cue and an identifier value follows the name; k otherwise.
func (s *scanner) payerBeforeID(k int, p *phrase) int {
	if p.kind != KindHealthPlan {
		return k
	}
	n := k
	for w := 0; w < 2 && n < len(s.toks); w++ {
		t := &s.toks[n]
		if t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.sent || s.gap(n) != " " {
			break
		}
		n++
		if n < len(s.toks) && s.gap(n) == " " && s.toks[n].cls&(tDigit|tMixed) != 0 && s.idDigitsFrom(n) >= 4 {
			return n
		}
	}
	return k
}

// idDigitsFrom counts the digits of the run of tokens joined by "-", "." or
// "/" from k.
func (s *scanner) idDigitsFrom(k int) int {
	d := int(s.toks[k].nd)
	for e := k; e+1 < len(s.toks) && e-k < 6; e++ {
		g := s.gap(e + 1)
		if g != "-" && g != "." && g != "/" {
			break
		}
		d += int(s.toks[e+1].nd)
	}
	return d
}
