package guard

// countsurgery.go: a surgery named with a count word and tied to a person
// (issue 15, eighteenth pass, fix helper gaps18, dev97x-leak-008, probe set
// dev100g, 2026-12-06), rule compose.count_surgery, kind procedure.
//
// "Welcome back Tom Ellis, RRT, our respiratory therapist, after his
// triple bypass in March" passed: "bypass" is an ordinary word (a road, a
// lane, a valve) and no vocabulary lists it, so the staff welcome said a
// named person's heart surgery with no finding. A count word before it —
// double, triple, quadruple, quintuple; doble, triple, cuádruple,
// quíntuple — makes it a surgery ("triple bypass" counts grafted arteries,
// "double mastectomy" sides, "double lung transplant" organs).
// scanCountSurgery reports the count word, an optional organ or joint word
// (lung, knee, hip, kidney; pulmón, rodilla, cadera, riñón) and the surgery
// noun (bypass, mastectomy, transplant, replacement, amputation; bypass,
// mastectomía, trasplante, amputación, reemplazo), in either order in
// Spanish ("su bypass triple"), when it is someone's:
//   - a possessive right before it (his, her, their, your, my; su, sus, tu,
//     mi): "after her double mastectomy", "Your quadruple bypass
//     follow-up", "tras su doble bypass";
//   - or an article after a recovery word ("after a", "from a", "had a",
//     "following a", "since a"; "tras un", "de un/una" after se recupera,
//     recuperándose or después), in a notice that names a person by a
//     pronoun or speaks to the reader (he, she, him, his, her, you, your;
//     él, ella, usted) or welcomes someone back ("Get well soon, Coach
//     Briggs! He is home after a triple bypass").
//
// Passes: "Earn double points", "a double bypass lane" (no possessive nor
// recovery article), "Our surgeons performed their 1,000th quadruple
// bypass" (a count before it), "Triple-check your address", "qué esperar
// de una doble mastectomía" (no recovery word before "de"). Reader-tied
// (readerTiedRule): the surgery is one person's, whoever the notice is
// about, and no staff-news or public-offer drop clears it. Gated on
// fb3CountSurgery (tokfilter.go).
var (
	cnsCount   = wordSetTab("double triple quadruple quintuple doble cuadruple")
	cnsOrgan   = wordSetTab("lung lungs knee knees hip hips kidney kidneys pulmon rodilla rodillas cadera caderas rinon")
	cnsSurgery = wordSetTab("bypass bypasses mastectomy mastectomies mastectomia transplant transplants replacement replacements " +
		"amputation amputations trasplante amputacion reemplazo")
	cnsOwner   = wordSetTab("his her their your my su sus tu mi")
	cnsArticle = wordSetTab("a an un una")
	cnsRecover = wordSetTab("after from following since had post tras")
	cnsRecES   = wordSetTab("recupera recuperandose recuperando recuperacion despues")
	cnsPerson  = wordSetTab("he she him his her you your el ella usted")
	cnsWelcome = wordSetTab("welcome bienvenida bienvenido well")
)

// cnsStartFilter: the words scanCountSurgery starts from (fb3CountSurgery).
var cnsStartFilter = tabsFilter(cnsCount)

// scanCountSurgery: see the file comment.
func (s *scanner) scanCountSurgery() {
	if s.fbAll3&fb3CountSurgery == 0 { // no count word in the field (tokfilter.go)
		return
	}
	s.scanCountSurgeryOn()
}

// scanCountSurgeryOn is scanCountSurgery past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanCountSurgeryOn() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !cnsCount.get(s.toks[i].h) {
			continue
		}
		a, b, ok := s.cnsPhrase(i)
		if !ok || !s.cnsOwned(a) {
			continue
		}
		s.addTok(a, b, KindProcedure, "compose.count_surgery", 0.7, "names a person's surgery by its count")
		i = b
	}
}

// cnsPhrase: the surgery phrase around count word i: its first and last
// tokens. English puts the count first ("triple bypass", "double lung
// transplant"); Spanish may put it after the noun ("bypass triple").
func (s *scanner) cnsPhrase(i int) (int, int, bool) {
	n := len(s.toks)
	next := func(k int) bool { return k < n && s.gap(k) == " " }
	j := i + 1
	if next(j) && cnsOrgan.get(s.toks[j].h) {
		j++
	}
	if next(j) && cnsSurgery.get(s.toks[j].h) {
		return i, j, true
	}
	if i > 0 && s.gap(i) == " " && cnsSurgery.get(s.toks[i-1].h) { // "su bypass triple", "su mastectomía doble"
		return i - 1, i, true
	}
	return 0, 0, false
}

// cnsOwned: the phrase starting at token a is someone's (see the file
// comment).
func (s *scanner) cnsOwned(a int) bool {
	if a == 0 || s.toks[a].sent {
		return false
	}
	p := s.toks[a-1].h
	if cnsOwner.get(p) {
		return true
	}
	if !cnsArticle.get(p) || a < 2 || s.toks[a-1].sent {
		return false
	}
	r := &s.toks[a-2]
	switch {
	case cnsRecover.get(r.h):
	case r.low == "de" && a >= 3 && cnsRecES.get(s.toks[a-3].h): // "se recupera de un triple bypass"
	default:
		return false
	}
	for k := range s.toks {
		if h := s.toks[k].h; cnsPerson.get(h) || cnsWelcome.get(h) {
			return true
		}
	}
	return false
}
