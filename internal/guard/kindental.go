package guard

// kindental.go: the dental treatment of the reader or a relative of the
// reader's, told by a verb of need (issue 15, eleventh pass, helper REC11,
// dev68 strict: "Because your child needed 4 fillings this year, try our
// Sugar-Smart kids toothpaste bundle!"): rule compose.kin_dental, kind
// procedure.
//
// "fillings", "cavities" and "crown" have everyday senses (pie fillings,
// a wall cavity, a king's crown), and dental.go reads them only with a
// dental word in the notice ("toothpaste" is a shop good, not one). Said
// of a person who needed or had them they are treatment: in one sentence
//
//   - a reader possessive (your, su, tu) before a relative (kincare.go's
//     kinCareWords and relativecare.go's relativeNouns: child, son,
//     daughter, kids; hijo, hija, niño…) at most four words before, or
//     "you"/"usted" as the subject (right before, or one adverb between:
//     just, also, recently, only, all, both, already, ya)
//   - a verb of need or treatment: needed, needs, required, had, got,
//     received, underwent; necesitó (necesito, as normalised), tuvo,
//     recibió, le hicieron (hicieron)
//   - then at most three words ("4", "two more", "a new") before a dental
//     treatment: filling(s), cavity/cavities, extraction(s), sealant(s),
//     caries, root canal(s); empaste(s), extracción(es). A crown (corona)
//     counts only after needed/required/received/necesitó, not after had or
//     got ("your daughter got a crown at the party"), and never for "you"
//     alone ("you got a crown").
//
// The span runs from the relative (or "you") to the treatment word. A
// cheap first test: the pass returns at once when no token of the field
// passes kinDentalFilter (the notice-level bit fb2KinDental, tokfilter.go),
// then one bit of kinDentalFilter per token; only a treatment word looks
// back for the verb and the person.
//
// A relative's possessive counts only before teeth, tooth, molar(s), mouth
// or smile ("your son's teeth needed 2 fillings"; "your son's soccer team
// needed new fillings" passes); a treatment word before a hyphen is a
// modifier ("your kids got cavity-fighting toothpaste" passes).
//
// What passes: "Because your kids love fruit, try our snack bundle"
// (no verb of need, no treatment), "Back to school: kids toothpaste
// bundle" (no person), "Your order of pie fillings has shipped" (no verb
// of need before it), "Your son got a crown in the costume contest".
//
// Accepted risks: a relative who needed a crown or fillings in an
// everyday sense ("your daughter needed a crown for the pageant", "your
// kids had 3 fillings to choose from") is reported; fail closed.

var (
	kinDentalTerms = wordSetTab("filling fillings cavity cavities extraction extractions sealant sealants caries " +
		"empaste empastes extraccion extracciones")
	kinDentalCrown = wordSetTab("crown crowns corona coronas")
	kinDentalVerbs = wordSetTab("needed needs required had got received underwent " +
		"necesito tuvo recibio hicieron " +
		// RED11 (kindentalmore.go): present and Spanish present/preterite, verbs of finding
		"need getting gets have has necesita necesitan tiene tienen salieron salio " +
		"found filled fixed detected spotted encontramos detectamos")
	// kinDentalStrongVerbs: the verbs a crown needs
	kinDentalStrongVerbs = wordSetTab("needed needs required received underwent necesito recibio")
	kinDentalAdv         = wordSetTab("just also recently only all both already ya")
	kinDentalOwn         = wordSetTab("teeth tooth molar molars mouth smile")
	hRoot                = hstr("root")
	hCanal               = hstr("canal")
	hCanals              = hstr("canals")
	kinDentalFilter      = tabsFilter(kinDentalTerms, kinDentalCrown, newSetTab(map[uint64]bool{hCanal: true, hCanals: true}))
)

// scanKinDental reports compose.kin_dental.
func (s *scanner) scanKinDental() {
	if s.fbAll2&fb2KinDental == 0 { // no token passes kinDentalFilter (tokfilter.go)
		return
	}
	s.scanKinDentalOn()
}

// scanKinDentalOn is scanKinDental past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanKinDentalOn() {
	n := len(s.toks)
	for k := 2; k < n; k++ {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || !kinDentalFilter.may(t.h) || t.sent {
			continue
		}
		crown := kinDentalCrown.get(t.h)
		term := kinDentalTerms.get(t.h) || crown
		if !term && (t.h == hCanal || t.h == hCanals) && s.toks[k-1].h == hRoot && !s.toks[k-1].sent {
			term = true
		}
		// "cavity-fighting toothpaste": a modifier
		if !term || k+1 < n && s.gap(k+1) == "-" {
			continue
		}
		// the verb at most three words before (four for "root canal")
		v := -1
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if kinDentalVerbs.get(s.toks[j].h) && (!crown || kinDentalStrongVerbs.get(s.toks[j].h)) &&
				(!kdWeakVerbs.get(s.toks[j].h) || !s.kdQuestion(j)) {
				v = j
				break
			}
			if s.toks[j].sent {
				break
			}
		}
		if v < 0 && !crown && s.kdOwned(k) && s.kdPassive(k) { // "your son's cavity was filled" (kindentalmore.go)
			a := k - 3
			if recipientPossessive.get(s.toks[k-1].h) {
				a = k - 1 // "your cavity was filled"
			}
			s.addTok(a, k+2, KindProcedure, "compose.kin_dental", 0.75, "says that a relative of the reader's had dental treatment")
			continue
		}
		if v < 1 || s.toks[v].sent {
			continue
		}
		// the person at most four words before the verb
		a := -1
		for j := v - 1; j >= 0 && j >= v-4; j-- {
			h := s.toks[j].h
			// "you" as the verb's subject: right before it, or one adverb
			// between ("you just needed"); "Did you know most kids had
			// cavities" passes
			if relativeYou.get(h) && !crown && (j == v-1 || j == v-2 && kinDentalAdv.get(s.toks[v-1].h)) {
				a = j
				break
			}
			if (kinCareWords.get(h) || relativeNouns.get(h)) && j > 0 && recipientPossessive.get(s.toks[j-1].h) {
				// "your son's soccer team needed new fillings": the
				// relative's own teeth only ("your son's teeth needed")
				if s.possessiveS(j+1) && (j+2 >= n || !kinDentalOwn.get(s.toks[j+2].h)) {
					break
				}
				a = j - 1
				break
			}
			if w := s.kdWho(j); w >= 0 && !kdFindVerbs.get(s.toks[v].h) { // "your teen", "your 7-year-old" (kindentalmore.go)
				a = w
				break
			}
			if s.toks[j].sent {
				break
			}
		}
		if kdFindVerbs.get(s.toks[v].h) { // "we found 2 cavities in your son's teeth": the person after
			a = -1
			if e := s.kdAfter(v, k); e >= 0 {
				s.addTok(v, e, KindProcedure, "compose.kin_dental", 0.75, "says that dental treatment was found or done in a relative of the reader's")
			}
			continue
		}
		if a < 0 {
			continue
		}
		if s.p != nil && s.p.isTemplate(t.h) {
			continue
		}
		s.addTok(a, k, KindProcedure, "compose.kin_dental", 0.75, "says that the reader or a relative of the reader's needed or had dental treatment")
	}
}
