package guard

// healthpop.go: a population defined by a programme named for a condition
// or a treatment, or by a drug its people take (issue 15, eighteenth pass,
// fix helper gaps18, dev99c-leak-045/046, probe set dev100g, 2026-12-06).
//
// "Free webinar for all clients in our opioid treatment program: naloxone
// basics. Open to the public." passed: the announcement and public-offer
// drops (announce.go, publicoffer.go) read "all clients" and "Open to the
// public" as everyone, and "in our … program" named no health-defined group
// for announcePersonal. A notice for the clients of an opioid treatment
// programme goes to the people in it: health by association, like
// "patients with" or "adults 50 and older with diabetes"
// (populationWithHealth, announce_line.go).
//
// populationInHealthGroup reports whether token k is a population word
// (pcPopulation, or users/participants/usuarios/participantes) followed by
//   - "in/of/from our/the" (en/de nuestro/nuestra/el/la) and, within six
//     words in the same sentence, a programme noun (program, programme,
//     programa, clinic, group, grupo) with a health word between or, in
//     Spanish, after it ("programa de tratamiento de adicciones"): a word
//     of the clinical vocabularies, a compose root (opioid) or a treatment
//     word (treatment, recovery, rehab, detox, sobriety; tratamiento,
//     recuperación, rehabilitación, adicciones, desintoxicación):
//     "all clients in our methadone treatment program", "everyone in our
//     eating disorder recovery program", "todos los usuarios de nuestro
//     programa de tratamiento de adicciones";
//   - "who take / taking / on" (que toman / que usan / que reciben) and a
//     word of the clinical vocabularies right after: "todas las personas
//     que toman litio", "all members who take warfarin".
//
// "all clients in our rewards program", "everyone in our volunteer
// program", "todos los socios de nuestro programa de puntos" have no health
// word and stay clear. The function only adds a personal cue to
// announcePersonal: it keeps findings, it drops none.

var (
	hpPopulationMore = wordSetTab("users participants enrollees usuarios usuarias participantes inscritos")
	hpIn             = wordSetTab("in of from en de del")
	hpOwner          = wordSetTab("our the nuestro nuestra nuestros nuestras el la los las")
	hpProgram        = wordSetTab("program programs programme programmes programa programas clinic group groups grupo grupos")
	hpTreat          = wordSetTab("treatment recovery rehab rehabilitation detox sobriety addiction addictions " +
		"tratamiento recuperacion rehabilitacion adiccion adicciones desintoxicacion")
	hpWho  = wordSetTab("who que")
	hpTake = wordSetTab("take takes taking use receive toman usan reciben utilizan")
)

// populationInHealthGroup: see the file comment.
func (g *Guard) populationInHealthGroup(toks []token, k int) bool {
	if !pcPopulation.get(toks[k].h) && !hpPopulationMore.get(toks[k].h) {
		return false
	}
	n := len(toks)
	j := k + 1
	if j+1 < n && !toks[j].sent && hpWho.get(toks[j].h) && hpTake.get(toks[j+1].h) && !toks[j+1].sent {
		j += 2
	} else if j < n && !toks[j].sent && toks[j].low == "taking" {
		j++
	} else {
		j = -1
	}
	if j > 0 && j < n && !toks[j].sent {
		return g.hpClinical(&toks[j])
	}
	j = k + 1
	if j+1 >= n || !hpIn.get(toks[j].h) || !hpOwner.get(toks[j+1].h) || toks[j].sent || toks[j+1].sent {
		return false
	}
	lo := j + 2
	prog := -1
	for q := lo; q < n && q <= lo+5 && !toks[q].sent; q++ {
		if hpProgram.get(toks[q].h) {
			prog = q
			break
		}
	}
	if prog < 0 {
		return false
	}
	hi := prog
	if toks[prog].low == "programa" || toks[prog].low == "programas" || toks[prog].low == "grupo" || toks[prog].low == "grupos" {
		hi = prog + 5 // "programa de tratamiento de adicciones"
	}
	for q := lo; q < n && q <= hi && !toks[q].sent; q++ {
		if q == prog {
			continue
		}
		if hpTreat.get(toks[q].h) || g.hpClinical(&toks[q]) {
			return true
		}
	}
	return false
}

// hpClinical: a phrase of the clinical vocabularies starts at the token.
func (g *Guard) hpClinical(t *token) bool {
	if w := g.v.get(t.h); w != nil {
		for _, p := range w.phrases {
			if p.class == pClinical {
				return true
			}
		}
	}
	return false
}
