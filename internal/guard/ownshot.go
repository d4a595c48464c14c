package guard

// ownshot.go: the reader's own shot in a marketing notice (issue 15, helper
// d29c, dev29 leak-114 "Flu shots are available now at all our locations —
// book yours today!", strict mode).
//
// "Flu shots" is ambiguous (flag a): it is reported only with a health cue
// near it (healthCue). In strict mode (marketing: a campaign reveals health
// by association) a vaccine phrase is also reported when "yours" or "tuya"/
// "suya" follows it in the same sentence: the reader is asked to take their
// own shot. Standard mode is unchanged (an announcement's "book yours" is
// handled by the announcement rules, announce.go).

var (
	ownShotLast = wordSetTab("shot shots vaccine vaccines booster boosters jab jabs vacuna vacunas")
	ownShotYour = wordSetTab("yours tuya suya")
)

// ownShotStrict reports whether the ambiguous phrase i..j is a vaccine
// followed, in its sentence, by "yours" in strict mode.
func (s *scanner) ownShotStrict(i, j int) bool {
	if s.m != Strict {
		return false
	}
	// an ambiguous condition right before a vaccine word that is no phrase
	// of its own ("COVID boosters … book yours now", helper GAPS, dev37g)
	if !ownShotLast.get(s.toks[j].h) && !(j+1 < len(s.toks) && s.gap(j+1) == " " && ownShotLast.get(s.toks[j+1].h)) {
		return false
	}
	for k := j + 1; k < len(s.toks) && !s.toks[k].sent; k++ {
		if ownShotYour.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
