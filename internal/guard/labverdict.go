package guard

import "strings"

// labverdict.go — a lab test named by its abbreviation, with its verdict,
// given to the reader (issue 15, twelfth pass, helper RECALL12B,
// dev74-leak-055: "Your ANA came back positive (1:640, speckled). Please
// schedule a follow-up.").
//
// "ANA" is a given name and an airline; compose.test_verdict
// (testverdict.go) wants a test word ("test", "results", "prueba") before
// the verdict, and its phrase must end at punctuation, so "positive
// (1:640" is no verdict there. Rule compose.lab_abbr_verdict (kind
// lab_test) reports the span from the abbreviation to the verdict when
//
//   - a verdict word (positive, negative, reactive, nonreactive, abnormal,
//     elevated, positivo/a, negativo/a, reactivo/a, anormal, elevado/a)
//     ends its phrase: punctuation, a parenthesis (a titre or a pattern
//     follows: "(1:640, speckled)") or the end of the notice after it;
//   - one to three verb words stand right before it (came back, was, is,
//     has come back, salió, resultó, dio, fue, volvió);
//   - before them, after at most two qualifier words (titer, level, test,
//     panel, screen, antibody…), an abbreviation: one token of 2 to 6
//     characters, all its letters capitals, not only digits, that opens
//     no sentence;
//   - and a reader's possessive (your, su, sus, tu, tus) right before it.
//
// The same abbreviation with its titre (rule compose.lab_abbr_verdict too):
// a titre word (titer, titre, titers, titres) right after the reader's
// possessive and the abbreviation, then, at most two words on (is, was, of,
// at), a ratio "1:N": "Your ANA titer is 1:320". "titer" is not listed: a
// new word of the clinical lists moved the letter-shape model (shape.go)
// and cost wn-dev a drug.
//
// Passes: "Our survey came back positive" (no reader's word, no
// capitals), "Your feedback came back positive" (no abbreviation), "Your
// ANA Airlines miles are positive news" (no verb before the verdict), "Your
// NPS was positive reviews" (a noun after the verdict). Accepted risk:
// "Your KPI came back positive." in a business notice is blocked (fail
// closed). Speed: runs from scanReaderSlots (readerslots.go) at a verdict
// word only; no allocation.

var (
	labAbbrVerdictFirst  = wordSetTab("positive negative reactive nonreactive abnormal elevated positivo positiva negativo negativa reactivo reactiva anormal elevado elevada")
	labAbbrVerdictVerb   = wordSetTab("came back come comes has have had was is were are been salio salió resulto resultó dio ha han fue es volvio volvió")
	labAbbrVerdictQual   = wordSetTab("titer titre titers titres level levels test tests panel screen antibody antibodies result results")
	labAbbrVerdictReader = wordSetTab("your su sus tu tus")
	labTitreFirst        = wordSetTab("titer titre titers titres")
	labTitreLink         = wordSetTab("is was of at")
	hOne                 = hstr("1")
)

// labAbbrVerdict: token i is one of labAbbrVerdictFirst; reports whether
// it added a finding.
func (s *scanner) labAbbrVerdict(i int) bool {
	n := len(s.toks)
	if k := i + 1; k < n && !s.toks[k].sent && !strings.ContainsAny(s.gap(k), ".,;:!?()\n") {
		return false // "positive reviews"
	}
	k := i - 1
	for k >= 0 && k >= i-3 && !s.toks[k+1].sent && labAbbrVerdictVerb.get(s.toks[k].h) {
		k--
	}
	if k == i-1 || k < 1 || s.toks[k+1].sent {
		return false
	}
	for q := 0; q < 2 && k >= 1 && !s.toks[k].sent && labAbbrVerdictQual.get(s.toks[k].h); q++ {
		k--
	}
	if k < 1 || s.toks[k].sent || !labAbbrTok(&s.toks[k]) || !labAbbrVerdictReader.get(s.toks[k-1].h) {
		return false
	}
	s.addTok(k, i, KindLabTest, "compose.lab_abbr_verdict", 0.7, "gives the verdict of the reader's test named by its abbreviation")
	return true
}

// labAbbrTok: a token of 2 to 6 characters, its letters all capitals, not
// only digits ("ANA", "RF", "HLA-B27" is two tokens and listed).
func labAbbrTok(t *token) bool {
	l := int(t.e - t.s)
	return l >= 2 && l <= 6 && t.cls&tUpper != 0 && int(t.nd) < l
}

// labTitre: token i is one of labTitreFirst.
func (s *scanner) labTitre(i int) {
	n := len(s.toks)
	if i < 2 || s.toks[i].sent || s.toks[i-1].sent || !labAbbrTok(&s.toks[i-1]) || !labAbbrVerdictReader.get(s.toks[i-2].h) {
		return
	}
	k := i + 1
	for q := 0; q < 2 && k < n && !s.toks[k].sent && labTitreLink.get(s.toks[k].h); q++ {
		k++
	}
	if k+1 >= n || s.toks[k].sent || s.toks[k].h != hOne || s.gap(k+1) != ":" || s.toks[k+1].cls&tDigit == 0 {
		return
	}
	s.addTok(i-1, k+1, KindLabTest, "compose.lab_abbr_verdict", 0.7, "gives the titre of the reader's test named by its abbreviation")
}
