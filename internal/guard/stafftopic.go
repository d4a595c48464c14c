package guard

// stafftopic.go: the care words of a staff member's job, department,
// specialty, talk or service (issue 15, fifteenth pass, fam-staff rows of
// dev82, helper staff15). Widenings of dropStaffRoles (staffrole.go), not a
// rule of their own. dev82's staff news names the sender's people beside
// words the staff rules read as the reader's care or as findings of
// another kind:
//
//   - a care event inside a job title ("our new bilingual treatment
//     coordinator"), a department a role heads ("named Medical Director of
//     our outpatient programs": "outpatient" is a reader word of
//     staffrole.go's), a titled clinician's specialty after a credential
//     ("Dr. Hannah Cole, DPM, fellowship-trained in reconstructive foot &
//     ankle surgery": staffintro.go's specialty skips the credential now) or
//     the topic of a talk ("will present new bunion-surgery research"):
//     srTopicEvent, asked by srStaffName's reader test;
//   - findings of another kind that go with the dropped name
//     (srTopicCompanion, through staffmore.go's srCompanion): the topic of a
//     talk ("new ankle-arthroscopy research" after present/publish/share), a
//     department's care word ("Clinical Director of our intensive outpatient
//     program"), a role noun by its form that no vocabulary holds
//     ("Certified pedorthist Jim Salas", "orthotist"), goods a new staff
//     member joins the team to fit ("joins the team to fit custom orthotics
//     and diabetic shoes"), the sender's name opening a welcome
//     ("Lumière welcomes …", "Lakeside Podiatry welcomes Dr. …") and its branch between "our" and a premises
//     noun ("to our Brickell studio");
//   - a provider tier (srTopicTier, srTopicTierRun): "Dr. Patel is now a
//     Diamond Invisalign provider" is the sender's news of its clinician (a
//     role and a frame), and the tier's capitalised name is no person;
//   - a Spanish office counselor before the name ("Nuestro consejero
//     financiero Luis Romero atiende …", srTopicOfficeRole), like
//     staffframe.go's "billing counselors": a counselor alone may be the
//     reader's therapist and stays no role.
//
// compose.go reads "our new bilingual treatment coordinator" as a care
// head with a modifier; jobTitleHead lets a head that an office job's role
// noun follows, after "our [new]", pass as the job's ("Say ¡hola! to
// Lupita, our new bilingual treatment coordinator": no name finding there,
// so no staff rule ran).
//
// Everything staffrole.go keeps stays reported: a reader word (you, your,
// su, usted…), a greeting, a patient, a care event outside these slots,
// another person's name, another sentence about the person that speaks to
// the reader ("Dr. Cole will see you for your bunion surgery follow-up",
// "Meet Luis Romero, who will review your payment plan for your surgery",
// "Certified pedorthist Jim Salas will fit your diabetic shoes", "… joins the
// team to fit Maria Lopez's custom orthotics"). Strict mode never drops.

import "strings"

var (
	// stTopicNouns: the head of a talk's or a paper's topic.
	// Not study, findings, data, outcomes: "will share the biopsy findings"
	// is a result of the reader's.
	stTopicNouns = wordSetTab("research paper papers poster posters lecture lectures talk talks " +
		"presentation presentations abstract abstracts techniques advances")
	// stTopicVerbs: verbs of presenting a topic.
	stTopicVerbs = wordSetTab("present presents presented presenting publish publishes published share shares shared")
	// stDeptNouns: the head of a department's or a programme's name.
	stDeptNouns = wordSetTab("program programs programme programmes services clinic clinics center centers centre " +
		"centres department departments unit units division divisions")
	// stInOut: reader words of staffrole.go that name a department before
	// a department noun ("our outpatient programs").
	stInOut = wordSetTab("outpatient inpatient")
	// stPremises: a branch's premises after "our <Name>".
	stPremises = wordSetTab("studio studios office offices location locations clinic store branch center centre campus " +
		"practice spa team")
	// stTier: a clinician's tier or membership after "is now a …".
	stTier = wordSetTab("provider member fellow diplomate")
	// stTierAdv: adverbs between the copula and "a".
	stTierAdv = wordSetTab("now also officially proudly")
	// stTeamTo: "joins the team/staff to …", "joins us to …".
	stTeamTo = wordSetTab("team staff us")
	// stJobHeads: role nouns of an office job that a care word may qualify
	// ("treatment coordinator", "surgery scheduler"); not runner, athlete,
	// guest: "Our dialysis runner Tom Reed" is the runner's own care
	// (red13, dev77x).
	stJobHeads = wordSetTab("coordinator coordinators scheduler schedulers manager managers supervisor supervisors " +
		"director directors specialist specialists representative representatives advisor advisors consultant " +
		"consultants liaison liaisons assistant assistants technician technicians tech techs lead")
	// stOffice: Spanish office adjectives after consejero/consejera.
	stOffice    = wordSetTab("financiero financiera financieros financieras")
	stEsCounsel = wordSetTab("consejero consejera consejeros consejeras")
)

// srTopicEvent: token k, a care event or reader word in the name's
// sentence [lo, hi), names the staff member's job, department, specialty
// or talk (see the file comment).
func srTopicEvent(v *srView, k, lo, hi int) bool {
	tk := &v.toks[k]
	if tk.cls&tCap != 0 && !tk.sent || tk.nd != 0 {
		return false
	}
	if stInOut.get(tk.h) {
		// "Director of our outpatient programs": only before a department noun
		n := k + 1
		return n < hi && srGap(v, k, n) == " " && ((stDeptNouns.get(v.toks[n].h) || sr109Dept.get(v.toks[n].h)) && srTopicDept(v, k, lo) || sr109InOutJob(v, k, lo, hi)) // sr109…: staffroles109.go
	}
	if !opsCareEvents.get(tk.h) {
		return false
	}
	// a job title: "treatment coordinator"
	if n := k + 1; n < hi && srGap(v, k, n) == " " && stJobHeads.get(v.toks[n].h) && v.toks[n].cls&tCap == 0 {
		d := srPrev(v, k, lo)
		if d < 0 || !srReader.get(v.toks[d].h) && !srJobPoss.get(v.toks[d].h) && !srPossessive(v.t.s[v.toks[d].s:]) {
			return true
		}
	}
	if srTopicDept(v, k, lo) || srTopicOf(v, k, k, lo, hi) {
		return true
	}
	// a titled clinician's specialty: "fellowship-trained in … surgery"
	var o Finding
	o.Rule = "clinical.event"
	o.Start, o.End = v.t.orig(int(tk.s), int(tk.e))
	return srIntroSpecialtyOf(v, o, lo, hi) >= 0
}

// srTopicEventAt: srTopicEvent in token k's own sentence (staffthird.go's
// field-wide care test).
func srTopicEventAt(v *srView, k int) bool {
	lo, hi := srSentence(v, k)
	return srTopicEvent(v, k, lo, hi)
}

// srTopicLower: token k is a lower-case word without digits that is no
// reader word and no other's possessive.
func srTopicLower(v *srView, k int) bool {
	tk := &v.toks[k]
	return tk.cls&tCap == 0 && tk.nd == 0 && !srReader.get(tk.h) && !srJobPoss.get(tk.h) && !srPossessive(v.t.s[tk.s:])
}

// srTopicDept: tokens back from x are "<role> of [our/the] [up to two
// lower-case words]" with no punctuation between ("Medical Director of our
// intensive outpatient program").
func srTopicDept(v *srView, x, lo int) bool {
	for j := x - 1; j >= lo && x-j <= 4; j-- {
		if strings.ContainsAny(srGap(v, j, j+1), ",.;:!?()") {
			return false
		}
		tk := &v.toks[j]
		if tk.low == "of" || tk.low == "de" {
			r := j - 1
			return r >= lo && srGap(v, r, j) == " " && srRoles.get(v.toks[r].h) && !srCareRoles.get(v.toks[r].h)
		}
		if !(srOur.get(tk.h) || tk.low == "the" || srTopicLower(v, j) && !opsCareEvents.get(tk.h)) {
			return false
		}
	}
	return false
}

// srTopicOf: tokens x..y are the topic of a talk or paper: up to two
// lower-case words joined by a space or a hyphen, then a topic noun
// (stTopicNouns), and before x up to three lower-case words after a verb
// of presenting ("will present new ankle-arthroscopy research").
func srTopicOf(v *srView, x, y, lo, hi int) bool {
	joined := func(j, k int) bool {
		g := srGap(v, j, k)
		return g == " " || g == "-"
	}
	head := -1
	for k := y + 1; k < hi && k-y <= 3; k++ {
		if !joined(k-1, k) || v.toks[k].cls&tCap != 0 {
			return false
		}
		if stTopicNouns.get(v.toks[k].h) {
			head = k
			break
		}
		if !srTopicLower(v, k) || opsCareEvents.get(v.toks[k].h) {
			return false
		}
	}
	if head < 0 {
		return false
	}
	for k := x; k <= y; k++ {
		if k > x && !joined(k-1, k) {
			return false
		}
	}
	for j := x - 1; j >= lo && x-j <= 4; j-- {
		if !joined(j, j+1) {
			return false
		}
		if stTopicVerbs.get(v.toks[j].h) {
			return true
		}
		if !srTopicLower(v, j) || opsCareEvents.get(v.toks[j].h) {
			return false
		}
	}
	return false
}

// srTopicCompanion: finding o, of another kind, goes with the dropped name
// p..b of sentence [lo, hi) (see the file comment).
func srTopicCompanion(v *srView, o Finding, lo, hi, p, b int) bool {
	if o.Kind == KindName {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	clinical := srClinicalRule(o) || strings.HasPrefix(o.Rule, "dictionary.")
	frame := strings.HasPrefix(o.Rule, "frame.")
	switch {
	case x > b && (clinical || frame) && srTopicOf(v, x, y, lo, hi):
		return true // a talk's topic
	case x > b && clinical && srTopicDept(v, x, lo):
		return true // a department the role heads
	case frame && x == y && srPrev(v, p, lo) == x && srGap(v, x, p) == " " && srJobAgent(&v.toks[x]):
		// a role noun by its form: "Certified pedorthist Jim Salas"
		d := srPrev(v, x, lo)
		return d < 0 || !srReader.get(v.toks[d].h) && !srJobPoss.get(v.toks[d].h) && !srNotModifier.get(v.toks[d].h)
	case x > b && (o.Kind == KindProcedure || o.Kind == KindDevice) && srClinicalRule(o):
		return srTopicFitGoods(v, x, lo)
	case (frame || clinical) && y < p && y-lo <= 3:
		// the sender's name opening a welcome: "Lumière welcomes …",
		// "Lakeside Podiatry welcomes Dr. …"
		for k := lo; k <= y; k++ {
			if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 || k > lo && strings.Trim(srGap(v, k-1, k), " &") != "" {
				return false
			}
		}
		n := y + 1
		return n < hi && srGap(v, y, n) == " " && srSender.get(v.toks[n].h) && v.toks[n].cls&tCap == 0
	case frame && x > b && y-x <= 1:
		// the sender's branch: "to our Brickell studio"
		for k := x; k <= y; k++ {
			if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 || k > x && srGap(v, k-1, k) != " " {
				return false
			}
		}
		d, n := x-1, y+1
		return d >= lo && n < hi && srOur.get(v.toks[d].h) && srGap(v, d, x) == " " && srGap(v, y, n) == " " &&
			stPremises.get(v.toks[n].h) && v.toks[n].cls&tCap == 0
	}
	return false
}

// srTopicFitGoods: the goods at token x are the object of a purpose clause
// "joins the team/us to <verb> …": back from x over lower-case words (and
// "and") with no punctuation but commas of a list, to "to" after team,
// staff or us.
func srTopicFitGoods(v *srView, x, lo int) bool {
	for j := x - 1; j >= lo && x-j <= 8; j-- {
		if strings.ContainsAny(srGap(v, j, j+1), ".;:!?()'’") {
			return false
		}
		tk := &v.toks[j]
		if tk.low == "to" {
			t := j - 1
			return t >= lo && stTeamTo.get(v.toks[t].h) && srGap(v, t, j) == " " && j+1 < x
		}
		if !srTopicLower(v, j) || opsCareEvents.get(tk.h) || srNotModifier.get(tk.h) && tk.low != "and" {
			return false
		}
	}
	return false
}

// srTopicCredBack: token n, the word before a specialty's "certified" /
// "trained", is a credential after the name and a comma (", DPM,"): the
// name's last word before it; otherwise n.
func srTopicCredBack(v *srView, n, lo int) int {
	tk := &v.toks[n]
	if !(srCreds.get(tk.h) && tk.cls&tCap != 0 || srJobCredForm(v, n, len(v.toks))) {
		return n
	}
	q := srPrev(v, n, lo)
	if q < 0 || strings.TrimSpace(srGap(v, q, n)) != "," {
		return -1
	}
	return q
}

// srTopicTier: the titled name's last token b is followed by a copula, up
// to two adverbs (now, also…), "a/an" and within five words a tier noun
// (provider, member, fellow, diplomate) or a role noun, in the clause.
func srTopicTier(v *srView, b, hi int) bool {
	j := srNext(v, b, hi)
	if j < 0 || !srCopula.get(v.toks[j].h) || strings.TrimSpace(srGap(v, b, j)) != "" {
		return false
	}
	a := srNext(v, j, hi)
	for i := 0; i < 2 && a >= 0 && stTierAdv.get(v.toks[a].h); i++ {
		a = srNext(v, a, hi)
	}
	if a < 0 || v.toks[a].low != "a" && v.toks[a].low != "an" {
		return false
	}
	for m := a + 1; m < hi && m <= a+5; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			return false
		}
		if srReader.get(v.toks[m].h) || srJobPoss.get(v.toks[m].h) {
			return false
		}
		if (stTier.get(v.toks[m].h) || srRoles.get(v.toks[m].h)) && v.toks[m].cls&tCap == 0 {
			return true
		}
	}
	return false
}

// srTopicTierRun: name finding f is a capitalised run between "a/an" and
// a lower-case tier noun after a titled name and its copula ("Dr. Patel is
// now a Diamond Invisalign provider"): a tier's name, no person.
func srTopicTierRun(v *srView, f Finding) bool {
	x, y := srSpan(v, f.Start, f.End)
	if x < 1 || y-x > 2 || y+1 >= len(v.toks) {
		return false
	}
	n := y + 1
	if srGap(v, y, n) != " " || !stTier.get(v.toks[n].h) || v.toks[n].cls&tCap != 0 {
		return false
	}
	a := x - 1
	for i := 0; i < 2 && a > 0 && v.toks[a].cls&tCap != 0 && v.toks[a].nd == 0 && srGap(v, a, a+1) == " "; i++ {
		a-- // "a Platinum Elite Invisalign provider"
	}
	for k := a + 1; k <= y; k++ {
		if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 || srGap(v, k-1, k) != " " {
			return false
		}
	}
	if v.toks[a].low != "a" && v.toks[a].low != "an" {
		return false
	}
	// back over the adverbs and the copula to a titled name
	c := a - 1
	for i := 0; i < 2 && c > 0 && stTierAdv.get(v.toks[c].h); i++ {
		c--
	}
	if c < 2 || !srCopula.get(v.toks[c].h) {
		return false
	}
	for j := c - 1; j >= 0 && j >= c-4; j-- {
		if srTitle.get(v.toks[j].h) && v.toks[j].cls&tCap != 0 {
			return j < c-1
		}
		if !srNameWord(&v.toks[j]) {
			return false
		}
	}
	return false
}

// srTopicOfficeRole: the two words before the name p are a Spanish
// counselor and an office adjective ("consejero financiero").
func srTopicOfficeRole(v *srView, p, lo int) bool {
	o := srPrev(v, p, lo)
	if o < 1 || o-1 < lo || srGap(v, o, p) != " " || srGap(v, o-1, o) != " " {
		return false
	}
	return stOffice.get(v.toks[o].h) && stEsCounsel.get(v.toks[o-1].h) && v.toks[o].cls&tCap == 0
}

// jobTitleHead (compose.go's clinicalHeadAfter): the head k after modifier
// i is the first noun of the sender's job title, "our [new] <i> <k>
// <role>" with an office job's role noun (stJobHeads: "our new bilingual
// treatment coordinator"): the modifier qualifies the job.
func (s *scanner) jobTitleHead(i, k int) bool {
	r := k + 1
	if r >= len(s.toks) || s.gap(r) != " " || s.toks[r].cls&tCap != 0 || !stJobHeads.get(s.toks[r].h) {
		return false
	}
	d := i - 1
	if d >= 0 && s.gap(d+1) == " " && srNew.get(s.toks[d].h) {
		d--
	}
	return d >= 0 && s.gap(d+1) == " " && srOur.get(s.toks[d].h)
}
