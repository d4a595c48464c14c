package guard

// carerole.go: a care role named by what it treats (issue 15, night of
// 2026-12-04, helper DVC: dev26 "Your transplant coordinator left a
// voicemail").
//
// A role word of care teams — coordinator, navigator, educator,
// consultant, counselor, social worker, case manager, chaplain,
// pharmacist, dietitian, nutritionist, liaison, team, and what a programme
// does with a patient (evaluation, waitlist, workup, orientation, seminar,
// program) — right after a word
// that names a condition or a treatment only some patients have
// (transplant, oncology, dialysis, hospice, palliative, diabetes,
// lactation, genetic, fertility, HIV, bariatric, addiction, ostomy,
// wound, dementia, prenatal…), with at most one link word between ("care",
// "nurse", "health", "program": "oncology nurse navigator", "palliative care
// team", "transplant nurse coordinator"), tells the recipient's condition:
// compose.care_role (kind condition). The role alone does not: "your care
// coordinator", "your nurse navigator", "your case manager", "your health
// coach" are generic in care programmes and pass, as do roles named by a
// shop's or an office's domain ("your wedding coordinator", "your sleep
// consultant" at a mattress store, "your leasing consultant"); "sleep",
// "memory", "weight", "pain", "recovery", "stroke" (swimming, rowing),
// "heart", "gender" and "substance" are left out as domains for that
// reason. A general announcement of the sender's services ("Our
// diabetes educators lead free classes for everyone") is announce.go's to
// pass in standard mode, as for any condition.

var (
	careRoleDomains = wordSetTab("transplant transplants oncology cancer chemo chemotherapy radiation dialysis kidney renal " +
		"hospice palliative diabetes diabetic lactation breastfeeding genetic genetics fertility ivf hiv hepatitis " +
		"bariatric obesity addiction methadone ostomy stoma wound dementia alzheimers prenatal perinatal " +
		"postpartum maternity pregnancy transgender cardiac hemophilia epilepsy seizure parkinsons " +
		"psychiatric infusion sickle")
	careRoleLinks = wordSetTab("care nurse nursing health program programme services support treatment")
	careRoleHeads = wordSetTab("coordinator coordinators navigator navigators educator educators consultant consultants " +
		"counselor counselors counsellor counsellors chaplain chaplains pharmacist pharmacists dietitian dietitians " +
		"nutritionist nutritionists liaison team " +
		// what the programme does with the patient ("transplant evaluation",
		// "bariatric seminar"); not "class" ("infusion class" is a tea shop's)
		"program programme evaluation evaluations waitlist workup orientation seminar seminars")
	// two-word heads: "social worker", "case manager"
	careRoleHeadPairs = map[uint64]uint64{hstr("social"): hstr("worker"), hstr("case"): hstr("manager")}
)

var careRoleFilter = tabsFilter(careRoleDomains)

// careRoleAt: token i is a clinical domain opening a care role; it
// returns the role's last token.
func (s *scanner) careRoleAt(i int) (int, bool) {
	n := len(s.toks)
	j := i + 1
	if j >= n || s.toks[j].sent || s.gap(j) != " " {
		return 0, false
	}
	head := func(k int) (int, bool) {
		if k >= n || s.toks[k].sent || s.gap(k) != " " {
			return 0, false
		}
		if careRoleHeads.get(s.toks[k].h) {
			return k, true
		}
		if w, ok := careRoleHeadPairs[s.toks[k].h]; ok && k+1 < n && s.toks[k+1].h == w && s.gap(k+1) == " " {
			return k + 1, true
		}
		return 0, false
	}
	if e, ok := head(j); ok {
		return e, true
	}
	if careRoleLinks.get(s.toks[j].h) {
		if e, ok := head(j + 1); ok {
			return e, true
		}
		// "oncology nurse navigator": a care word then "nurse"
		if j+1 < n && careRoleLinks.get(s.toks[j+1].h) && s.gap(j+1) == " " {
			return head(j + 2)
		}
	}
	return 0, false
}

// scanCareRoles reports compose.care_role.
func (s *scanner) scanCareRoles() {
	if s.fbAll&fbCareRole == 0 { // no token passes careRoleFilter (tokfilter.go)
		return
	}
	s.scanCareRolesOn()
}

// scanCareRolesOn is scanCareRoles past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanCareRolesOn() {
	for i := 0; i+1 < len(s.toks); i++ {
		t := &s.toks[i]
		if t.cls&tAlpha == 0 || t.fb&fbCareRole == 0 || !careRoleDomains.get(t.h) {
			continue
		}
		// a domain already reported ("diabetes") needs no second finding
		if s.used[i] {
			continue
		}
		e, ok := s.careRoleAt(i)
		if !ok || s.used[e] {
			continue
		}
		if s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		s.addTok(i, e, KindCondition, "compose.care_role", 0.7, "is a care role named by a condition or treatment ('"+s.toks[e].low+"')")
		i = e
	}
}
