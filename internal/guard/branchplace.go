package guard

import "strings"

// A sender's branch named by its place before a lower-case "clinic"
// (helper PORTAL, dev39: "two nurse practitioners to our Brookfield
// clinic", "two new physicians join our Lakeview clinic", "phone lines
// are down at the Oak Park clinic").
//
// clinicPlaceName (placename.go) takes a capitalised place before a
// lower-case "clinic" only when it is a compass word. branchPlace also
// takes, right after our/the/this, a capitalised compound of an ordinary
// word and a place ending ("Brook"+"field", "Lake"+"view") or two
// capitalised words, an ordinary word then a place ending or an ordinary
// place noun ("Oak Park", "Cedar Ridge", "Mill Creek"). A word of the
// place list ("our Riverside clinic", which announce_test.go holds
// reported in strict mode: its fuzz test wants standard and strict to
// differ only by the announcement rule) is left as it was, so the rule
// reads the same in both modes. "your Brookfield clinic" (no sender
// determiner) and a word that is no compound ("our Zorvex clinic", "our
// Lupus clinic") stay reported.
func (s *scanner) branchPlace(i int) bool {
	if i < 1 || s.toks[i].sent {
		return false
	}
	if senderDeterminers.get(s.toks[i-1].h) {
		return s.fl(i)&wPlace == 0 && (s.placeCompound(i) || s.branchTown(i, i))
	}
	if s.branchLead(i) && s.fl(i)&wPlace == 0 && s.branchTown(i, i) { // "new Leander clinic" (towns.go)
		return true
	}
	// two words: "the Oak Park clinic"
	a := i - 1
	if a < 1 || s.toks[a].sent || s.gap(i) != " " {
		return false
	}
	if (senderDeterminers.get(s.toks[a-1].h) || s.branchLead(a)) && s.branchTown(a, i) { // "Wayfarer's San Francisco clinic"
		return true
	}
	if !senderDeterminers.get(s.toks[a-1].h) {
		return false
	}
	ta, tb := &s.toks[a], &s.toks[i]
	if ta.cls&tCap == 0 || ta.cls&tUpper != 0 || carePlaceMods.get(ta.h) || s.fl(a)&wPlace != 0 || !s.g.gen.has(ta.h) {
		return false
	}
	for _, e := range placeEndings {
		if tb.low == e {
			return true
		}
	}
	return false
}

// branchTown: tokens a..b (one word, or two after one space) are
// capitalised, not all capitals, and name a town of the gazetteer
// (towns.go): "our Buda clinic", "the Kyle clinic", "our San Francisco
// clinic". The gazetteer holds no town named by a word of the clinical
// lists or a medical root ("Lyme", "Derma"), and a listed clinical word
// never reaches compose.head's test; a word the guard does not know that
// is no town ("our Zorvex clinic") stays reported.
func (s *scanner) branchTown(a, b int) bool {
	for k := a; k <= b; k++ {
		if carePlaceMods.get(s.toks[k].h) {
			return false
		}
	}
	return s.townName(a, b) // capitalised, one space apart (townrun.go)
}

// branchLead: token i (a town's first word) follows "new" ("new Leander
// clinic") or a name's possessive ("Wayfarer's San Francisco clinic"):
// the sender's branch, as after our/the.
func (s *scanner) branchLead(i int) bool {
	if i < 1 || s.toks[i].sent {
		return false
	}
	g := s.gap(i)
	if s.toks[i-1].low == "new" && g == " " {
		return true
	}
	return (g == "'s " || g == "’s ") && s.toks[i-1].cls&tCap != 0
}

// placeCompound: token i is a capitalised ordinary word + place ending.
func (s *scanner) placeCompound(i int) bool {
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 {
		return false
	}
	for _, e := range placeEndings {
		if len(t.low) >= len(e)+3 && strings.HasSuffix(t.low, e) {
			if s.g.gen.has(hstr(t.low[:len(t.low)-len(e)])) {
				return true
			}
		}
	}
	return false
}
