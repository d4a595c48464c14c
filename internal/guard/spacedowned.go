package guard

// spacedowned.go — a clinical word spelled out right after the reader's
// possessive (issue 15, sixteenth pass round two, helper recall2b,
// dev89-leak-007: "Reminder: your p e l v i c  p a i n follow-up (visit 4
// of 8) is Fri.").
//
// spacedChainAt (spacedphrase.go) reports spelled runs that make a listed
// term; a single spelled word only after another spelled run, and a
// two-word term only when the pair is listed. Spelling words out after
// "your" is itself the cue of a hidden condition, so spacedOwned, for a
// chain whose first run follows the reader's possessive (your, ur, yr,
// su, tu, sus, tus) directly, also reports:
//
//   - one run of 4+ letters that is a single-word clinical or association
//     term ("your v u l v o d y n i a  review");
//   - two consecutive runs that are a learned modifier and head
//     (learned.go: a word starting, or ending, at least learnK listed
//     multi-word terms, the other a word of a listed term), neither a
//     learnStop or generic word ("your p e l v i c  p a i n follow-up",
//     "your c h r o n i c  p r o s t a t i t i s recheck").
//
// spacedOwnedWords holds pelvic-pain conditions the clinical lists lack
// (vulvodynia, prostatitis, vaginismus, dyspareunia…); they are read here,
// not listed, since a new word of the lists moves the letter-shape model
// (shape.go) and cost split-dev and wn-dev a drug each when tried.
//
// Rule compose.spaced_owned, kind condition. Passes: "your F R E E  g i f t"
// and "your s k i n  c a r e routine" (a stop word), "Our p e l v i c
// p a i n workshop" (no reader's possessive).

var spacedOwnedWords = wordSetTab("vulvodynia vestibulodynia vaginismus dyspareunia prostatitis " +
	"vulvodinia vestibulodinia vaginismo dispareunia prostatitis")

// spacedOwned: the runs follow the reader's possessive and spell a
// clinical word or a learned pair.
func (s *scanner) spacedOwned(starts, ends []int, hs []uint64) bool {
	if len(starts) == 0 || starts[0] == 0 || !spacedOwner.get(s.toks[starts[0]-1].h) {
		return false
	}
	for r := range starts {
		if ends[r]-starts[r]+1 < 4 {
			continue
		}
		if spacedOwnedWords.get(hs[r]) {
			s.addTok(starts[r], ends[r], KindCondition, "compose.spaced_owned", 0.8, reasonFor(KindCondition)+" (spelled out with separators)")
			return true
		}
		if w := s.v.get(hs[r]); w != nil {
			for _, p := range w.phrases {
				if len(p.toks) == 1 && (p.class == pClinical || p.class == pAssoc) {
					s.addTok(starts[r], ends[r], p.kind, "compose.spaced_owned", 0.8, reasonFor(p.kind)+" (spelled out with separators)")
					return true
				}
			}
		}
		if r+1 < len(starts) && ends[r+1]-starts[r+1]+1 >= 3 && s.spacedLearnedPair(hs[r], hs[r+1]) {
			s.addTok(starts[r], ends[r+1], KindCondition, "compose.spaced_owned", 0.8, reasonFor(KindCondition)+" (spelled out with separators)")
			return true
		}
	}
	return false
}

// spacedLearnedPair: a learned modifier then a learned head, one of them
// in at least learnK listed terms, neither a stop or generic word.
func (s *scanner) spacedLearnedPair(m, h uint64) bool {
	if learnStop.get(m) || learnStop.get(h) || genericModifiers.get(m) || genericModifiers.get(h) {
		return false
	}
	bm, bh := s.v.learned.get(m), s.v.learned.get(h)
	return bm&lMod != 0 && bh&(lHead|lHead1|lMember) != 0 || bh&lHead != 0 && bm&(lMod|lMod1|lMember) != 0
}
