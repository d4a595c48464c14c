package guard

// headaward.go: a care head inside an award's name is the award (issue 15,
// dev54, helper STAFF9, probe set dev61s): "Congratulations to our
// emergency department nurses, named the state's rural care team of the
// year." compose.head read "rural" before "care" as an unlisted clinical
// subject of the reader's care team.
//
// headAward(k): the head k is "care" or "support" (or any subject head)
// and the words after it are "team(s)", "unit(s)", "program(s)",
// "provider(s)" or "hospital(s)", then "of the" and an award's period (year,
// month, quarter, decade: staffrole.go's srAward words in English): the
// phrase names an award given to the sender, no reader's care. "your care
// team", "your support group", "rural care team" without "of the year"
// stay reported.
//
// Cost: only after a subject head compose.go is about to report; at most
// four token comparisons.

// headAwardNouns: what an award names after the head.
var headAwardNouns = wordSetTab("team teams unit units program programs provider providers hospital hospitals")

// headAwardPeriods: an award's period after "of the".
var headAwardPeriods = wordSetTab("year month quarter decade")

func (s *scanner) headAward(k int) bool {
	n := len(s.toks)
	if k+4 >= n || !headAwardNouns.get(s.toks[k+1].h) || s.toks[k+2].low != "of" || s.toks[k+3].low != "the" ||
		!headAwardPeriods.get(s.toks[k+4].h) {
		return false
	}
	for m := k + 1; m <= k+4; m++ {
		if s.gap(m) != " " {
			return false
		}
	}
	return true
}
