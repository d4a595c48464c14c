package guard

import "strings"

// testverdict.go — a test's verdict given to the reader (issue 15, tenth
// pass, helper MISS10B, dev64-leak-083: "Resultado de su prueba rápida de
// COVID-19 tomada hoy en Farmacias Benítez Ponce: POSITIVO. Aíslese por 5
// días").
//
// "COVID-19" after "prueba de" is an ambiguous term without a health cue
// the frame reads, and a bare "your test result" is no clinical term; the
// verdict is what tells the reader about their body. Rule
// compose.test_verdict (kind lab_test) reports a verdict word (positive,
// negative, detected, reactive, nonreactive, positivo/a, negativo/a,
// detectado/a, reactivo/a) that
//
//   - ends its phrase: punctuation or the end of the notice after it, or
//     "for"/"para" ("tested positive for"), so "positive reviews",
//     "negative balance" and "POSITIVE to go" are no verdicts;
//   - follows a colon or dash, or its own verb or negation (is, was,
//     came back, tested, resultó, salió, dio, no, not), so "feedback:
//     overwhelmingly positive" is no verdict;
//   - has a test word at most twelve words before it in its sentence
//     (test, tests, tested, result, results, screen, screening, swab, lab,
//     labs, prueba, pruebas, resultado, resultados, resultó, hisopado,
//     examen, análisis), not "test drive", "test kitchen", "test run";
//   - and a reader's word (recipientWords: your, you, su, tu, usted …) in
//     the same sentence or the one before.
//
// Passes: "Free COVID-19 rapid testing this Saturday" (no verdict), "Build
// #4812 test results: 212 passed, 0 failed" (no verdict word), "500
// positive reviews" (a noun after it), "Resultado del sorteo" (no verdict).
// Accepted risk: "your A/B test came back positive." in a product notice
// is blocked (fail closed).
//
// Speed: runs from scanReaderSlots (readerslots.go) at a verdict word only.

var (
	testVerdictFirst = wordSetTab("positive negative detected reactive nonreactive positivo positiva negativo negativa detectado detectada reactivo reactiva")
	testVerdictTest  = wordSetTab("test tests tested testing result results screen screening swab prueba pruebas resultado resultados resulto resultó hisopado examen lab labs analisis análisis")
	testVerdictAfter = wordSetTab("for para")
	// a verdict's own verb or negation right before it: "came back
	// positive", "is reactive", "resultó no reactivo", "not detected"
	testVerdictPrev = wordSetTab("is was were are be back tested resulted es fue salio salió dio resulto resultó no not non")
	// "test drive", "test kitchen", "taste test" are no lab tests
	testVerdictNotTest = wordSetTab("drive drives kitchen kitchens ride rides flight flights run runs market markets batch print prep score scores")
)

// testVerdict: token i is a verdict word.
func (s *scanner) testVerdict(i int) {
	n := len(s.toks)
	if k := i + 1; k < n && !s.toks[k].sent {
		g := s.gap(k)
		if !(testVerdictAfter.get(s.toks[k].h) && g == " ") && !strings.ContainsAny(g, ".,;:!?)\n") {
			return
		}
	}
	if i == 0 || !strings.ContainsAny(s.gap(i), ":-=—–") && !testVerdictPrev.get(s.toks[i-1].h) {
		return // "feedback: overwhelmingly positive"
	}
	lo, _ := s.sentSpan(i)
	test := false
	for k := i - 1; k >= lo && k >= i-12; k-- {
		if testVerdictTest.get(s.toks[k].h) && !(k+1 < i && testVerdictNotTest.get(s.toks[k+1].h)) {
			test = true
			break
		}
	}
	if !test {
		return
	}
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k <= i; k++ {
		if recipientWords.get(s.toks[k].h) {
			s.addTok(i, i, KindLabTest, "compose.test_verdict", 0.7, "gives the verdict of the reader's test")
			return
		}
	}
}
