package guard

// slotnarrow.go: what the seventeenth pass's slot-reading drops may not
// take as the sender's (issue 15, eighteenth pass, red team red18b, probe
// set dev100b). Each function below narrows one drop; none drops anything.
//
//   - siteop.go's header (soHeaderService): a header holding a word of a
//     service delivered to one person — delivery, transport, courier,
//     supplies, refill, dispensing, update, entrega, transporte, reparto… —
//     is the reader's service, not the sender's name: "Dialysis Transport:
//     the van will be at 14 Ferry Lane on 3 March", "PrEP Refills: the
//     counter … opens at 8am", "Entrega De Insulina: …" keep their
//     clinical findings;
//   - siteop.go's operation (soDeliveryIn, soStopPlace): a sentence with a
//     word of delivering is no site's operation (the address in it is a
//     destination: "Deliveries to 27 Station Road are unavailable on 15
//     January"), and a mobile unit's stop ("will be at", "stops at",
//     "estará en") names a site only with a place word besides the van or
//     the unit (car park, library, church, a capitalised place head): "the
//     van will be at 14 Ferry Lane" is a home;
//   - staffmilestone.go's years slot (smYearsWithHealth): a clinical
//     finding right after "N years with / of" or "N años con / de" is the
//     staff member's own condition ("marks 10 years with HIV", "cumple 20
//     años con VIH"), not the sender's name;
//   - staffmilestone.go's role run (smRoleHealth): a health adjective
//     (a condition or composed-adjective finding on a word ending -ic /
//     -ica / -ico, or bipolar, positive…) on the role describes the staff
//     member ("our bipolar adviser", "our epileptic driver", "recepcionista
//     diabética"), unless a word of a specialty follows it ("our diabetic
//     foot podiatrist");
//   - staffmilestone.go's training field (smClauseWord): the field after
//     "training in" ends at a clause word or a possessive ("… in Leeds
//     while recovering from his stroke");
//   - announce_line.go's populationWithHealth (popHealthMore, also asked
//     by announcePersonal and, with the others, by siteop.go's vetoes:
//     soHealthGroup): a population
//     narrowed by a health adjective before it ("diabetic adults",
//     "asthmatic children", "niños asmáticos"), by "who had / who have
//     had", "diagnosed with / de / con", "affected by", "suffering from",
//     "que padecen / sufren", "diagnosticadas de", "with a history of",
//     or women / men / mujeres / hombres narrowed the same way.
//
// All fail closed: each makes a notice keep findings it would have lost.

import "strings"

var (
	// snServiceWord: a service delivered to one person; in a header it is
	// no sender's name
	snServiceWord = wordSetTab("delivery deliveries transport transports courier couriers supplies supply refill refills " +
		"shipment shipments shipping dispatch dispensing update updates order orders " +
		"entrega entregas envio envios transporte reparto suministro suministros pedido pedidos dispensacion actualizacion")
	// snDeliver: a word of delivering to an address
	snDeliver = wordSetTab("deliver delivers delivered delivering delivery deliveries courier couriered shipped shipping " +
		"mailed posted dispatched entrega entregas entregamos reparto envio envios enviamos")
	// snMobileOnly: a site noun that is the mobile unit itself
	snMobileOnly = wordSetTab("van vans bus unit units unidad movil mobile")
	// snStopPlace: a place a mobile unit stops at besides soSiteNoun
	snStopPlace = wordSetTab("church school college university supermarket market station mosque temple " +
		"iglesia colegio escuela mercado supermercado estacion plaza polideportivo ayuntamiento")
	// snYearsWith: the word between a span of years and what it was spent
	// with
	snYearsWith = wordSetTab("with con of de")
	// snHealthAdj: health adjectives without an -ic ending
	snHealthAdj = wordSetTab("bipolar positive positiva positivo seropositive seropositivo seropositiva")
	// snSpecialtyNext: a word after a health adjective that makes it a
	// specialty ("diabetic foot podiatrist", "diabetic eye screener")
	snSpecialtyNext = wordSetTab("foot feet eye eyes retinal kidney renal care specialist specialty education educator " +
		"screening clinic service team lead liaison link unit")
	// smClauseWordSet: a clause word or possessive ending a training's field
	smClauseWordSet = wordSetTab("while whilst despite after since following during because though although as " +
		"his her their mientras tras pese durante aunque porque despues su sus")
	// popWhoHad: a relative clause of having had a condition
	popDiagnosed = wordSetTab("diagnosed diagnosticados diagnosticadas diagnosticado diagnosticada affected afectados afectadas " +
		"suffering padecen sufren padeciendo")
	popPrep      = wordSetTab("with by from de con por")
	popExtra     = wordSetTab("women men girls boys mujeres hombres chicas chicos")
	popSkipWords = wordSetTab("a an the un una el la los las")
)

// soHeaderService: the header (tokens 0..hdr-1) holds a word of a service
// delivered to one person.
func soHeaderService(toks []token, hdr int) bool {
	for k := 0; k < hdr && k < len(toks); k++ {
		if snServiceWord.get(toks[k].h) {
			return true
		}
	}
	return false
}

// soDeliveryIn: a word of delivering in tokens lo..hi.
func soDeliveryIn(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if snDeliver.get(toks[k].h) {
			return true
		}
	}
	return false
}

// soStopPlace: token k is a place a mobile unit stops at: a site noun that
// is not the unit itself, or a place word (a listed one, or a capitalised
// place head: "Fenton Sports Hall").
func soStopPlace(tk *token) bool {
	if soSiteNoun.get(tk.h) && !snMobileOnly.get(tk.h) || snStopPlace.get(tk.h) {
		return true
	}
	return tk.cls&tCap != 0 && soPlaceHead.get(tk.h)
}

// snHealthAdjTok: token k is written as an adjective of health (an -ic
// ending, bipolar, positive…).
func snHealthAdjTok(tk *token) bool {
	if snHealthAdj.get(tk.h) || strings.HasSuffix(tk.low, "positive") {
		return true
	}
	for _, suf := range []string{"ic", "ica", "ico", "icas", "icos"} {
		if strings.HasSuffix(tk.low, suf) && len(tk.low) > len(suf)+3 {
			return true
		}
	}
	return false
}

// snHealthFinding: a finding that names a condition or a health adjective.
func snHealthFinding(f Finding) bool {
	return f.Rule == "clinical.condition" || f.Rule == "compose.adjective" // not compose.specialty: "paediatric"
}

// smRoleHealth: a health adjective on the role run of one of the staff
// persons ps (a condition or composed-adjective finding on a word written
// as an adjective of health, with no specialty word after it).
func smRoleHealth(v *srView, out []Finding, field string, ps []saPerson) bool {
	for _, f := range out {
		if f.Field != field || !snHealthFinding(f) {
			continue
		}
		a, b := srSpan(v, f.Start, f.End)
		if a < 0 {
			continue
		}
		for _, p := range ps {
			if a < p.t || b >= p.a {
				continue
			}
			for m := a; m <= b; m++ {
				if !snHealthAdjTok(&v.toks[m]) {
					continue
				}
				if m+1 < len(v.toks) && snSpecialtyNext.get(v.toks[m+1].h) {
					continue // "our diabetic foot podiatrist"
				}
				return true
			}
		}
	}
	return false
}

// smYearsWithHealth: a clinical finding starts right after "N years with"
// / "N años con" ("marks 10 years with HIV"): the staff member's own
// condition.
func smYearsWithHealth(v *srView, out []Finding, field string) bool {
	for _, f := range out {
		if f.Field != field || f.Kind != KindCondition && f.Kind != KindMedication && f.Kind != KindProcedure {
			continue
		}
		a, _ := srSpan(v, f.Start, f.End)
		if a < 3 || !snYearsWith.get(v.toks[a-1].h) || !smYears.get(v.toks[a-2].h) || v.toks[a-3].nd == 0 {
			continue
		}
		return true
	}
	return false
}

// smClauseWord: token k ends a training's field ("while", "after", "his").
func smClauseWord(tk *token) bool { return smClauseWordSet.get(tk.h) }

// popHealthMore reports whether token k starts a population narrowed by
// health in the shapes populationWithHealth does not read (see the file
// comment). The clinical test is g's vocabulary (pClinical).
func (g *Guard) popHealthMore(toks []token, k int) bool {
	tk := &toks[k]
	pop := pcPopulation.get(tk.h) || popExtra.get(tk.h)
	if !pop {
		return false
	}
	// "diabetic adults", "asthmatic children"
	if k > 0 && !toks[k].sent && snHealthAdjTok(&toks[k-1]) && (g.popClinical(&toks[k-1]) || g.popAdjCondition(&toks[k-1])) {
		return true
	}
	// "niños asmáticos", "personas diabéticas"
	if k+1 < len(toks) && !toks[k+1].sent && snHealthAdjTok(&toks[k+1]) && g.popClinical(&toks[k+1]) {
		return true
	}
	j := k + 1
	for n := 0; j < len(toks) && n < 5 && !toks[j].sent && (toks[j].cls&tDigit != 0 || pcAgeWord.get(toks[j].h)); n++ {
		j++
	}
	if j >= len(toks) || toks[j].sent {
		return false
	}
	switch l := toks[j].low; {
	case l == "who" || l == "que":
		// "who had", "who have had", "who've had", "que padecen", "que sufren"
		j++
		w0 := j
		for n := 0; j < len(toks) && n < 2 && !toks[j].sent; n++ {
			switch toks[j].low {
			case "had", "has", "have", "ve", "padecen", "sufren", "tuvieron", "han", "tenido", "sufrido", "padecido":
				j++
				continue
			}
			break
		}
		if j == w0 {
			return false
		}
	case popDiagnosed.get(toks[j].h):
		// "diagnosed with", "affected by", "suffering from", "diagnosticadas de"
		j++
		if j < len(toks) && popPrep.get(toks[j].h) {
			j++
		}
	case popExtra.get(tk.h) && (l == "with" || l == "con"):
		// "women with breast cancer", "mujeres con cáncer de mama"
		j++
	case l == "with" || l == "con":
		// "with a history of heart failure", "con antecedentes de"
		if j+3 < len(toks) && (toks[j+2].low == "history" || toks[j+1].low == "antecedentes") {
			j += 3
			if toks[j].low == "of" || toks[j].low == "de" {
				j++
			}
			break
		}
		return false
	default:
		return false
	}
	for n := 0; j < len(toks) && n < 2 && !toks[j].sent && popSkipWords.get(toks[j].h); n++ {
		j++
	}
	return j < len(toks) && !toks[j].sent && g.popClinical(&toks[j])
}

// soHealthGroup: a group defined by health anywhere in the field's tokens
// (populationWithHealth, popHealthMore, healthGroupBefore): siteop.go's
// event reading takes nothing of a notice for "diabetic adults" or "adults
// who had a stroke".
func (g *Guard) soHealthGroup(toks []token) bool {
	for k := range toks {
		if g.populationWithHealth(toks, k) || g.popHealthMore(toks, k) || g.healthGroupBefore(toks, k) {
			return true
		}
	}
	return false
}

// popAdjCondition: tk is the adjective of a listed one-word condition by
// adjective.go's derivations ("asthmatic": asthma, "epileptic": epilepsy).
func (g *Guard) popAdjCondition(tk *token) bool {
	if adjectiveNotClinical.get(tk.h) {
		return false
	}
	for _, r := range adjectiveRules {
		if !strings.HasSuffix(tk.low, r.end) || r.end == "ive" {
			continue
		}
		w := g.v.get(hstr(tk.low[:len(tk.low)-len(r.end)] + r.noun))
		if w == nil {
			continue
		}
		for _, p := range w.phrases {
			if p.class == pClinical && p.kind == KindCondition && len(p.toks) == 1 {
				return true
			}
		}
	}
	return false
}

// popClinical: tk is a word of the clinical vocabularies.
func (g *Guard) popClinical(tk *token) bool {
	w := g.v.get(tk.h)
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class == pClinical {
			return true
		}
	}
	return false
}
