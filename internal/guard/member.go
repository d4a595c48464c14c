package guard

// Words of listed multi-word terms, standing alone (issue 15, sixth pass:
// never-listed terms). The clinical lists hold many terms of two or more
// words whose words are clinical on their own: "erythema" (of "erythema
// multiforme"), "variola" ("variola major"), "molluscum" ("molluscum
// contagiosum"), "diclofenac" ("diclofenac potassium"), "cortisol"
// ("cortisol level"). A list entry is keyed by its first word, so such a
// word had a vocabulary entry (its multi-word terms) and was never
// "suspicious": when the rest of the term was not there, no rule looked at
// it, not even the frames that take words in no vocabulary.
//
// memberOnly says a word's entry is only that: multi-word clinical terms,
// no word flags (names, places, stop or common words). suspicious (frame.go)
// treats such a word, written in lower case and not ordinary English or
// Spanish, like a word in no vocabulary, so the frame rules (frame.clinical,
// frame.notice, frame.unknown, frame.shape in shape.go…) judge it;
// capitalised ones keep their old treatment, and so do the words a list
// writes capitalised ("Chinese restaurant syndrome", "Jarvik heart",
// "Kaffir pox": place, people and brand words start WordNet terms too;
// properFirst). No new rule: the word is judged as any unknown word is.
// The entries are the lists as loaded, so the split guards know only the
// terms of the parts they load. Later words of listed terms ("citrate",
// "blocker") had no entry and were judged by the frames already. A rule
// reporting such words outright (in no English list at all) was tried and
// found nothing the frames missed on the development sets, and flagged
// "your chinese takeout order"; left out.

// noteProperFirst records the first word of a term written with a
// capital in its list.
func (v *vocab) noteProperFirst(term string) {
	if term == "" || term[0] < 'A' || term[0] > 'Z' {
		return
	}
	if hs := termTokens(term); len(hs) > 1 {
		if v.properFirst == nil {
			v.properFirst = map[uint64]bool{}
		}
		v.properFirst[hs[0]] = true
	}
}

// memberAlone: token i is a lower-case word whose entry holds only
// multi-word clinical terms (memberOnly) and that no list writes
// capitalised.
func (s *scanner) memberAlone(i int) bool {
	t := &s.toks[i]
	return t.w != nil && t.w.alone && t.cls&(tCap|tUpper) == 0
}

// markMembers sets wordInfo.alone once the lists are loaded, so the
// scanner pays one field test per word.
func (v *vocab) markMembers() {
	for h, w := range v.words {
		w.alone = memberOnly(w) && !v.properFirst[h]
	}
	v.properFirst = nil
}

// memberOnly: w holds only multi-word clinical terms and no word flags.
func memberOnly(w *wordInfo) bool {
	if w == nil || w.flags != 0 || len(w.phrases) == 0 {
		return false
	}
	for _, p := range w.phrases {
		if p.class != pClinical || len(p.toks) < 2 {
			return false
		}
	}
	return true
}
