package guard

// trialdrug.go — a clinical trial's study drug or placebo as the reader's
// care (issue 15, sixteenth pass, helper recall16, dev88-leak-007: "Dosing
// reminder: take 2 tablets of study drug MRD-4410 (or placebo) with
// breakfast. Your next supply is dispensed at Visit 5.").
//
// A study drug is no listed medication (its code is the sponsor's), and a
// trial site's recruitment names placebos and investigational products to
// everyone. Rule compose.trial_drug (kind medication) reports "study
// drug(s)/medication(s)/medicine/product/kit", "investigational
// product/drug/medication", "placebo", "medicamento/fármaco del estudio"
// when the reader takes it: a reader's possessive (your, su, tu, sus, tus)
// at most three words before it ("your study medication bottle"), a verb of
// taking, dosing or returning it before it in its sentence (take, dose,
// return, bring, tome, traiga, devuelva…; not "take part"), or a numbered
// protocol visit in the field ("Visit 5", "Visita 4").
//
// "study kit", "study product(s)" and "study tablets" count only beside a
// trial's word (placebo, trial, protocol, dose, drug, randomized…) or a
// numbered visit: "Your study kit for the SAT has shipped" passes.
//
// Passes: "Now enrolling adults for a placebo-controlled study", "Our site
// is recruiting volunteers for new studies" (nothing taken, no numbered
// visit), "What is a placebo?". "placebo-controlled" is a design, not a
// drug, unless the reader's possessive is before it.

var (
	trialFirst = wordSetTab("placebo placebos study investigational medicamento farmaco")
	// the words after "study"/"investigational" that make it a drug
	trialDrugHeads = wordSetTab("drug drugs medication medications medicine medicines product products kit kits tablets capsules pills")
	// "medicamento/fármaco del estudio"
	hDelES   = hstr("del")
	hEstudio = hstr("estudio")
	hVisit   = hstr("visit")
	hVisita  = hstr("visita")
	hPart    = hstr("part")
	hControl = hstr("controlled")
	// "study kit/product(s)": a trial's only beside a trial's word or a
	// numbered visit ("Your study kit for Visit 6"); a student's study kit
	// passes
	trialKitHeads = wordSetTab("kit kits product products tablets")
	trialContext  = wordSetTab("placebo placebos trial trials protocol dose doses dosing drug drugs medication medications investigational randomized randomised infusion injection estudio ensayo")
	trialOwner    = wordSetTab("your ur su tu sus tus")
	trialTake     = wordSetTab("take taking took dose dosing doses swallow inject apply continue stop keep return returning bring store " +
		"tome tomar toma tomando traiga devuelva devolver guarde suspenda continue")
)

// trialDrugAt: token i is one of trialFirst.
func (s *scanner) trialDrugAt(i int) {
	n := len(s.toks)
	t := &s.toks[i]
	e := i
	switch t.low {
	case "placebo", "placebos":
		if i+1 < n && s.toks[i+1].h == hControl && !s.trialOwned(i) { // "placebo-controlled study"
			return
		}
	case "study", "investigational":
		if i+1 >= n || s.toks[i+1].sent || !trialDrugHeads.get(s.toks[i+1].h) {
			return
		}
		if trialKitHeads.get(s.toks[i+1].h) && !s.trialVisitN() && !s.fieldHas(trialContext) {
			return // a student's "study kit"
		}
		e = i + 1
	case "medicamento", "farmaco":
		if i+2 >= n || s.toks[i+1].h != hDelES || s.toks[i+2].h != hEstudio {
			return
		}
		e = i + 2
	default:
		return
	}
	if !s.trialOwned(i) && !s.trialTaken(i) && !s.trialVisitN() {
		return
	}
	s.addTok(i, e, KindMedication, "compose.trial_drug", 0.75, "names a trial medicine the reader takes")
}

// trialOwned: a reader's possessive at most three words before token i.
func (s *scanner) trialOwned(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if trialOwner.get(s.toks[k].h) {
			return true
		}
		if s.toks[k+1].sent {
			break
		}
	}
	return false
}

// trialTaken: a verb of taking or returning before token i in its sentence.
func (s *scanner) trialTaken(i int) bool {
	lo, _ := s.sentSpan(i)
	for k := lo; k < i; k++ {
		if trialTake.get(s.toks[k].h) && !(k+1 < len(s.toks) && s.toks[k+1].h == hPart) {
			return true
		}
	}
	return false
}

// trialVisitN: a numbered protocol visit in the field ("Visit 5").
func (s *scanner) trialVisitN() bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if h := s.toks[k].h; (h == hVisit || h == hVisita) && s.toks[k+1].nd > 0 && s.toks[k+1].cls&tAlpha == 0 && s.gap(k+1) == " " {
			return true
		}
	}
	return false
}
