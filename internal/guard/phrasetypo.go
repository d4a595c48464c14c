package guard

// phrasetypo.go: one word of a multi-word clinical term misspelled (issue
// 15, ninth pass, helper MISS9, dev54: "Your birth controll pill refill",
// "blood presure cuff", "hering aid", "contineous glucose monitor").
//
// frame.misspelling (dictfuzzy.go) and typo.go read one word against the
// single-word terms; a misspelled word of a multi-word term is usually one
// edit from an ordinary word ("controll"/control, "presure"/pressure,
// "hering"/hearing), which the typo rules rightly clear when it stands
// alone ("Your controll panel is out of stock"). Its neighbours say what
// it is: frame.phrase_misspelling reports a word in no vocabulary
// (scanFrames' suspicious words only: lower case or capitalised, 4+
// letters) when it is one edit (a letter left out, added, changed, or two
// neighbours swapped: editDistance ≤ 1) from a word of 5+ letters of a
// listed multi-word clinical term and the term's other words stand around
// it exactly, one space or "-" apart, in the same sentence ("birth
// controll pill" for "birth control pill", "hering aid" for "hearing
// aid"). The whole term is reported, as its kind.
//
// A term the lists flag ambiguous ("blood pressure|a", "knee brace|a")
// needs a health cue near it, as the listed term does (healthCue).
//
// Index: New keys each such word of the lists' multi-word clinical terms
// (not those flagged capitals-only, capitalised or exact) by
// its left and its right neighbour (phraseTypoIndex); a suspicious word
// looks up its two neighbours, so clean text, whose words are in the
// lists, never reaches it.
//
// Accepted risks: an unknown word one edit from a word of a listed term
// among that term's other words is reported even if meant otherwise (the
// terms are clinical, so the rest of the phrase already speaks of care);
// terms the lists flag ambiguous ("knee brace") are not read this way, so
// "knee braec" stays unreported.

// phTypoSlot: word k of a listed multi-word clinical term.
type phTypoSlot struct {
	p     *phrase
	words []string // the term's words in lower case (shared by its slots)
	k     int
}

// phraseTypoIndex: the slots by the hash of the word before (left) and
// after (right) the slot's word.
type phraseTypoIndex struct {
	left, right map[uint64][]phTypoSlot
}

// phraseTypoMin: the length of a term word read this way.
const phraseTypoMin = 5

// add indexes p's words (text is the term as listed).
func (x *phraseTypoIndex) add(text string, p *phrase) {
	nt := normalize(text, nil, nil)
	toks := tokenize(&nt, nil)
	if len(toks) != len(p.toks) || len(toks) < 2 {
		return
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.low
	}
	if x.left == nil {
		x.left, x.right = map[uint64][]phTypoSlot{}, map[uint64][]phTypoSlot{}
	}
	for k, t := range toks {
		if len(t.low) < phraseTypoMin || t.cls&tAlpha == 0 {
			continue
		}
		sl := phTypoSlot{p: p, words: words, k: k}
		if k > 0 {
			x.left[p.toks[k-1]] = append(x.left[p.toks[k-1]], sl)
		}
		if k+1 < len(toks) {
			x.right[p.toks[k+1]] = append(x.right[p.toks[k+1]], sl)
		}
	}
}

// phraseTypo: suspicious token i is a misspelled word of a listed
// multi-word clinical term whose other words stand around it; it reports
// the term.
func (s *scanner) phraseTypo(i int) bool {
	x := &s.v.phTypo
	t := &s.toks[i]
	if x.left == nil || t.cls&tAlpha == 0 || t.cls&tUpper != 0 || len(t.low) < 4 {
		return false
	}
	n := len(s.toks)
	bestA, bestB := -1, -1
	var best *phrase
	try := func(slots []phTypoSlot) {
		for _, sl := range slots {
			a := i - sl.k
			b := a + len(sl.words) - 1
			if a < 0 || b >= n || b-a <= bestB-bestA {
				continue
			}
			ok := true
			for j := a; j <= b && ok; j++ {
				if j > a {
					g := s.gap(j)
					ok = (g == " " || g == "-") && !s.toks[j].sent
				}
				if ok && j != i {
					ok = s.toks[j].h == sl.p.toks[j-a]
				}
			}
			if !ok || editDistance(t.low, sl.words[sl.k], 1) > 1 {
				continue
			}
			if sl.p.flags&fAmbig != 0 && !s.healthCue(a, b) { // "blood pressure|a": as the listed term
				continue
			}
			bestA, bestB, best = a, b, sl.p
		}
	}
	if i > 0 && !t.sent {
		try(x.left[s.toks[i-1].h])
	}
	if i+1 < n {
		try(x.right[s.toks[i+1].h])
	}
	if best == nil {
		return false
	}
	for j := bestA; j <= bestB; j++ {
		if j != i && s.used[j] {
			return false
		}
	}
	s.addTok(bestA, bestB, best.kind, "frame.phrase_misspelling", 0.7, "is a listed clinical term with one word misspelled")
	return true
}
