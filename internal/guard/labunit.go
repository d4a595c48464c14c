package guard

// labunit.go: a lab value written with its concentration unit in a
// sentence about the reader's result (issue 15, ninth pass, helper
// MISS9B, dev59-leak-030).
//
// "Your child's lead screening result (6 ug/dL) is available" names no
// analyte scanVitals (vitals.go) reads ("lead" is an ordinary word), yet a
// value in a unit of concentration — a mass or an amount per volume:
// ug/dL, mcg/dL, mg/dL, g/dL, ng/mL, pg/mL, mmol/L, umol/L, mEq/L, IU/L,
// U/L — measures a body fluid: no goods are sold per decilitre. labUnit
// reports it (rule clinical.lab_value, kind lab_test) when its sentence
// also holds a result word (result, level, reading, value, resultado,
// nivel…) and a reader's word (your, you, su, tu…: recipientWords):
// "Your glucose result (182 mg/dL) is ready", "Your potassium result of
// 5.9 mmol/L needs follow-up", "Su resultado de glucosa (182 mg/dL)".
// A meter's range ("reads from 20 to 600 mg/dL"), a supplement's dose
// ("25 ug of vitamin D": no volume) and a sentence with no reader's word
// pass.
//
// Accepted risk: a sentence of education said to the reader with a result
// word ("Your result should stay below 100 mg/dL") is reported (a
// fail-closed finding).
//
// Speed: scanVitals calls it only on a digit token followed by a word and
// a "/" (two byte tests), so clean text pays nothing more.

var (
	// labUnitNum: the numerator of a concentration unit
	labUnitNum = wordSetTab("ug mcg mg g ng pg mmol umol nmol meq iu miu u")
	// labUnitDen: its denominator (a volume)
	labUnitDen = wordSetTab("dl l ml")
	// labResultWords: a sentence about a result
	labResultWords = wordSetTab("result results level levels reading readings value values screening resultado resultados nivel niveles valor valores")
)

// labUnit: token i is a number followed by a concentration unit in a
// sentence about the reader's result; it reports it and returns the last
// token of the unit, or i.
func (s *scanner) labUnit(i int) int {
	n := len(s.toks)
	if i+2 >= n || s.toks[i].cls&tAlpha != 0 || s.gap(i+2) != "/" || !labUnitNum.get(s.toks[i+1].h) || !labUnitDen.get(s.toks[i+2].h) {
		return i
	}
	if g := s.gap(i + 1); g != " " && g != "" || s.used[i] {
		return i // already reported (a vital: "glucose result (182 mg/dL)")
	}
	lo, hi := s.sentSpan(i)
	result, reader := false, false
	for k := lo; k < hi; k++ {
		result = result || labResultWords.get(s.toks[k].h)
		reader = reader || recipientWords.get(s.toks[k].h)
	}
	if !result || !reader {
		return i
	}
	a := i
	if i >= 1 && s.gap(i) == "." && s.toks[i-1].cls&tDigit != 0 {
		a = i - 1 // "5.9 mmol/L"
	}
	s.addTok(a, i+2, KindLabTest, "clinical.lab_value", 0.8, "a lab value with its unit in the reader's result")
	return i + 2
}
