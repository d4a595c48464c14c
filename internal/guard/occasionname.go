package guard

// occasionname.go: a person's name before a colon and the subtitle of a
// personal recording (issue 15, night of 2026-12-04, helper RED3, red team
// round 4: dev28s "Okafor Nnamdi: Wedding Highlights (DVD) has shipped",
// "Tavita Faleolo: Memorial Tribute (Blu-ray) is ready for pickup").
//
// A photo or video service names its customer's recording "<name>:
// <occasion>": a wedding, a birthday, a memorial, a graduation. colonTitle
// (brandline.go) no longer takes such a subtitle for a title's, but names
// in no list were never read as a name there. Two or three capitalised
// words (not all capitals) opening the text or a sentence, each in no
// vocabulary at all or a listed given or family name that is no common
// word, at least one of them in no list, then ": " and within four words
// a word of colonOccasions, are a name: rule compose.name (kind name).
// Titles of words in a list ("Harbor Lights: Anniversary Sale", "Super
// Bowl: Highlights") pass.

// scanOccasionName reports compose.name for "Okafor Nnamdi: Wedding
// Highlights".
func (s *scanner) scanOccasionName() {
	if s.fbAll3&fb3Occasion == 0 {
		return // no word of colonOccasions in the field (tokfilter.go, helper SPEED14; the bit first, helper speed17)
	}
	if !s.hasByte(':') {
		return // no ": " after a name can follow (SPEED11: one byte search, not a walk)
	}
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if i > 0 && !s.toks[i].sent {
			continue
		}
		e, unlisted := i-1, false
		for k := i; k < n && k <= i+2; k++ {
			t := &s.toks[k]
			if k > i && s.gap(k) != " " || t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.cls&tUpper != 0 || len(t.low) < 2 || s.used[k] {
				break
			}
			f := s.fl(k)
			u := s.occasionUnlisted(k)
			if !u && (f&(wFirst|wLast) == 0 || f&wCommon != 0) {
				break
			}
			unlisted = unlisted || u
			e = k
		}
		if e < i+1 || !unlisted || e+1 >= n || s.gap(e+1) != ": " {
			continue
		}
		occ := false
		for k := e + 1; k < n && k <= e+4 && !s.toks[k].sent; k++ {
			occ = occ || colonOccasions.get(s.toks[k].h)
		}
		if !occ {
			continue
		}
		if s.p != nil && s.p.isTemplate(s.toks[i].h) {
			continue
		}
		s.addTok(i, e, KindName, "compose.name", 0.7, "comes before a colon and a personal recording's occasion, where a name goes")
		i = e
	}
}

// colonOccasionFilter: the words of colonOccasions, one of which the walk
// needs after the colon (fb3Occasion, tokfilter.go; helper SPEED14).
var colonOccasionFilter = tabsFilter(colonOccasions)

// occasionUnlisted: token k is in no vocabulary at all.
func (s *scanner) occasionUnlisted(k int) bool {
	t := &s.toks[k]
	return t.w == nil && !s.g.gen.english(t.h) && !s.g.gen.extended(t.h) && s.g.gen.m[t.h] == 0
}
