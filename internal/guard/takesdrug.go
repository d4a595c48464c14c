package guard

// takesdrug.go: a drug the lists hold as ambiguous, said taken by the
// reader or by the people a notice is for, in Spanish (issue 15,
// eighteenth pass, fix helper gaps18, dev99c-leak-046, probe set dev100g,
// 2026-12-06), rule compose.takes_drug, kind medication.
//
// "Feria de salud para todas las personas que toman litio" passed:
// "litio" is listed with flag a (lithium is also a metal and a battery)
// and needs a health cue near it, and no Spanish word before it was one.
// A form of tomar or usar right before the word (after at most "usted" or
// "ustedes") says it is a drug someone takes: "personas que toman litio",
// "¿Toma usted litio?", "si usa antibióticos". scanTakesDrug reports the
// listed term when one of its phrases is a medication (clinical class,
// kind medication) and, for an ambiguous one, the term ends there
// (termEnds: "toma litio para baterías" is read the same, an accepted
// risk; a battery's lithium is written "de litio"). Terms the lists hold
// unambiguously are found by the vocabulary pass already and left to it.
//
// Passes: "Toma nota", "si usted toma el autobús", "personas que toman el
// tren", "toman decisiones" (no medication term right after). Not
// reader-tied: the announcement and public-offer drops ask
// populationInHealthGroup (healthpop.go), which keeps "personas que toman
// litio" as a group defined by a drug. Gated on fb3TakesDrug
// (tokfilter.go).
var (
	tdTake  = wordSetTab("toma toman tomas tomar tomando tome tomen usa usan usas usar usando usen utiliza utilizan utilizar")
	tdUsted = wordSetTab("usted ustedes")
)

// tdStartFilter: the words scanTakesDrug starts from (fb3TakesDrug).
var tdStartFilter = tabsFilter(tdTake)

// scanTakesDrug: see the file comment.
func (s *scanner) scanTakesDrug() {
	if s.fbAll3&fb3TakesDrug == 0 { // no form of tomar or usar in the field (tokfilter.go)
		return
	}
	s.scanTakesDrugOn()
}

// scanTakesDrugOn is scanTakesDrug past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanTakesDrugOn() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		if !tdTake.get(s.toks[i].h) {
			continue
		}
		a := i + 1
		if a < n && tdUsted.get(s.toks[a].h) && s.gap(a) == " " {
			a++
		}
		if a >= n || s.gap(a) != " " || s.used[a] {
			continue
		}
		if e, ok := s.tdMedicationAt(a); ok {
			s.addTok(a, e, KindMedication, "compose.takes_drug", 0.7, "names a drug someone takes")
			i = e
		}
	}
}

// tdMedicationAt: a listed medication term starts at token a; its last
// token. An ambiguous one must end its noun phrase (termEnds).
func (s *scanner) tdMedicationAt(a int) (int, bool) {
	w := s.toks[a].w
	if w == nil {
		return 0, false
	}
	best := -1
	for _, p := range w.phrases {
		if p.class != pClinical || p.kind != KindMedication {
			continue
		}
		e, ok := a, true
		for _, t := range p.toks[1:] {
			e++
			if e >= len(s.toks) || s.gap(e) != " " || s.toks[e].h != t {
				ok = false
				break
			}
		}
		if ok && p.flags&fAmbig != 0 && !s.termEnds(e) {
			ok = false
		}
		if ok && e > best {
			best = e
		}
	}
	return best, best >= 0
}
