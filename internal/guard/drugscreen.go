package guard

import "strings"

// drugscreen.go — the reader's drug or alcohol screen and its result
// (issue 15, thirteenth pass, helper RECALL13, probe set dev77r from the
// seed "Keystone: ur specimen tested + for c0ca1ne metabolites. call MRO
// asap."): rule compose.drug_screen, kind lab_test.
//
// Street names of substances (THC, benzos, meth, cocaine) are in no
// clinical list (cocaine is an ordinary word there), a verdict may be "+",
// "pos", "non-negative" or "dilute", and the substance may be disguised
// ("c0ca1ne", "0xyc0d0ne", "m3th"). From a screen word (test, tested,
// screen, result, specimen, sample, UA, MRO, tox, prueba, muestra,
// resultado, antidoping…) it reads the word's sentence:
//
//   - drug context: specimen (beside a test, lab or collection word or a
//     screen's verdict: dilute, non-negative, MRO), UA, MRO, tox, urine, breath alcohol,
//     antidoping, toxicológico, "drug"/"drogas" before or after a screen
//     word ("drug screen", "prueba de drogas"), "orina";
//   - a verdict: positive, pos, non-negative, nonnegative, "non negative",
//     dilute, diluted, adulterated, substituted, failed, flagged, showed,
//     detected, "+" written after a screen word or before for/para/a/de, "MRO" (the medical review
//     officer reviews only results that were not negative), positivo/a,
//     "no negativo/a", diluida, adulterada; with drug context also a verb
//     of a result (came back, salió, resultó, dio);
//   - a substance (drugScreenSubst: THC, cannabis, marijuana, cocaine,
//     opiates, benzos, fentanyl, amphetamines, meth, oxycodone, PCP,
//     MDMA, alcohol, EtG, heroin…; cocaína, marihuana, anfetaminas,
//     opiáceos…), as written or read through leet digits (leetDecode:
//     "c0ca1ne", "0xyc0d0ne", "m3th"; "p0sitive" reads as a verdict);
//
// and reports the screen word when a reader's word (recipientWords,
// text-speak "ur", "u", "yr", "y0ur") is in the sentence or the one before,
// and either drug context and a verdict, or a substance and a verdict.
//
// Passes: "Positive reviews keep coming in" (no screen word), "Here are
// the test results of our water quality" (no reader's word, no drug
// context), "Our drug-free workplace policy applies to all staff", "Specimen
// jars in our shop" (no verdict), "Your soil sample tested high for
// nitrogen" (no drug context, no substance), "The MRO team meeting moves to
// Room 3" (no reader's word), "Your loan application came back positive".
//
// Cost: runs from scanReaderSlots (readerslots.go) at its first words
// only, one walk of the sentence, leet decoding in a fixed buffer for
// mixed tokens only.

var (
	drugScreenFirst = wordSetTab("test tested tests testing screen screened screening result results specimen specimens sample samples ua mro tox " +
		"prueba pruebas muestra muestras resultado resultados antidoping toxicologico toxicologica examen")
	drugScreenCtx  = wordSetTab("ua mro tox urine urinalysis antidoping toxicologico toxicologica orina recollection breathalyzer")
	drugScreenDrug = wordSetTab("drug drugs droga drogas")
	// specimen is drug context only beside a test or collection word or a
	// verdict only a screen gives ("Your specimen of the month: a rare
	// fossil, positive ID confirmed" passes)
	drugScreenSpecimen = wordSetTab("specimen specimens")
	drugScreenSpecCue  = wordSetTab("test tested testing tests lab collected collection recollection screen screening result results dilute diluted adulterated substituted nonnegative mro urine")
	drugScreenVerdict  = wordSetTab("positive pos nonnegative dilute diluted adulterated substituted failed fail flagged showed detected mro " +
		"positivo positiva positivos diluida diluido adulterada adulterado")
	drugScreenResultVerb = wordSetTab("came salio resulto dio")
	drugScreenSubst      = wordSetTab("thc cannabis marijuana marihuana weed cocaine coke cocaina opiates opiate opioids opioid opiaceos opiaceo benzos benzo " +
		"benzodiazepines benzodiazepine benzodiacepinas fentanyl fentanilo amphetamine amphetamines anfetamina anfetaminas meth methamphetamine " +
		"metanfetamina oxycodone oxicodona pcp mdma ecstasy barbiturates alcohol etg heroin heroina morphine morfina codeine codeina hydrocodone " +
		"methadone metadona buprenorphine kratom")
	drugScreenReader  = wordSetTab("ur u yr y0ur yur")
	hNon, hNo, hNeg   = hstr("non"), hstr("no"), hstr("negative")
	hNegES, hNegES2   = hstr("negativo"), hstr("negativa")
	hBreath, hAlc     = hstr("breath"), hstr("alcohol")
	hMRO              = hstr("mro")
	drugScreenPlusFor = wordSetTab("for para a de")
	// drugScreenShop: a dispensary's goods ("Your cannabis order passed lab
	// testing and is positive for flavor"); this rule only
	drugScreenShop = wordSetTab("batch batches flavor flavour gummies edibles menu strain strains dispensary potency terpene terpenes")
)

// dsWordBits: every word drugScreenAt's sentence walk tests a token for
// (its sets and hashes); a token outside it, not mixed, changes nothing
// there (TestDsWordBits).
var dsWordBits = func() *hashFilter {
	f := tabsFilter(drugScreenCtx, drugScreenSpecimen, drugScreenDrug, drugScreenVerdict, drugScreenResultVerb, drugScreenSubst, drugScreenFirst, drugScreenPlusFor)
	for _, h := range []uint64{hBreath, hNeg, hNegES, hNegES2} {
		f.add(h)
	}
	return f
}()

// drugScreenAt: token i is one of drugScreenFirst.
func (s *scanner) drugScreenAt(i int) {
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	reader := false
	for k := from; k < hi; k++ {
		if h := s.toks[k].h; recipientWords.get(h) || drugScreenReader.get(h) {
			reader = true
			break
		}
	}
	if !reader {
		return
	}
	ctx, verdict, resVerb, subst := false, false, false, false
	var buf [24]byte
	for k := lo; k < hi; k++ {
		t := &s.toks[k]
		h := t.h
		if t.cls&tMixed == 0 && !dsWordBits.may(h) { // a word no test below reads (helper SPEED15)
			continue
		}
		switch {
		case drugScreenCtx.get(h):
			ctx = true
			if h == hMRO {
				verdict = true
			}
		case drugScreenSpecimen.get(h):
			if s.wholeSentenceHas(k, &drugScreenSpecCue) || s.gap(k+1) == " + " || k+1 < hi && s.toks[k+1].cls&tMixed != 0 {
				ctx = true
			}
		case drugScreenDrug.get(h):
			// "drug screen", "drug test", "prueba de drogas"
			if k+1 < hi && drugScreenFirst.get(s.toks[k+1].h) || k >= lo+2 && drugScreenFirst.get(s.toks[k-2].h) || k >= lo+1 && drugScreenFirst.get(s.toks[k-1].h) {
				ctx = true
			}
		case h == hBreath && k+1 < hi && s.toks[k+1].h == hAlc:
			ctx = true
		}
		if drugScreenVerdict.get(h) {
			verdict = true
		}
		if (h == hNeg || h == hNegES || h == hNegES2) && k > lo && (s.toks[k-1].h == hNon || s.toks[k-1].h == hNo) {
			verdict = true // "non-negative", "no negativa"
		}
		if drugScreenResultVerb.get(h) {
			resVerb = true
		}
		if drugScreenSubst.get(h) && !(h == hAlc && k > lo && s.toks[k-1].h == hBreath) {
			subst = true
		}
		if drugScreenFirst.get(h) && k+1 < len(s.toks) && s.gap(k+1) == " + " {
			verdict = true // "tested + for"
		}
		if k > lo && drugScreenPlusFor.get(h) && strings.TrimSpace(s.gap(k)) == "+" {
			verdict = true // "was + for opiates"
		}
		if t.cls&tMixed != 0 && len(t.low) <= len(buf) {
			if b, ok := leetDecode(buf[:0], t.low, false); ok {
				bh := hashByteSlice(fnvOffset, b)
				if drugScreenSubst.get(bh) {
					subst = true
				}
				if drugScreenVerdict.get(bh) {
					verdict = true
				}
			}
		}
	}
	if ctx && resVerb {
		verdict = true
	}
	if verdict && (ctx || subst) && !s.wholeSentenceHas(i, &drugScreenShop) {
		s.addTok(i, i, KindLabTest, "compose.drug_screen", 0.7, "names the outcome of a substance check of the reader")
	}
}
