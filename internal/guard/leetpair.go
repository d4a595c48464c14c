package guard

// leetpair.go — digits for letters in the first word of a clinical pair
// ("0pi0id taper plan"; helper REC34, from dev34). obfuscation.leet
// (leet.go) reports a reading that is a single-word clinical term; "opioid"
// is none — the lists hold it only in multi-word terms (opioid addiction,
// opioid use disorder), where compose.learned finds "opioid taper" written
// plainly. leetPair takes a reading that starts several listed clinical
// terms (learned.go lMod) when the next word is a content word that may be
// a head, the same test compose.learned makes. "pr0mo plan", "0pt10n plan"
// pass: promo and option start no listed term. The reading must be 5+
// letters, so short codes ("b2b", "h3") never count.

// leetPair: w (a reading of tokens a..b) starts several listed clinical
// terms and token b+1 is a head-like content word right after it.
func (s *scanner) leetPair(w string, b int) bool {
	k := b + 1
	if len(w) < 5 || k >= len(s.toks) || s.gap(k) != " " || s.toks[k].sent {
		return false
	}
	if s.v.learned.get(hstr(w))&lMod == 0 || learnStopMod.get(hstr(w)) {
		return false
	}
	return s.learnContent(k) && !learnStopHead.get(s.toks[k].h)
}
