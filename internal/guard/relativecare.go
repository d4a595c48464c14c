package guard

// relativecare.go: the reader's relative treated in the sender's care unit
// (issue 15, eighth pass, helper MISS2: dev51 "Because your daughter was
// treated in our NICU, we thought you'd want to support the new NICU
// expansion"): rule compose.relative_care, kind procedure.
//
// A hospital foundation writes to a grateful patient's family; the
// sentence says who was cared for and where. compose.care_unit
// (imaging.go) reads "your NICU stay" and "in the NICU", not "in our
// NICU" after a verb. In one sentence:
//
//   - a reader possessive (your, su, tu) and a relative noun (kincare.go's
//     kinCareWords: son, daughter, mother, husband, baby, grandson…; and
//     loved one, hijo, hija, madre, padre, esposo, bebé, nieto…), or
//     "you"/"usted" as the subject;
//   - within five words after it, a care verb (treated, cared, admitted,
//     hospitalized, born; atendido, internado, hospitalizado, tratado,
//     ingresado, nació) or a plain one (seen, spent, stayed; estuvo, pasó);
//   - within six words after the verb, "our"/"nuestro/nuestra" and, within
//     three words after that, a care place: a unit abbreviation (NICU, ICU,
//     UCI… in capitals), hospital, ER, unit, ward, clinic, emergency room;
//     unidad, hospital, clínica, urgencias. "center", "wing", "department",
//     "floor", "centro" and "sala" count only after a care verb ("your wife
//     was treated at our burn center"), not after a plain one ("your son
//     spent the summer at our sports center" passes).
//
// The span runs from the relative to the place. What passes: "Join us at
// the NICU expansion gala" (no relative), "Your volunteer shift in the
// NICU family lounge" (no care verb), "Your son was seen at our booth" (no
// care place).

var (
	// relativeNouns: kincare.go's kinCareWords and these (Spanish, "loved one")
	relativeNouns = wordSetTab("grandmother grandfather grandma grandpa children sibling babies loved " +
		"hijo hija hijos hijas madre mama padre papa esposo esposa pareja bebe bebes nino nina ninos ninas nieto nieta nietos " +
		"abuelo abuela hermano hermana recien")
	relativeCareVerbs = wordSetTab("treated cared admitted hospitalized hospitalised born " +
		"atendido atendida atendidos tratado tratada internado internada hospitalizado hospitalizada ingresado ingresada nacio")
	relativePlainVerbs = wordSetTab("seen spent stayed estuvo paso")
	relativeOur        = wordSetTab("our nuestro nuestra nuestros nuestras")
	relativeYou        = wordSetTab("you usted")
	relativePlaces     = wordSetTab("hospital hospitals er unit units ward wards clinic clinics emergency unidad clinica urgencias")
	relativeWeakPlaces = wordSetTab("center centre wing department floor centro sala")
	// relativeCareBits filters the verbs scanRelativeCare starts from
	// (TestHashFilterFill)
	relativeCareBits = tabsFilter(relativeCareVerbs, relativePlainVerbs)
)

// scanRelativeCare reports compose.relative_care.
func (s *scanner) scanRelativeCare() {
	if s.fbAll2&fb2RelCare == 0 { // no token passes relativeCareBits (tokfilter.go)
		return
	}
	s.scanRelativeCareOn()
}

// scanRelativeCareOn is scanRelativeCare past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanRelativeCareOn() {
	n := len(s.toks)
	for v := 1; v < n; v++ {
		t := &s.toks[v]
		if t.cls&tAlpha == 0 || t.fb2&fb2RelCare == 0 || t.sent {
			continue
		}
		care := relativeCareVerbs.get(t.h)
		if !care && !relativePlainVerbs.get(t.h) {
			continue
		}
		// the relative (or "you") within five words before, same sentence
		a := -1
		for k := v - 1; k >= 0 && k >= v-5; k-- {
			h := s.toks[k].h
			if relativeYou.get(h) || (relativeNouns.get(h) || kinCareWords.get(h)) && k > 0 && recipientPossessive.get(s.toks[k-1].h) {
				a = k
				if !relativeYou.get(h) {
					a = k - 1
				}
				break
			}
			if s.toks[k].sent {
				break
			}
		}
		if a < 0 {
			continue
		}
		// "our" within six words after, then a care place within three
		b := -1
		for k := v + 1; k < n && k <= v+6 && !s.toks[k].sent && b < 0; k++ {
			if !relativeOur.get(s.toks[k].h) {
				continue
			}
			for p := k + 1; p < n && p <= k+3 && !s.toks[p].sent; p++ {
				h := s.toks[p].h
				if relativePlaces.get(h) || care && relativeWeakPlaces.get(h) ||
					(careUnits.get(h) || careUnitsED.get(h)) && s.toks[p].cls&tUpper != 0 {
					b = p
					break
				}
			}
		}
		if b < 0 || s.used[b] { // the place already reported (compose.care_unit)
			continue
		}
		if s.p != nil && s.p.isTemplate(t.h) {
			continue
		}
		s.addTok(a, b, KindProcedure, "compose.relative_care", 0.75, "says that the reader or a relative was cared for in the sender's care unit")
		v = b
	}
}
