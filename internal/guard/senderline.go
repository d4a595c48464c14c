package guard

import "strings"

// senderline.go: the sender's phone line offered in a few more sentence
// structures (issue 15, tenth pass, helper FP10B, dev64/dev67f,
// 2026-12-05).
//
// senderPhone (senderphone.go) and phoneOffer (phoneoffer.go) read the
// sender's number in fixed structures; the tenants' libraries give it in
// more:
//   - a "Questions?" / "¿Preguntas?" sentence alone, after a sentence's
//     stop, a line break or a tag (never " | " after a receipt's number),
//     right before the number's sentence, which is the number, or "Call"/"Llame al" and the
//     number, and nothing more: "Questions? (715) 555-0142", "Questions?
//     Call (816) 555-0158.", "¿Preguntas? Llame al (787) 555-0134.";
//   - the sender's line named with "our"/"nuestra" and at most two words
//     before the line noun, then only glue (is, now, open, 24/7, at,
//     call…) before the number: "Our line is open 24/7 at (480)
//     555-0116", "Our Spanish-language line is now open—call (480)
//     555-0117 and choose opción 2";
//   - an imperative call right before the number after "or"/"o" ("Toque
//     bocina o llame al (787) 555-0141 al llegar") or after a conditional
//     clause opening the sentence ("If you can't make your appointment
//     safely, call (512) 555-0148 and we'll reschedule", "Si no fue usted,
//     llame al (787) 555-0130"); the conditional clause may hold the
//     reader's words (it is the reader who calls) but no kin word, title,
//     name cue, lone given name, personal line word or pronoun of a third
//     person; after the number "and we'll …" / "y le …" may follow with no
//     reader's or person's word;
//   - a named company's line: "call the Truman Medical Centers nurse line
//     at (816) 555-0160";
//   - (in sphListing) a Spanish street ("Calle Luna 33", "Ave. San
//     Patricio 850") as the listing's street: "Nuevo: Farmacias Benítez San
//     Germán, Calle Luna 33 … Teléfono (787) 555-0145."
//
// Vetoes: senderPhone's (sphPersonIn over the number's sentence, or its
// call clause; shCareOutside: no care anywhere in the notice but inside the
// sender's head), an extension, and a third person's pronoun (him, her,
// them, ella, él) in the sentence. "we'll call you at (503) 555-0170 on
// file", "Questions about your biopsy? Call …", "Si no fue usted, llame a
// su hija Marta al …" stay reported.
//
// Accepted risk: a third party's office line told the same way passes (an
// office's number, not a person's). Cost: only for a phone number about to
// be reported; a few scans of its sentence and one of the notice.

var (
	slQuestions = wordSetTab("questions question preguntas dudas")
	slCallVerbs = wordSetTab("call llame llamenos llamanos")
	slOur       = wordSetTab("our nuestra nuestro")
	slGlue      = wordSetTab("is now open opened stays remains available at call al llame es esta abierta ahora daily always")
	slCond      = wordSetTab("if si")
	slPronoun   = wordSetTab("him her hers them he she his ella el ellos")
	slTailOK    = wordSetTab("and y we ll will well reschedule rebook help choose press select option opcion marque al llegar arrive arriving with no fee")
	slStreetES  = wordSetTab("calle avenida ave av carretera carr paseo camino")
)

// senderLine: the phone number at first..last (ext: an extension follows)
// is the sender's line by one of the structures of the file comment.
func (s *scanner) senderLine(first, last int, ext bool) bool {
	if ext || first == 0 {
		return false
	}
	lo, hi := s.sdSpan(first)
	for m := lo; m < hi; m++ {
		if slPronoun.get(s.toks[m].h) && (m < first || m > last) {
			return false
		}
	}
	if a, e, n := s.slNamedLine(lo, first); a >= 0 {
		// the run and the line's words are the sender's ("nurse" is a name cue elsewhere)
		return !s.sphPersonIn(lo, a, first, last) && !s.sphPersonIn(n+1, hi, first, last) && !s.slCareOutside(a, e, n)
	}
	ok := false
	switch {
	case s.slAfterQuestions(lo, hi, first, last):
		ok = !s.sphPersonIn(lo, hi, first, last) && !s.pcPrevBefore(lo-1) // RED11: "We saved your preferred number. Questions? …" (phonectaveto.go)
	case s.slOurLine(lo, hi, first):
		ok = !s.sphPersonIn(lo, hi, first, last)
	default:
		ok = s.slCallClause(lo, hi, first, last)
	}
	return ok && !s.shCareOutside(-1, -1)
}

// slCareOutside: shCareOutside for a named line: the company's run a..e is
// the sender's (shHomeCare still vetoes "Harbor Home Health"), and the words
// between it and the line noun n name the line ("nurse line"), not the
// reader's care.
func (s *scanner) slCareOutside(a, e, n int) bool {
	if s.shCareOutside(a, e) {
		if s.shHomeCare(a, e) {
			return true
		}
		ha, he, ok := s.senderHead()
		care := s.spCareInNotice()
		for m := range s.toks {
			if ok && m >= ha && m <= he || m >= a && m <= n {
				continue
			}
			if care && s.spCareAt(m) {
				return true
			}
			if w := s.toks[m].w; w != nil && (careOneWord(w) || w.flags&wHealthCue != 0 && !recipientWords.get(s.toks[m].h)) {
				return true
			}
		}
	}
	return false
}

// slAfterQuestions: "Questions? [Call|Llame al] NUMBER" closing its
// sentence.
func (s *scanner) slAfterQuestions(lo, hi, first, last int) bool {
	q := lo - 1
	if q < 0 || !slQuestions.get(s.toks[q].h) || !s.toks[q].sent && (q == 0 || s.toks[q-1].low != "any") {
		return false
	}
	if hi != last+1 {
		return false
	}
	// "Questions?" follows a sentence's stop, a line break or a tag, never
	// " | " after a receipt's number (dev46m-leak-031)
	if g := strings.TrimRight(s.gap(q), " \u00bf"); q > 0 && !s.toks[q].gapNL && !s.sdTag(q-1) && !strings.HasSuffix(g, ".") && !strings.HasSuffix(g, "!") && !strings.HasSuffix(g, "?") {
		return false
	}
	switch first - lo {
	case 0:
		return true
	case 1:
		return slCallVerbs.get(s.toks[lo].h)
	case 2:
		return slCallVerbs.get(s.toks[lo].h) && (s.toks[lo+1].low == "al" || s.toks[lo+1].low == "us")
	}
	return false
}

// slOurLine: "Our [two words] line <glue> NUMBER".
func (s *scanner) slOurLine(lo, hi, first int) bool {
	k := first - 1
	for k >= lo && (slGlue.get(s.toks[k].h) || s.toks[k].cls&tAlpha == 0 && s.toks[k].cls&tDigit != 0) {
		k--
	}
	if k < lo || !poLineNouns.get(s.toks[k].h) {
		return false
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if slOur.get(s.toks[j].h) {
			return true
		}
	}
	return false
}

// slNamedLine: "call [the] <company's run> [≤2 words] line at NUMBER"; it
// returns the run's first and last tokens and the line noun (the sender's own words,
// "nurse" of "Truman Medical Centers nurse line" no care of the reader's),
// or -1.
func (s *scanner) slNamedLine(lo, first int) (int, int, int) {
	p := first - 1
	if p <= lo || s.toks[p].low != "at" && s.toks[p].low != "al" {
		return -1, -1, -1
	}
	n := p - 1
	if n <= lo || !poLineNouns.get(s.toks[n].h) {
		return -1, -1, -1
	}
	e := n - 1
	for w := 0; w < 2 && e > lo && !s.isCapWord(e); w++ {
		e--
	}
	if e <= lo || !s.isCapWord(e) {
		return -1, -1, -1
	}
	a, amp := s.shRunBack(e)
	if a <= lo || !s.spCompany(a, e, amp) {
		return -1, -1, -1
	}
	c := a - 1
	if s.toks[c].low == "the" && c > lo {
		c--
	}
	if !slCallVerbs.get(s.toks[c].h) {
		return -1, -1, -1
	}
	return a, e, n
}

// slCallClause: "… or call NUMBER", "If …, call NUMBER [and we'll …]".
func (s *scanner) slCallClause(lo, hi, first, last int) bool {
	k := first - 1
	if k > lo && s.toks[k].low == "al" {
		k--
	}
	if k <= lo || !slCallVerbs.get(s.toks[k].h) {
		return false
	}
	b := s.toks[k-1].low
	cond := false
	switch {
	case b == "or" || b == "o":
	case slCond.get(s.toks[lo].h) && s.gap(k) == ", ":
		cond = true
	default:
		return false
	}
	// the tail: "and we'll reschedule", "al llegar", "and choose option 2"
	e := hi
	for m := last + 1; m < hi; m++ {
		if s.toks[m].low == "and" || s.toks[m].low == "y" || s.toks[m].low == "al" {
			e = m
			for j := m; j < hi; j++ {
				if !slTailOK.get(s.toks[j].h) && s.toks[j].cls&tAlpha != 0 {
					return false
				}
			}
			break
		}
	}
	if !cond {
		return !s.sphPersonIn(lo, e, first, last)
	}
	if s.sphPersonIn(k, e, first, last) {
		return false
	}
	for m := lo; m < k; m++ { // the conditional clause: the reader's words allowed
		t := &s.toks[m]
		if kinWords.get(t.h) || kinCareWords.get(t.h) || poPersonal.get(t.h) || s.fl(m)&(wTitle|wNameCue) != 0 {
			return false
		}
		if s.isCapWord(m) && m > lo && s.spLoneName(m, lo, k) {
			return false
		}
	}
	return true
}

// slSpanishStreet: "Calle Luna 33", "Ave. San Patricio 850": a Spanish
// street type, capitalised, and a house number within four words.
func (s *scanner) slSpanishStreet(m int) bool {
	if !slStreetES.get(s.toks[m].h) || s.toks[m].cls&tCap == 0 {
		return false
	}
	for k := m + 1; k < len(s.toks) && k <= m+4; k++ {
		if s.toks[k].sent {
			return false
		}
		if s.toks[k].cls&tDigit != 0 && s.toks[k].cls&tAlpha == 0 {
			return k > m+1
		}
	}
	return false
}
