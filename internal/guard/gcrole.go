package guard

import "strings"

// gcrole.go: gencover.go's shapes narrowed where one reader fits in them
// (issue 15, twenty-fourth pass, red team red24b, dev117g leak rows,
// 2026-12-06).
//
// dropGeneralCover (gencover.go) reads a whole sentence as everyone's
// coverage once it names a plan, a coverage verb and a word of
// generality, or a quantified population; and a capitalised name ending
// in Foundation, Fund, Society… as an organisation. Its gate vetoed
// "your", a claim word, a relative and a capital, but not one member
// named by role, a clause after the population, or a person's name
// leading the organisation's: "The plan covers all chemotherapy for the
// member with lymphoma", "La cobertura anual incluye la quimioterapia del
// socio con linfoma", "Free flu shots for all members, including the
// member with lung cancer", "Support the Marcus Delaney Lymphoma
// Foundation", and the same inside webhook JSON ("member_condition") all
// passed. gcRoleVeto reads the sentence [lo, hi) (outside the finding):
//
//   - a person by role (gcRole: member, policyholder, socio, afiliado,
//     titular, man, person, spouse, señora…) not quantified within three words before it, in one
//     phrase with no punctuation or quote between ("every covered family
//     member", "all members", "todas las socias" stay everyone), or a token holding "member"/"socio"/"afiliado" joined by
//     "_" or "-" (a JSON key);
//   - a word saying someone holds the finding just before it (with,
//     con, has, tiene…: "the man with lymphoma"), unless after a
//     coverage verb ("can help with …"): gcHeld;
//   - after a population (gcPopulation), anything but the sentence's end
//     ("for most adults, including …"): gcPopTail;
//   - in a capitalised name (gcNamed), a capitalised word before the
//     finding that is not a place or scope word (gcNamePre: American,
//     National, World…): gcNamePrefix.
//
// Fail closed: each of these keeps the finding; nothing here clears.
// Rows: gcrole_test.go.

var (
	gcRole = wordSetTab("member members policyholder policyholders holder holders insured enrollee enrollees subscriber subscribers " +
		"dependent dependents employee employees client clients customer customers one " +
		"socio socia socios socias afiliado afiliada titular titulares asegurado asegurada asegurados aseguradas " +
		"man woman person spouse someone retiree retirees pensioner gentleman lady " +
		"cliente clientes usuario usuaria usuarios usuarias empleado empleada trabajador trabajadora " +
		"senor senora persona conyuge pareja jubilado jubilada pensionado pensionada caballero")
	// gcHeld: a word before the finding saying someone has it ("with
	// lymphoma", "con linfoma", "has HIV")
	gcHeld      = wordSetTab("with con has have had tiene tienen tenia sufre padece")
	gcRoleQuant = wordSetTab("most all every each any many todos todas cada varios varias muchos muchas")
	gcNamePre   = wordSetTab("american national world international global canadian british european mexican " +
		"the of for and us usa heart cancer breast lung kidney diabetes")
)

// gcRoleVeto: the sentence [lo, hi), outside the finding [fa, fb], names
// one person by role (see the file comment).
func gcRoleVeto(v *annView, lo, hi, fa, fb int) bool {
	toks := v.toks
	// "for the man with lymphoma", "de la señora con linfoma": a finding
	// held by someone, unless after a coverage verb ("can help with")
	if fa-1 >= lo && gcHeld.get(toks[fa-1].h) && !(fa-2 >= lo && gcVerb.get(toks[fa-2].h)) {
		return true
	}
	for k := lo; k < hi; k++ {
		if k >= fa && k <= fb {
			continue
		}
		low := toks[k].low
		if strings.ContainsAny(low, "_-") {
			for _, w := range []string{"member", "socio", "afiliad", "titular", "holder", "patient", "paciente"} {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
		raw := v.t.s[toks[k].s:toks[k].e]
		if strings.ContainsAny(raw, "_") {
			l := strings.ToLower(raw)
			for _, w := range []string{"member", "socio", "afiliad", "titular", "holder", "patient", "paciente"} {
				if strings.Contains(l, w) {
					return true
				}
			}
		}
		if !gcRole.get(toks[k].h) {
			continue
		}
		q := false
		for m := k - 1; m >= lo && m >= k-3; m-- {
			if strings.TrimSpace(v.t.s[toks[m].e:toks[m+1].s]) != "" {
				break // "all conditions","member_condition": not one phrase
			}
			if gcRoleQuant.get(toks[m].h) {
				q = true
				break
			}
		}
		if !q {
			return true
		}
	}
	return false
}

// gcPopTail: a quantified population of gcPopulation is followed, in its
// sentence, by more words ("for most adults, including the one member
// with leukemia"); the clean shape ends the sentence on the population.
func gcPopTail(v *annView, lo, hi int) bool {
	toks := v.toks
	for k := lo; k < hi; k++ {
		e := gcPopAt(toks, lo, hi, k)
		if e < 0 {
			continue
		}
		k = e
		if k+1 < hi && !toks[k+1].sent {
			return true
		}
	}
	return false
}

// gcNamePrefix: in the capitalised name [na, nb], a capitalised word
// before the finding's first token fa is not a scope word (gcNamePre):
// "Marcus Delaney Lymphoma Foundation" is a person's fund.
func gcNamePrefix(v *annView, na, fa int) bool {
	if !nmCapTok(v, fa) {
		return false // an awareness period's lower-case name ("Semana de la salud sexual")
	}
	for k := na; k < fa; k++ {
		if !gcNamePre.get(v.toks[k].h) {
			return true
		}
	}
	return false
}
