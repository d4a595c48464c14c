package guard

// staffframe.go: the structure of staff news, for dropStaffRoles (issue 15,
// dev50, helper STAFF, probe set dev53s). The rule is staffrole.go's; this
// file widens its two questions — does the name stand with a role of the
// sender's, and is a reader word beside it the reader's care — by the shape
// of the sentence rather than by more phrases:
//
//   - the apposition or predicate after the name (srFrameRole): after a
//     comma, a noun phrase opened by our/nuestra, new/nueva, now/ahora, the
//     sender's possessive ("Larkspur's scheduling coordinator", "Meridian's
//     Elm St photo lab lead"), promoted to/named, the/la/el or a role noun
//     itself ("líder del laboratorio …"), holding a role noun (or "head of")
//     before any clause punctuation; or "as <role>" / "to our|the … team"
//     later in the name's clause ("Please welcome Olivia Grant to our team
//     as scheduling coordinator", "welcomes Tom Baker and Rita Chang to the
//     photo counter team"); inline HTML tags between the name and its
//     apposition are no text ("<b>Renata Okafor</b>, our new …");
//   - a list of names (srListEnd, srListStart): "A and B, our new photo
//     associates", "A, B and C" after a role noun or after a team word and a
//     dash or colon ("Our Westgate team — Ray Chen, Ada Mills and Lou Park —
//     won …"): every name of the list takes the list's role;
//   - a lower-case "patient" in a job title: "patient account(s)/financial/
//     relations/services/access/experience" right before a role noun ("our
//     new patient account representative") is no reader (srPatientDept);
//   - a reader word in a sentence about a non-clinical staff member that
//     only tells the reader how to reach the sender (srServiceReader): "you"
//     as a subject ("You may hear her voice when you call"), "your" before a
//     channel noun ("answering your questions on live chat"), in a sentence
//     with a channel word (call, reach, chat, voice, phone, email,
//     questions, desk, counter) and without a care event, a word of
//     srThirdCare ("call" right after "you" excepted), a clinical role (nurse,
//     therapist, physician, caregiver, pharmacist…; enfermera, médico…) or a
//     title, in the sentence or the name's sentence.
//
// What keeps a name reported is everything staffrole.go keeps: "Please
// welcome back Maria Lopez, our patient since 2019", "Meet Dana Whitcomb,
// your new care coordinator", "our new dialysis patients", "Dana will deliver
// your insulin", "She will call you about your overdue balance" ("you" after
// a verb is the reader served), "Meet Ray Chen, your new nurse navigator. He
// will call you".

import "strings"

var (
	// srFrameMay: words that let srMay through for this file's shapes (a
	// team word with no role noun in the field: "welcomes Tom Baker and Rita
	// Chang to the photo counter team").
	srFrameMay = wordSetTab("team crew equipo")
	// srNow: ", now <role>", ", ahora <role>".
	srNow = wordSetTab("now ahora")
	// srTo: "<name> to our/the … team".
	srTo = wordSetTab("to a al")
	// srToDet: the determiner after srTo.
	srToDet = wordSetTab("our the nuestro nuestra el la")
	// srCrew: a team word heading a list after a dash or colon.
	srCrew = wordSetTab("team staff crew equipo")
	// srPatientDept: words between a lower-case patient and a role noun in a
	// job title.
	srPatientDept = wordSetTab("account accounts financial relations services service access experience")
	// srChannel: words of a way to reach the sender.
	srChannel = wordSetTab("call calls reach chat chats voice phone email emails questions question desk counter " +
		"line messages feedback")
	// srYourChannel: the nouns "your" may stand before in a service sentence.
	srYourChannel = wordSetTab("questions question calls call chat chats emails email messages feedback comments")
	// srSubjectBefore: words before a "you" that is a subject.
	srSubjectBefore = wordSetTab("when if and or once whenever time as so that")
	// srOfficeWords: the office before "counselor(s)" that makes it a role of
	// the sender's office ("billing counselors"); a counselor alone may be the
	// reader's ("Counselor Dana White says Marcus relapsed").
	srOfficeWords = wordSetTab("billing financial benefits admissions enrollment sales account accounts insurance")
	srCounselor   = wordSetTab("counselor counselors counsellor counsellors consejera consejero")
	// srNPStop: words that end a role's noun phrase before its role noun
	// (", now under the care of our nurse", ", now seen by our therapist").
	srNPStop = wordSetTab("under of by with to for from in at on seen treated cared who whose which that con por para " +
		"bajo en que")
	// srNotStaffTeam: words before "team" that make a group the reader may
	// join ("to our recovery team", "to the support team").
	srNotStaffTeam = wordSetTab("care support recovery rehab hospice program family wellness group patient patients " +
		"client clients member members")
	// srStayWords: a hospital stay or relapse in the name's sentence keeps
	// the name ("Maria Lopez, our new billing coordinator, was admitted last
	// night"; opsCareEvents does not hold these).
	srStayWords = wordSetTab("admitted readmitted discharged hospitalized hospitalised relapsed rehab icu " +
		"ingresado ingresada hospitalizado hospitalizada internado internada")
	// srCareRoles: clinical roles whose service to the reader is care.
	srCareRoles = wordSetTab("nurse nurses therapist therapists physiotherapist physician physicians surgeon " +
		"dermatologist pediatrician midwife paramedic caregiver caregivers aide aides hygienist dentist audiologist " +
		"optometrist dietitian dietician nutritionist pharmacist pharmacists doctor doctors navigator clinician " +
		"counselor counselors counsellor counsellors consejera consejero psychologist psicologa psicóloga " +
		"enfermera enfermero enfermeras enfermeros medico médico medica médica terapeuta fisioterapeuta cuidadora " +
		"cuidador nutricionista farmaceutico farmacéutico farmaceutica farmacéutica odontologo odontólogo " +
		"odontologa odontóloga practicante")
)

// srFrameBits filters this file's per-token lookups.
var srFrameBits = func() *hashFilter {
	f := tabsFilter(srFrameMay)
	for _, m := range []setTab{srNow, srTo, srToDet, srCrew, srPatientDept, srChannel, srYourChannel, srSubjectBefore, srCareRoles, srStayWords, srOfficeWords, srCounselor, srNPStop, srNotStaffTeam} {
		m.each(f.add)
	}
	return f
}()

func srFrameHas(m *setTab, h uint64) bool { return srFrameBits.may(h) && m.get(h) }

// srCleanGap: the text between tokens j and k without HTML tags.
func srCleanGap(v *srView, j, k int) string {
	g := srGap(v, j, k)
	if !strings.Contains(g, "<") {
		return strings.TrimSpace(g)
	}
	var sb strings.Builder
	for {
		i := strings.IndexByte(g, '<')
		if i < 0 {
			sb.WriteString(g)
			break
		}
		sb.WriteString(g[:i])
		e := strings.IndexByte(g[i:], '>')
		if e < 0 {
			sb.WriteString(g[i:])
			break
		}
		g = g[i+e+1:]
	}
	return strings.TrimSpace(sb.String())
}

// srNextWord: the next token after k in [.., hi) that is no tag name, and the
// gap to it without tags.
func srNextWord(v *srView, k, hi int) (int, string) {
	j := srNext(v, k, hi)
	if j < 0 {
		return -1, ""
	}
	return j, srCleanGap(v, k, j)
}

// srGroupEnd: one to three name words from j (no punctuation between); the
// last, or -1.
func srGroupEnd(v *srView, j, hi int) int {
	if j < 0 || !srNameWord(&v.toks[j]) || srPossessive(v.t.s[v.toks[j].s:]) {
		return -1
	}
	e := j
	for n := 0; n < 2; n++ {
		k, g := srNextWord(v, e, hi)
		if k < 0 || g != "" || !srNameWord(&v.toks[k]) || srPossessive(v.t.s[v.toks[k].s:]) {
			break
		}
		e = k
	}
	if srPossessive(v.t.s[v.toks[e].s:]) {
		return -1
	}
	return e
}

// srListEnd: the name ending at b opens or continues a list "A and B", "A,
// B and C": the list's last token (b when there is no list).
func srListEnd(v *srView, b, hi int) int {
	e := b
	for n := 0; n < 6; n++ {
		k, g := srNextWord(v, e, hi)
		if k < 0 {
			break
		}
		and := g == "" && (v.toks[k].low == "and" || v.toks[k].low == "y")
		if and {
			k2, g2 := srNextWord(v, k, hi)
			if k2 < 0 || g2 != "" {
				break
			}
			if x := srGroupEnd(v, k2, hi); x >= 0 {
				return x // "A[, B] and C": the list ends with the group after "and"
			}
			break
		}
		if g != "," {
			break
		}
		x := srGroupEnd(v, k, hi)
		if x < 0 {
			break
		}
		e = x
	}
	return b
}

// srListStart: the token before the list that the name at a belongs to (a
// list "A, B and C" or a single name), and whether the name is a list's
// later member.
func srListStart(v *srView, a, lo int) (head int, later bool) {
	s := a
	for n := 0; n < 6; n++ {
		q := srPrev(v, s, lo)
		if q < 0 {
			break
		}
		g := srCleanGap(v, q, s)
		w := q
		if g == "" && (v.toks[q].low == "and" || v.toks[q].low == "y") {
			w = srPrev(v, q, lo)
			if w < 0 || srCleanGap(v, w, q) != "" {
				break
			}
		} else if g != "," {
			break
		}
		// w ends the earlier group
		st := w
		for m := 0; m < 2; m++ {
			x := srPrev(v, st, lo)
			if x < 0 || srCleanGap(v, x, st) != "" || !srNameWord(&v.toks[x]) {
				break
			}
			st = x
		}
		if !srNameWord(&v.toks[w]) || srGroupEnd(v, st, len(v.toks)) != w {
			break
		}
		s, later = st, true
	}
	return srPrev(v, s, lo), later
}

// srFrameRole: the name p..b (a its first name word) stands with a role of
// the sender's by the structures of the file comment.
func srFrameRole(v *srView, f Finding, all []Finding, p, b, lo, hi int) bool {
	// a list headed by a role noun or by a team word and a dash or colon
	if h, later := srListStart(v, p, lo); h >= 0 {
		first := srNext(v, h, hi)
		g := srCleanGap(v, h, first)
		tk := &v.toks[h]
		switch {
		case srFrameHas(&srCrew, tk.h) && (g == "—" || g == "–" || g == "-" || g == ":"):
			return true
		case g == ":" && srAward.get(tk.h) && h >= 3 && v.toks[h-1].low == "the" && v.toks[h-2].low == "of" &&
			srRoles.get(v.toks[h-3].h) && !redAwardReader(v, h-2):
			return true // "Pharmacist of the Month: Angela Moreno at our Westgate store"
		case (later && srRoles.get(tk.h) || srOfficeCounselor(v, h)) && (tk.cls&tCap == 0 || tk.sent) && g == "":
			return true
		}
	}
	e := srListEnd(v, b, hi)
	j, g := srNextWord(v, e, hi)
	if j < 0 {
		return false
	}
	tk := &v.toks[j]
	if g == "" {
		switch {
		case srAs.get(tk.h):
			return srNPRole(v, j, hi, 5)
		case srFrameHas(&srTo, tk.h):
			d := srNext(v, j, hi)
			if d < 0 || !srFrameHas(&srToDet, v.toks[d].h) {
				return false
			}
			for m := d + 1; m < hi && m <= d+4; m++ {
				if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || srFrameHas(&srNotStaffTeam, v.toks[m].h) ||
					srReader.get(v.toks[m].h) {
					return false
				}
				if srFrameHas(&srCrew, v.toks[m].h) {
					return true
				}
			}
		}
		return false
	}
	if g != "," {
		return false
	}
	switch {
	case srOur.get(tk.h) || srNew.get(tk.h) || srFrameHas(&srNow, tk.h):
		return srNPRole(v, j, hi, 7)
	case srPromoted.get(tk.h):
		if n := srNext(v, j, hi); n >= 0 && v.toks[n].low == "to" {
			j = n // "promoted to <role>"
		}
		return srNPRole(v, j, hi, 7)
	case srRoles.get(tk.h) && tk.cls&tCap == 0:
		return true
	case tk.low == "the" || tk.low == "la" || tk.low == "el":
		return srNPRole(v, j, hi, 5)
	case tk.cls&tCap != 0 && srSenderRun(v, f, all, j, hi) >= 0:
		if srPersonAt(v, f, all, j) {
			return false // "Maria Lopez, Tom's caregiver": a person's, not the sender's
		}
		j = srSenderRun(v, f, all, j, hi)
		for m := j + 1; m < hi && m <= j+6; m++ {
			if l := v.toks[m].low; l == "of" || l == "del" {
				if n := m + 1; n < hi && v.toks[n].low == "the" && n+1 < hi && srAward.get(v.toks[n+1].h) {
					return false // "<Sender>'s … of the Month": staffrole.go's award path
				}
			}
		}
		return srNPRole(v, j, hi, 7)
	case srPreHas(&srPreWho, tk.h):
		return srNineWhoNamed(v, j, hi) // ", who has been promoted to …" (staffnine.go)
	case tk.cls&tCap == 0:
		return srNineBareRole(v, j, hi) // ", patient financial counselor." (staffnine.go)
	}
	return false
}

// srNPRole: a role noun heads the noun phrase among the n words after token
// j, in the clause: a role noun (a counselor only after an office word:
// "billing counselors") or "head of" ("DailyRoot's new head of customer
// care"), with no preposition, relative or participle before it (", now
// under the care of our nurse", ", now seen by our therapist").
func srNPRole(v *srView, j, hi, n int) bool {
	for m := j + 1; m < hi && m <= j+n; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || srFrameHas(&srNPStop, v.toks[m].h) {
			return false
		}
		if srRoles.get(v.toks[m].h) || srOfficeCounselor(v, m) ||
			v.toks[m].low == "head" && m+1 < hi && (v.toks[m+1].low == "of" || v.toks[m+1].low == "de") {
			return true
		}
	}
	return false
}

// srOfficeCounselor: token m is "counselor(s)" after an office word.
func srOfficeCounselor(v *srView, m int) bool {
	return m > 0 && srFrameHas(&srCounselor, v.toks[m].h) && srFrameHas(&srOfficeWords, v.toks[m-1].h)
}

// srPersonAt: token j lies in another name finding of the field.
func srPersonAt(v *srView, f Finding, all []Finding, j int) bool {
	x, y := v.t.orig(int(v.toks[j].s), int(v.toks[j].e))
	for _, o := range all {
		if o.Kind == KindName && o.Field == f.Field && o.Start < y && o.End > x && !(o.Start == f.Start && o.End == f.End) {
			return true
		}
	}
	return false
}

// srPatientJob: token k, a lower-case "patient", opens a job title: one or
// two department words and then a role noun ("patient account
// representative", "patient financial counselor").
func srPatientJob(v *srView, k, hi int) bool {
	tk := &v.toks[k]
	if tk.low != "patient" || tk.cls&tCap != 0 && !tk.sent { // "Patient accounts manager Omar Haddad …" (staffpre.go)
		return false
	}
	for m := k + 1; m < hi && m <= k+3; m++ {
		if g := srGap(v, m-1, m); strings.TrimSpace(g) != "" && !(m == k+1 && g == "-") { // "patient-services lead" (staffpost.go)
			return false
		}
		if m == k+1 && (ooOfficeRole.get(v.toks[m].h) || srRoles.get(v.toks[m].h)) && k > 0 && (v.toks[k-1].low == "our" || v.toks[k-1].low == "new" && k > 1 && v.toks[k-2].low == "our") {
			return true // "our new patient coordinator" (orthoops.go), "our new patient consultant" (fix108)
		}
		if m > k+1 && (srRoles.get(v.toks[m].h) || srFrameHas(&srCounselor, v.toks[m].h) ||
			srPreHas(&srPreOffice, v.toks[m].h)) { // "patient accounts team" (staffpre.go)
			return true
		}
		if !srFrameHas(&srPatientDept, v.toks[m].h) {
			return false
		}
	}
	return false
}

// srCareSentence: [lo, hi) names a clinical role.
func srCareSentence(v *srView, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if srFrameHas(&srCareRoles, v.toks[k].h) || srTitle.get(v.toks[k].h) && v.toks[k].cls&tCap != 0 {
			return true
		}
	}
	return false
}

// srServiceReader: token k, a reader word in sentence [lo, hi), only tells
// the reader how to reach a non-clinical staff member (see the file
// comment). care: the name's own sentence names a clinical role or title.
func srServiceReader(v *srView, k, lo, hi int, care bool) bool {
	tk := &v.toks[k]
	if care || tk.low != "you" && tk.low != "your" {
		return false
	}
	if tk.low == "you" {
		if q := srPrev(v, k, lo); q >= 0 && !srFrameHas(&srSubjectBefore, v.toks[q].h) {
			return false
		}
		if n := srNext(v, k, hi); n < 0 || v.toks[n].cls&tCap != 0 || srGap(v, k, n) != " " {
			return false
		}
	} else {
		ok := false
		for m := k + 1; m < hi && m <= k+4; m++ {
			if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
				break
			}
			if srFrameHas(&srYourChannel, v.toks[m].h) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if srCareSentence(v, lo, hi) {
		return false
	}
	channel := false
	for m := lo; m < hi; m++ {
		h := v.toks[m].h
		if srSentBits.may(h) && opsCareEvents.get(h) {
			return false
		}
		if srReader.get(h) && v.toks[m].low != "you" && v.toks[m].low != "your" {
			return false
		}
		if srFrameHas(&srChannel, h) {
			channel = true
		}
		if srThirdHas(&srThirdCare, h) && !(v.toks[m].low == "call" && m > lo && v.toks[m-1].low == "you") {
			return false
		}
	}
	return channel
}

// srAboutCare: another sentence [lo, hi) about the person (naming them or
// with a third-person pronoun) holds a finding of another kind than a name
// ("Meet Dana Park, our new store manager. Her chemo starts
// Monday."): the name stays reported.
func srAboutCare(v *srView, f Finding, all []Finding, lo, hi int) bool {
	x, _ := v.t.orig(int(v.toks[lo].s), int(v.toks[lo].e))
	_, y := v.t.orig(int(v.toks[hi-1].s), int(v.toks[hi-1].e))
	for _, o := range all {
		if o.Field == f.Field && o.Kind != KindName && o.Start < y && o.End > x && !srIntroAbout(v, o, lo, hi) { // a home town, a specialty (staffintro.go)
			return true
		}
	}
	return false
}

// srFrameThird: staffthird.go's third-person path for a name whose role is
// in its apposition ("Aisha Khan, Brightway's new Head of Marketing, starts
// Monday") or at the head of its list ("Pharmacy techs Jamal Hughes and
// Brittany Cole won the safety award"): a third-person verb after the name
// or the list's last name (srThirdSubject), with the whole field free of the
// reader and of care (the test of srThirdPerson).
func srFrameThird(v *srView, p, a, b, lo, hi int, role bool) bool {
	if a == b {
		return false
	}
	e := srListEnd(v, b, hi)
	if !role {
		h, later := srListStart(v, p, lo)
		if h < 0 || !later && e == b || srCleanGap(v, h, srNext(v, h, hi)) != "" {
			return false
		}
		tk := &v.toks[h]
		if !(srRoles.get(tk.h) || srOfficeCounselor(v, h)) || tk.cls&tCap != 0 && !tk.sent {
			return false
		}
	}
	for k := range v.toks {
		h := v.toks[k].h
		if srThirdHas(&srFieldReader, h) && !srNotReader(v, k, len(v.toks)) || srThirdHas(&srThirdCare, h) ||
			srReader.get(h) && !srNotReader(v, k, len(v.toks)) {
			return false
		}
		if srSentBits.may(h) && opsCareEvents.get(h) && !srDeptEvent(v, k, 0) {
			return false
		}
	}
	if srThirdSubject(v, e, hi, false) {
		return true
	}
	// an apposition srThirdSubject does not skip ("Brightway's" holds an
	// apostrophe): its closing comma within ten words, then the verb
	j, g := srNextWord(v, e, hi)
	if j < 0 || g != "," {
		return false
	}
	for m := j + 1; m < hi && m <= j+10; m++ {
		switch strings.TrimSpace(srGap(v, m-1, m)) {
		case "", "'", "’":
			continue
		case ",":
			return srVerbAt(v, m, hi)
		}
		return false
	}
	return false
}

// srVerbAt: token k opens a third-person predicate: up to three
// auxiliaries or adverbs and any lowercase word, or an English -s/-ed form
// or a common irregular past (srThirdSubject's test, from a given token).
func srVerbAt(v *srView, k, hi int) bool {
	aux := false
	for n := 0; n < 4 && k >= 0 && k < hi; n++ {
		if n > 0 && strings.TrimSpace(srGap(v, k-1, k)) != "" {
			return false
		}
		tk := &v.toks[k]
		if tk.cls&tCap != 0 || tk.nd != 0 || srThirdHas(&srClitic, tk.h) {
			return false
		}
		if srThirdHas(&srAux, tk.h) {
			aux, k = true, k+1
			continue
		}
		if aux {
			return true
		}
		w := tk.low
		return srPastForm(w) || srThirdHas(&srPastIrr, tk.h) ||
			len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
	}
	return false
}

// srStaySentence: [lo, hi) tells of a hospital stay or a relapse.
func srStaySentence(v *srView, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if srFrameHas(&srStayWords, v.toks[k].h) && !srPostStayTeam(v, k, lo, hi) { // "our rehab team" (staffpost.go)
			return true
		}
	}
	return false
}

// srSenderRun: from token j, one to three capitalised words of which the
// last holds a possessive "'s" ("Larkspur's", "Peak Fuel's", "Northgate
// Optical's"), none in another name finding: the possessive's token, or -1.
func srSenderRun(v *srView, f Finding, all []Finding, j, hi int) int {
	for m := j; m < hi && m <= j+2; m++ {
		if v.toks[m].cls&tCap == 0 || m > j && strings.TrimSpace(srGap(v, m-1, m)) != "" || srPersonAt(v, f, all, m) {
			return -1
		}
		if srPossessive(v.t.s[v.toks[m].s:]) {
			return m
		}
	}
	return -1
}

// srJobTitleRun: name finding f is a job title, no person: a capitalised
// patient word right after "<Role> of" ("Manager of Patient Relations"), or
// a run of three or more capitalised words after a lower-case word that
// ends in a capitalised role noun ("a certified Child Passenger Safety
// Technician").
func srJobTitleRun(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a < 2 || b-a > 3 {
		return false
	}
	for k := a; k <= b; k++ {
		if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 {
			return false
		}
	}
	if srPatientWord.get(v.toks[a].h) && (v.toks[a-1].low == "of" || v.toks[a-1].low == "de") &&
		v.toks[a-2].cls&tCap != 0 && srRoles.get(v.toks[a-2].h) {
		return b+1 >= len(v.toks) || v.toks[b+1].cls&tCap == 0 || strings.TrimSpace(srGap(v, b, b+1)) != ""
	}
	if v.toks[a-1].cls&tCap != 0 || v.toks[a].sent || strings.TrimSpace(srGap(v, a-1, a)) != "" {
		return false
	}
	e := b
	for e+1 < len(v.toks) && e-a < 5 && v.toks[e+1].cls&tCap != 0 && v.toks[e+1].nd == 0 &&
		strings.TrimSpace(srGap(v, e, e+1)) == "" {
		e++
	}
	return e-a >= 2 && srRoles.get(v.toks[e].h) && v.toks[e].cls&tCap != 0
}
