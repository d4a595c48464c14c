package guard

import "strings"

// gencover.go: a plan's, a product range's or a campaign's coverage said of
// everyone (issue 15, twenty-fourth pass, fix helper r117c, dev117
// clean-066, -092, -107, -110, -111, -116, -117, -119, -120, -121, -123,
// -130, -219, 2026-12-06).
//
// An insurer, a benefits concierge, a lender or a shop names a health
// word as the name of what it sells or of a campaign, not as anyone's
// care: "accident, critical illness and hospital plans", "créditos para
// tratamientos dentales", "Cancer, heart attack and stroke are among the
// conditions a critical illness plan can help with", "Colorectal cancer
// screening is recommended starting at age 45 for most adults", "Su plan
// cubre la mamografía preventiva anual sin costo", "February is American
// Heart Month", "vote for the American Cancer Society", "¡Semana de la
// salud sexual!", "Expecting a new year full of plans?". dropGeneralCover
// clears a weak clinical finding (condition, procedure, association, a
// composed or framed word: gcKind) when every finding of its field is one
// and its sentence is read as one of these shapes:
//
//   - gcProduct: the finding runs, through lower-case words and "and/or/y/o"
//     only, into a product noun (plan, insurance, coverage, seguro…), or
//     follows a credit noun and "for/para" ("créditos para …");
//   - gcCover: the sentence names a plan and a coverage verb in the
//     present (covers, can help, cubre, incluye…);
//   - gcPopulation: a recommendation or a free offer for a population
//     with a quantifier ("for most adults", "every covered family
//     member", "para los grupos objetivo"), never narrowed after it
//     ("with", "who", "con", "que", "on");
//   - gcNamed: the finding lies in a capitalised name ending in Month,
//     Week, Day, Society, Association, Foundation…, or in a Spanish
//     awareness period's name ("mes de la concientización sobre el cáncer
//     de mama", "Semana de la salud sexual") that runs to the sentence's
//     end in lower-case words;
//   - gcExpecting: "expecting" followed by an article and a word of no
//     pregnancy (gcExpectObj: a year, a call, a package…).
//
// Fail closed (gcGate): the finding is not reader-tied, no finding of the
// field is of another kind, and its sentence holds no word of one reader
// (pcReader: you, your, su, tu, his, her — except one "your"/"su" owning
// the plan, "your employer's plan", and then no past tense: "Your plan
// covered the chemo"), no word saying one reader's (nmOne, gcOne: claim,
// paid, diagnosed, biopsy…), no relative (nmKin) or person by role, no
// possessive "'s" but an employer's, no number but a percentage, a price,
// a year or an age, no capitalised word inside the sentence outside a
// named shape. "Your critical illness claim for breast cancer was
// approved", "Su plan cubre la mamografía de su biopsia del 3 de marzo",
// "your beneficiary's chemo" stay reported (gencover_test.go).

var (
	gcPlan = wordSetTab("plan plans insurance coverage policy policies benefit benefits " +
		"seguro seguros poliza polizas planes cobertura coberturas")
	// gcProdTerm: the categories of an insurer's or lender's products
	// ("critical illness", "accident", "hospital", "tratamientos dentales")
	gcProdTerm = wordSetTab("critical illness accident hospital indemnity cancer dental vision disability life " +
		"tratamientos tratamiento dentales dental vista optica odontologicos")
	// gcGeneral: a sentence's word saying its coverage is everyone's
	gcGeneral = wordSetTab("among conditions most all every any many preventive preventiva preventivo preventivas preventivos annual anual anuales routine rutina")
	// gcGeneric: a modifier beside the finding naming a kind of care, not one reader's
	gcGeneric = wordSetTab("preventive preventiva preventivo annual anual routine rutina")
	gcCredit  = wordSetTab("creditos credito prestamos prestamo financiamiento loans loan financing credit")
	gcVerb    = wordSetTab("covers cover covered include includes help helps pay pays cubre cubren incluye incluyen ayuda ayudan paga pagan")
	gcPast    = wordSetTab("was were fue fueron covered paid cubrio pago cubierto cubierta approved denied aprobado aprobada rechazado")
	gcQuant   = wordSetTab("most all every todos todas cada")
	gcPopNoun = wordSetTab("adults adult members member people women men children kids teens seniors employees families residents " +
		"adultos adultas personas mujeres hombres ninos ninas socios afiliados miembros familias grupos")
	gcNarrow = wordSetTab("with who whose that on during undergoing receiving after con que quien quienes en durante")
	gcOffer  = wordSetTab("recommended recommends recommend recomienda recomiendan recomendada recomendado free covered gratuita gratuito gratis")
	gcOne    = wordSetTab("claim claims paid payout diagnosed diagnosis biopsy referred reclamo reclamacion siniestro pagado diagnosticado diagnostico biopsia " +
		"beneficiary beneficiario beneficiaria patient paciente patients pacientes participants participantes ustedes living viven")
	gcNameEnd  = wordSetTab("month week day society association foundation alliance fund institute")
	gcPeriod   = wordSetTab("mes semana dia month week day")
	gcTarget   = wordSetTab("objetivo prioritarios riesgo")
	gcExpectOb = wordSetTab("year season holiday holidays call calls package packages refund email letter guests visitors crowd storm snow rain weather busy")
	gcHeader   = wordSetTab("campana campaign jornada programa program")
)

// gcKind: a weak clinical finding this file may read.
func gcKind(f Finding) bool {
	switch f.Kind {
	case KindCondition, KindProcedure, KindAssociation:
	default:
		if f.Rule != "frame.unknown" {
			return false
		}
	}
	return strings.HasPrefix(f.Rule, "clinical.") || strings.HasPrefix(f.Rule, "compose.") ||
		f.Rule == "association.term" || f.Rule == "frame.unknown"
}

// dropGeneralCover: see the file comment.
func (g *Guard) dropGeneralCover(n Notice, out []Finding) []Finding {
	return g.dropInViews(n, out, gcKind, func(f Finding, views []annView) bool { return gcDroppable(n, f, views, out) })
}

func gcDroppable(n Notice, f Finding, views []annView, out []Finding) bool {
	if !gcKind(f) {
		return false
	}
	for _, o := range out {
		if o.Field == f.Field && (!gcKind(o) || o.readerTied()) {
			return false
		}
	}
	for k := range views {
		v := &views[k]
		if n.Fields[v.field].Name != f.Field {
			continue
		}
		fa, fb := v.findingToks(f)
		if fa < 0 {
			return false
		}
		toks := v.toks
		lo, hi := sentenceSpan(toks, fa)
		if fb >= hi {
			return false
		}
		if gcRoleVeto(v, lo, hi, fa, fb) {
			return false // one member by role (gcrole.go)
		}
		if f.Rule == "frame.unknown" {
			// a word of no vocabulary only inside an awareness period's name
			na, nb, ok := gcNamed(v, lo, hi, fa, fb)
			return ok && !gcNamePrefix(v, na, fa) && gcGate(v, lo, hi, fa, fb, na, nb)
		}
		if na, nb, ok := gcNamed(v, lo, hi, fa, fb); ok {
			return !gcNamePrefix(v, na, fa) && gcGate(v, lo, hi, fa, fb, na, nb)
		}
		if f.Rule == "association.term" && gcExpecting(toks, hi, fa, fb) {
			return gcGate(v, lo, hi, fa, fb, -1, -1)
		}
		if f.Rule == "association.term" && !gcHasPlan(toks, lo, hi) {
			return false
		}
		if gcProduct(v, lo, hi, fa, fb) || gcPopulation(v, lo, hi) && !gcPopTail(v, lo, hi) {
			return gcGate(v, lo, hi, fa, fb, -1, -1)
		}
		if gcCover(toks, lo, hi) {
			// "Su plan cubre la mamografía preventiva anual": the reader's
			// plan only beside a modifier naming a kind of care
			ok := gcGate(v, lo, hi, fa, fb, -1, -1)
			if ok && gcOwned(toks, lo, hi) {
				ok = fb+1 < hi && gcGeneric.get(toks[fb+1].h) || fa-1 >= lo && gcGeneric.get(toks[fa-1].h)
			}
			return ok
		}
		return false
	}
	return false
}

func gcLower(v *annView, k int) bool {
	c := v.t.s[v.toks[k].s]
	return c >= 'a' && c <= 'z' || c >= 0x80 && !nmCapTok(v, k)
}

// nmCapTok: token k of v starts with an upper-case letter (ASCII or a
// two-byte Latin-1 capital: "Á", "É", "Ñ"…).
func nmCapTok(v *annView, k int) bool {
	s := v.t.s[v.toks[k].s:v.toks[k].e]
	if s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	return len(s) >= 2 && s[0] == 0xc3 && s[1] >= 0x80 && s[1] <= 0x9e
}

// gcProduct: the finding [fa, fb], every word of it a product category
// (gcProdTerm), is followed by a product noun, directly or after "and /
// or" and one more category ("critical illness and hospital plans"), with
// no punctuation between; or follows a credit noun and "for/para".
func gcProduct(v *annView, lo, hi, fa, fb int) bool {
	toks := v.toks
	for k := fa; k <= fb; k++ {
		if !gcProdTerm.get(toks[k].h) {
			return false
		}
	}
	if fa-2 >= lo && (toks[fa-1].low == "para" || toks[fa-1].low == "for") && gcCredit.get(toks[fa-2].h) {
		return true
	}
	m := fb + 1
	if m < hi && !nmPunctGapV(v, m) && gcPlan.get(toks[m].h) {
		return true
	}
	if m+2 < hi && (toks[m].low == "and" || toks[m].low == "or" || toks[m].low == "y" || toks[m].low == "o") &&
		gcProdTerm.get(toks[m+1].h) && gcPlan.get(toks[m+2].h) && !nmPunctGapV(v, m) && !nmPunctGapV(v, m+1) && !nmPunctGapV(v, m+2) {
		return true
	}
	return false
}

func gcHasPlan(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if gcPlan.get(toks[k].h) {
			return true
		}
	}
	return false
}

// gcCover: the sentence names a plan and a coverage verb.
func gcCover(toks []token, lo, hi int) bool {
	p, c := false, false
	for k := lo; k < hi; k++ {
		if gcPlan.get(toks[k].h) {
			p = true
		}
		if gcVerb.get(toks[k].h) {
			c = true
		}
	}
	if !p || !c {
		return false
	}
	for k := lo; k < hi; k++ {
		if gcGeneral.get(toks[k].h) {
			return true
		}
	}
	return false
}

// gcPopulation: a recommendation or a free offer for a quantified or
// targeted population, not narrowed after it.
func gcPopulation(v *annView, lo, hi int) bool {
	toks := v.toks
	offer, pop := false, false
	for k := lo; k < hi; k++ {
		if gcOffer.get(toks[k].h) {
			offer = true
		}
		e := gcPopAt(toks, lo, hi, k)
		if e < 0 {
			continue
		}
		k = e
		if k+1 < hi && !toks[k+1].sent && !nmPunctGapV(v, k+1) {
			return false // "all members living with diabetes", "all members of our … program"
		}
		pop = true
	}
	return offer && pop
}

// gcNamed: the finding lies in a capitalised name ending in a gcNameEnd
// word, or in a Spanish or English awareness period's lower-case name
// running to the sentence's end; the name's span, or ok false.
func gcNamed(v *annView, lo, hi, fa, fb int) (a, b int, ok bool) {
	toks := v.toks
	capRun := true
	for k := fa; k <= fb; k++ {
		if !nmCapTok(v, k) {
			capRun = false
		}
	}
	if capRun {
		a, b = fa, fb
		for a > lo && nmCapTok(v, a-1) && !toks[a].sent {
			a--
		}
		for b+1 < hi && (nmCapTok(v, b+1) || nmJoin(toks[b+1].low) && b+2 < hi && nmCapTok(v, b+2)) && !nmPunctGapV(v, b+1) {
			b++
		}
		for k := fb + 1; k <= b; k++ {
			if gcNameEnd.get(toks[k].h) && nmCapTok(v, k) {
				return a, k, true
			}
		}
	}
	// "mes de la concientización sobre el cáncer de mama.", "¡Semana de
	// la salud sexual!": a period word, "de/of", lower-case words only,
	// then the sentence's end
	for p := fa - 1; p >= lo && p >= fa-7; p-- {
		if !gcPeriod.get(toks[p].h) {
			continue
		}
		if p+1 >= fa || toks[p+1].low != "de" && toks[p+1].low != "del" && toks[p+1].low != "of" {
			return 0, 0, false
		}
		for m := p + 1; m < hi; m++ {
			if m > p+1 && !gcLower(v, m) && (m < fa || m > fb) || toks[m].nd > 0 {
				return 0, 0, false
			}
			if m > p+1 && m < hi && nmPunctGapV(v, m) {
				return 0, 0, false
			}
		}
		if hi-p > 11 {
			return 0, 0, false
		}
		return p, hi - 1, true
	}
	return 0, 0, false
}

// nmPunctGapV: the gap before token k of v holds a comma, colon,
// semicolon or a dash between spaces.
func nmPunctGapV(v *annView, k int) bool {
	gap := v.t.s[v.toks[k-1].e:v.toks[k].s]
	return containsByte(gap, ',') || containsByte(gap, ':') || containsByte(gap, ';') || strings.Contains(gap, " - ")
}

// gcExpecting: "expecting" then an article then, within three words, an
// object of no pregnancy (gcExpectOb) before anything else.
func gcExpecting(toks []token, hi, fa, fb int) bool {
	if fa != fb || toks[fa].low != "expecting" || fa+2 >= hi {
		return false
	}
	switch toks[fa+1].low {
	case "a", "an", "the":
	default:
		return false
	}
	for m := fa + 2; m < hi && m <= fa+4; m++ {
		if gcExpectOb.get(toks[m].h) {
			return true
		}
		if toks[m].cls&tCap != 0 || toks[m].nd > 0 {
			return false
		}
	}
	return false
}

// gcGate: the sentence [lo, hi) names no reader and nothing of one (see the
// file comment); tokens [na, nb] are a named shape's name (capitals there
// pass).
func gcGate(v *annView, lo, hi, fa, fb, na, nb int) bool {
	toks := v.toks
	owner := false
	header := -1 // a campaign's header before a colon: "Campaña de invierno del Minsal:"
	if gcHeader.get(toks[lo].h) {
		for k := lo + 1; k < hi && k <= lo+6; k++ {
			if containsByte(v.t.s[toks[k-1].e:toks[k].s], ':') {
				header = k - 1
				break
			}
		}
	}
	// "Este Buen Fin,", "This Black Friday,": a sale's name opening the sentence
	if k := lo + 1; (toks[lo].low == "este" || toks[lo].low == "esta" || toks[lo].low == "this") && k < hi && nmCapTok(v, k) {
		for k < hi && nmCapTok(v, k) && k <= lo+3 {
			k++
		}
		if k < hi && containsByte(v.t.s[toks[k-1].e:toks[k].s], ',') {
			header = k - 1
		}
	}
	for k := lo; k < hi; k++ {
		tk := &toks[k]
		if k >= fa && k <= fb {
			continue
		}
		// "your employer's plan": the possessive's "s" token
		if tk.low == "s" && k > lo && containsAnyStr(v.t.s[toks[k-1].e:tk.s], "'’") {
			if toks[k-1].low != "employer" && toks[k-1].low != "company" {
				return false
			}
			continue
		}
		if pcReader.get(tk.h) || tk.low == "youre" || tk.low == "yourself" {
			if owner || tk.low != "your" && tk.low != "su" && tk.low != "tu" || k+1 >= hi {
				return false
			}
			if nx := &toks[k+1]; gcPlan.get(nx.h) || (nx.low == "employers" || nx.low == "companys") && k+2 < hi && gcPlan.get(toks[k+2].h) ||
				(nx.low == "employer" || nx.low == "company") && k+3 < hi && toks[k+2].low == "s" && gcPlan.get(toks[k+3].h) {
				owner = true
				continue
			}
			return false
		}
		raw := v.t.s[tk.s:tk.e]
		if nmOne.get(tk.h) && !gcAVisit(toks, lo, k) || gcOne.get(tk.h) || nmKin.get(tk.h) && !gcBreast(v, k, raw) {
			return false
		}
		if strings.ContainsAny(raw, "'’") && tk.low != "employers" && tk.low != "companys" && tk.low != "doesnt" && tk.low != "dont" && tk.low != "isnt" && tk.low != "whos" {
			return false
		}
		if tk.nd > 0 {
			next := ""
			if k+1 < len(toks) {
				next = v.t.s[tk.e:toks[k+1].s]
			} else {
				next = v.t.s[tk.e:]
			}
			prev := v.t.s[:tk.s]
			if k > 0 {
				prev = v.t.s[toks[k-1].e:tk.s]
			}
			year := len(tk.low) == 4 && strings.HasPrefix(tk.low, "20")
			age := k > 0 && (toks[k-1].low == "age" || toks[k-1].low == "ages" || toks[k-1].low == "edad")
			if !strings.HasPrefix(next, "%") && !strings.HasSuffix(prev, "$") && !year && !age && !(k+1 < len(toks) && strings.HasPrefix(next, "+")) {
				// "más de 900 clínicas", "over 40 fairs": a count of the sender's own
				if !(k >= 2 && (toks[k-2].low == "mas" && toks[k-1].low == "de" || toks[k-2].low == "more" && toks[k-1].low == "than") || k >= 1 && toks[k-1].low == "over") {
					return false
				}
			}
		}
		if k != lo && nmCapTok(v, k) && !(k >= na && k <= nb) && k > header && !(tk.cls&tUpper != 0) && !(na >= 0 && k > nb && gcSibling(v, k, hi)) {
			return false
		}
	}
	if owner {
		for k := lo; k < hi; k++ {
			if gcPast.get(toks[k].h) {
				return false
			}
		}
	}
	return true
}

// gcBreast: "cáncer de mama" — "mama" unaccented after "cáncer de" is the
// breast, not a mother ("mamá").
func gcBreast(v *annView, k int, raw string) bool {
	return raw == "mama" && k >= 2 && v.toks[k-1].low == "de" && (v.toks[k-2].low == "cancer" || v.toks[k-2].low == "cáncer")
}

func containsAnyStr(s, chars string) bool { return strings.ContainsAny(s, chars) }

// gcAVisit: "an annual wellness visit": a visit after an indefinite
// article within three words is a kind of visit, not one reader's.
func gcAVisit(toks []token, lo, k int) bool {
	if toks[k].low != "visit" && toks[k].low != "visits" {
		return false
	}
	for m := k - 1; m >= lo && m >= k-3; m-- {
		switch toks[m].low {
		case "a", "an", "un", "una":
			return true
		}
	}
	return false
}

// gcSibling: token k, after a named shape's name, is in a run of two or
// more capitalised words (joined by for/of/the…): another organisation of
// a list ("…, Feeding America, or Habitat for Humanity").
func gcSibling(v *annView, k, hi int) bool {
	a, b := k, k
	for a-1 >= 0 && (nmCapTok(v, a-1) || nmJoin(v.toks[a-1].low) && a-2 >= 0 && nmCapTok(v, a-2)) && !nmPunctGapV(v, a) {
		a--
	}
	for b+1 < hi && (nmCapTok(v, b+1) || nmJoin(v.toks[b+1].low) && b+2 < hi && nmCapTok(v, b+2)) && !nmPunctGapV(v, b+1) {
		b++
	}
	return b > a
}

// gcOwned: the sentence holds a "your"/"su"/"tu" (gcGate let it pass only
// as the plan's owner).
func gcOwned(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].low {
		case "your", "su", "tu":
			return true
		}
	}
	return false
}

// gcPopAt: token k is a population noun (gcPopNoun) quantified by a
// word of gcQuant within three words before it ("most adults"), or
// "grupos objetivo"; the population's last token, or -1. Read by
// gcPopulation (the population shape) and by gcrole.go's gcPopTail.
func gcPopAt(toks []token, lo, hi, k int) int {
	if !gcPopNoun.get(toks[k].h) {
		return -1
	}
	for m := k - 1; m >= lo && m >= k-3; m-- {
		if gcQuant.get(toks[m].h) {
			return k
		}
	}
	if k+1 < hi && toks[k].low == "grupos" && gcTarget.get(toks[k+1].h) {
		return k + 1
	}
	return -1
}
