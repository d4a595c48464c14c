package guard

// Imaging studies and hospital care units by their abbreviations (issue 15,
// fifth pass, dev19): billing lines and portal notices name a study by its
// modality and the region imaged ("CT abdomen/pelvis", "XR knee 3 views",
// "MRI lumbar spine w/o contrast", "RM de rodilla") and a stay by the unit
// ("your NICU stay", "3 days in the CCU", "su estancia en la UCI"). The
// abbreviations alone are ordinary elsewhere ("US shipping", "CT residents",
// "ICU Nights" the series, "OR" the word), so each needs its context:
//
//   - compose.imaging: a modality abbreviation written in capitals (CT,
//     CTA, MRI, MRA, US, XR, PET, DXA, TAC, RM, RX) followed — directly or
//     through "of/de/del/the/la/el/left/right/izquierda/derecha", or a "/"
//     ("PET/CT") — by a body part or region (abdomen, pelvis, chest, head,
//     knee, lumbar…, "abd/pel"), or by a contrast phrase ("w/ contrast",
//     "without contrast", "con contraste");
//   - compose.care_unit: a unit abbreviation in capitals (NICU, PICU, ICU,
//     CCU, CICU, SICU, MICU, CVICU, PACU, UCI, UCIN, UCIP, and "L&D") after
//     your/su or "in/at/from/to the", "en/de/a la", or before a care head
//     (care, stay, visit, admission, charges, bill, copay, days…); ER and
//     ED only before such a head ("Your ER visit"; "Our ER wait times"
//     passes); "urgencias" after "visita/ingreso/estancia/factura… a/en/de".
//
// "OR" is not taken: in capitals it is far more often the conjunction
// ("Reply YES OR NO") than the operating room.
var (
	imagingModalities = wordSetTab("ct cta mri mra us xr pet dxa dexa tac rm rx")
	imagingRegions    = wordSetTab("abdomen abd abdominal pelvis pel pelvic chest head brain orbit orbits sinus sinuses " +
		"knee knees ankle foot feet wrist hand elbow forearm femur tibia humerus lumbar thoracic cervical spine neck hip " +
		"hips shoulder renal kidney kidneys liver thyroid breast breasts carotid aorta extremity extremities cardiac heart " +
		"scrotal scrotum transvaginal obstetric skull leg legs arm arms lung lungs " +
		"torax abdominal pelvica cabeza craneo rodilla cadera hombro columna cuello mano pie tobillo muneca codo mama mamas")
	// after "US" (also the country: "US chest freezers", "US hand
	// sanitizer") only regions no everyday goods are named by
	usRegions   = wordSetTab("abdomen abd abdominal pelvis pel pelvic transvaginal obstetric renal kidney kidneys liver thyroid scrotal scrotum carotid aorta pelvica")
	imagingSkip = wordSetTab("of de del the la el left right bilateral izquierda izquierdo derecha derecho")
	careUnits   = wordSetTab("nicu picu icu ccu cicu sicu micu cvicu pacu uci ucin ucip")
	careUnitsED = wordSetTab("er ed")
	careHeads   = wordSetTab("care stay stays visit visits admission admissions charges charge bill bills billing copay " +
		"days day room physician services discharge discharges transfer paperwork")
	careUnitPrep   = wordSetTab("in at from to en de a")
	urgenciasVisit = wordSetTab("visita visitas ingreso estancia factura cargo cargos copago atencion")
	hContrast      = hstr("contrast")
	hContraste     = hstr("contraste")
	hUrgencias     = hstr("urgencias")
)

// upperWord: token k is a word written in capitals only.
func (s *scanner) upperWord(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].cls&tAlpha != 0 && s.toks[k].cls&tUpper != 0
}

// imagingAt reports an imaging study starting at token i (compose.imaging).
func (s *scanner) imagingAt(i int) bool {
	n := len(s.toks)
	if !s.upperWord(i) || !imagingModalities.get(s.toks[i].h) {
		return false
	}
	j := i + 1
	// "PET/CT": a second modality after a slash
	if j < n && s.gap(j) == "/" && s.upperWord(j) && imagingModalities.get(s.toks[j].h) {
		j++
	}
	for k := 0; k < 3 && j < n && s.gap(j) == " " && imagingSkip.get(s.toks[j].h); k++ {
		j++
	}
	if j >= n || s.used[j] {
		return false
	}
	g := s.gap(j)
	if g != " " {
		return false
	}
	if imagingRegions.get(s.toks[j].h) && (s.toks[i].low != "us" || usRegions.get(s.toks[j].h)) {
		s.addTok(i, j, KindProcedure, "compose.imaging", 0.8, "is an imaging abbreviation followed by a body region")
		return true
	}
	// "w/ contrast", "w/o contrast", "with(out) contrast", "con/sin contraste"
	if s.toks[i].low == "us" {
		return false
	}
	for k := j; k < n && k <= j+2; k++ {
		if h := s.toks[k].h; h == hContrast || h == hContraste {
			s.addTok(i, k, KindProcedure, "compose.imaging", 0.8, "is an imaging abbreviation followed by a contrast phrase")
			return true
		}
	}
	return false
}

// careUnitAt reports a hospital care unit at token i (compose.care_unit).
func (s *scanner) careUnitAt(i int) bool {
	n := len(s.toks)
	t := &s.toks[i]
	if t.h == hUrgencias {
		if i >= 2 && s.gap(i) == " " && s.gap(i-1) == " " && careUnitPrep.get(s.toks[i-1].h) && urgenciasVisit.get(s.toks[i-2].h) {
			s.addTok(i-2, i, KindProcedure, "compose.care_unit", 0.75, "names an emergency-department visit")
			return true
		}
		return false
	}
	if !s.upperWord(i) {
		return false
	}
	end := i
	strong := careUnits.get(t.h)
	// "L&D": labour and delivery
	if t.low == "l" && i+1 < n && s.gap(i+1) == "&" && s.upperWord(i+1) && s.toks[i+1].low == "d" {
		end = i + 1
		strong = true
	} else if !strong && !careUnitsED.get(t.h) {
		return false
	}
	head := end+1 < n && s.gap(end+1) == " " && careHeads.get(s.toks[end+1].h)
	before := false
	if strong && i > 0 && s.gap(i) == " " {
		p := s.toks[i-1].h
		if recipientPossessive.get(p) {
			// not before a capitalised title word: "Your ICU Nights season
			// 2 DVD has shipped" (dev32), in a notice with a media word
			before = !(end+1 < n && s.gap(end+1) == " " && s.toks[end+1].cls&tCap != 0 && s.toks[end+1].cls&tUpper == 0 &&
				!careHeads.get(s.toks[end+1].h) && s.noticeHasAny(&brandMediaWords))
		} else if i > 1 && (s.low(i-1) == "the" || s.low(i-1) == "la") && s.gap(i-1) == " " && careUnitPrep.get(s.toks[i-2].h) {
			before = true
		}
	}
	if !head && !before {
		return false
	}
	if head {
		end++
	}
	s.addTok(i, end, KindProcedure, "compose.care_unit", 0.75, "is a hospital care-unit abbreviation in a care or billing phrase")
	return true
}
