package guard

import "strings"

// kindentalmore.go: more of compose.kin_dental's readings (kindental.go),
// from red team RED11's probes (dev70x, 2026-12-05), where a child's or
// the reader's dental treatment still passed:
//
//   - relatives the kin lists do not hold, after a reader's possessive:
//     teen(s), teenager(s), kiddo(s), "little one", "7-year-old" ("your
//     teen needed 2 fillings", "your 7-year-old had 2 cavities") (kdWho);
//   - verbs of need in the present and Spanish present and preterite:
//     need, getting, gets, have, has; necesita(n), tiene(n), salieron,
//     salió ("su hija necesita 2 empastes", "a su hijo le salieron 2
//     caries"); the weak ones (need, have, has, tiene, tienen) not in a
//     question ("Do your kids have cavities? Try our rinse" passes,
//     kdQuestion);
//   - a verb of finding or treating, the person after the treatment:
//     found, filled, fixed, detected, spotted; encontramos, detectamos,
//     then at most three words, then "in/on/en" and a reader's possessive
//     and a relative ("we found 2 cavities in your son's teeth") (kdAfter).
//
// A relative's treatment word in the passive, "your son's cavity was
// filled", "your daughter's fillings were done" (kdOwned with a relative,
// then was/were/got and filled, fixed, treated, done, placed, repaired)
// (kdPassive).
//
// dental.go reads sealants only with a bill in the notice (school sealant
// days); owned by the reader or the reader's relative right before them
// they are the person's too: "your sealants", "your child's sealants",
// "tus selladores" (kdOwned).
//
// What passes: "Prevent cavities in your kids' teeth" (no verb of
// finding), "Did you know most kids had cavities by age 8?" (no
// possessive), "your kids will love our toothpaste" (no treatment word).
// Accepted risks as kindental.go's. Cost: only after a treatment word.

var (
	kdTeen       = wordSetTab("teen teens teenager teenagers kiddo kiddos")
	kdWeakVerbs  = wordSetTab("need have has tiene tienen")
	kdFindVerbs  = wordSetTab("found filled fixed detected spotted encontramos detectamos")
	kdPrepAfter  = wordSetTab("in on en")
	hKdLittle    = hstr("little")
	hKdOne       = hstr("one")
	hKdOld       = hstr("old")
	hKdYear      = hstr("year")
	hKdYears     = hstr("years")
	kdRelativeOr = func(h uint64) bool { return kinCareWords.get(h) || relativeNouns.get(h) || kdTeen.get(h) }
)

// kdWho: token j ends a reader's relative the kin lists do not hold; it
// returns the possessive's token, or -1.
func (s *scanner) kdWho(j int) int {
	h := s.toks[j].h
	switch {
	case kdTeen.get(h) && j > 0 && recipientPossessive.get(s.toks[j-1].h):
		return j - 1
	case h == hKdOne && j > 1 && s.toks[j-1].h == hKdLittle && recipientPossessive.get(s.toks[j-2].h):
		return j - 2
	case h == hKdOld && j > 2 && (s.toks[j-1].h == hKdYear || s.toks[j-1].h == hKdYears) && s.gap(j) == "-" &&
		s.toks[j-2].cls&tDigit != 0 && recipientPossessive.get(s.toks[j-3].h):
		return j - 3
	}
	return -1
}

// kdQuestion: the sentence of token k is a question.
func (s *scanner) kdQuestion(k int) bool {
	lo, hi := s.sentSpan(k)
	for m := lo; m <= hi; m++ { // gap(hi): the sentence's end, or the text's tail
		if g := s.gap(m); strings.Contains(g, "¿") || m > lo && strings.Contains(g, "?") {
			return true
		}
	}
	return false
}

// kdAfter: a verb of finding at v, and after the treatment word at k
// "in/on/en", a reader's possessive and a relative; it returns the
// relative's last token, or -1.
func (s *scanner) kdAfter(v, k int) int {
	if !kdFindVerbs.get(s.toks[v].h) {
		return -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if s.toks[j].sent {
			return -1
		}
		if kdPrepAfter.get(s.toks[j].h) && j+2 < len(s.toks) && recipientPossessive.get(s.toks[j+1].h) &&
			kdRelativeOr(s.toks[j+2].h) && !s.toks[j+2].sent {
			return j + 2
		}
	}
	return -1
}

// kdOwned: the dental word at token i is owned by the reader or a
// relative of the reader's: "your sealants", "your child's sealants".
func (s *scanner) kdOwned(i int) bool {
	if i < 1 {
		return false
	}
	if recipientPossessive.get(s.toks[i-1].h) && !s.toks[i].sent {
		return true
	}
	return i >= 3 && s.possessiveS(i-1) && kdRelativeOr(s.toks[i-2].h) && recipientPossessive.get(s.toks[i-3].h)
}

var (
	kdBe       = wordSetTab("was were got is are")
	kdPastPart = wordSetTab("filled fixed treated done placed repaired")
)

// kdPassive: the treatment word at token k is followed by was/were/got and
// a participle of treatment: "cavity was filled".
func (s *scanner) kdPassive(k int) bool {
	return k+2 < len(s.toks) && !s.toks[k+1].sent && !s.toks[k+2].sent && kdBe.get(s.toks[k+1].h) && kdPastPart.get(s.toks[k+2].h)
}
