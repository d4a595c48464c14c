package guard

import "strings"

// Compositional rules (issue 15): clinical meaning that does not depend on
// knowing the exact term, so they hold for conditions, procedures and
// names never listed.
//
//   - compose.condition: a clinical head noun with a modifier in front ("X
//     disease", "X syndrome", "X disorder", "X deficiency", "X palsy") or a
//     Spanish head with "de" after it ("enfermedad de X", "síndrome de X",
//     "trastorno X", "insuficiencia X").
//   - compose.body: a body part or organ followed by a clinical head
//     ("kidney failure", "lung transplant", "knee replacement", "heart
//     surgery", "bladder infection").
//   - compose.dose: a word in no vocabulary followed by a dose ("Zostavax
//     20 mg", "X 0.5 ml").
//   - compose.greeting: a greeting, one word and a comma, "!" or ":" ("Hi
//     amelia,", "Dear Hector:"), or two capitalised words and a comma ("Dear
//     Mark Baker,"): the word is a name unless it is a generic addressee
//     ("Hi there,", "Dear customer,"), a stop word, the category's own
//     wording or a tenant-approved term.

var (
	conditionHeads = wordSetTab("disease diseases syndrome syndromes disorder disorders deficiency deficiencies palsy dystrophy " +
		"insufficiency infection infections tumor tumors tumour carcinoma lymphoma leukemia sarcoma cancer cancers " +
		"addiction dependence intolerance allergy allergies injury injuries impairment")
	// Spanish heads written before the rest ("enfermedad de Crohn", "trastorno bipolar")
	conditionHeadsES = wordSetTab("enfermedad enfermedades sindrome trastorno trastornos insuficiencia deficiencia infeccion infecciones " +
		"tumor cancer alergia adiccion intolerancia lesion")
	bodyParts = wordSetTab("heart cardiac kidney kidneys renal liver hepatic lung lungs pulmonary thyroid prostate breast colon " +
		"bladder brain spinal spine bone bones blood knee knees hip hips shoulder cervical ovarian uterine testicular " +
		"skin eye eyes retinal ear ears pancreas pancreatic gallbladder bowel stomach gastric esophageal throat sinus " +
		"joint joints back neck dental tooth teeth gum gums vaginal urinary coronary artery arterial vein venous lymph " +
		"corazon rinon rinones higado pulmon pulmones tiroides prostata mama seno vejiga cerebro columna hueso huesos " +
		"sangre rodilla cadera hombro piel ojo ojos oido pancreas estomago garganta")
	bodyHeads = wordSetTab("failure disease cancer transplant transplants replacement surgery infection infections stones stone " +
		"biopsy scan ultrasound cath catheterization bypass stent stents attack attacks damage condition function " +
		"exam test tests screening procedure removal repair fracture fractures disorder problems " +
		"monitor drops tablets pills capsules medicine medication meds " +
		"trasplante cirugia infeccion calculos biopsia ecografia falla " +
		// issue 15, third pass
		"graft grafts extraction implant implants fusion density augmentation reduction removal")
	doseUnits  = wordSetTab("mg mcg ml units iu tablets tablet capsules capsule puffs drops tabs caps")
	greetShort = wordSetTab("hi hello hey dear hola estimado estimada querido querida")
)

// composeNextBits: the class bits scanCompose tests on the word after
// (recoverWell, livingWith, headBefore, clinicalDevicePlaced,
// asCapPatient); tpSubject (the next word or the one after) and
// tpOrdBeforeES (the word before) are tested apart.
const composeNextBits = tpRecoverAdv | tpLivingPrep | tpHeadPrep | tpPlacedHead | tpPatientNext

func (s *scanner) scanCompose() {
	n := len(s.toks)
	// (a field with no "(" has no gap that opens one: parenAbbr's test is
	// skipped for every token, helper SPEED12)
	paren := s.hasByte('(')
	// (the bits of a neighbour's word classes no token of the list has:
	// their tests are skipped, helper SPEED12)
	tpAll := s.tpAll
	// (a class bit of a neighbour some token of the field has: the tests
	// of the next words' or the word before's bits below)
	nb := tpAll&(composeNextBits|tpSubject|tpOrdBeforeES) != 0
	toks, used, tps, txt, v := s.toks, s.used[:n], s.tp[:n], s.t.s, s.v
	for i := 0; i < n; i++ {
		// the words none of the tests below can take (most) passed over
		// in a loop of their own, with no call to spill its values for
		// (helper speed19): each test of this walk stops it where a test
		// below may act (the test's own first condition, or a stricter
		// one), so a word it passes over is one the loop would pass over
		// too (TestDumpFindings)
		for ; i < n; i++ {
			t := &toks[i]
			if used[i] || t.cls&(tAlpha|tMixed) == 0 {
				continue // (the loop's first tests: passed over there too)
			}
			// leetTok, mixedAbbrev, the imaging tests, the word's class
			// bits, otcAt and intlGreeting
			if t.cls&(tMixed|tUpper|tInnerUp|tNonASCII) != 0 || tps[i] != 0 ||
				t.fb&(fbOTCFirst|fbIntlGreet) != 0 || t.h == hUrgencias || t.h == hXray {
				break
			}
			// a sentence's first word: its two tests need a comma, right
			// after it (lowerOpensAddress) or after the next word (capPair)
			if (i == 0 || t.sent) && (int(t.e) < len(txt) && txt[t.e] == ',' || i+2 < n && toks[i+1].e < toks[i+2].s && txt[toks[i+1].e] == ',') {
				break
			}
			// noW (no vocabulary word, or memberAlone: tUpper is out above)
			w, tl := t.w, len(t.low)
			if w == nil || w.alone && t.cls&tCap == 0 {
				break
			}
			// drugClass's "anti", medicalRoot, abbrevWord, the ordinary
			// words, clinicalFormFrame, a learned pair, parenAbbr, slipName
			if tl >= 4 && t.low[0] == 'a' || tl >= 7 && (t.low[0] == 'e' || t.low[0] == 'p' || medRootBits.may(uint64(prefix4(t.low)))) ||
				tl <= 5 && len(w.phrases) > 0 && w.upperKind != "" || v.ordinary.may(t.h) ||
				tl >= 5 && (clinFormFirst.may(uint64(prefix4(t.low))) || clinFormLast.may(uint64(suffix4(t.low)))) ||
				i > 0 && (v.learned.trigger(t.h) || v.learned.trigger(toks[i-1].h)) || paren && tl >= 2 && tl <= 5 ||
				i+1 < n && toks[i].e < toks[i+1].s && txt[toks[i].e] == ':' {
				break
			}
			// the tests of a neighbour's class bits
			if nb && (i+1 < n && tps[i+1]&(composeNextBits|tpSubject) != 0 || i+2 < n && tps[i+2]&tpSubject != 0 || i > 0 && tps[i-1]&tpOrdBeforeES != 0) {
				break
			}
		}
		if i == n {
			break
		}
		if s.used[i] {
			continue
		}
		// token i by a pointer: one load per field read (helper SPEED15)
		t := &s.toks[i]
		if t.cls&tMixed != 0 {
			s.leetTok(i) // obfuscation.digits, obfuscation.leet (leet.go)
			continue
		}
		if t.cls&tAlpha == 0 {
			continue
		}
		if t.fb&fbOTCFirst != 0 && s.otcAt(i) { // otcFirstBits (tokfilter.go) // "your nicotine gum" (otc.go)
			continue
		}
		// the detectors' first tests that read only the token, its
		// neighbours' word classes or the next word, inlined: most tokens
		// fail them and pay no call
		tl, noW := len(t.low), t.w == nil || s.memberAlone(i) // member.go: a word of listed multi-word terms alone
		if mixedCaseMay(t) && s.mixedAbbrev(i) {              // "vEEG", "hCG" (abbrevcase.go)
			continue
		}
		h := t.h
		tp := s.tp[i]
		// "CT abdomen/pelvis", "your NICU stay" (imaging.go)
		if (t.cls&tUpper != 0 || t.h == hUrgencias) && (s.imagingAt(i) || s.careUnitAt(i)) {
			continue
		}
		// "the head CT showed no bleed" (imagingfinding.go); "since your
		// sleeve?" (colloqproc.go; its words' tpColloqProc bit first)
		if (t.cls&tUpper != 0 || h == hXray) && s.imagingFindingAt(i) || tp&tpColloqProc != 0 && s.colloqProcAt(i) {
			continue
		}
		// "X disease", "Crohn's disease": the head with a modifier in front
		cue := tp&tpComposeCue != 0 // h is one of composeCueHashes (the compares below)
		if tp&tpCondHead != 0 && i > 0 && s.gap(i) == " " {
			m := i - 1
			if s.low(m) == "s" && m > 0 && strings.TrimSpace(s.gap(m)) == "'" { // possessive
				m--
			}
			if !s.used[m] && s.toks[m].cls&tAlpha != 0 && s.fl(m)&wStop == 0 && s.modifier(m) {
				s.addTok(m, i, KindCondition, "compose.condition", 0.75, "is a clinical head word ('"+t.low+"') with a modifier: it names a condition")
				continue
			}
		}
		// "your X care plan", "X referral", "X screening": a content word
		// right before a head that only clinical subjects take
		// (the head is token i+1, or i+2 past a possessive)
		if tpAll&tpSubject != 0 && (i+1 < n && s.tp[i+1]&tpSubject != 0 || i+2 < n && s.tp[i+2]&tpSubject != 0) {
			if k, ok := s.clinicalHeadAfter(i); ok && !s.streetSite(i, k) && !s.chainSite(i, k) { // "our Commerce Blvd clinic" (streetsite.go), "any FirstStop clinic" (chainsite.go)
				s.addTok(i, k-1, KindCondition, "compose.head", 0.7, "comes right before '"+s.toks[k].low+"', which only clinical subjects take")
				continue
			}
		}
		if tp&tpCondHeadES != 0 && i+1 < n && !s.used[i+1] && s.toks[i+1].cls&tAlpha != 0 && s.gap(i+1) == " " {
			j := i + 1
			if s.low(j) == "de" && j+1 < n && s.gap(j+1) == " " && s.toks[j+1].cls&tAlpha != 0 {
				j++
			}
			if s.fl(j)&wStop == 0 && s.modifier(j) && (h != hInfecciones || s.pluralInfection(i, j)) {
				s.addTok(i, j, KindCondition, "compose.condition", 0.75, "is a clinical head word ('"+t.low+"') with a modifier: it names a condition")
				continue
			}
		}
		if tp&tpBodyPart != 0 && i+1 < n && !s.used[i+1] && s.tp[i+1]&tpBodyHead != 0 && s.gap(i+1) == " " {
			s.addTok(i, i+1, KindCondition, "compose.body", 0.75, "is a body part followed by a clinical word ('"+s.toks[i+1].low+"')")
			continue
		}
		// Spanish order: "cirugia de rodilla", "trasplante de rinon"
		if tp&tpBodyHead != 0 && i+2 < n && s.low(i+1) == "de" && s.tp[i+2]&tpBodyPart != 0 && !s.used[i+2] && s.gap(i+1) == " " && s.gap(i+2) == " " {
			s.addTok(i, i+2, KindCondition, "compose.body", 0.75, "is a clinical word followed by a body part ('"+s.toks[i+2].low+"')")
			continue
		}
		// (suspicious holds only for a word of 3+ letters in no vocabulary
		// or of listed terms alone, noW: that first, helper SPEED15)
		if noW && tl >= 3 && i+2 < n && s.toks[i+1].cls&tDigit != 0 && s.suspicious(i) { // a digit after, before the lookups
			if u := s.doseUnitAt(i + 1); u > 0 && !s.branchGoodsSize(i, u) { // "20 mg", "4.5 mg" (rareframe.go); "termos Contigo Autoseal 591 ml" (branchrun.go)
				s.addTok(i, u, KindMedication, "compose.dose", 0.8, "is not ordinary vocabulary and is followed by a dose ('"+s.toks[u].low+"')")
				continue
			}
		}
		if noW && tl >= 3 && i+3 < n && s.toks[i+2].cls&tDigit != 0 && s.toks[i+1].cls&tUpper != 0 && s.suspicious(i) { // "Aderal XR 20 mg" (releasedose.go)
			if u := s.releaseDoseAt(i); u > 0 && !s.branchGoodsSize(i, u) {
				s.addTok(i, u, KindMedication, "compose.dose", 0.8, "is not ordinary vocabulary and is followed by a release form and a dose ('"+s.toks[u].low+"')")
				continue
			}
		}
		if tp&(tpLab|tpLabES) != 0 {
			if a, b, ok := s.labHead(i); ok {
				s.addTok(a, b, KindLabTest, "compose.lab", 0.7, "names a lab test: a body fluid or analyte with a test word ('"+labHeadWord(s, a, b)+"')")
				continue
			}
		}
		if tp&tpClass != 0 || tl >= 4 && t.low[0] == 'a' { // a class word, or one that may start with "anti"
			if a, b, ok := s.drugClass(i); ok {
				s.addTok(a, b, KindMedication, "compose.drug_class", 0.7, "names a class of medication by what it acts on")
				continue
			}
		}
		if tp&(tpDevice|tpDeviceES) != 0 {
			if a, b, ok := s.deviceHead(i); ok {
				if s.bulkSupply(a, b) { // "12 camas hospitalarias … muelle de carga" (bulksupply.go)
					continue
				}
				s.addTok(a, b, KindProcedure, "compose.device", 0.7, "is medical equipment: a clinical modifier with an equipment word ('"+deviceHeadWord(s, a, b)+"')")
				continue
			}
		}
		// (the word after: one bit of tpWords each, TestComposeNextWordBits)
		if tpAll&tpRecoverAdv != 0 && i+3 < n && s.tp[i+1]&tpRecoverAdv != 0 && s.recoverWell(i) { // "recovering well from the new-monia" (recoverwell.go)
			continue
		}
		if tpAll&tpLivingPrep != 0 && i+2 < n && s.tp[i+1]&tpLivingPrep != 0 {
			if a, ok := s.livingWith(i); ok {
				s.addTok(a, a, KindCondition, "compose.living_with", 0.7, "follows '"+t.low+" "+s.toks[i+1].low+"', which names a condition")
				continue
			}
		}
		if tpAll&tpHeadPrep != 0 && i+2 < n && s.tp[i+1]&tpHeadPrep != 0 {
			if a, b, ok := s.headBefore(i); ok && !(a == b && petNouns.get(s.toks[a].h)) { // "la vacuna de su perro" (orgnames.go)
				s.addTok(a, b, KindCondition, "compose.head_before", 0.7, "follows '"+t.low+" "+s.toks[i+1].low+"', which only clinical subjects follow")
				continue
			}
		}
		// (a root's first four letters, or a prefix before it)
		if tl >= 7 && (t.low[0] == 'e' || t.low[0] == 'p' || medRootBits.may(uint64(prefix4(t.low)))) {
			if k, ok := s.medicalRoot(i); ok {
				s.addTok(i, i, k, "compose.root", 0.7, "is built from a medical root and a clinical ending, like a specialty, procedure or condition")
				continue
			}
		}
		if noW && tl >= 6 && s.conditionAdjective(i) {
			s.addTok(i, i, KindCondition, "compose.adjective", 0.7, "is the adjective of a listed condition")
			continue
		}
		if noW && tl >= 6 {
			if k, ok := s.cognate(i); ok && !s.electrolyteGoods(i) { // "Electrolitos LMNT Mango" (electrolytegoods.go)
				s.addTok(i, i, k, "cognate.term", 0.7, "is the Spanish or English spelling of a word of the clinical vocabularies")
				continue
			}
		}
		if w := t.w; len(t.low) <= 5 && w != nil && len(w.phrases) > 0 && w.upperKind != "" { // the length first: no load of w for a longer word; abbrevWord needs an upperKind (helper SPEED15)
			if k, ok := s.abbrevWord(i); ok {
				if why, ok := s.abbrevFrame(i); ok {
					s.addTok(i, i, k, "compose.abbrev", 0.7, "is a clinical abbreviation of the lists in lower case and "+why)
					continue
				}
			}
		}
		if noW && tl >= 6 {
			if k, st, ok := s.ordinaryClinical(i); ok {
				s.addTok(i, i, k, "compose.affix", 0.75, "ends in '-"+st+"', an ending only clinical words have")
				continue
			}
		}
		// (an ordinary clinical word, its Spanish spelling after a Spanish
		// frame word, or an adjective's ending)
		if s.v.ordinary.may(h) || tpAll&tpOrdBeforeES != 0 && i > 0 && s.tp[i-1]&tpOrdBeforeES != 0 && tl >= 6 || noW && tl >= 5 && adjectiveEnd(t.low[tl-1]) {
			if k, why, ok := s.ordinaryFrame(i); ok {
				s.addTok(i, i, k, "frame.ordinary", 0.7, why)
				continue
			}
		}
		// a clinical word by its form ("your chemotherapy bill", "sobre su
		// quimio"), a device placed in the body ("your stent placement")
		// (clinform.go; the bit filters of its forms first)
		if tl >= 5 && (clinFormFirst.may(uint64(prefix4(t.low))) || clinFormLast.may(uint64(suffix4(t.low)))) { // clinFormMay, inline (helper SPEED15)
			if k, why, ok := s.clinicalFormFrame(i); ok {
				s.addTok(i, i, k, "frame.clinical_form", 0.7, why)
				continue
			}
		}
		if tpAll&tpPlacedHead != 0 && i+1 < n && s.tp[i+1]&tpPlacedHead != 0 { // clinPlacedHead(s.toks[i+1].h), by its bit
			if e, ok := s.clinicalDevicePlaced(i); ok {
				s.addTok(i, e, KindProcedure, "frame.clinical_form", 0.7, "is a device placed in the body before '"+s.toks[e].low+"', after a possessive of the reader or a relative")
				continue
			}
		}
		// the pair ending here, after every rule of both words had its turn
		// (a learned word either side, one space apart, one sentence)
		// (the trigger bits first: most pairs have no learned word)
		if i > 0 && (s.v.learned.trigger(h) || s.v.learned.trigger(s.toks[i-1].h)) && !t.sent && t.s == s.toks[i-1].e+1 && s.t.s[t.s-1] == ' ' {
			if why, ok := s.learnedPairAt(i); ok && !s.petHealth(i-1, i) && !s.mediaTitle(i-1, i) && !s.bulkSupply(i-1, i) { // "oxygen concentrators … for facility accounts" (bulksupply.go) // "'Cabin Fever' Blu-ray" (mediaquote.go) // "your dog's rabies vaccine" (orgnames.go)
				s.addTok(i-1, i, KindCondition, "compose.learned", 0.7, why)
				continue
			}
		}
		if tp&tpColonCue != 0 && i+1 < n && strings.HasPrefix(s.gap(i+1), ":") && s.toks[i+1].cls&(tCap|tUpper) != 0 && s.toks[i+1].cls&tAlpha != 0 && !s.used[i+1] {
			if s.nameAfterColon(i + 1) {
				continue
			}
		}
		if paren && i+2 < n && len(t.low) >= 2 && len(t.low) <= 5 && (s.gapOpensParen(i+1) || s.gapOpensParen(i+2)) && s.parenAbbr(i) { // "iop group (intensive outpatient)" (parenabbr.go; its length test first)
			continue
		}
		// the cue words' tests, one test of cue for the other words (helper SPEED15)
		if cue {
			if h == hYour { // "Results of your ca-125 were reviewed by your doctor" (clingov.go)
				if a, b, why, ok := s.clinicalSlot(i); ok {
					k := KindLabTest
					if strings.Contains(why, "dose") {
						k = KindMedication
					}
					s.addTok(a, b, k, "frame.clinical_slot", 0.7, why)
				}
			}
			if h == hYour && s.bodySide(i) { // "your L knee" (bodyside.go)
				continue
			}
			if (h == hYour || h == hSu || h == hTu || h == hThe) && i+3 < n { // "your son's NICU follow-up", "the Okafor baby's NICU follow-up" (kincare.go)
				if e, ok := s.kinCare(i); ok {
					if h == hThe { // "the Okafor baby's NICU follow-up": the family's name is personal too (RED5, dev49d)
						s.addTok(i+1, i+1, KindName, "name.kin_care", 0.7, "is a family name before a relative in care")
						s.addTok(i+2, e, KindProcedure, "clinical.kin_care", 0.7, "tells that a relative of a named family is in care")
						continue
					}
					s.addTok(i+1, e, KindProcedure, "clinical.kin_care", 0.7, "tells that a relative of the recipient is in care")
					continue
				}
			}
			if h == hThe && s.familyPossessive(i) { // "the Taufa family's balance" (familyname.go)
				s.addTok(i+1, i+1, KindName, "name.family", 0.7, "is a surname naming a family the notice speaks of")
				continue
			}
		}
		if cue && h == hFor && s.statementName(i) || i+1 < n && s.gapStarts(i+1, ':') && s.slipName(i) { // slipname.go
			continue
		}
		if tpAll&tpPatientNext != 0 && i+1 < n && s.tp[i+1]&tpPatientNext != 0 && s.asCapPatient(i) { // the next word is "patient" or "patients" (its bit); rareframe.go
			continue
		}
		if cue && (h == hFor || h == hPara) && i > 0 && pickupCues.get(s.toks[i-1].h) && s.capPair(i+1) {
			if s.nameWords(i+1, i+2, "follows '"+s.toks[i-1].low+" "+t.low+"' where a name goes") {
				continue
			}
		}
		// "Annie Hunt, your account…": two capitalised words opening a
		// sentence, a comma, then "your/you/su/usted"
		if i == 0 || t.sent { // the two tests of a sentence's first word: one test of its place (helper SPEED14)
			// (the comma after the pair before capPair: helper SPEED15)
			if t.cls&(tCap|tUpper) != 0 && i+2 < n && s.gapStarts(i+2, ',') && s.capPair(i) && addressWords.get(s.toks[i+2].h) {
				if s.nameWords(i, i+1, "are two capitalised words addressed as 'you' at the start of a sentence") {
					continue
				}
			}
			// "liam, your cart is waiting" (lowervocative.go)
			if t.cls&(tCap|tUpper) == 0 && strings.HasPrefix(s.gap(i+1), ",") && s.lowerOpensAddress(i) {
				continue
			}
		}
		if cue {
			if h == hWelcome || h == hBienvenido || h == hBienvenida || h == hBienvenidos || h == hBienvenidas { // "Welcome back, Aroha Te Rangi!", "Bienvenida de nuevo, María de la Cruz" (welcomeback.go)
				s.welcomeBackName(i)
			}
			if h == hRecall || h == hRecalled { // "Recall: your child's nasal spray lot …" (recallproduct.go)
				s.recallProduct(i)
			}
		}
		if tp&tpGreetShort != 0 || cue && (h == hMorning || h == hAfternoon || h == hEvening) && i > 0 && s.low(i-1) == "good" || t.fb&fbIntlGreet != 0 && s.intlGreeting(i) { // greetintl.go; the inlined bit test first
			s.greetingName(i)
			s.greetingMore(i)    // greetname.go: "hey jean-luc,", "Kia ora Aroha Te Rangi,"
			s.lowerGreetComma(i) // lowervocative.go: "Good morning, lucas!"
			s.greetingKin(i)     // greetkin.go: "hey bobby —", "hello grandpa joe —"
		}
	}
}

var hMorning, hAfternoon, hEvening = hstr("morning"), hstr("afternoon"), hstr("evening")

// composeCueHashes: every hash scanCompose compares its token's hash with
// after its tpComposeCue bit test (tpWords; TestComposeCueHashes).
func composeCueHashes() []uint64 {
	return []uint64{hYour, hSu, hTu, hThe, hFor, hPara, hWelcome, hBienvenido, hBienvenida, hBienvenidos, hBienvenidas,
		hRecall, hRecalled, hMorning, hAfternoon, hEvening}
}

// livingWithPrep and headBeforePrep are the prepositions livingWith and
// headBefore start with (their switches), tested inline in scanCompose.
// livingWithPrepWords and headBeforePrepWords: the words of the two tests
// below, the tpLivingPrep and tpHeadPrep bits of tpWords (scanCompose tests
// the bits; TestComposeNextWordBits).
var (
	livingWithPrepWords = []string{"with", "from", "con", "de"}
	headBeforePrepWords = []string{"for", "de", "del", "para", "contra"}
)

func livingWithPrep(low string) bool {
	return low == "with" || low == "from" || low == "con" || low == "de"
}

func headBeforePrep(low string) bool {
	switch low {
	case "for", "de", "del", "para", "contra":
		return true
	}
	return false
}

// modifier: token k can modify a clinical head — a word that is not a
// determiner, pronoun or other stop word, not a generic quantity.
func (s *scanner) modifier(k int) bool {
	switch s.toks[k].low {
	case "no", "any", "some", "this", "that", "your", "our", "new", "other", "the", "a", "an", "su", "sus", "la", "el", "una", "un":
		return false
	}
	return len(s.toks[k].low) >= 2
}

// greetingName: greeting i, then one word and ",", "!" or ":" (or two
// capitalised words and a comma).
func (s *scanner) greetingName(i int) {
	n := len(s.toks)
	j := i + 1
	if j >= n || s.used[j] || s.toks[j].cls&tAlpha == 0 || s.toks[j].sent || s.gap(j) != " " {
		return
	}
	end := j
	after := s.gap(j + 1)
	if j+1 < n && after == " " && s.toks[j].cls&(tCap|tUpper) != 0 && s.toks[j+1].cls&(tCap|tUpper) != 0 && s.toks[j+1].cls&tAlpha != 0 {
		end = j + 1
		after = s.gap(j + 2)
	}
	if !(strings.HasPrefix(after, ",") || strings.HasPrefix(after, "!") || strings.HasPrefix(after, ":")) {
		return
	}
	if j == end && s.kinAlone(j) { // "Hola tía,", "Hi mom," (kinship.go)
		return
	}
	for k := j; k <= end; k++ {
		f := s.fl(k)
		if f&(wGenericAddressee|wStop|wGreeting) != 0 || s.p.isTemplate(s.toks[k].h) || len(s.toks[k].low) < 2 {
			return
		}
	}
	s.addTok(j, end, KindName, "compose.greeting", 0.75, "follows '"+s.toks[i].low+"' where a name goes, and is not a generic addressee")
	s.tieGreeting(i) // the reader addressed (readertied.go)
}

// strictStems are endings that only clinical words have, even among the
// ordinary words of the general lists ("gastritis", "mastectomy",
// "penicillin"); unlike drugStems/conditionStems (frame.go) they apply to
// ordinary words too. Spanish verb forms ending in -itis ("emitís") are in
// the inflected-forms list only, which is not consulted here.
var strictStems = []struct {
	stem string
	kind Kind
}{
	{"itis", KindCondition}, {"ectomy", KindProcedure}, {"ectomia", KindProcedure}, {"plegia", KindCondition},
	{"iasis", KindCondition}, {"rrhea", KindCondition}, {"rrhoea", KindCondition}, {"penia", KindCondition},
	{"plasia", KindCondition}, {"sclerosis", KindCondition}, {"stenosis", KindCondition}, {"malacia", KindCondition},
	{"cillin", KindMedication}, {"mycin", KindMedication}, {"edema", KindCondition},
	// issue 15, third pass: chemo-, psycho-, physio-, radio-, immunotherapy
	// (not "aromatherapy")
	{"otherapy", KindProcedure}, {"oterapia", KindProcedure},
}

// ordinaryClinical: token i is an ordinary word (general_en/general_es,
// not only an inflected form) with a strict clinical ending.
func (s *scanner) ordinaryClinical(i int) (Kind, string, bool) {
	t := &s.toks[i]
	if s.used[i] || len(t.low) < 6 || t.cls&tAlpha == 0 || t.w != nil && !s.memberAlone(i) { // member.go
		return "", "", false
	}
	if _, ok := s.g.gen.m[t.h]; !ok {
		return "", "", false
	}
	for _, st := range strictStems {
		if strings.HasSuffix(t.low, st.stem) && len(t.low) > len(st.stem)+1 {
			return st.kind, st.stem, true
		}
	}
	return "", "", false
}

// nameAfterColon: "Patient: Fields, Nell", "Nombre: Luis Hernández" —
// capitalised words after a name cue and a colon are a name, ordinary
// words or not.
func (s *scanner) nameAfterColon(j int) bool {
	n := len(s.toks)
	end := j
	for end+1 < n && end < j+2 && s.toks[end+1].cls&(tCap|tUpper) != 0 && s.toks[end+1].cls&tAlpha != 0 && !s.used[end+1] {
		g := s.gap(end + 1)
		if g != " " && g != ", " {
			break
		}
		end++
	}
	// "Order ready for pickup: Gerber Puffs, …": a listed brand taken in
	// shop wording (brandline.go)
	if s.listedBrand(j) {
		return false
	}
	// "Pickup: Gearhouse Cycles, 1020 Elm St": a company before its address (biznoun.go)
	if s.bizBeforeAddr(j) {
		return false
	}
	// "Pickup: Counter 3", "Patient: Room 12": a place with its number
	if end+1 < n && s.toks[end+1].cls&tDigit != 0 && s.gap(end+1) == " " {
		return false
	}
	for k := j; k <= end; k++ {
		if s.fl(k)&(wGenericAddressee|wStop) != 0 || s.p.isTemplate(s.toks[k].h) {
			return false
		}
	}
	s.addTok(j, end, KindName, "compose.name_cue", 0.8, "follows '"+s.toks[j-1].low+":' where a name goes")
	return true
}

var hPara = hstr("para")

var addressWords = wordSetTab("your you su usted sus")

// capPair: tokens j and j+1 are capitalised (not all-caps acronyms of one
// letter) alphabetic words separated by one space.
func (s *scanner) capPair(j int) bool {
	if j+1 >= len(s.toks) || s.used[j] || s.used[j+1] || s.gap(j+1) != " " || j > 0 && s.gap(j) != " " && !s.toks[j].sent {
		return false
	}
	for _, k := range []int{j, j + 1} {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) == 0 || len(t.low) < 2 || t.cls&tDigit != 0 {
			return false
		}
	}
	return true
}

// nameWords reports tokens a..b as a name unless one is a generic
// addressee, a stop word, a month, a place word, the category's own wording
// or a tenant-approved term.
func (s *scanner) nameWords(a, b int, why string) bool {
	for k := a; k <= b; k++ {
		if s.fl(k)&(wGenericAddressee|wStop|wMonth|wGreeting|wTitle|wPlace|wStreetSuffix|wStateName) != 0 ||
			s.p.isTemplate(s.toks[k].h) {
			return false
		}
	}
	s.addTok(a, b, KindName, "compose.name", 0.7, why)
	return true
}

// subjectHeads follow the clinical subject they are about ("asthma
// referral", "diabetes screening"); "care plan", "support group" and
// "treatment plan" count through their first word.
var subjectHeads = wordSetTab("referral referrals specialist screening screenings diagnosis symptoms treatment therapy checkup " +
	"medication medications flare flares clinic management support care " +
	// issue 15, third pass: operations named by what they are on
	// ("bypass surgery", "tubal ligation", "lumbar puncture", "skin graft")
	"surgery surgeries ligation puncture graft grafting resection amputation history")

// notSubjectFor: modifiers that make "history" ordinary ("your order
// history", "your listening history").
var notSubjectFor = wordSetTab("purchase purchases order orders browsing payment payments account search transaction " +
	"transactions billing shipping credit rental watch viewing delivery service employment travel price chat call " +
	"message login version edit reading listening donation gift reward rewards points booking trip ride " +
	"work education address name password sign signin course class game match workout training")

// genericModifiers may stand before those heads without naming anything
// ("your annual screening", "your new specialist", "routine care").
var genericModifiers = wordSetTab("new annual routine primary updated personal monthly current next recent upcoming online virtual " +
	"free preventive preventative regular follow followup yearly home urgent same day your our their my his her this that " +
	"first second last general family medical health wellness covered approved scheduled pending additional specialty " +
	"specialist dental vision eye skin women mens womens child children kids pediatric senior adult patient member self " +
	"customer quality coordinated emergency hospital pharmacy " +
	// kinds of practice that tell no condition ("Willowmere Naturopathic Clinic", dev76)
	"naturopathic holistic integrative " +
	// household and garden treatments ("flea treatment", "lawn treatment")
	"flea tick pest lawn garden water pool carpet floor wood window stain leather heat termite mold pet dog cat car roof fabric " +
	"tree trees puppy kitten tire tyre " +
	// the state of medicines brought back for disposal ("Drop off unused
	// medications at our take-back kiosk"; dev20)
	"unused expired leftover unwanted unneeded outdated " +
	// hobbies and sports ("golf clinic", "tennis clinic")
	"golf tennis swim swimming soccer football baseball basketball hockey ski art cooking coding computer tech bike running cycling fitness dance music " +
	// a shop's fitting service ("Our fitting specialist runs free
	// running-shoe fittings"; MISC2, dev52)
	"fitting " +
	// a county's pet services ("The county pet license clinic"; MISC2, dev52)
	"license licensing microchip adoption")

// clinicalHeadAfter: token i is a content word directly followed by a
// subject head (k); "care" and "support" need "plan"/"group" after them.
func (s *scanner) clinicalHeadAfter(i int) (int, bool) {
	k := i + 1
	// "Crohn's flare", "Tourette's support group": past the possessive
	if k+1 < len(s.toks) && s.toks[k].low == "s" && s.gap(k) == "'" {
		k++
	}
	if k >= len(s.toks) || s.used[i] || s.tp[k]&tpSubject == 0 || s.gap(k) != " " { // the bit before the gap
		return 0, false
	}
	if s.toks[k].h == hTreatment && k+1 < len(s.toks) && s.gap(k+1) == " " && (consumerRefill.get(s.toks[k+1].h) || s.toks[k+1].h == hOrder) {
		return 0, false // "Olaplex treatment order": a product
	}
	if s.headProduct(i, k) { // "Hydra Therapy Serum" (headproduct.go)
		return 0, false
	}
	if s.headAward(k) && !s.headAwardPersonal(k) { // "the state's rural care team of the year" (headaward.go)
		return 0, false
	}
	if s.supportWho(i, k) { // "Caregiver support group" (supportwho.go)
		return 0, false
	}
	switch s.toks[k].low {
	case "care", "support", "treatment":
		if k+1 >= len(s.toks) || s.gap(k+1) != " " || (s.toks[k+1].low != "plan" && s.toks[k+1].low != "group" && s.toks[k+1].low != "team") {
			if s.toks[k].low != "treatment" {
				return 0, false
			}
		}
	}
	t := &s.toks[i]
	if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || len(t.low) < 4 || s.fl(i)&(wStop|wCommon|wMonth|wGreeting) != 0 ||
		genericModifiers.get(t.h) || s.p.isTemplate(t.h) || subjectHeads.get(t.h) {
		return 0, false
	}
	if s.toks[k].low == "history" && notSubjectFor.get(t.h) {
		return 0, false
	}
	if s.preOccasion(i) { // "pre-employment screenings" (preoccasion.go)
		return 0, false
	}
	if s.careTeamBrand(i, k) { // "your Clearline care team" (careteambrand.go)
		return 0, false
	}
	if s.clinicPlaceName(i, k) { // "the Riverside Clinic" (placename.go)
		return 0, false
	}
	if s.jobTitleHead(i, k) { // "our new bilingual treatment coordinator" (stafftopic.go)
		return 0, false
	}
	return k, true
}

// Medical combining forms (roots) and the clinical endings they take: a
// word made of both names a specialty, specialist, procedure or condition
// whether or not a list holds it ("pulmonologist", "hematología",
// "lithotripsy", "bradycardia", "angioplasty", "endocrinólogo"). Roots
// never make an ordinary word medical on their own: "geology" has no
// medical root, "cardigan" no clinical ending.
var medRoots = []string{"cardi", "neur", "nephr", "hepat", "gastr", "dermat", "derm", "oste", "arthr", "pulmon", "oncol",
	"hemat", "haemat", "endocrin", "gynec", "gynaec", "ginec", "urol", "psychiatr", "psiquiatr", "ophthalm", "oftalm",
	"angi", "lithotri", "brady", "tachy", "taqui", "rheumat", "reumat", "immunol", "inmunol", "allerg", "alerg", "obstetr",
	"pediatr", "paediatr", "geriatr", "podiatr", "otolaryng", "otorrinolaring", "proct", "colonosc", "mammo", "mamogr",
	"thromb", "trombo", "embol", "myel", "encephal", "mening", "pancreat", "cholecyst", "colecist", "hysterect", "hysterosc", "histerect",
	"prostat", "laparo", "bronch", "bronq", "laryng", "pharyng", "faring", "rhin", "rinol", "eclamps", "psycholog", "psicolog",
	"hemo", "hema", "cardio", "neumo", "pneumo", "fibromy", "endometr", "hidradeni", "hematolog", "neumolog", "nefrolog",
	"hepatolog", "gastroenter", "cardiolog", "neurolog", "dermatolog", "oncolog", "urolog", "endoscop", "arrhythm", "arritm"}

var medEndings = []struct {
	end  string
	kind Kind
}{
	{"ologist", KindCondition}, {"ologists", KindCondition}, {"ology", KindCondition}, {"ologia", KindCondition},
	{"ologo", KindCondition}, {"ologa", KindCondition}, {"ologos", KindCondition}, {"iatrist", KindCondition},
	{"iatry", KindCondition}, {"iatria", KindCondition}, {"iatra", KindCondition}, {"tripsy", KindProcedure},
	{"tripsia", KindProcedure}, {"plasty", KindProcedure}, {"plastia", KindProcedure}, {"graphy", KindProcedure},
	{"grafia", KindProcedure}, {"gram", KindProcedure}, {"grama", KindProcedure}, {"scopy", KindProcedure},
	{"scopia", KindProcedure}, {"cardia", KindCondition}, {"emia", KindCondition}, {"osis", KindCondition},
	{"itis", KindCondition}, {"oma", KindCondition}, {"omas", KindCondition}, {"ectomy", KindProcedure},
	{"ectomia", KindProcedure}, {"otomy", KindProcedure}, {"ostomy", KindProcedure}, {"pnea", KindCondition},
	{"algia", KindCondition}, {"ia", KindCondition}, {"ias", KindCondition}, {"ism", KindCondition}, {"ismo", KindCondition},
}

func (s *scanner) medicalRoot(i int) (Kind, bool) {
	t := &s.toks[i]
	if s.used[i] || len(t.low) < 7 || t.cls&tAlpha == 0 || t.cls&tDigit != 0 {
		return "", false
	}
	w := t.low
	// every prefix starts with 'e' or 'p': other words skip the loop
	if w[0] == 'e' || w[0] == 'p' {
		for _, p := range []string{"echo", "electro", "pre", "peri", "endo"} {
			if strings.HasPrefix(w, p) && len(w) > len(p)+5 {
				w2 := w[len(p):]
				if rootOf(w2) {
					w = w2
					break
				}
			}
		}
	}
	if !rootOf(w) {
		return "", false
	}
	for _, e := range medEndings {
		if strings.HasSuffix(w, e.end) && len(w) >= len(e.end)+3 {
			return e.kind, true
		}
	}
	return "", false
}

// notMedRoots start ordinary words that share a medical root
// ("gastronomía", "taquigrafía", "pulmonaria"): checked against the
// general word lists (general_en, general_es), which hold no other word
// that has both a root and an ending and is not clinical.
var notMedRoots = []string{"gastron", "taquigr", "taquim", "ginecocr", "pulmonaria"}

// prefix4 hashes the first four bytes of w to 12 bits.
func prefix4(w string) uint32 {
	return (uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24) * 2654435761 >> 20
}

// medRootBits: a filter (hashfilter.go) of the roots' first four
// letters in front of medRootIndex.
var medRootBits = func() (b hashFilter) {
	for _, r := range medRoots {
		b.add(uint64(prefix4(r)))
	}
	return
}()

// medRootIndex: the roots by their first four letters (every root has
// four or more), so a word costs one map lookup.
var medRootIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, r := range medRoots {
		m[r[:4]] = append(m[r[:4]], r)
	}
	return m
}()

func rootOf(w string) bool {
	if len(w) < 4 {
		return false
	}
	if !medRootBits.may(uint64(prefix4(w))) { // most words: no map lookup
		return false
	}
	rs, ok := medRootIndex[w[:4]]
	if !ok {
		return false
	}
	for _, r := range notMedRoots {
		if strings.HasPrefix(w, r) {
			return false
		}
	}
	for _, r := range rs {
		if strings.HasPrefix(w, r) {
			return true
		}
	}
	return false
}

// headsBefore name a clinical subject after a preposition: "su tratamiento
// de alcoholismo", "sus resultados de colesterol", "your prescription for
// aspirin", "prior authorization for spinal fusion".
var (
	headsBefore = wordSetTab("prescription prescriptions authorization treatment treatments therapy diagnosis refill refills screening " +
		"receta recetas tratamiento tratamientos diagnostico terapia vacuna vacunas cirugia medicamento medicamentos " +
		"autorizacion")
	headArticles = wordSetTab("the your a an la el los las su sus un una")
	// genericAfterHead: what may follow those heads without naming a
	// clinical subject ("su cita de hoy", "your prescription for pickup")
	genericAfterHead = wordSetTab("hoy manana seguimiento control rutina laboratorio bienvenida pago pagos envio pedido compra cuenta " +
		"regalo devolucion entrega producto productos servicio servicios usted nuevo nueva proxima proximo tarde noche hora horas " +
		"dia dias semana mes verificacion seguridad acceso correo telefono video videollamada salud paciente portal mensaje oficina " +
		"clinica hospital familia familiar bienestar anual chequeo revision evaluacion ingreso telemedicina esta este " +
		"pickup delivery review approval payment today tomorrow you this that next later details more information " +
		"updates update changes change renewal transfer mail order orders savings " +
		"datos informacion solicitud queja reclamo garantia " +
		"cargo cargos debito tarjeta compras reembolso reembolsos credito " +
		"seguro seguros aseguradora isapre insurance insurer") // the payer: "su autorización del seguro" (fix108, dev108)
)

// headBefore: token i is a head, then a preposition, an optional article
// and a content word (returned as a..b, with a second word when it is in
// no stop list: "presión arterial").
func (s *scanner) headBefore(i int) (int, int, bool) {
	n := len(s.toks)
	if i+2 >= n {
		return 0, 0, false
	}
	if !headBeforePrep(s.toks[i+1].low) { // the preposition first (the test scanCompose makes inline)
		return 0, 0, false
	}
	if !headsBefore.get(s.toks[i].h) || s.gap(i+1) != " " {
		return 0, 0, false
	}
	j := i + 2
	if headArticles.get(s.toks[j].h) && j+1 < n && s.gap(j+1) == " " {
		j++
	}
	if s.gap(j) != " " || s.used[j] {
		return 0, 0, false
	}
	t := &s.toks[j]
	if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || len(t.low) < 4 || s.fl(j)&(wStop|wMonth|wGreeting|wFirst|wLast) != 0 ||
		genericAfterHead.get(t.h) || genericModifiers.get(t.h) || headsBefore.get(t.h) || s.p.isTemplate(t.h) {
		return 0, 0, false
	}
	return j, j, true
}

// leetDigits are the digits written for look-alike letters ("d1abetes",
// "z0loft", "ps0riasis"); 1 is tried as i and as l.
var leetDigits = [10]byte{'o', 'i', 0, 'e', 'a', 's', 0, 't', 0, 0}

// leet: token i mixes letters and digits, and with the digits read as the
// letters they look like it is a word of the clinical vocabularies (or
// one edit from one): obfuscation. Codes ("A1C", "B12", "G7") are words of
// the vocabularies as written and are never rewritten.
func (s *scanner) leet(i int) bool {
	t := &s.toks[i]
	if len(t.low) < 5 || len(t.low) > 40 || t.w != nil {
		return false
	}
	letters := 0
	for k := 0; k < len(t.low); k++ {
		if c := t.low[k]; c >= 'a' && c <= 'z' {
			letters++
		}
	}
	if letters < 3 || letters < len(t.low)-2 { // a word with one or two digits in it, not a code
		return false
	}
	for _, one := range []byte{'i', 'l'} {
		b := s.buf[:0]
		for k := 0; k < len(t.low); k++ {
			c := t.low[k]
			if c >= '0' && c <= '9' {
				r := leetDigits[c-'0']
				if c == '1' {
					r = one
				}
				if r == 0 {
					return false
				}
				c = r
			}
			b = append(b, c)
		}
		s.buf = b
		w := string(b)
		if wi := s.v.get(hstr(w)); wi != nil {
			for _, p := range wi.phrases {
				if len(p.toks) == 1 && p.class == pClinical {
					s.addTok(i, i, KindObfuscation, "obfuscation.digits", 0.8, "digits written for letters in a clinical word")
					return true
				}
			}
		}
		if _, ok := s.g.fuzzy.lookup(w); ok && len(w) >= 6 {
			s.addTok(i, i, KindObfuscation, "obfuscation.digits", 0.7, "digits written for letters in a word close to a clinical word")
			return true
		}
	}
	return false
}

// "living with X", "diagnosed with X", "suffering from X", "vive con X":
// what follows is a condition unless it is a person, a pet or a generic
// word ("living with roommates", "diagnosed with care").
var (
	withVerbs   = wordSetTab("living coping diagnosed suffering recovering struggling dealing battling vive viviendo diagnosticado diagnosticada sufre")
	withGeneric = wordSetTab("roommates roommate family friends pets pet dogs dog cats cat kids children parents partner spouse less more style " +
		"confidence purpose intention others people us you them it this that our your their his her my less nature music art " +
		"holidays holiday weekend week season storm travel trip move moving winter summer heat cold weather traffic " +
		"order orders returns return payments payment bills billing checkout shipping delivery account login password " +
		"familia amigos mascotas hijos padres pareja estilo")
)

func (s *scanner) livingWith(i int) (int, bool) {
	n := len(s.toks)
	if i+2 >= n || !livingWithPrep(s.toks[i+1].low) { // the test scanCompose makes inline
		return 0, false
	}
	if !withVerbs.get(s.toks[i].h) || s.gap(i+1) != " " || s.gap(i+2) != " " {
		return 0, false
	}
	// "de" only after Spanish verbs ("sufre de asma")
	if s.toks[i+1].low == "de" && s.toks[i].low != "sufre" {
		return 0, false
	}
	j := i + 2
	if headArticles.get(s.toks[j].h) && j+1 < n && s.gap(j+1) == " " {
		j++
	}
	t := &s.toks[j]
	if s.used[j] || t.cls&tAlpha == 0 || len(t.low) < 3 || s.fl(j)&(wStop|wFirst|wLast|wMonth) != 0 || withGeneric.get(t.h) ||
		s.p.isTemplate(t.h) {
		return 0, false
	}
	return j, true
}
