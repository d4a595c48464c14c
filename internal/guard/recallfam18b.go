package guard

import (
	"strconv"
	"strings"
)

// recallfam18b.go: five rules of fix helper recall18b (issue 15, eighteenth
// pass, round two, dev101's recall family, probe set dev101r, 2026-12-06),
// run from scanRecallFam18's walk (recallfam18.go) at their start words,
// which rf18Filter holds (llAnalytes, llVitamin, cdCurve, rlKin, tsSizeWord,
// tsSizeTok, fdStart), so they cost a field without one
// nothing beyond the walk's bit (fb3RecallFam18):
//
//   - compose.lab_level (lab_test): the reader's lab analyte that came back
//     low or high. "your latest potassium and prealbumin came back low, so
//     we're adjusting the feed rate" passed: potassium, sodium, magnesium
//     are ordinary words (foods, soil, pools) and the vital rule wants a
//     number. Reported: a reader's possessive (your, su, tu) or a relative's
//     or capitalised name's possessive ("your son's", "Maya's") before a run
//     of analytes (potassium, sodium, magnesium, phosphorus, calcium, iron,
//     ferritin, prealbumin, vitamin D, B12…; potasio, sodio, magnesio…)
//     joined by and/y/su/","/level(s)/nivel(es), then a result verb (came
//     back, came in, was, were, is, are, remains; salió, salieron, resultó,
//     está, están, sigue, dio) and a level word (low, high, elevated,
//     abnormal, deficient, borderline; bajo, alto, elevado, anormal…),
//     a degree word between allowed ("a bit", "slightly", "muy", "un
//     poco"). Passes: "your soil test came back low in potassium" (the
//     analyte after the level), "your water sample's calcium came back high"
//     (a thing's possessive between), "Your calcium supplements are low in
//     stock" (a goods noun between), a talk on potassium (no owner).
//
//   - compose.curve_degrees (condition): a person's spinal curve in degrees.
//     "your daughter's curve measured 32 degrees" passed. Reported: curve,
//     curva or Cobb with a number of degrees (degrees, deg, °, grados)
//     within six words after it, or a "32-degree" before it, in its
//     sentence, owned by a relative's or a capitalised name's possessive
//     right before it ("your son's curve", "Maya's Cobb angle"), "de su
//     hija" after curva, a relative who has it ("su hija tiene una curva"),
//     or a reader's or third person's possessive right before it (your, su,
//     tu, his, her) in a notice with a spine or bracing word (brace,
//     scoliosis, spine, x-ray, corsé, escoliosis, columna…). Passes: "the
//     new bowl's curve is 40 degrees", "la curva de la carretera 12 tiene
//     35 grados", "what a 20-degree curve means" (no owner).
//
//   - compose.tube_size (procedure): the reader's feeding tube, button,
//     catheter or extension set with its French size ("your 14Fr MIC-KEY
//     replacement button kit", "su kit de botón de gastrostomía de 14 Fr").
//     Reported: a French size (14Fr, 14 Fr, 14-Fr; "14 French" only before
//     a tube, catheter, balloon or low-profile word, never a bare button or
//     kit) with a tube noun within six words before or five after it, and
//     a reader's possessive up to four words before the first of the two.
//     Passes: "now stocks 12 Fr to 24 Fr low-profile buttons for every
//     patient" (no owner), "your French cooking kit" (no size),
//     "your replacement button kit for the wool coat" (no size).
//
//   - name.kin_lower (name): a relative of the reader named in lower case
//     ("the health record for your mother, rose alvarez"): your, su or tu, a
//     relative word, an optional comma, then a listed given name in lower
//     case (lowerGiven) followed by a listed surname (last_names.txt) or
//     closed by punctuation. Passes: "spoil your mother, rose bouquets are
//     20% off" (no surname, not closed), "proxy access is available — ask
//     at the front desk" (no relative).
//
//   - compose.feed_rate (procedure): the reader's tube feed ("your feed
//     rate", "your overnight tube feeding schedule", "your feeds") in a
//     notice with a word of tube feeding (feedRateAt). "we're adjusting the
//     feed rate on your aluminum order" and "your feed rate is set to 0.2 mm
//     per turn" pass.
//
// All five are reader-tied (readerTiedRule): each names the reader's or a
// relative's own result, spine, tube or name.
var (
	llAnalytes = wordSetTab("potassium sodium magnesium phosphorus phosphate calcium iron ferritin prealbumin albumin zinc " +
		"glucose cholesterol triglycerides creatinine hemoglobin haemoglobin hematocrit platelets platelet folate b12 tsh " +
		"potasio sodio magnesio fosforo fosfato calcio hierro ferritina prealbumina albumina glucosa colesterol " +
		"trigliceridos creatinina hematocrito plaquetas folato")
	llVitamin = wordSetTab("vitamin vitamina")
	llVitWord = wordSetTab("d b12 b1 b6 a e k c")
	// llJoin: words that may join analytes in one run
	llJoin = wordSetTab("and y e su sus your tu tus level levels nivel niveles count counts de del la el los las")
	// llPre: words that may stand between the possessive and the analytes
	llPre  = wordSetTab("latest recent last most newest current blood serum ultimo ultima ultimos ultimas reciente recientes")
	llVerb = wordSetTab("was were is are remains remained stayed salio salieron resulto resultaron esta estan estaba estaban sigue siguen dio dieron came come comes")
	// llBackIn: the particle after came/come ("came back", "came in")
	llBackIn  = wordSetTab("back in")
	llDegree  = wordSetTab("a bit little slightly very still too quite somewhat un poco muy algo bien mas")
	llLevel   = wordSetTab("low high elevated abnormal deficient borderline critical bajo baja bajos bajas alto alta altos altas elevado elevada elevados elevadas anormal anormales critico")
	cdCurve   = wordSetTab("curve curves curva curvas cobb")
	cdDegrees = wordSetTab("degrees degree deg grados grado")
	cdSpine   = wordSetTab("brace braces bracing scoliosis spine spinal x-ray xray radiograph orthotics orthotic escoliosis columna corse corset radiografia ortesis vertebral")
	cdThird   = wordSetTab("his her")
	// cdCurveMod: words that may stand between the owner and the curve
	cdCurveMod = wordSetTab("spine spinal thoracic lumbar thoracolumbar main primary upper lower scoliosis")
	// llSubject: the reader's results as the subject of "show low <analyte>"
	llSubject = wordSetTab("labs lab bloodwork blood results result tests analisis laboratorios resultados examenes")
	llShow    = wordSetTab("show shows showed showing revealed indicate indicated found mostraron mostro indican indicaron")
	// fdStart: feed words; fdAfter: what the reader's feed has; fdCtx: a
	// word of tube feeding in the notice
	fdStart = wordSetTab("feed feeding feeds")
	fdAfter = wordSetTab("rate rates schedule volume regimen goal pump")
	fdMod   = wordSetTab("tube overnight night continuous bolus daytime")
	fdCtx   = wordSetTab("ml mls ml/hr cc tube formula pump dietitian dietician enteral g-tube gtube")
	cdHas   = wordSetTab("has have tiene tienen had tenia")
	// rlKin: the reader's relatives, English and Spanish
	rlKin = wordSetTab("mother father mom dad mum son daughter wife husband child kid grandmother grandfather grandma grandpa sister brother " +
		"partner spouse madre padre mama papa hijo hija esposo esposa abuela abuelo hermana hermano nieto nieta bebe baby")
	tsSizeWord = wordSetTab("fr french")
	tsSizeTok  = func() setTab {
		var b strings.Builder
		for n := 4; n <= 30; n++ {
			b.WriteString(strconv.Itoa(n))
			b.WriteString("fr ")
		}
		return wordSetTab(b.String())
	}()
	// tsTube: the nouns a French size measures; tsFrench: those that may
	// follow "N French" (never a bare button or kit)
	tsTube   = wordSetTab("button buttons tube tubes catheter catheters extension balloon peg gastrostomy jejunostomy gj foley sonda sondas boton botones mic-key minione profile")
	tsFrench = wordSetTab("tube tubes catheter catheters balloon peg gastrostomy jejunostomy gj foley sonda sondas profile")
)

// recall18bAt: token i holds a start word of one of the four rules.
func (s *scanner) recall18bAt(i int) {
	h := s.toks[i].h
	switch {
	case llAnalytes.get(h) || llVitamin.get(h):
		s.labLevelAt(i)
	case cdCurve.get(h):
		s.curveDegreesAt(i)
	case rlKin.get(h):
		s.kinLowerAt(i)
	case tsSizeWord.get(h) || tsSizeTok.get(h):
		s.tubeSizeAt(i)
	case fdStart.get(h):
		s.feedRateAt(i)
	}
}

// possOwner: the owner's token when token k ends a possessive — the "s"
// after an apostrophe ("son's" is read as son, s) or a token written with
// a trailing 's; -1 otherwise.
func (s *scanner) possOwner(k int) int {
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	t := &s.toks[k]
	if t.low == "s" && k > 0 && !t.sent {
		if g := s.gap(k); g == "'" || g == "’" {
			return k - 1
		}
		return -1
	}
	raw := s.t.s[t.s:t.e]
	if strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s") {
		return k
	}
	return -1
}

// personPossessive: token k ends a relative's or a capitalised name's
// possessive ("son's", "Maya's"); the owner's token, or -1.
func (s *scanner) personPossessive(k int) int {
	o := s.possOwner(k)
	if o < 0 {
		return -1
	}
	t := &s.toks[o]
	if t.cls&tCap != 0 && !t.sent {
		return o
	}
	low := t.low
	if o == k {
		low = strings.TrimSuffix(low, "s")
	}
	if rlKin.get(hstr(low)) {
		return o
	}
	return -1
}

// llAnalyteAt: the analyte at token k and its last token (k, or k+1 after
// "vitamin"); -1 if none.
func (s *scanner) llAnalyteAt(k int) int {
	t := s.toks
	if k >= len(t) {
		return -1
	}
	if llAnalytes.get(t[k].h) {
		return k
	}
	if llVitamin.get(t[k].h) && k+1 < len(t) && llVitWord.get(t[k+1].h) {
		return k + 1
	}
	return -1
}

// labLevelAt: token i is an analyte word.
func (s *scanner) labLevelAt(i int) {
	t := s.toks
	if s.used[i] {
		return
	}
	lo, hi := sentenceSpan(t, i)
	if s.labShowLevel(i, lo) {
		return
	}
	// the tie: a possessive before the run, across llPre words
	k := i - 1
	for k >= lo && k >= i-3 && llPre.get(t[k].h) {
		k--
	}
	if k < lo {
		return
	}
	tie := -1
	if ppOwner.get(t[k].h) {
		tie = k
	} else if o := s.personPossessive(k); o < lo {
		return
	} else {
		tie = o
		if o-1 >= lo && ppOwner.get(t[o-1].h) {
			tie = o - 1 // "your son's potassium"
		}
		tie-- // the owner is reported
	}

	// the run of analytes and joining words
	end := s.llAnalyteAt(i)
	if end < 0 {
		return
	}
	j := end + 1
	for j < hi && j <= end+8 {
		if e := s.llAnalyteAt(j); e >= 0 {
			end = e
			j = e + 1
			continue
		}
		if llJoin.get(t[j].h) || llPre.get(t[j].h) {
			j++
			continue
		}
		break
	}
	if j >= hi || !llVerb.get(t[j].h) {
		return
	}
	v := j
	if (t[v].low == "came" || t[v].low == "come" || t[v].low == "comes") && v+1 < hi && llBackIn.get(t[v+1].h) {
		v++
	} else if t[v].low == "came" || t[v].low == "come" || t[v].low == "comes" {
		return
	}
	m := v + 1
	for m < hi && m <= v+3 && llDegree.get(t[m].h) {
		m++
	}
	if v > j && m+1 < hi && m == v+1 && (t[m].low == "at" || t[m].low == "en") && t[m+1].cls&tDigit != 0 {
		m++ // "came back at 12"
	} else if m >= hi || !llLevel.get(t[m].h) {
		return
	}
	s.addTok(tie+1, m, KindLabTest, "compose.lab_level", 0.75, "names the reader's lab result as low or high")
}

// labShowLevel: "your labs show low potassium": a level word right before
// analyte i, a show verb before it and the reader's results (a possessive
// up to two words before a results word) before the verb; reported.
func (s *scanner) labShowLevel(i, lo int) bool {
	t := s.toks
	l := i - 1
	if l-1 < lo || !llLevel.get(t[l].h) {
		return false
	}
	v := l - 1
	if !llShow.get(t[v].h) || v-1 < lo || !llSubject.get(t[v-1].h) {
		return false
	}
	for k := v - 2; k >= lo && k >= v-4; k-- {
		if ppOwner.get(t[k].h) {
			end := i
			if e := s.llAnalyteAt(i); e > end {
				end = e
			}
			s.addTok(k+1, end, KindLabTest, "compose.lab_level", 0.75, "names the reader's lab result as low or high")
			return true
		}
		if !llPre.get(t[k].h) && !llSubject.get(t[k].h) {
			return false
		}
	}
	return false
}

// feedRateAt: token i is feed, feeding or feeds: the reader's tube feed
// ("your feed rate", "your tube feeding schedule", "your feeds") in a
// notice with a word of tube feeding (mL, tube, formula, pump, dietitian,
// enteral).
func (s *scanner) feedRateAt(i int) {
	t := s.toks
	lo, hi := sentenceSpan(t, i)
	k := i - 1
	for k >= lo && k >= i-2 && fdMod.get(t[k].h) {
		k--
	}
	if k < lo || !ppOwner.get(t[k].h) {
		return
	}
	end := i
	if i+1 < hi && fdAfter.get(t[i+1].h) {
		end = i + 1
	} else if t[i].low != "feeds" {
		return
	}
	ctx := false
	for m := range t {
		if fdCtx.get(t[m].h) {
			ctx = true
			break
		}
	}
	if !ctx {
		return
	}
	s.addTok(k+1, end, KindProcedure, "compose.feed_rate", 0.7, "names the reader's tube feeding")
}

// curveDegreesAt: token i is curve, curva or Cobb.
func (s *scanner) curveDegreesAt(i int) {
	t := s.toks
	if s.used[i] {
		return
	}
	lo, hi := sentenceSpan(t, i)
	// the degrees: after it within six words, or "32-degree" before it
	deg := -1
	for k := i + 1; k < hi && k <= i+7; k++ {
		if t[k].cls&tDigit == 0 {
			continue
		}
		if k+1 < hi && cdDegrees.get(t[k+1].h) {
			deg = k + 1
			break
		}
		if k+1 <= len(t) && strings.HasPrefix(strings.TrimLeft(s.gap(k+1), " "), "°") {
			deg = k
			break
		}
	}
	start := i
	if deg < 0 && i-2 >= lo && cdDegrees.get(t[i-1].h) && t[i-2].cls&tDigit != 0 {
		start = i - 2
		deg = i
	}
	if deg < 0 {
		return
	}
	b := start - 1
	for b >= lo && b >= start-2 && (bfArticle.get(t[b].h) || cdCurveMod.get(t[b].h)) {
		b-- // "the", "her spine curve", "your thoracic curve"
	}
	tie := -1
	switch {
	case b >= lo && s.personPossessive(b) >= lo:
		tie = s.personPossessive(b)
		if tie-1 >= lo && ppOwner.get(t[tie-1].h) {
			tie--
		}
	case b >= lo && (ppOwner.get(t[b].h) || cdThird.get(t[b].h)) && s.cdSpineNotice():
		tie = b
	case b >= lo+2 && cdHas.get(t[b].h) && rlKin.get(t[b-1].h) && ppOwner.get(t[b-2].h):
		tie = b - 2 // "su hija tiene una curva"
	case t[i].low == "curva" || t[i].low == "curvas":
		if i+2 < hi && t[i+1].low == "de" && (ppOwner.get(t[i+2].h) && i+3 < hi && rlKin.get(t[i+3].h) || t[i+2].cls&tCap != 0 && s.fl(i+2)&wFirst != 0) {
			tie = i
		}
	}
	if tie < 0 {
		return
	}
	a := tie
	if a > start {
		a = start
	}
	s.addTok(a, deg, KindCondition, "compose.curve_degrees", 0.75, "names a person's spinal curve in degrees")
}

// cdSpineNotice: a spine or bracing word anywhere in the field.
func (s *scanner) cdSpineNotice() bool {
	for k := range s.toks {
		if cdSpine.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// kinLowerAt: token i is a relative word.
func (s *scanner) kinLowerAt(i int) {
	t := s.toks
	n := len(t)
	if i == 0 || !ppOwner.get(t[i-1].h) || t[i].sent {
		return
	}
	j := i + 1
	if j >= n || t[j].sent {
		return
	}
	if g := s.gap(j); g != " " && g != ", " {
		return
	}
	if s.used[j] || !s.lowerGiven(j) {
		return
	}
	end := j
	if j+1 < n && !t[j+1].sent && s.gap(j+1) == " " && t[j+1].cls&(tAlpha|tCap|tUpper) == tAlpha && s.fl(j+1)&wLast != 0 {
		end = j + 1
		if end+1 < n && !t[end+1].sent && s.gap(end+1) == " " && t[end+1].cls&(tAlpha|tCap|tUpper) == tAlpha && s.fl(end+1)&wLast != 0 {
			end++
		}
	} else if !s.lowerClosed(j + 1) {
		return
	}
	s.addTok(j, end, KindName, "name.kin_lower", 0.75, "is a relative of the reader named in lower case")
}

// tubeSizeAt: token i is a French size ("14fr") or fr/french after a
// number.
func (s *scanner) tubeSizeAt(i int) {
	t := s.toks
	lo, hi := sentenceSpan(t, i)
	size := i // the size's first token
	french := false
	if tsSizeWord.get(t[i].h) {
		if i-1 < lo || t[i-1].cls&tDigit == 0 {
			return
		}
		if g := s.gap(i); g != " " && g != "-" {
			return
		}
		size = i - 1
		french = t[i].low == "french"
	}
	noun := -1
	for k := i + 1; k < hi && k <= i+5; k++ {
		if french && tsFrench.get(t[k].h) || !french && tsTube.get(t[k].h) {
			noun = k
			break
		}
	}
	if noun < 0 && !french {
		for k := size - 1; k >= lo && k >= size-6; k-- {
			if tsTube.get(t[k].h) {
				noun = k
				break
			}
		}
	}
	if noun < 0 {
		return
	}
	first := size
	if noun < first {
		first = noun
	}
	tie := -1
	for k := first - 1; k >= lo && k >= first-4; k-- {
		if ppOwner.get(t[k].h) {
			tie = k
			break
		}
	}
	if tie < 0 {
		return
	}
	last := i
	if noun > last {
		last = noun
	}
	s.addTok(tie+1, last, KindProcedure, "compose.tube_size", 0.75, "names the reader's feeding tube or catheter with its size")
}
