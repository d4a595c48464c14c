package guard

// typocue.go: a typo of an ordinary word before a clinical cue that is
// also an ordinary word (issue 15, ninth pass, helper MISS9: "Your
// controll panel is out of stock", "Your game controll panel
// replacement").
//
// frame.clinical reports a word in no vocabulary right before a clinical
// cue ("Your Zorvexa refill", "Lipidx panel results"). Some cues name
// ordinary things as often: a control panel, a pen, a motion sensor,
// office supplies, water levels, election results, a film screening, a
// wood treatment. Before one of those (typoCueOrdinary), a word that is one typo from an
// ordinary word (ordtypo.go's ordinaryTypoWide: 6+ letters, one letter left
// out, doubled, changed for a like one or swapped, from an ordinary word
// of 5+ letters that is no clinical term, and near no built-in clinical
// term nor spelt like one) is that ordinary word misspelled, not a drug.
//
// Fail closed: the typo must be the word right before the cue; a word
// near a clinical term is never cleared ("Your diabetis supplies",
// "Your insolin pens" stay reported: typo.go's nearMedical and the
// two-edit scan of the built-in terms); refill, prescription, dose,
// injection, medication, diagnosis and the other cues that name only care
// are not in the list. A word of the operator's medical dictionary is
// never cleared (scanFrames reads it first).

var typoCueOrdinary = wordSetTab("panel panels pen pens sensor sensors supplies levels results screening treatment treatments")

// typoBeforeOrdinaryCue: token i, a word in no vocabulary, comes right
// before cue token k, an ordinary-sense cue, and is a typo of an ordinary
// word.
func (s *scanner) typoBeforeOrdinaryCue(i, k int) bool {
	return k == i+1 && typoCueOrdinary.get(s.toks[k].h) && s.toks[i].cls&(tUpper|tCap) == 0 && s.ordinaryTypoWide(s.toks[i].low)
}
