package guard

// imagingfind.go: a finding in an organ on the reader's results (issue 15,
// seventeenth pass, fix helper recall17b, dev96's recall family, probe set
// dev99r, 2026-12-06), rule compose.imaging_finding, kind condition.
//
// "PinkRoute: sus resultados muestran una masa en la mama izquierda"
// passed: masa and mama are ordinary Spanish words (a mass; a mum), and the
// sentence names no test the vocabulary knows. A finding noun (mass, lump,
// nodule, cyst, lesion, tumour, shadow, opacity, calcifications; masa,
// bulto, nódulo, quiste, lesión, tumor, sombra, opacidad, calcificaciones)
// followed by in/on/en, an optional article or possessive, and an organ
// (breast, lung, thyroid, liver, kidney, ovary, prostate, testicle,
// pancreas, brain, armpit; mama, seno, pecho, pulmón, tiroides, hígado,
// riñón, ovario, próstata, testículo, páncreas, cerebro, axila) is a
// result, and so is a finding noun with an organ word before it ("lung
// nodule", "renal cyst") or an organ adjective after it ("nódulo
// tiroideo", "masa mamaria"); with a reader's word in its sentence or the one before
// (readerNear, woundcare.go) it is the reader's.
//
// Passes: "A lump in the breast should always be checked" (no reader's
// word), "If you find a lump in your breast, call us" and "Si nota un bulto
// en la mama, consulte" (a condition word — if, si, any, cualquier — before
// the noun in its sentence: advice to anyone). Reader-tied
// (readerTiedRule). Gated on fb3ImagingFind (tokfilter.go).
var (
	ifNoun = wordSetTab("mass masses lump lumps nodule nodules cyst cysts lesion lesions tumour tumor shadow opacity calcifications calcification " +
		"masa masas bulto bultos nodulo nodulos quiste quistes lesion lesiones tumor tumores sombra opacidad calcificaciones")
	ifPrep  = wordSetTab("in on en")
	ifArt   = wordSetTab("the your her his a la el su tu sus tus una un")
	ifSide  = wordSetTab("left right both izquierda derecha izquierdo derecho ambas ambos")
	ifOrgan = wordSetTab("breast breasts lung lungs thyroid liver kidney kidneys ovary ovaries prostate testicle testicles pancreas brain armpit " +
		"mama mamas seno senos pecho pulmon pulmones tiroides higado rinon rinones ovario ovarios prostata testiculo testiculos cerebro axila")
	ifIf = wordSetTab("if any si cualquier")
	// ifOrganMod: an organ word before an English finding noun ("lung
	// nodule", "renal cyst") and an organ adjective after a Spanish one
	// ("nódulo tiroideo", "masa mamaria")
	ifOrganMod = wordSetTab("breast lung thyroid liver kidney renal hepatic ovarian adrenal pulmonary pancreatic testicular prostate prostatic " +
		"mamaria mamario tiroideo tiroidea pulmonar hepatica hepatico renal ovarica ovarico suprarrenal pancreatica pancreatico testicular prostatica prostatico")
)

// ifStartFilter: the words scanImagingFind starts from (fb3ImagingFind).
var ifStartFilter = tabsFilter(ifNoun)

// scanImagingFind: see the file comment.
func (s *scanner) scanImagingFind() {
	if s.fbAll3&fb3ImagingFind == 0 { // no finding noun in the field (tokfilter.go)
		return
	}
	s.scanImagingFindOn()
}

// scanImagingFindOn is scanImagingFind past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanImagingFindOn() {
	for i := range s.toks {
		if !ifNoun.get(s.toks[i].h) {
			continue
		}
		a, j := i, s.ifOrganAfter(i)
		if j < 0 && i+1 < len(s.toks) && !s.toks[i+1].sent && ifOrganMod.get(s.toks[i+1].h) {
			j = i + 1 // "nódulo tiroideo"
		}
		if j < 0 && i > 0 && !s.toks[i].sent && ifOrganMod.get(s.toks[i-1].h) {
			a, j = i-1, i // "lung nodule"
		}
		if j < 0 || s.ifConditional(i) || !s.readerNear(i) {
			continue
		}
		s.addTok(a, j, KindCondition, "compose.imaging_finding", 0.75, "names a finding in an organ on the reader's results")
	}
}

// ifOrganAfter: the organ token of "<noun> in [the] [left] <organ>" after
// token i, or -1.
func (s *scanner) ifOrganAfter(i int) int {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].sent || !ifPrep.get(s.toks[k].h) {
		return -1
	}
	k++
	for n := 0; n < 2 && k < len(s.toks) && !s.toks[k].sent && (ifArt.get(s.toks[k].h) || ifSide.get(s.toks[k].h)); n++ {
		k++
	}
	if k < len(s.toks) && !s.toks[k].sent && ifOrgan.get(s.toks[k].h) {
		return k
	}
	return -1
}

// ifConditional: a condition word before token i in its sentence.
func (s *scanner) ifConditional(i int) bool {
	lo, _ := s.sentSpan(i)
	for k := lo; k < i; k++ {
		if ifIf.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
