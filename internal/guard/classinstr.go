package guard

// classinstr.go: a drug class named in an instruction to the reader
// (issue 15, twelfth pass, helper RECALL12, dev69 leak-009 "Reminder from
// your provider: do not take nitrates within 48 hours of your new
// medication"): rule compose.class_instruction, kind medication.
//
// drugclass.go builds class names from "anti…" and "… blocker"; the lists
// hold statins, SSRIs, NSAIDs. Some classes are in neither: nitrates,
// opioids, opiates, blood thinners, water pills, painkillers, steroids,
// benzos, and in Spanish nitratos, opioides, opiáceos, estatinas,
// benzodiacepinas, diuréticos, betabloqueantes. Told to the reader — what
// not to take, to avoid, to stop, to keep taking, what they are on — the
// class is the reader's medication. Reported when the class word follows,
// in the same sentence, within two filler words (your, any, the, other,
// su, sus, los, las…), a verb of an instruction about taking medicine:
// "do not / don't / never take", "avoid", "stop (taking)", "keep / while /
// if you are taking", "mix", "combine", "while on", "are on"; Spanish
// "(no) tome / tomar / toma / tomando", "evite", "suspenda", "deje de
// tomar", "mezcle", "combine", "mientras toma".
//
// Nitrates, nitratos and steroids have trade senses (fertiliser, cured
// meat, an aquarium, a gym): they count only in a notice that also says
// medicine, provider, prescription, dose, heart, procedure (medicamento,
// receta, médico, corazón, cirugía…; classCareCue). "Do not take
// nitrate samples from the tank" (singular, no care word), "Evite los
// nitratos en exceso en su huerto", "Do not take more than two coupons"
// pass. Cost: one hash-set test per token; the frame only after a class
// word.

var (
	classInstrNouns = wordSetTab("nitrates opioids opiates painkillers benzos steroids nitratos opioides opiaceos " +
		"estatinas benzodiacepinas diureticos betabloqueantes analgesicos")
	// the class words with a trade sense, counted only beside a care cue
	classInstrTrade = wordSetTab("nitrates nitratos steroids")
	// two-word classes: the head after a modifier
	classInstrHeads = wordSetTab("thinners thinner pills")
	classInstrMods  = wordSetTab("blood water")
	classInstrFill  = wordSetTab("your any the other all more these those su sus los las el otros otras algun algunos ningun")
	classInstrVerbs = wordSetTab("avoid stop stopping taking mix mixing combine combining use using " +
		"tome tomar toma tomando tomas evite evitar suspenda suspender mezcle mezclar combine combinar use usar")
	classInstrNeg   = wordSetTab("not never don't dont no nunca")
	classInstrOnPre = wordSetTab("while are you're youre")
	hTake, hOn      = hstr("take"), hstr("on")
	classCareCue    = wordSetTab("medication medications medicine medicines meds provider doctor pharmacist prescription prescribed " +
		"dose doses heart chest cardiologist procedure surgery viagra cialis sildenafil tadalafil " +
		"medicamento medicamentos medicina receta medico doctora farmaceutico dosis corazon cirugia cardiologo")
	// classInstrFilter: the words scanClassInstruction starts from (a class
	// noun or a two-word class's head); a field with none of them is left
	// at once by its notice-level bit fb2ClassIns (tokfilter.go), and a
	// token outside the filter skips the two map lookups (helper SPEED12B;
	// TestClassInstrFilter)
	classInstrFilter = tabsFilter(classInstrNouns, classInstrHeads)
)

// scanClassInstruction reports compose.class_instruction.
func (s *scanner) scanClassInstruction() {
	if s.fbAll2&fb2ClassIns == 0 { // no class noun or head in the field (tokfilter.go)
		return
	}
	s.scanClassInstructionOn()
}

// scanClassInstructionOn is scanClassInstruction past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanClassInstructionOn() {
	n := len(s.toks)
	for k := 1; k < n; k++ {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || !classInstrFilter.may(t.h) || s.used[k] {
			continue
		}
		a := k
		switch {
		case classInstrNouns.get(t.h):
		case classInstrHeads.get(t.h) && !t.sent && s.gap(k) == " " && classInstrMods.get(s.toks[k-1].h):
			a = k - 1
		default:
			continue
		}
		if k+2 < n && s.toks[k+1].low == "for" && s.toks[k+2].low == "granted" { // "stop taking painkillers for granted"
			continue
		}
		if !s.classInstrFrame(a) || classInstrTrade.get(t.h) && !s.classCare() {
			continue
		}
		s.addTok(a, k, KindMedication, "compose.class_instruction", 0.75, "names a drug class in an instruction to the reader about taking it")
	}
}

// classInstrFrame: an instruction verb before token a, within two filler
// words, in the same sentence.
func (s *scanner) classInstrFrame(a int) bool {
	v := a - 1
	for f := 0; f < 2 && v > 0 && classInstrFill.get(s.toks[v].h); f++ {
		v--
	}
	for x := v + 1; x <= a; x++ {
		if s.toks[x].sent {
			return false
		}
	}
	if s.toks[v].cls&tAlpha == 0 {
		return false
	}
	h := s.toks[v].h
	switch {
	case classInstrVerbs.get(h):
		return true
	case h == hTake:
		// "do not take", "don't take", "never take"
		for p := v - 1; p >= 0 && p >= v-2; p-- {
			if classInstrNeg.get(s.toks[p].h) || s.toks[p].low == "t" {
				return true
			}
			if s.toks[p+1].sent {
				break
			}
		}
	case h == hOn:
		return v > 0 && !s.toks[v].sent && classInstrOnPre.get(s.toks[v-1].h)
	}
	return false
}

// classCare: a care word anywhere in the field.
func (s *scanner) classCare() bool {
	for k := range s.toks {
		if classCareCue.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
