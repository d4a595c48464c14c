package guard

// scanShapes runs issue 15's third-pass shape detectors in one pass over
// the tokens, each behind a cheap test of the token's class and length:
// digits written as words (spelled.go), user names and handles
// (username.go), insurance card last digits (memberid.go) and given names
// in the possessive before a health word (possessive.go).
func (s *scanner) scanShapes() {
	n := len(s.toks)
	if cap(s.tp) < n {
		s.tp = make([]uint32, n)
	}
	s.tp = s.tp[:n]
	var all uint32
	tp0 := s.tp // (a local: the stores below would make s.tp be read again per token)
	for i := range s.toks {
		// tpWords.get with its filter inline: most words pay no call
		// (helper SPEED13)
		var x uint32
		if h := s.toks[i].h; tpWords.bits.may(h) {
			x = tpWords.tab.get(h)
		}
		tp0[i] = x
		all |= x
	}
	s.tpAll = all
	at := s.hasByte('@') // an '@' before a word at all: one byte search, not a test per word (helper SPEED14)
	// (used and tp resliced to n, the walk's bound: the compiler drops their
	// index tests, helper speed19)
	toks, used, tp, txt := s.toks, s.used[:n], s.tp[:n], s.t.s
	for i := 0; i < n; i++ {
		// the words none of the tests below can take (most) passed over
		// in a loop of their own, with no call to spill its values for
		// (helper SPEED16)
		for i < n && (used[i] || toks[i].cls&tDigit == 0 && (toks[i].cls&(tAlpha|tMixed) == 0 ||
			!(tp[i]&swDigit != 0 && toks[i].cls&tAlpha != 0) &&
				!(tp[i]&swUserCue != 0 || at && toks[i].s > 0 && txt[toks[i].s-1] == '@' || int(toks[i].e) < len(txt) && (txt[toks[i].e] == '.' || txt[toks[i].e] == '_')) &&
				!(i+2 < n && toks[i+1].low == "s"))) {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		if t.cls&tDigit != 0 {
			if len(t.low) == 1 { // "9 1 7 - 5 5 5 - …" (spelled.go)
				if j := s.spelledAt(i); j >= i {
					i = j
					continue
				}
			}
			s.memberDigitsAt(i)
			continue
		}
		if t.cls&(tAlpha|tMixed) == 0 {
			continue
		}
		sw := s.tp[i]
		if sw&swDigit != 0 && t.cls&tAlpha != 0 {
			if j := s.spelledAt(i); j >= i {
				i = j
				continue
			}
		}
		// (usernameAt without its cue needs an '@' before the word or a
		// '.' or '_' after it; possessiveName an "s" after it)
		if sw&swUserCue != 0 || at && t.s > 0 && s.t.s[t.s-1] == '@' || int(t.e) < len(s.t.s) && (s.t.s[t.e] == '.' || s.t.s[t.e] == '_') {
			if j := s.usernameAt(i, sw&swUserCue != 0); j >= i {
				i = j
				continue
			}
		}
		if i+2 < n && s.toks[i+1].low == "s" && s.possessiveName(i) {
			s.addTok(i, i, KindName, "name.possessive", 0.7, "is a given name in the possessive before a health word")
		}
	}
}

// tpWords: the word classes of the third-pass detectors, one lookup per
// token (scanShapes fills scanner.tp): digit words and user-name cue ends
// (shapes), equipment heads (heads.go), lab test heads, drug-class heads
// (drugclass.go), and the word sets of compose.go.
const (
	swDigit    uint32 = 1 << iota // a digit word ("five", "cinco")
	swUserCue                     // may end a user-name cue ("username", "as", "name", "id", "usuario")
	tpDevice                      // English equipment head ("pump")
	tpDeviceES                    // Spanish equipment head ("bomba")
	tpLab                         // English lab test head ("level")
	tpLabES                       // Spanish lab test head ("nivel")
	tpClass                       // drug-class head ("blocker")
	// the word sets of compose.go, so its loop tests bits instead of
	// looking each token up in six maps
	tpCondHead    // conditionHeads
	tpCondHeadES  // conditionHeadsES
	tpBodyPart    // bodyParts
	tpBodyHead    // bodyHeads
	tpGreetShort  // greetShort
	tpSubject     // subjectHeads
	tpColonCue    // colonCues
	tpOrdHead     // ordHeads (ordinary.go)
	tpOrdBeforeES // the Spanish words before the Spanish spelling of one (ordinary.go)
)

var tpWords = func() *smallSet {
	m := map[uint64]uint32{}
	add := func(set setTab, b uint32) {
		set.each(func(h uint64) { m[h] |= b })
	}
	add(digitWords, swDigit)
	add(userCues, swUserCue)
	for _, h := range []uint64{hAs, hName, hID, hUser} {
		m[h] |= swUserCue
	}
	add(deviceHeads, tpDevice)
	add(deviceHeadsES, tpDeviceES)
	add(labHeads, tpLab)
	add(labHeadsES, tpLabES)
	add(classHeads, tpClass)
	add(conditionHeads, tpCondHead)
	add(conditionHeadsES, tpCondHeadES)
	add(bodyParts, tpBodyPart)
	add(bodyHeads, tpBodyHead)
	add(greetShort, tpGreetShort)
	add(subjectHeads, tpSubject)
	add(colonCues, tpColonCue)
	add(ordHeads, tpOrdHead)
	add(ordBeforeES, tpOrdBeforeES)
	for h, b := range fifthWordClasses() { // fifthpass.go
		m[h] |= b
	}
	return newSmallSet(m)
}()

// smallSet is a small word set with a filter (hashfilter.go) in front of
// its map: most tokens are not in it, and the filter answers them without
// a map lookup (tpWords is looked up for every token).
type smallSet struct {
	bits hashFilter
	m    map[uint64]uint32
	tab  u32Tab // m's copy (hashtab.go): m is complete when newSmallSet is called
}

func newSmallSet(m map[uint64]uint32) *smallSet {
	s := &smallSet{m: m, tab: u32Tab(newHashTab(m))}
	for h := range m {
		s.bits.add(h)
	}
	return s
}

func (s *smallSet) get(h uint64) uint32 {
	if !s.bits.may(h) {
		return 0
	}
	return s.tab.get(h)
}
