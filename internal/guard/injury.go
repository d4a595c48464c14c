package guard

// injury.go: an injury named by the body part it hurts (issue 15, eighth
// pass, helper MISS2: dev52 "Your hinged brace fitting for your MCL tear",
// "la bota ortopédica por la fractura del pie"): rule compose.injury, kind
// condition.
//
// compose.body (compose.go) reads organs and large joints before clinical
// heads ("kidney failure", "knee replacement"). Sports medicine names
// injuries by smaller parts, ligaments and muscles, and by nouns it leaves
// (tear, sprain, strain): one of
//
//   - a part of injuryParts, then an injury noun (tear, tears, sprain,
//     sprains, strain, strains, fracture, fractures, rupture, ruptures,
//     dislocation, dislocations): "ankle sprain", "hamstring strain",
//     "meniscus tear", "rotator cuff tear" ("cuff" only after "rotator"),
//     and ligament abbreviations in capitals (ACL, MCL, LCL, PCL, UCL);
//   - an injury participle (torn, sprained, strained, fractured, broken,
//     dislocated, ruptured), then the part, "left"/"right" between allowed:
//     "your fractured finger", "a torn ACL", "broken left wrist";
//   - in Spanish the noun first (esguince, fractura, desgarro, rotura,
//     luxación, torcedura, distensión), then de/del/en, an optional la/el/
//     su, an optional side, then a part: "esguince de tobillo", "fractura
//     del pie", "rotura de ligamento"; or the part, then a participle
//     (fracturado, torcido, dislocado, roto, desgarrado, fisurado): "pie
//     fracturado", "menisco roto".
//
// The parts are bones, joints, ligaments and muscles; the heart is none
// of them ("a broken heart" passes). What passes: "Tear-off coupons", "The
// Sprain-Free Sports Camp", "fracture risk and bone health", "knee sleeves
// and ankle braces" (no injury noun beside a part). Accepted risk: a
// product named for an injury of a part ("Ankle Sprain Wrap") is reported;
// fail closed.

var (
	injuryNouns = wordSetTab("tear tears sprain sprains strain strains fracture fractures rupture ruptures dislocation dislocations")
	injuryParts = wordSetTab("ankle ankles wrist wrists foot feet toe toes finger fingers thumb thumbs hand hands elbow elbows arm arms " +
		"leg legs knee knees hip hips shoulder shoulders back neck rib ribs collarbone clavicle hamstring hamstrings calf calves " +
		"groin quad quads quadriceps achilles ligament ligaments tendon tendons meniscus meniscal labral labrum shin shins spine " +
		"vertebra vertebral pelvis pelvic jaw nose skull heel metatarsal muscle muscles bicep biceps tricep triceps pectoral " +
		"patella patellar kneecap forearm cuff")
	injuryLigaments   = wordSetTab("acl mcl lcl pcl ucl")
	injuryParticiples = wordSetTab("torn sprained strained fractured broken dislocated ruptured")
	injurySide        = wordSetTab("left right izquierdo izquierda derecho derecha")
	injuryNounsES     = wordSetTab("esguince esguinces fractura fracturas desgarro desgarros rotura roturas luxacion luxaciones torcedura distension fisura")
	injuryPartsES     = wordSetTab("tobillo tobillos muneca munecas pie pies dedo dedos pulgar mano manos codo codos brazo brazos pierna piernas " +
		"rodilla rodillas cadera hombro hombros espalda cuello costilla costillas clavicula isquiotibial isquiotibiales pantorrilla " +
		"gemelo gemelos ingle cuadriceps ligamento ligamentos tendon tendones menisco columna vertebra pelvis mandibula nariz craneo " +
		"talon antebrazo rotula musculo muslo")
	injuryParticiplesES = wordSetTab("fracturado fracturada torcido torcida dislocado dislocada roto rota desgarrado desgarrada fisurado fisurada lesionado lesionada")
	injuryLinkES        = wordSetTab("de del en")
	injuryArtES         = wordSetTab("la el su los las sus")
	hRotator, hCuff     = hstr("rotator"), hstr("cuff")
	// injuryBits filters the words scanInjury starts from (TestHashFilterFill)
	injuryBits = tabsFilter(injuryNouns, injuryParticiples, injuryNounsES, injuryParticiplesES)
)

// injuryPart: token k is a part an injury is named by (the ligament
// abbreviations only in capitals, "cuff" only after "rotator").
func (s *scanner) injuryPart(k int, es bool) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].cls&tAlpha == 0 {
		return false
	}
	h := s.toks[k].h
	if es {
		return injuryPartsES.get(h)
	}
	if injuryLigaments.get(h) {
		return s.toks[k].cls&tUpper != 0
	}
	if h == hCuff {
		return k > 0 && s.toks[k-1].h == hRotator && s.gap(k) == " "
	}
	return injuryParts.get(h)
}

// scanInjury reports compose.injury.
func (s *scanner) scanInjury() {
	if s.fbAll2&fb2Injury == 0 { // no token passes injuryBits (tokfilter.go)
		return
	}
	s.scanInjuryOn()
}

// scanInjuryOn is scanInjury past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanInjuryOn() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		if t.cls&tAlpha == 0 || t.fb2&fb2Injury == 0 {
			continue
		}
		a, b := -1, -1
		switch {
		case injuryNouns.get(t.h) || injuryParticiplesES.get(t.h): // "ankle sprain", "pie fracturado"
			if i > 0 && !t.sent && (s.gap(i) == " " || s.gap(i) == "-") && s.injuryPart(i-1, injuryParticiplesES.get(t.h)) {
				a, b = i-1, i
				if s.toks[a].h == hCuff {
					a--
				}
			}
		case injuryParticiples.get(t.h): // "your fractured finger", "torn ACL"
			k := i + 1
			if k < n && s.gap(k) == " " && injurySide.get(s.toks[k].h) {
				k++
			}
			if k < n && s.gap(k) == " " && !s.toks[k].sent && s.injuryPart(k, false) {
				a, b = i, k
			}
		case injuryNounsES.get(t.h): // "esguince de tobillo", "fractura del pie"
			k := i + 1
			if k < n && s.gap(k) == " " && injuryLinkES.get(s.toks[k].h) {
				k++
				if k < n && s.gap(k) == " " && injuryArtES.get(s.toks[k].h) {
					k++
				}
				if k < n && s.gap(k) == " " && injurySide.get(s.toks[k].h) {
					k++
				}
				if k < n && s.gap(k) == " " && !s.toks[k].sent && s.injuryPart(k, true) {
					a, b = i, k
				}
			}
		}
		if a < 0 {
			continue
		}
		skip := false
		for x := a; x <= b; x++ {
			if s.used[x] {
				skip = true
			}
		}
		if skip || s.p != nil && s.p.isTemplate(t.h) {
			continue
		}
		s.addTok(a, b, KindCondition, "compose.injury", 0.75, "names an injury by the body part it hurts")
		i = b
	}
}
