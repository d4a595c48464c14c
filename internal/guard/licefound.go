package guard

// licefound.go: compose.lice_found (condition), fix helper r112 (issue 15,
// twenty-second pass; dev112, 2026-12-06).
//
// A lice clinic reports what its check found: "Scalp check summary: live
// lice found, nits at 3 stages", "Se encontraron liendres en la cabeza de
// su hijo", "this was a re-infestation for your 2nd grader", "Your son has
// a lice infestation". compose.infestation (childlice.go) reads only a
// having word right before the lice word ("has head lice", "tiene
// piojos"); "lice" alone is an ambiguous entry (a salon may be lice-free,
// a school warns every family in lice season).
//
// Reported, in one sentence:
//   - a lice word (lice, nits, piojos, liendres) with a word of finding
//     (found, detected, spotted, confirmed, seen; encontramos,
//     encontraron, encontró, detectamos, hallamos, vimos…) within three
//     words before or after it ("live lice were found", "encontramos
//     piojos vivos");
//   - an infestation word in the singular (infestation, reinfestation,
//     "re-infestation", infestación, reinfestación) with a reader's word
//     (your, you, tu, su…) and a child or kin word (son, daughter, child,
//     kid, grader, youngest; hijo, hija, niño, menor…) or a lice word.
//
// Not when the sentence is conditional or advice (if, when, once, si,
// cuando; season, prevent, tips, signs, temporada, prevenir, consejos…):
// "If lice are found, keep your child home one day", "Lice season: tips to
// prevent a re-infestation in your kids" pass, as do "We treated the roach
// infestation in your kitchen" (no child or lice word), "Free nit comb with
// every purchase" and "Se encontraron errores en la factura" (no lice word
// with the finding word); a lice word in a capitalised name ("Lice Lane:
// appt confirmed", lfInName) is the sender's, not a finding.
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20Lice).
var (
	lfLice  = wordSetTab("lice nits nit piojos piojo liendres liendre")
	lfInfes = wordSetTab("infestation reinfestation infestacion infestación reinfestacion reinfestación")
	// lfStart: the pass's start words (pass20gate.go)
	lfStart = wordSetTab("lice nits nit piojos piojo liendres liendre " +
		"infestation reinfestation infestacion infestación reinfestacion reinfestación")
	lfFound = wordSetTab("found find detected detect spotted confirmed seen saw " +
		"encontramos encontraron encontro encontró encontrado encontrados encontradas encontrada " +
		"detectamos detectaron detecto detectó detectado detectados detectadas hallamos hallaron hallado hallados vimos " +
		"confirmado confirmada confirmamos")
	lfReader = wordSetTab("your you tu tus su sus")
	lfKin    = wordSetTab("son sons daughter daughters child children kid kids grader graders youngest oldest " +
		"toddler baby boy girl twins hijo hija hijos hijas nino niño nina niña ninos niños ninas niñas nene nena menor mayor")
	lfNot = wordSetTab("if when whenever once unless si cuando season seasons prevent prevention preventing avoid tips signs " +
		"spread spreads temporada temporadas prevenir prevencion prevención evitar consejos senales señales contagio")
)

// scanLiceFound runs compose.lice_found at its start words.
func (s *scanner) scanLiceFound() {
	if s.p20&p20Lice == 0 { // no lice or infestation word (pass20gate.go)
		return
	}
	for i := range s.toks {
		h := s.toks[i].h
		if s.used[i] || !lfStart.get(h) {
			continue
		}
		lo, hi := sentenceSpan(s.toks, i)
		reader, kin, lice, not := false, false, false, false
		for k := lo; k < hi && !not; k++ {
			hk := s.toks[k].h
			not = lfNot.get(hk)
			reader = reader || lfReader.get(hk)
			kin = kin || lfKin.get(hk)
			lice = lice || lfLice.get(hk)
		}
		if not { // a conditional or advice sentence
			continue
		}
		ok := false
		if lfLice.get(h) && !s.lfInName(i) {
			for k := max(lo, i-3); k < min(hi, i+4) && !ok; k++ {
				ok = k != i && lfFound.get(s.toks[k].h)
			}
		} else {
			ok = reader && (kin || lice)
		}
		if ok {
			s.addTok(i, i, KindCondition, "compose.lice_found", 0.75, reasonFor(KindCondition))
		}
	}
}

// lfInName: the lice word at i is a word of a capitalised name, the
// sender's trade name ("Lice Lane: appt confirmed", "The Lice Place"): it
// and a word next to it (one space between) are capitalised.
func (s *scanner) lfInName(i int) bool {
	if s.toks[i].cls&(tCap|tUpper) == 0 {
		return false
	}
	if k := i + 1; k < len(s.toks) && !s.toks[k].sent && s.gap(k) == " " && s.toks[k].cls&(tCap|tUpper) != 0 {
		return true
	}
	return i > 0 && !s.toks[i].sent && s.gap(i) == " " && s.toks[i-1].cls&(tCap|tUpper) != 0
}
