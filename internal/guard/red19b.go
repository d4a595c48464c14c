package guard

// red19b.go: red team of the nineteenth pass's round-one drops
// (staffjoinorg.go, phonevoice.go; red team red19b, probe
// set dev103x). Each predicate narrows a drop or an allowance: when it
// answers true the drop does not clear (fail closed).
//
//   - r19bJoinTeam (sjJoinOrg): the "organisation" a titled clinician joins
//     holds a team or household word ("joins Care Team Reed", "se incorpora
//     al Equipo Ruiz"): a person's care team, not the sender;
//   - r19bOneWordSave (pvSaveNumber): the run before the number is one word
//     with no inner capital ("Agende nuestro nuevo número: Villanueva,
//     +595 …"): a surname as readily as a business;
//   - r19bWorkerBefore (pvNamedCall): a one-word name after a sentence whose
//     subject is a care worker doing something ("Your caregiver is running
//     late. Call Greenwood at …"): the worker's or a person's own number.

import "strings"

var (
	// r19bTeam: words making a joined "organisation" a person's team or household
	r19bTeam = wordSetTab("team equipo family familia household hogar casa")
	// r19bWorkers: care workers who may be a sentence's subject before a call
	r19bWorkers = wordSetTab("caregiver carer aide driver nurse therapist helper cuidador cuidadora chofer conductor enfermera enfermero")
	// r19bActs: a worker's act right after the worker word
	r19bActs = wordSetTab("is was will has had can cannot cant isnt wasnt won't wont running arrives arrived called " +
		"esta llegara llego llama tiene")
)

// r19bJoinTeam: after the titled name's last token b, a join verb's
// capitalised run holds a team or household word.
func r19bJoinTeam(v *srView, b, hi int) bool {
	for j := b + 1; j < hi && j <= b+8; j++ {
		if !sjJoinVerbs.get(v.toks[j].h) && !sjJoinEs.get(v.toks[j].h) {
			continue
		}
		for k := j + 1; k < hi && k <= j+6; k++ {
			if r19bTeam.get(v.toks[k].h) && v.toks[k].cls&tCap != 0 {
				return true
			}
		}
	}
	return false
}

// r19bOneWordSave: the saved run a..e is one word with no capital after
// its first letter.
func (s *scanner) r19bOneWordSave(a, e int) bool {
	if a != e {
		return false
	}
	w := s.t.s[s.toks[a].s:s.toks[a].e]
	return len(w) < 2 || strings.ToLower(w[1:]) == w[1:]
}

// r19bWorkerBefore: sentence [plo, lo) holds a care worker word followed
// by an act ("Your caregiver is running late.").
func (s *scanner) r19bWorkerBefore(plo, lo int) bool {
	for j := plo; j+1 < lo; j++ {
		if r19bWorkers.get(s.toks[j].h) && r19bActs.get(s.toks[j+1].h) {
			return true
		}
	}
	return false
}
