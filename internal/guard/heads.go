package guard

// Device and supply heads (issue 15, third pass): a device or supply word
// that is ordinary on its own ("pump", "monitor", "supplies", "bed") names
// medical equipment when a clinical modifier comes before it ("insulin
// pump", "glucose monitor", "ostomy supplies", "hospital bed") or, in
// Spanish, after it through "de" ("bomba de insulina", "silla de ruedas",
// "medias de compresión"). The modifier is a word of a fixed set, a body
// part, or a word of the built-in clinical vocabularies; a word in no
// vocabulary before a head only equipment takes ("Xyz nebulizer" is caught
// by the lists) is left to the frame detector.

var (
	deviceHeads = wordSetTab("pump pumps monitor monitors supplies supply meter meters strips implant implants stockings " +
		"brace braces bed beds lift sensor sensors machine machines mask masks tubing catheter catheters reader " +
		"concentrator tank tanks kit kits splint boot collar pen pens needles lancets " +
		// issue 15, fifth pass (dev19): "blood pressure cuff", "BP cuff"
		"cuff cuffs")
	// after a body part only these ("knee brace", "hip implant"; not "eye mask")
	bodyDeviceHeads = wordSetTab("implant implants monitor monitors brace braces splint pump pumps")
	deviceModifiers = wordSetTab("insulin glucose breast oxygen dental cochlear hearing hospital compression ostomy colostomy " +
		"ileostomy urostomy diabetic diabetes infusion feeding cpap bipap apnea incontinence urinary " +
		"heart cardiac holter nebulizer suction tens mobility wheelchair orthopedic orthotic prosthetic catheter " +
		"dialysis enteral respiratory inhaler epinephrine ekg ecg glucometer cgm ketone pulse oximeter bp")
	// Spanish heads written first, then "de" and the modifier
	deviceHeadsES     = wordSetTab("bomba bombas pluma plumas medias silla sillas monitor tiras suministros cama camas equipo aparato aparatos sensor sensores agujas lancetas")
	deviceModifiersES = wordSetTab("insulina glucosa compresion ruedas oxigeno hospital ostomia colostomia diabetes diabeticos presion " +
		"apnea incontinencia dialisis succion inhalacion")
	// "aparato auditivo", "silla ruedas" without "de" is rare; these
	// adjectives follow the head directly
	deviceAdjES = wordSetTab("auditivo auditivos ortopedico ortopedica ortopedicos ortopedicas hospitalaria hospitalarias reactivas")
)

var hPressure = hstr("pressure")

// deviceHead reports a device phrase ending or starting at token i and
// returns its first and last token.
func (s *scanner) deviceHead(i int) (int, int, bool) {
	n := len(s.toks)
	h := s.toks[i].h
	dw := s.tp[i]
	if dw&(tpDevice|tpDeviceES) == 0 {
		return 0, 0, false
	}
	if dw&tpDevice != 0 && i > 0 && s.gap(i) == " " && !s.used[i-1] {
		m := i - 1
		mh := s.toks[m].h
		if mh == hPressure && m > 0 && s.low(m-1) == "blood" && s.gap(m) == " " { // "blood pressure monitor"
			return m - 1, i, true
		}
		if deviceModifiers.get(mh) || bodyParts.get(mh) && bodyDeviceHeads.get(h) || s.clinicalWord(m) {
			return m, i, true
		}
	}
	if dw&tpDeviceES != 0 && i+1 < n && s.gap(i+1) == " " {
		if deviceAdjES.get(s.toks[i+1].h) && !s.used[i+1] {
			return i, i + 1, true
		}
		if s.low(i+1) == "de" && i+2 < n && s.gap(i+2) == " " && !s.used[i+2] && deviceModifiersES.get(s.toks[i+2].h) {
			return i, i + 2, true
		}
	}
	return 0, 0, false
}

// clinicalWord: token m is a word of the built-in clinical vocabularies
// (not an ambiguous one).
func (s *scanner) clinicalWord(m int) bool {
	w := s.toks[m].w
	if w == nil {
		return false
	}
	for _, p := range w.phrases {
		if p.class == pClinical && p.flags&(fAmbig|fUpper|fExact) == 0 && len(p.toks) == 1 {
			return true
		}
	}
	return false
}

// deviceHeadWord: the equipment word of the phrase a..b, for the reason
// (always a word of the fixed head lists, never other text).
func deviceHeadWord(s *scanner, a, b int) string {
	if deviceHeadsES.get(s.toks[a].h) {
		return s.toks[a].low
	}
	return s.toks[b].low
}

// Lab tests by analyte (issue 15, third pass): "potassium level", "iron
// studies", "urine sample", "cell count", "cortisol test"; Spanish
// "nivel de potasio", "muestra de orina". The modifier is a body fluid or
// a common analyte of a fixed list; the head a test word. "Your loyalty
// level", "free sample", "step count" pass.
var (
	labHeads = wordSetTab("level levels test tests testing panel count counts study studies result results reading readings " +
		"sample samples specimen culture")
	// samples only of a body fluid ("free vitamin samples" pass)
	sampleHeads  = wordSetTab("sample samples specimen culture")
	labFluids    = wordSetTab("urine stool saliva sputum semen")
	labModifiers = wordSetTab("urine stool saliva sputum semen potassium sodium calcium iron ferritin glucose cholesterol " +
		"hormone thyroid estrogen estradiol testosterone progesterone magnesium hemoglobin platelet platelets cell " +
		"creatinine lipid lipids insulin cortisol vitamin psa hcg troponin bilirubin albumin urea uric " +
		"electrolyte electrolytes a1c ldl hdl triglyceride triglycerides folate b12")
	labHeadsES     = wordSetTab("nivel niveles prueba pruebas muestra muestras conteo recuento analisis cultivo")
	labModifiersES = wordSetTab("potasio sodio calcio hierro ferritina glucosa colesterol hormona hormonas tiroides " +
		"estrogeno estradiol testosterona progesterona magnesio hemoglobina plaquetas creatinina lipidos insulina " +
		"cortisol orina heces sangre saliva esputo semen vitamina trigliceridos acido urico")
)

// labHead reports a lab test phrase ending (English) or starting
// (Spanish) at token i.
func (s *scanner) labHead(i int) (int, int, bool) {
	lw := s.tp[i]
	if lw&(tpLab|tpLabES) == 0 {
		return 0, 0, false
	}
	if lw&tpLab != 0 && i > 0 && s.gap(i) == " " && !s.used[i-1] && labModifiers.get(s.toks[i-1].h) &&
		(!sampleHeads.get(s.toks[i].h) || labFluids.get(s.toks[i-1].h)) {
		return i - 1, i, true
	}
	n := len(s.toks)
	if lw&tpLabES != 0 && i+2 < n && s.low(i+1) == "de" && s.gap(i+1) == " " && s.gap(i+2) == " " && !s.used[i+2] && labModifiersES.get(s.toks[i+2].h) {
		return i, i + 2, true
	}
	return 0, 0, false
}

// labHeadWord: the test word of the phrase a..b, for the reason (a word of
// the fixed head lists).
func labHeadWord(s *scanner, a, b int) string {
	if labHeadsES.get(s.toks[a].h) {
		return s.toks[a].low
	}
	return s.toks[b].low
}
