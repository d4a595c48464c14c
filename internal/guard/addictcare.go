package guard

// addictcare.go: addiction treatment places and inpatient units (issue
// 15, night of 2026-12-04, helper MS2: dev27 "Reminder from Northside
// Recovery Center: group session moved to Room 3", dev28 "Parking
// validation is available at the inpatient rehab unit front desk").
//
// Rule compose.care_place (kind condition), as the care places of
// fifthpass.go:
//
//   - a capitalised name before "Recovery Center/Centre" or "Treatment
//     Center/Centre/Facility" — a recovery center is an addiction
//     treatment place — unless the name says what else is recovered or
//     treated (Disaster, Data, Water, Wastewater, Muscle, Sports, Hair,
//     Lawn…: recoveryCleanHeads);
//   - "Sober Living" (a sober living house), written any way;
//   - inpatient or outpatient, then at most one word, then a word of a
//     care place or programme (unit, ward, wing, floor, center, clinic,
//     department, facility, program, rehab, surgery, reception, admission);
//     and rehab, psych, psychiatric or detox right before unit or ward.
//
// The first two are compose.care_place, the unit words compose.care_unit.
// A general announcement of the sender's services ("Our outpatient clinic
// now opens Saturdays") is still announce.go's to pass in standard mode,
// but not directions to a unit (a desk, entrance, lobby, elevator or
// parking word right after it: compose.care_unit_way): "Parking validation
// is available at the inpatient rehab unit front desk" tells where the
// recipient goes.

var (
	recoveryHeads      = wordSetTab("recovery treatment")
	recoveryPlaces     = wordSetTab("center centre centers centres facility house houses residence residences village")
	recoveryCleanHeads = wordSetTab("disaster data file files water wastewater sewage waste storm flood fire auto " +
		"vehicle collision business asset assets muscle sports sport athletic fitness hair skin nail nails spa beauty " +
		"lawn tree trees wood pest termite heat metal surface wildlife animal pet pets cost revenue debt password " +
		"account key")
	careUnitModifiers = wordSetTab("inpatient outpatient")
	careUnitHeads     = wordSetTab("unit units ward wards wing floor center centre clinic department facility program " +
		"programme rehab surgery reception admission admissions stay")
	careUnitClinical = wordSetTab("rehab psych psychiatric detox")
	careUnitWards    = wordSetTab("unit ward wing")
	hSober, hLiving  = hstr("sober"), hstr("living")
	// after a unit: directions to it ("the inpatient rehab unit front desk")
	careUnitWayfinding = wordSetTab("desk front reception entrance entrances lobby elevator elevators parking station door doors")
)

// scanAddictionCare reports compose.care_place for recovery and treatment
// centers, sober living and inpatient units.
// careFirstFilter holds the first words scanAddictionCare reads: a recovery
// head, "sober", a care-unit modifier or clinical word (its cheap first test).
var careFirstFilter = func() *hashFilter {
	f := &hashFilter{}
	recoveryHeads.each(f.add)
	careUnitModifiers.each(f.add)
	careUnitClinical.each(f.add)
	f.add(hSober)
	return f
}()

func (s *scanner) scanAddictionCare() {
	if s.fbAll&fbCareFirst == 0 { // no token passes careFirstFilter (tokfilter.go)
		return
	}
	s.scanAddictionCareOn()
}

// scanAddictionCareOn is scanAddictionCare past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanAddictionCareOn() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		t := &s.toks[i]
		// an inpatient unit is read even where another rule took a word of
		// it ("inpatient rehab": compose.learned, which the announcement
		// rule may drop)
		if t.fb&fbCareFirst == 0 || t.cls&tAlpha == 0 || s.used[i] && !careUnitModifiers.get(t.h) {
			continue // careFirstFilter: the first words of the cases below
		}
		a, e := -1, -1
		switch {
		case recoveryHeads.get(t.h) && t.cls&tCap != 0 && i > 0 && !t.sent && recoveryPlaces.get(s.toks[i+1].h) &&
			s.gap(i+1) == " " && s.gap(i) == " ":
			p := &s.toks[i-1]
			if p.cls&tAlpha == 0 || p.cls&tCap == 0 || recoveryCleanHeads.get(p.h) || s.fl(i-1)&wStop != 0 {
				continue
			}
			a, e = i-1, i+1
		case t.h == hSober && s.toks[i+1].h == hLiving && s.gap(i+1) == " ":
			a, e = i, i+1
		case careUnitModifiers.get(t.h):
			for k := i + 1; k < n && k <= i+2; k++ {
				if s.toks[k].sent || s.gap(k) != " " && s.gap(k) != "-" {
					break
				}
				if careUnitHeads.get(s.toks[k].h) {
					a, e = i, k
					// "inpatient rehab unit": the unit word after the first head
					for e+1 < n && e < k+2 && careUnitHeads.get(s.toks[e+1].h) && s.gap(e+1) == " " {
						e++
					}
					break
				}
			}
		case careUnitClinical.get(t.h) && careUnitWards.get(s.toks[i+1].h) && s.gap(i+1) == " ":
			a, e = i, i+1
		}
		if a < 0 {
			continue
		}
		if s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		rule := "compose.care_place"
		if careUnitModifiers.get(t.h) || careUnitClinical.get(t.h) {
			rule = "compose.care_unit"
			if careUnitWayfinding.get(s.toks[e].h) || e+1 < n && careUnitWayfinding.get(s.toks[e+1].h) && !s.toks[e+1].sent {
				// directions to the unit: the recipient goes there
				rule = "compose.care_unit_way"
			}
		}
		s.addTok(a, e, KindCondition, rule, 0.7, "is a care place of addiction treatment or an inpatient unit")
		i = e
	}
}
