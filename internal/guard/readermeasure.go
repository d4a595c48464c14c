package guard

// readermeasure.go: a measurement with its unit on the reader's own
// result (issue 15, seventeenth pass, fix helper recall17b, dev96's
// recall family, probe set dev99r, 2026-12-06), rule
// compose.reader_measure, kind lab_test.
//
// "BreatheFree: tu lectura de monóxido de carbono hoy fue de 18 ppm" and
// "Harbourview: Hb 9.2 g/dL on your last FBC" passed: the test's name was
// Spanish or a British abbreviation, and the value a bare number. A number
// followed by a laboratory or clinical unit is a measurement of someone;
// with a reader's word (recipientWords: your, you, tu, su, …) in its
// sentence or the one before (readerNear, woundcare.go) it is the
// reader's. scanReaderMeasure reports the number and its unit when:
//   - the unit is a concentration or rate written with a slash: mmol,
//     µmol, pmol, nmol, g, mg, µg, mcg, ng, pg, IU, U, mIU, mEq, mL, L
//     over L, dL, mL, mol or min ("5.9 mmol/L", "9.2 g/dL", "48 mmol/mol",
//     "62 mL/min", "280 L/min"); a drug's strength (mg/mL, g/mL, mcg/mL)
//     is not a measurement of the reader and passes;
//   - or the unit is mmHg, or ppm with a breath or carbon-monoxide word
//     (CO, monoxide, carbon, breath, exhaled, espirado, aliento, smoking…)
//     in the sentence or the one before (ppm alone is an air or water
//     reading: "indoor CO2 reached 1200 ppm").
//
// Passes: a target in the sentence (target, aim, goal, should, ideally,
// healthy; objetivo, meta, debería, ideal, saludable): "aim to keep your
// glucose between 4 and 7 mmol/L"; "Readings above 10 ppm usually mean recent smoking" (no reader's
// word), "a fasting glucose of 4 to 7 mmol/L is the usual target" (no
// reader's word: the rule adds nothing there), "your water hardness is 120
// ppm" (no breath word), "oral solution 5 mg/mL". Reader-tied
// (readerTiedRule). Gated on fb3ReaderMeasure (the unit's first word, tokfilter.go).
var (
	rmSlashFirst = wordSetTab("mmol umol pmol nmol g mg ug mcg ng pg iu u miu meq mu ml l")
	rmSlashOver  = wordSetTab("l dl ml mol min")
	rmStrength   = wordSetTab("g mg ug mcg")
	rmAlone      = wordSetTab("ppm mmhg")
	// rmTarget: a target for everyone, not a reading ("keep your glucose
	// between 4 and 7 mmol/L", "your CO should be under 10 ppm")
	rmTarget = wordSetTab("target targets aim goal should ideally healthy objetivo meta deberia debe ideal saludable")
	rmBreath = wordSetTab("co monoxide monoxido carbon carbono breath exhaled espirado exhalado aliento smokerlyzer smoking smoker fumar fumador fumadora cigarette cigarettes cigarrillo cigarrillos tabaco")
)

// rmStartFilter: the words scanReaderMeasure starts from (fb3ReaderMeasure).
var rmStartFilter = tabsFilter(rmSlashFirst, rmAlone)

// scanReaderMeasure: see the file comment.
func (s *scanner) scanReaderMeasure() {
	if s.fbAll3&fb3ReaderMeasure == 0 { // no unit word in the field (tokfilter.go)
		return
	}
	s.scanReaderMeasureOn()
}

// scanReaderMeasureOn is scanReaderMeasure past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanReaderMeasureOn() {
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if s.toks[i-1].cls&tDigit == 0 || t.sent {
			continue
		}
		j := i
		switch {
		case rmAlone.get(t.h):
			if t.low == "ppm" && !s.rmBreathNear(i) {
				continue
			}
		case rmSlashFirst.get(t.h):
			if i+1 >= len(s.toks) || s.gap(i+1) != "/" || !rmSlashOver.get(s.toks[i+1].h) {
				continue
			}
			if s.toks[i+1].low == "ml" && rmStrength.get(t.h) {
				continue // a drug's strength: "5 mg/mL"
			}
			j = i + 1
		default:
			continue
		}
		if !s.readerNear(i) || s.wholeSentenceHas(i, &rmTarget) {
			continue
		}
		a := i - 1
		if a > 0 && s.toks[a-1].cls&tDigit != 0 && (s.gap(a) == "." || s.gap(a) == ",") {
			a-- // "9.2", "10,4"
		}
		s.addTok(a, j, KindLabTest, "compose.reader_measure", 0.75, "gives a measurement with its unit on the reader's own result")
	}
}

// rmBreathNear: a breath or carbon-monoxide word in token i's sentence or
// the one before.
func (s *scanner) rmBreathNear(i int) bool {
	lo, hi := s.sentSpan(i)
	if lo > 0 {
		lo, _ = s.sentSpan(lo - 1)
	}
	for k := lo; k < hi; k++ {
		if rmBreath.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
