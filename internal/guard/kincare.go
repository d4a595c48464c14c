package guard

import "strings"

// kincare.go — a relative's care unit or follow-up (helper T36C, dev36,
// dev48c): "The new pediatric wing opens Sept 1 — your son's NICU
// follow-up will be there.", "Your daughter's PICU follow-up is at 3 pm."
//
// "NICU"/"PICU" are in no clinical list, and "follow-up" alone is an
// ordinary word; said of the reader's own relative they tell that the
// relative is in care. A plural relative's possessive ("your twins' NICU
// follow-up") is read the same way (RED, dev53r). kinCare reports the reader's possessive
// (recipientPossessive: your, su, tu), a relative (kinCareWords: son,
// daughter, baby, child, husband, wife, mother, father … and greetkin.go's
// kinWords), "'s", then within three words in the same sentence an
// intensive care unit (kinCareUnits) or "follow-up"/"followup". "Your
// son's soccer practice moves Sept 1", "NICU tours for families", "Our
// NICU follow-up clinic opens Sept 1" (no relative of the reader's) pass.
// "the <Surname> baby's NICU follow-up" (a capitalised word after "the",
// then a relative) is read the same way (RED5, dev49d). Judgement call: "your son's follow-up" with no unit is reported too (a
// relative's clinical follow-up); fail closed.

var (
	kinCareWords = wordSetTab("son sons daughter daughters baby babys child childs kid kids husband wife partner spouse " +
		"mother father mom mum dad parent parents brother sister grandson granddaughter newborn infant " +
		// RED5 (dev49d): step-relatives, grandchildren, nieces and nephews, twins
		"stepson stepsons stepdaughter stepdaughters stepchild stepmother stepfather stepmom stepdad " +
		"grandchild grandkid grandkids niece nephew twin twins toddler")
	kinCareUnits = wordSetTab("nicu picu icu micu sicu cicu ccu")
	hFollow      = hstr("follow")
	hFollowup    = hstr("followup")
	hFollowUp    = hstr("follow-up")
	hThe         = hstr("the")
	// kinCareBits: the keys of kinCareWords and kinWords, kinCare's first
	// test (the relative is the word after the possessive, or the word
	// after "the <Surname>"; speed helper SPD8)
	kinCareBits = tabsFilter(kinCareWords, kinWords)
)

// kinCare: token i is the reader's possessive opening such a phrase; it
// returns the end of the span (the unit or "up").
func (s *scanner) kinCare(i int) (int, bool) {
	n := len(s.toks)
	if i+2 >= n || !kinCareBits.may(s.toks[i+1].h) && !kinCareBits.may(s.toks[i+2].h) {
		return 0, false // no relative where either reading needs one
	}
	if i+4 < n && s.toks[i].h == hThe && s.gap(i+1) == " " && !s.toks[i+1].sent && s.isCapWord(i+1) && s.fl(i+1)&wStop == 0 {
		i++ // "the Okafor baby's NICU follow-up": a named family's relative (RED5, dev49d)
	} else if i+3 >= n || !recipientPossessive.get(s.toks[i].h) {
		return 0, false
	}
	if s.gap(i+1) != " " {
		return 0, false
	}
	if !kinCareWords.get(s.toks[i+1].h) && !kinWords.get(s.toks[i+1].h) {
		return 0, false
	}
	first := i + 3
	if g := s.gap(i + 2); (g == "' " || g == "\u2019 ") && strings.HasSuffix(s.toks[i+1].low, "s") {
		first = i + 2 // a plural possessive: "your twins' NICU follow-up" (RED, dev53r)
	} else if g != "'" && g != "\u2019" || s.toks[i+2].low != "s" {
		return 0, false
	}
	for k := first; k < n && k <= first+2; k++ {
		if k > first && s.toks[k].sent {
			break
		}
		h := s.toks[k].h
		if kinCareUnits.get(h) || h == hFollowup || h == hFollowUp {
			return k, true
		}
		if h == hFollow && k+1 < n && s.toks[k+1].h == hUp && (s.gap(k+1) == "-" || s.gap(k+1) == "\u2011") {
			return k + 1, true
		}
	}
	return 0, false
}
