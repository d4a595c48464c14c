package guard

// clinscore.go — a named clinical score with a value (issue 15,
// fourteenth pass, helper RECALL14, probe set dev80r, from dev78's seed
// "your Oswestry disability score improved from 42% to 28%"): rule
// compose.clinical_score, kind lab_test.
//
// The outcome measures of rehabilitation, mental health and memory care
// (Oswestry, ODI, NDI, LEFS, QuickDASH, KOOS, WOMAC, PSFS, MMSE, SLUMS,
// EPDS; PHQ-9/PHQ-2, GAD-7; DASH and MoCA written in capitals or mixed
// case; Berg before balance, score or test) are read when a number
// follows the name in its sentence (within eight words; the name's own
// digit, PHQ-9's 9, is not the value) and a reader's word or a person
// word (personNear: your, su, mom, dad, his…) is near. "Final score: 3-2",
// "your credit score", "Our satisfaction score improved from 82% to 91%"
// pass (no named measure); "a dash of cinnamon", "café moca" pass (lower
// case); DASH and MoCA also need a score word in the sentence (score,
// index, puntuación, puntaje: "your DASH diet cookbook, 2 copies" passes).
//
// Red-team tightening (red14b, dev81x): "Berg balance" needs a score
// word or test after it ("Berg balance bike for your toddler" passes,
// "Your Berg balance score is 48/56" stays); Oswestry, a town, needs
// "disability" after it or a score word in its sentence ("Your order from
// our Oswestry shop ships in 2 days" passes).
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at its first words.

var (
	clinScoreFirst = wordSetTab("oswestry odi ndi lefs quickdash koos womac psfs mmse slums epds phq gad dash berg moca")

	// clinScoreCaps: names that are everyday words or a coffee in lower
	// case; read only in capitals (DASH, GAD) or capitalised (Berg, MoCA)
	clinScoreCaps  = wordSetTab("dash gad berg moca odi ndi")
	clinScoreDigit = wordSetTab("phq gad")
	clinScoreBerg  = wordSetTab("balance score test")
	clinScoreWord  = wordSetTab("score scores puntuacion puntaje index indice resultado")
	hClinBerg      = hstr("berg")
	hClinMoca      = hstr("moca")
	hClinDash      = hstr("dash")
	hClinGad       = hstr("gad")
	hClinBalance   = hstr("balance")
	hClinOswestry  = hstr("oswestry")
	hClinDisab     = hstr("disability")
	// clinScoreBergAfter: what follows "Berg balance" in a score
	clinScoreBergAfter = wordSetTab("score scores scale test testing assessment puntuacion puntaje")
)

// clinScoreAt: token i is one of clinScoreFirst.
func (s *scanner) clinScoreAt(i int) {
	t := s.toks
	n := len(t)
	h := t[i].h
	_, hi := sentenceSpan(t, i)
	if clinScoreCaps.get(h) {
		switch h {
		case hClinDash, hClinGad:
			if t[i].cls&tUpper == 0 {
				return
			}
		default:
			if t[i].cls&(tCap|tUpper) == 0 {
				return
			}
		}
	}
	to := i
	if clinScoreDigit.get(h) {
		if i+1 >= n || t[i+1].cls&tDigit == 0 || s.gap(i+1) != "-" && s.gap(i+1) != "" && s.gap(i+1) != " " {
			return
		}
		to = i + 1
	}
	if h == hClinBerg && (i+1 >= n || !clinScoreBerg.get(t[i+1].h)) {
		return
	}
	if h == hClinBerg && t[i+1].h == hClinBalance && (i+2 >= n || !clinScoreBergAfter.get(t[i+2].h)) {
		return // "Berg balance bike"
	}
	if h == hClinOswestry && !(i+1 < n && t[i+1].h == hClinDisab) && !s.wholeSentenceHas(i, &clinScoreWord) {
		return // a town: "our Oswestry shop"
	}
	if (h == hClinMoca || h == hClinDash) && !s.wholeSentenceHas(i, &clinScoreWord) {
		return
	}
	value := false
	for k := to + 1; k < hi && k <= to+8; k++ {
		if t[k].cls&tDigit != 0 {
			value = true
			break
		}
	}
	if value && s.personNear(i) {
		s.addTok(i, to, KindLabTest, "compose.clinical_score", 0.7, "names the reader's clinical score")
	}
}
