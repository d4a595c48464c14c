package guard

import "strings"

// gaps19.go: five leaks the last pass reported and left open (issue 15,
// nineteenth pass, fix helper gaps19, probe set dev102g, 2026-12-06). One
// walk (scanGaps19), gated on the notice-level bit fb3Gaps19 (g19Filter:
// a past-tense verb of having or suffering, a survivor word, a programme
// noun, a record noun, a curve word, a form noun), runs five rules; all five
// are reader-tied (readerTiedRule), so no drop of the sender's or the
// public's wording clears them, and they run in both modes.
//
//   - compose.past_condition (condition): a population defined by a past
//     condition and addressed to the reader. "Adults who had a stroke:
//     rehab demos this Friday" passed: "stroke" is an ordinary word (a swim
//     stroke, a stroke of luck) and the population rules
//     (populationWithHealth, popHealthMore) only keep findings. Reported: a
//     condition of g19Cond (stroke, mini-stroke, TIA, seizure, derrame,
//     ictus, embolia; words the clinical vocabularies leave to context)
//     right after (a/an/un/una) a past verb of having or suffering (had,
//     suffered, survived, experienced; tuvo, tuvieron, tenido, sufrió,
//     sufrido, padeció…) that follows a population's relative word
//     ("adults who had", "anyone who's had", "veterans who suffered",
//     "para quienes han tenido", "personas que sufrieron") or the reader's
//     condition ("if you've had", "if you have had", "si usted tuvo", "si
//     ha tenido"); and a survivor word next to such a condition ("stroke
//     survivors", "survivors of a stroke", "sobrevivientes de un ictus").
//     The condition must end its phrase (punctuation, the end, or a word of
//     g19CondAfter: or, and, in, last, recently, y, o, en, hace, cerebral…),
//     so "swimmers who have had a stroke analysis" and "a stroke of luck"
//     pass; "customers who had a delivery delayed", "si usted tuvo un
//     problema con su pedido", a public stroke talk (no past verb, no
//     survivor) pass.
//
//   - compose.health_program (condition): the reader's membership of a
//     treatment programme or group named by what it treats. "All clients in
//     our alcohol recovery program" passed: alcohol and recovery are
//     ordinary words, and healthpop.go's populationInHealthGroup only keeps
//     findings. Reported: a programme noun (program, programme, group,
//     clinic, programa, grupo) with a substance word (alcohol, drug, drugs,
//     opioid, substance, gambling, smoking, tobacco, nicotine, drogas,
//     sustancias, tabaco…; not before "free"/"libre") and a treatment word
//     (recovery, treatment, rehab, detox, cessation, support, quit;
//     recuperación, tratamiento, apoyo, rehabilitación…) between it and a
//     population's "in/of/from our/the" (healthpop.go's words: "all clients
//     in our", "miembros de nuestro") or a reader's possessive (your, su,
//     tu), or, in Spanish, up to five words after it ("programa de
//     recuperación de alcohol"). Passes: "alcohol-free event", "our drug
//     discount program" (no treatment word), "our data recovery program"
//     (no substance), "our rewards program".
//
//   - name.kin_record (name): a relative's name in lower case after the
//     relative's record, chart or file ("your dad's record, james brown",
//     "your son's file (tyler reed)", "your grandma's file: mary green"):
//     your/su/tu, a relative's possessive, a record noun (record, records,
//     chart, file, profile, account), a comma, colon, "(" or "for", then a
//     listed given name in lower case (lowerGiven) with a listed surname or
//     closed by punctuation, as name.kin_lower (recallfam18b.go). Passes:
//     "your dad's record, 12 wins and 3 losses", "your son's file,
//     homework.pdf", "your dad's record collection, jazz and blues".
//
//   - compose.curve_owned (condition): a reader's or third person's spinal
//     curve in degrees in a notice without a spine word (curve_degrees needs
//     one for "your"/"her"): your, su, tu, his or her right before curve or
//     curva (spine, thoracic, lumbar… may stand between), a measurement verb
//     (measured, measures, is, was, now, progressed, increased, reached;
//     midió, mide, es, era, está, aumentó, llegó…, "to", "at", "de", "en"
//     between) and a number of degrees within five words. Passes: "Turn 4's
//     curve is banked at 12 degrees" (not a person's), "your driveway curve
//     is 15 degrees" (a thing between), "the yield curve moved 32 basis
//     points", "la curva de la carretera mide 15 grados", "your curveball".
//
//   - compose.form_bra (procedure): the reader's breast form named with the
//     bras it ships with, no breast word ("your new form and two bras ship
//     Monday", "su nueva forma talla 6 y dos sujetadores"): your, su or tu,
//     only modifiers of a prosthesis between (new, left, right, side,
//     replacement, silicone, weighted, lightweight, swim, nueva, izquierda,
//     derecha, repuesto…), a form noun (form, forma), then in the same
//     sentence and within eight words only sizes, sides, counts, a joining
//     word (and, with, plus, y, con) and bra modifiers before a bra word
//     (bra, bras, sujetador, sostén, brasier…). Passes: "your return form
//     and two bras are in the box" (a document's modifier), "your new order
//     form and two catalogues", "your two new sports bras and a
//     form-fitting top", "su nueva forma de pago".
//
// Fail closed: each rule only adds findings; it clears none.
var (
	// g19Verb: past verbs of having or suffering a condition
	g19Verb = wordSetTab("had suffered survived experienced tuvo tuvieron tuviste tenido sufrio sufrieron sufriste sufrido padecio padecieron padeciste padecido")
	// g19Cond: conditions the clinical vocabularies leave to context
	g19Cond = wordSetTab("stroke strokes ministroke mini-stroke tia tias seizure seizures derrame derrames ictus embolia")
	// g19CondAfter: words that may follow the condition at its phrase's end
	g19CondAfter = wordSetTab("or and in last this recently before within during while at y o e en hace el este reciente recientemente cerebral cerebrales durante")
	g19Art       = wordSetTab("a an un una")
	// g19Who: a population's relative word; contractions lose their
	// apostrophe ("who's" -> whos, "who've" -> whove)
	g19Who     = wordSetTab("who that que quienes whos whove")
	g19Perfect = wordSetTab("have has ha han hayan haya")
	g19Pop     = wordSetTab("anyone anybody those survivors folks individuals veterans women men aquellos aquellas todos todas veteranos mujeres hombres")
	g19Surv    = wordSetTab("survivor survivors sobreviviente sobrevivientes superviviente supervivientes")
	g19Of      = wordSetTab("of de")
	// g19AddrBefore: words before a survivor phrase that address its people
	g19AddrBefore = wordSetTab("for all calling attention dear to fellow para todos todas a los las queridos estimados")
	// g19Steeper: a comparison after the degrees (a plan's or a road's
	// curve, not a measurement)
	g19Steeper = wordSetTab("steeper sharper wider tighter shallower more less than off short over under past beyond")
	// g19BraAfter: what makes the bra word a modifier ("bra-size charts")
	g19BraAfter = wordSetTab("size sizes sizing chart charts guide guides catalog catalogue catalogs catalogues coupon coupons")
	// health_program
	g19Subst = wordSetTab("alcohol drug drugs opioid opioids opiate opiates substance substances gambling smoking tobacco nicotine cocaine meth methamphetamine heroin cannabis marijuana vaping " +
		"drogas droga opioides opiaceos sustancias tabaco nicotina cocaina heroina juego apuestas fumar")
	g19Treat = wordSetTab("recovery treatment rehab rehabilitation detox sobriety cessation support quit quitting abstinence misuse abuse dependence dependency addiction addictions " +
		"recuperacion tratamiento rehabilitacion desintoxicacion apoyo abstinencia consumo abuso dependencia adiccion adicciones dejar")
	g19FreeWrd = wordSetTab("free libre")
	// g19ProgMod: other words a programme's name may hold between the owner
	// and the programme noun, or after programa/grupo in Spanish
	g19ProgMod = wordSetTab("outpatient inpatient intensive residential day evening weekly peer family 12-step twelve step use disorder " +
		"de del la el los las para y ambulatorio intensivo residencial familiar semanal")
	// kin_record
	g19Record = wordSetTab("record records chart charts file files profile account")
	// curve_owned
	g19CurveOwner = wordSetTab("your su tu his her")
	g19Measure    = wordSetTab("measured measures measure measuring is was now has had progressed increased grew reached went up to at of about " +
		"midio mide es era esta estaba aumento llego subio paso ahora de en unos")
	// form_bra
	g19FormMod = wordSetTab("new left right side left-side right-side replacement spare silicone weighted lightweight foam swim partial first second " +
		"nueva nuevo izquierda izquierdo derecha derecho repuesto silicona ligera ligero primera segunda")
	g19Bra     = wordSetTab("bra bras sujetador sujetadores sosten sostenes brasier brasieres")
	g19BraJoin = wordSetTab("and with plus y con mas &")
	g19BraMid  = wordSetTab("size sz talla left right side lado izquierda izquierdo derecha derecho one two three four a an un una dos tres cuatro matching new pocketed mastectomy nuevos nuevas de con bolsillo bolsillos")
)

// g19Filter: the walk's start words.
var g19Filter = tabsFilter(g19Verb, g19Surv, hpProgram, g19Record, cdCurve, bfNouns)

// scanGaps19 runs the five rules at their start words.
func (s *scanner) scanGaps19() {
	if s.fbAll3&fb3Gaps19 == 0 { // no start word in the field (tokfilter.go)
		return
	}
	s.scanGaps19On()
}

// scanGaps19On is scanGaps19 past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanGaps19On() {
	for i := range s.toks {
		h := s.toks[i].h
		if !g19Filter.may(h) {
			continue
		}
		switch {
		case g19Verb.get(h):
			s.pastConditionAt(i)
		case g19Surv.get(h):
			s.survivorAt(i)
		case hpProgram.get(h):
			s.healthProgramAt(i)
		case g19Record.get(h):
			s.kinRecordAt(i)
		case cdCurve.get(h):
			s.curveOwnedAt(i)
		case bfNouns.get(h):
			s.formBraAt(i)
		}
	}
}

// g19CondEnd: the condition at token k ends its phrase.
func (s *scanner) g19CondEnd(k int) bool {
	t := s.toks
	if k+1 >= len(t) || t[k+1].sent {
		return true
	}
	if g := s.gap(k + 1); g != " " && g != "-" {
		return true
	}
	return g19CondAfter.get(t[k+1].h)
}

// g19CondAt: a g19Cond condition at token k ("mini-stroke" as one or two
// tokens); its last token, or -1.
func (s *scanner) g19CondAt(k int) int {
	t := s.toks
	if k >= len(t) || t[k].sent {
		return -1
	}
	if t[k].low == "mini" && k+1 < len(t) && t[k+1].low == "stroke" && !t[k+1].sent {
		k++
	}
	if !g19Cond.get(t[k].h) || s.used[k] {
		return -1
	}
	if t[k].low == "derrame" || t[k].low == "derrames" {
		// a spill unless it ends its clause: "un derrame en su cocina"
		if k+1 < len(t) && !t[k+1].sent && s.gap(k+1) == " " && t[k+1].low != "cerebral" {
			return -1
		}
		return k
	}
	if !s.g19CondEnd(k) {
		return -1
	}
	return k
}

// pastConditionAt: token i is a past verb of having or suffering.
func (s *scanner) pastConditionAt(i int) {
	t := s.toks
	if t[i].sent || i == 0 {
		return
	}
	// the addressee before the verb
	b := i - 1
	if (t[b].low == "ve" || t[b].low == "s") && b > 0 && !t[b].sent && (s.gap(b) == "'" || s.gap(b) == "’") {
		b-- // "who's had", "you've had" written as two tokens
		if t[b].low == "who" {
			ok := b > 0 && (pcPopulation.get(t[b-1].h) || g19Pop.get(t[b-1].h) || hpPopulationMore.get(t[b-1].h))
			if ok {
				s.pastConditionTail(i)
			}
			return
		}
	}
	if g19Perfect.get(t[b].h) && b > 0 && !t[b].sent {
		b-- // "who have had", "quienes han tenido", "si ha tenido"
	}
	ok := false
	switch {
	case g19Who.get(t[b].h):
		ok = t[b].low == "quienes" || b > 0 && !t[b].sent && (pcPopulation.get(t[b-1].h) || g19Pop.get(t[b-1].h) || hpPopulationMore.get(t[b-1].h))
		if t[b].low == "whos" || t[b].low == "whove" {
			ok = ok || b > 0 && (t[b-1].low == "anyone" || t[b-1].low == "everyone")
		}
	case t[b].low == "youve" || t[b].low == "you" || t[b].low == "usted":
		ok = b > 0 && (t[b-1].low == "if" || t[b-1].low == "si") ||
			t[b].low == "you" && b > 1 && t[b-1].low == "have" && t[b-2].low == "if"
	case t[b].low == "si":
		ok = true // "si tuvo", "si ha tenido"
	}
	if !ok && b > 1 && t[b].low == "have" && t[b-1].low == "you" && t[b-2].low == "if" {
		ok = true // "if you have had"
	}
	if !ok {
		return
	}
	s.pastConditionTail(i)
}

// pastConditionTail: the condition after past verb i.
func (s *scanner) pastConditionTail(i int) {
	t := s.toks
	k := i + 1
	if k < len(t) && !t[k].sent && g19Art.get(t[k].h) {
		k++
	}
	e := s.g19CondAt(k)
	if e < 0 {
		return
	}
	s.addTok(k, e, KindCondition, "compose.past_condition", 0.75, "names a condition that defines the people addressed")
}

// survivorAt: token i is a survivor word next to a g19Cond condition.
func (s *scanner) survivorAt(i int) {
	t := s.toks
	if i > 0 && !t[i].sent && g19Cond.get(t[i-1].h) && !s.used[i-1] {
		a := i - 1
		if a > 0 && t[a-1].low == "mini" && !t[a].sent {
			a--
		}
		if !s.g19Addressed(a, i) {
			return // "stroke survivors speak at our talk": the speakers
		}
		s.addTok(a, i, KindCondition, "compose.past_condition", 0.75, "names a condition that defines the people addressed")
		return
	}
	k := i + 1
	if k >= len(t) || t[k].sent || !g19Of.get(t[k].h) {
		return
	}
	k++
	if k < len(t) && !t[k].sent && g19Art.get(t[k].h) {
		k++
	}
	if e := s.g19CondAt(k); e >= 0 && s.g19Addressed(i, e) {
		s.addTok(i, e, KindCondition, "compose.past_condition", 0.75, "names a condition that defines the people addressed")
	}
}

// g19Addressed: the survivor phrase a..e names the people addressed: a
// word of address or purpose before it (for, all, calling, attention,
// dear, to, para, todos, todas, a) or a colon, comma, dash or "!" after it
// ("Stroke survivors: rehab demos", "for stroke survivors").
func (s *scanner) g19Addressed(a, e int) bool {
	t := s.toks
	if a > 0 && !t[a].sent && g19AddrBefore.get(t[a-1].h) {
		return true
	}
	if e+1 >= len(t) {
		return true
	}
	g := strings.TrimLeft(s.gap(e+1), " ")
	return g != "" && strings.ContainsAny(g[:1], ":,!—–-")
}

// healthProgramAt: token i is a programme noun.
func (s *scanner) healthProgramAt(i int) {
	t := s.toks
	if t[i].sent && i > 0 {
		return
	}
	lo, _ := sentenceSpan(t, i)
	// the owner: "<population> in/of our|the" or your/su/tu within seven words before
	own := -1
	for b := i - 1; b >= lo && b >= i-7; b-- {
		if ppOwner.get(t[b].h) {
			own = b
			break
		}
		if hpOwner.get(t[b].h) && b-2 >= lo && hpIn.get(t[b-1].h) && (pcPopulation.get(t[b-2].h) || hpPopulationMore.get(t[b-2].h) || g19Pop.get(t[b-2].h)) {
			own = b
			break
		}
	}
	if own < 0 {
		return
	}
	hi := i
	if t[i].low == "programa" || t[i].low == "programas" || t[i].low == "grupo" || t[i].low == "grupos" {
		hi = i + 5
	}
	first, last := -1, -1
	subst, treat := false, false
	for q := own + 1; q < len(t) && q <= hi; q++ {
		if q > i && t[q].sent {
			break
		}
		if q == i {
			continue
		}
		if !g19Subst.get(t[q].h) && !g19Treat.get(t[q].h) && !g19ProgMod.get(t[q].h) {
			if q < i {
				return // "your support of our drug take-back program": the run is not the programme's name
			}
			break
		}
		m := false
		if g19Subst.get(t[q].h) && !(q+1 < len(t) && g19FreeWrd.get(t[q+1].h) && !t[q+1].sent) {
			subst, m = true, true
		} else if g19Treat.get(t[q].h) {
			treat, m = true, true
		}
		if m {
			if first < 0 {
				first = q
			}
			last = q
		}
	}
	if !subst || !treat {
		return
	}
	if last < i {
		last = i
	}
	if first > i {
		first = i
	}
	for q := first; q <= last; q++ {
		if s.used[q] {
			return
		}
	}
	s.addTok(first, last, KindCondition, "compose.health_program", 0.75, "names a treatment programme the reader belongs to")
}

// kinRecordAt: token i is a record noun.
func (s *scanner) kinRecordAt(i int) {
	t := s.toks
	n := len(t)
	if i < 2 || t[i].sent {
		return
	}
	o := s.possOwner(i - 1)
	if o < 1 || !ppOwner.get(t[o-1].h) {
		return
	}
	low := t[o].low
	if o == i-1 {
		if !strings.HasSuffix(low, "s") {
			return
		}
		low = low[:len(low)-1]
	}
	if !rlKin.get(hstr(low)) {
		return
	}
	j := i + 1
	if j < n && !t[j].sent && t[j].low == "for" && s.gap(j) == " " {
		j++
	} else if g := s.gap(j); g != ", " && g != ": " && g != " (" {
		return
	}
	if j >= n || t[j].sent || s.used[j] || !s.lowerGiven(j) {
		return
	}
	end := j
	if j+1 < n && !t[j+1].sent && s.gap(j+1) == " " && t[j+1].cls&(tAlpha|tCap|tUpper) == tAlpha && s.fl(j+1)&wLast != 0 {
		end = j + 1
	} else if !s.lowerClosed(j+1) && !strings.HasPrefix(s.gap(j+1), ")") {
		return
	}
	s.addTok(j, end, KindName, "name.kin_record", 0.75, "is a relative of the reader named in lower case")
}

// curveOwnedAt: token i is curve or curva.
func (s *scanner) curveOwnedAt(i int) {
	t := s.toks
	if s.used[i] || t[i].low == "cobb" {
		return
	}
	lo, hi := sentenceSpan(t, i)
	b := i - 1
	for b >= lo && b >= i-2 && cdCurveMod.get(t[b].h) {
		b--
	}
	if b < lo || !g19CurveOwner.get(t[b].h) {
		return
	}
	deg := -1
	for k := i + 1; k < hi && k <= i+6; k++ {
		if t[k].cls&tDigit != 0 {
			if k+1 < hi && cdDegrees.get(t[k+1].h) {
				deg = k + 1
			} else if strings.HasPrefix(strings.TrimLeft(s.gap(k+1), " "), "°") {
				deg = k
			}
			break
		}
		if !g19Measure.get(t[k].h) {
			return
		}
	}
	if deg < 0 {
		return
	}
	if deg+1 < hi && g19Steeper.get(t[deg+1].h) {
		return // "your curve is 15 degrees steeper than the plan"
	}
	s.addTok(b, deg, KindCondition, "compose.curve_owned", 0.75, "names a person's spinal curve in degrees")
}

// formBraAt: token i is a form noun.
func (s *scanner) formBraAt(i int) {
	t := s.toks
	if s.used[i] || t[i].low != "form" && t[i].low != "forma" {
		return
	}
	lo, hi := sentenceSpan(t, i)
	b := i - 1
	for b >= lo && b >= i-4 && g19FormMod.get(t[b].h) {
		b--
	}
	if b < lo || !ppOwner.get(t[b].h) {
		return
	}
	join := false
	for k := i + 1; k < hi && k <= i+8; k++ {
		switch {
		case g19Bra.get(t[k].h):
			if k+1 < len(t) && !t[k+1].sent && (s.gap(k+1) == "-" || g19BraAfter.get(t[k+1].h)) {
				return // "two bra-size charts"
			}
			if join {
				s.addTok(b, k, KindProcedure, "compose.form_bra", 0.75, "names the reader's breast form")
			}
			return
		case g19BraJoin.get(t[k].h):
			join = true
		case t[k].cls&tDigit != 0 || g19BraMid.get(t[k].h):
		default:
			return
		}
	}
}
