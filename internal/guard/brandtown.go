package guard

// brandtown.go: a branch named by the brand's ordinary words and its town
// (issue 15, sixteenth pass, helper misc16, dev88/dev91m, 2026-12-05).
//
// A tenant names a branch by its brand and the town: "Your receipt from
// Verdant Leaf Harrisburg is in your account". The run of capitalised
// words in no clinical vocabulary read as a person's name
// (name.capitalized, words.go c2): "Harrisburg" is no ordinary word, so
// the run was not all ordinary, and townrun.go passes a run only when the
// whole run is a town. brandTownRun reports that tokens i..end, three or
// more capitalised words, end in a town of the gazetteer (towns.go, one or
// two words) after at least two words that are each ordinary English or
// Spanish (general) and no listed given name, family name, title, name cue
// or greeting,
// with no title, name cue or greeting right before the run and no person
// read in it (spPerson).
//
// Stays reported: "Daniel Reading" (a given name, two words), "Hope Rivers
// Harrisburg" (a family name among the words before the town), "Dr. Maria
// Harrisburg" (a title), "Jordan Lancaster" (a given name), "Verdant Leaf"
// alone with a surname after it ("Verdant Leaf Okafor": no town). Accepted
// risk: a person whose given and middle names are both ordinary words and
// not in the given-name lists, with a town for a surname, passes. Cost:
// only for a run name.capitalized is about to report.

// brandTownRun: tokens i..end are a brand's ordinary words and a town.
func (s *scanner) brandTownRun(i, end int) bool {
	if end-i < 2 || i > 0 && s.fl(i-1)&(wTitle|wNameCue|wGreeting) != 0 {
		return false
	}
	for tail := 1; tail <= 2; tail++ {
		ts := end - tail + 1
		if ts-i < 2 || !s.townName(ts, end) {
			continue
		}
		ok := true
		for k := i; k < ts && ok; k++ {
			ok = s.toks[k].cls&tDigit == 0 && s.fl(k)&(wFirst|wLast|wTitle|wNameCue|wGreeting) == 0 && s.general(k)
		}
		if ok && !s.spPerson(i, end) {
			return true
		}
	}
	return false
}
