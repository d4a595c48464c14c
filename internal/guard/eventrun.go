package guard

// eventrun.go: a name inside an event's capitalised name (issue 15, ninth
// pass, dev59, helper MISC9B, 2026-12-05).
//
// "Join Hartwell Children's Clinic for Teddy Bear Picnic Day on Saturday,
// June 6": the name rules read "Teddy Bear" as a person (a listed given name
// and a family name), and branchRun refuses a given name after "for" (a
// person's slot). eventRunName(a, b, i, end) takes the capitalised run a..b
// around the name i..end as an event's name when the run ends in an event
// noun (Day, Picnic, Party, Festival, Fair, Night, Parade, Carnival, Fest,
// Jamboree, Social, Bash), at least one capitalised word of the ordinary
// vocabulary that is no listed given or family name stands between the name
// and that noun ("Picnic"), and no word of the run is a care word, a kin word
// or a person cue. A possessive breaks the run (the tokenizer's "'s"), so
// "Maria's Surgery Day" is never one run; "Emma Reyes Day" (no word
// between) and "Emma Reyes Surgery Day" (a care word) stay reported.
//
// Accepted risk: a person's name followed by an ordinary word and an event
// noun ("Emma Reyes Appreciation Day") passes as the event's name.
var eventRunNouns = wordSetTab("day picnic party festival fair night parade carnival fest jamboree social bash")

func (s *scanner) eventRunName(a, b, i, end int) bool {
	if b-a < 2 || end >= b || !eventRunNouns.get(s.toks[b].h) {
		return false
	}
	between := false
	for j := a; j <= b; j++ {
		h := s.toks[j].h
		if careWords.get(h) || sdCare.get(h) || careKin.get(h) || kinWords.get(h) || s.fl(j)&(wDatePerson|wHealthCue) != 0 {
			return false
		}
		if j > end && j < b && s.general(j) && (s.fl(j)&(wFirst|wLast) == 0 || s.fl(j)&wCommon != 0) {
			between = true
		}
	}
	return between
}
