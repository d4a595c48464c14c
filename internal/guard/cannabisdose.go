package guard

// cannabisdose.go: compose.cannabinoid_dose (medication), fix helper
// fix108 (issue 15, twenty-first pass round two; dev108, 2026-12-06).
//
// A medical-cannabis dispensary tells the reader what they bought: "Your
// order of 3.5 g Harlequin CBD-dominant flower and 10 mg THC tinctures is
// ready at the counter" passed (THC and CBD are in no list: hemp shops sell
// CBD balm to everyone). A cannabinoid with its dose in the reader's order
// is the reader's medication.
//
// Reported: THC, CBD, CBN or CBG (cdCannabinoid) right after a dose (a
// number and a unit: mg, g, ml, %… as doseUnitAt reads it; "10 mg THC",
// "5mg CBD") or right before one ("THC 10 mg"), in a sentence holding a
// reader's word (your, you, tu, tus, su, sus). "New in store: CBD-infused
// lip balm" (no dose), "All 10 mg THC gummies are 20% off this weekend"
// (no reader's word) and "CBD (central business district) store" pass.
//
// Tied to the reader (readerTiedRule).
var (
	cdCannabinoid = wordSetTab("thc cbd cbn cbg")
	cdReader      = wordSetTab("your you youre tu tus su sus")
)

// scanCannabinoidDose runs compose.cannabinoid_dose at its start words.
func (s *scanner) scanCannabinoidDose() {
	if s.p20&p20Cannabis == 0 { // no cannabinoid word (pass20gate.go)
		return
	}
	s.scanCannabinoidDoseOn()
}

// scanCannabinoidDoseOn is scanCannabinoidDose past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanCannabinoidDoseOn() {
	n := len(s.toks)
	for i := range s.toks {
		if !cdCannabinoid.get(s.toks[i].h) || s.used[i] {
			continue
		}
		a, b := -1, -1
		// "10 mg THC": the unit right before (one space or none)
		if i >= 2 && len(s.gap(i)) <= 1 && s.toks[i-2].cls&tDigit != 0 && s.doseUnitAt(i-2) == i-1 {
			a, b = i-2, i
		}
		if a < 0 && i >= 4 && len(s.gap(i)) <= 1 && s.toks[i-4].cls&tDigit != 0 && s.doseUnitAt(i-4) == i-1 {
			a, b = i-4, i // "2.5 mg THC"
		}
		if a < 0 && i+2 < n && s.toks[i+1].cls&tDigit != 0 && len(s.gap(i+1)) <= 1 {
			if u := s.doseUnitAt(i + 1); u > 0 {
				a, b = i, u // "THC 10 mg"
			}
		}
		if a < 0 {
			continue
		}
		lo, hi := s.sentSpan(i)
		reader := false
		for k := lo; k < hi && !reader; k++ {
			reader = cdReader.get(s.toks[k].h)
		}
		free := true
		for k := a; k <= b; k++ {
			free = free && !s.used[k]
		}
		if reader && free {
			s.addTok(a, b, KindMedication, "compose.cannabinoid_dose", 0.8, reasonFor(KindMedication))
		}
	}
}
