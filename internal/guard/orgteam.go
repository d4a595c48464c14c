package guard

// orgteam.go: a company's own name in a job ad or a "join the … team"
// invitation (issue 15, dev38, strict mode). A mobility dealer writes
// "Summit Mobility is hiring! Join our installer team" and "Join the Summit
// Mobility team at the … Food Truck Festival". The word that fired
// association.term was neither "hiring" nor "team" but "Mobility", the
// last word of the company's name.
//
// orgTeamName passes a single-word association term when it is
// capitalised, closes a capitalised name (the word before it is
// capitalised and not a sentence's "Your"/"Our"), and the name is followed
// by a job or team word: "team", "is hiring", "is now hiring", "are
// hiring", "careers", "jobs". What stays reported: lower-case wording
// ("join our mobility team", "join our diabetes support team"), a term
// that opens the name, any other health word in the notice (reported on
// its own), and the same name in any other frame ("Summit Mobility stair
// lifts install in one day" keeps its supply words).

var (
	orgTeamAfter   = wordSetTab("team teams careers jobs")
	orgTeamHiring  = wordSetTab("is are")
	orgTeamNotName = wordSetTab("your our my his her their you join the a an")
)

func (s *scanner) orgTeamName(i, j int) bool {
	if i != j || i == 0 || s.toks[i].cls&tCap == 0 || s.gap(i) != " " {
		return false
	}
	p := &s.toks[i-1]
	if p.cls&tAlpha == 0 || p.cls&(tCap|tUpper) == 0 || orgTeamNotName.get(p.h) {
		return false
	}
	k := j + 1
	if k >= len(s.toks) || s.gap(k) != " " {
		return false
	}
	if orgTeamAfter.get(s.toks[k].h) {
		return true
	}
	if !orgTeamHiring.get(s.toks[k].h) || k+1 >= len(s.toks) {
		return false
	}
	if s.low(k+1) == "now" && k+2 < len(s.toks) {
		k++
	}
	return s.low(k+1) == "hiring"
}
