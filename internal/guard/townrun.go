package guard

// A town read as a person's name (issue 15, thirteenth pass; dev64, dev69):
// "donor centre technicians in Eau Claire and Menomonie", "Thank you, Eau
// Claire!", "now delivering in Cumberland and Perry counties". Two
// capitalised words in no vocabulary look like a name (name.capitalized)
// and a listed given name alone like a given name (name.given); when the
// words are a town of the gazetteer (towns.go) in a place's frame — right
// after a preposition of place (in, at, near, across, throughout, around,
// from, en, desde, cerca de) or right before a place noun (county,
// counties, area, residents, condado, office, location, site, store) — they
// are the town. A town's name after a greeting or a title ("Hi Eau Claire",
// "Dr. Perry"), or elsewhere in a sentence, stays a name (fail closed: a
// person can bear a town's name); a lone given name needs the place noun
// after it ("Perry counties"), a preposition is not enough ("a message
// from Perry").

// townPlaceBefore: the words before a town.
var townPlaceBefore = wordSetTab("in at near across throughout around from en desde")

// townPlaceAfter: the nouns after a town.
var townPlaceAfter = wordSetTab("county counties area residents condado office location site store")

// townRun: tokens i..end (one to three capitalised words) name a town in
// a place's frame; given: the run is a lone listed given name, which
// needs the place noun after it.
func (s *scanner) townRun(i, end int, given bool) bool {
	if end-i > 2 || !s.townName(i, end) {
		return false
	}
	n := len(s.toks)
	if end+1 < n && townPlaceAfter.get(s.toks[end+1].h) && s.gap(end+1) == " " {
		return true
	}
	if given || i < 1 || s.toks[i].sent {
		return false
	}
	return townPlaceBefore.get(s.toks[i-1].h) && s.gap(i) == " "
}

// townName: tokens i..end, capitalised and one space apart, spell a town.
func (s *scanner) townName(i, end int) bool {
	h := uint64(fnvOffset)
	for k := i; k <= end; k++ {
		t := &s.toks[k]
		if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 {
			return false
		}
		if k > i {
			if s.gap(k) != " " {
				return false
			}
			h = hashBytes(h, " ")
		}
		h = hashBytes(h, t.low)
	}
	return s.g.gen.town(h)
}
