package guard

// staffpost.go: the sender's staff named with post-nominal credentials
// (issue 15, dev88, helper STAFF16, probe set dev91s). dropStaffRoles
// (staffrole.go) reads a credential after a name and a comma as the
// person's role, but dev88's staff news still failed it at the tests that
// keep a name reported:
//
//   - credentials it did not know (srPostCreds, added to srCreds): CCRC,
//     CCRP, CPhT, CLC, CEDS, FACP, FACS, BCPS…, so "Hannah Pike, CCRP" had
//     no role; and credentials that are also words, states or conditions
//     (srPostAmbig: MS, MA, FACE, MBA, MEd), read as credentials only in a
//     run beside a known one ("Dana Whitfield, MS, RDN, CEDS" — "MS" is no
//     multiple sclerosis there; srPostCred, through staffcred.go's
//     srCredMore);
//   - a finding of another kind in the sentence that is the credentialled
//     person's own (srPostCompanion, through staffmore.go's srCompanion):
//     an address finding over the name and its credential ("Rina
//     Castellanos, MD" read as a city and Maryland); the specialty after
//     "board-certified in" / "certified in" / "fellowship-trained in"
//     ("board-certified in geriatric medicine"); a clinical word inside the
//     sender's own programme — "our" and up to four words before a
//     programme noun ("our endocrinology studies", "our family-based
//     treatment (FBT) training program", "our day-center therapy team");
//     a clinical word inside a
//     professional body's name after "for" ("the Academy for Eating
//     Disorders");
//   - a care event word that is the staff member's (srPostEvent, through
//     staffrole.go's care-word loop): "exam"/"test" after "pass[ed|ing]
//     the" and an upper-case credential or board/licensing/certification
//     ("on passing the IBCLC exam"; a credential or a professional exam's
//     acronym, srPostExamName — "the COVID test" stays reported), and a care word inside the sender's
//     programme as above;
//   - a run of credentials after another ("Dana Whitfield, MS, RDN,
//     CEDS": the run "RDN, CEDS" goes with the name, srPostRunAfter) and
//     a run that opens with an upper-case credential of srCredCaps ("PT,
//     DPT", through stafften.go's srTenCredRun);
//   - a language the person serves families in, read by a medical
//     dictionary as a term, in a later sentence about the person
//     (srPostLanguage through staffintro.go's srIntroAbout, srPostLangGoes):
//     "She sees families in English and Spanish.";
//   - a branch's place read as a surname after "at" in the apposition of a
//     credentialled name ("Marcus Lee, PharmD, our new
//     pharmacist-in-charge at Verdant Leaf Harrisburg", srPostEmployer,
//     a no-person finding of dropStaffRoles);
//   - a patient-department job title joined by a hyphen ("our new
//     patient-services lead", through staffframe.go's srPatientJob);
//   - a stay word naming the sender's department (srPostStayTeam, through
//     staffframe.go's srStaySentence): "rehab" between "our" and
//     team/department/gym/staff ("to our rehab team").
//
// Every slot but srPostStayTeam holds only when the name is followed by a
// comma and a credential (srPostNamed); all of staffrole.go's other tests
// still apply: a reader word (you, your, patient…) anywhere in the
// sentence, a greeting before the name, another sentence about the person
// that speaks to the reader, or a stay or injury word keeps the name
// reported ("Please welcome Gloria Núñez, PT, DPT, who will start your
// knee rehab Monday", "Congrats to Jamie Tran on finishing chemo"). Strict
// mode never drops anything (dropStaffRoles runs in standard mode only).

import "strings"

var (
	// srPostCreds: credentials added to srCreds (upper-case acronyms that
	// are no words).
	srPostCreds = "ccrc ccrp cpht clc ceds facp facs facog faan bcps cdces mph msw otd"
	// srPostAmbig: credentials that are also words, states or conditions:
	// credentials only in upper case beside a known credential.
	srPostAmbig = wordSetTab("ms ma face mba med")
	// srPostCertified: the words before "in" and a specialty.
	srPostCertified = wordSetTab("certified trained")
	// srPostProgram: the nouns of the sender's own programme.
	srPostProgram = wordSetTab("study studies trial trials research program programs programme programmes " +
		"training curriculum track team department")
	// srPostDone: completion verbs before the programme: a participant's.
	srPostDone = wordSetTab("complete completes completed completing finish finishes finished finishing " +
		"graduate graduates graduated graduating attend attends attended attending enrolled joined")
	// srPostExam: the staff member's exam.
	srPostExam = wordSetTab("exam exams examination test boards")
	// srPostExamName: professional exams named by their acronym (besides a
	// credential of srCreds: "the IBCLC exam"); no test of the person's
	// health ("the COVID test" stays reported).
	srPostExamName = wordSetTab("nclex usmle comlex ptce excpt npte nbcot ccrn cen cpen mpje naplex")
	// srPostPass: the verbs before it.
	srPostPass = wordSetTab("pass passes passed passing")
	// srPostBoard: the words of a professional exam's name.
	srPostBoard = wordSetTab("board licensing licensure certification certifying credentialing")
	// srPostDept: the sender's department nouns after a stay word.
	srPostDept = wordSetTab("team teams department gym staff")
	// srPostOrgFor: "for" in a professional body's name.
	srPostOrgFor = wordSetTab("for on")
)

// srPostCred: token j is an ambiguous credential (srPostAmbig) in upper
// case with a comma to a known credential (srCreds in upper case) right
// before or after it.
func srPostCred(v *srView, j, hi int) bool {
	tk := &v.toks[j]
	if !srPostAmbig.get(tk.h) || tk.cls&tUpper == 0 {
		return false
	}
	known := func(k int) bool {
		t := &v.toks[k]
		return srCreds.get(t.h) && t.cls&tUpper != 0
	}
	if n := j + 1; n < hi && n < len(v.toks) && strings.TrimSpace(srGap(v, j, n)) == "," && known(n) {
		return true
	}
	return j > 0 && strings.TrimSpace(srGap(v, j-1, j)) == "," && known(j-1)
}

// srPostNamed: the name's last token b is followed by a comma and a
// credential.
func srPostNamed(v *srView, b, hi int) bool {
	j := b + 1
	if b < 0 || j >= hi || strings.TrimSpace(srGap(v, b, j)) != "," {
		return false
	}
	tk := &v.toks[j]
	return srCreds.get(tk.h) && tk.cls&tCap != 0 || srCredMore(v, j, hi)
}

// srPostCompanion: finding o, of another kind, in the sentence [lo, hi) of
// a credentialled name p..b, is the person's own (see the file comment).
func srPostCompanion(v *srView, o Finding, lo, hi, p, b int) bool {
	if !srPostNamed(v, b, hi) {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	if o.Kind == KindAddress {
		// the name and its credential read as a city and a state
		return x >= p && x <= b && y == b+1
	}
	if !srClinicalRule(o) && !strings.HasPrefix(o.Rule, "frame.") {
		return false
	}
	return srPostSpecialty(v, x, lo) || srPostOurProgram(v, x, y, lo, hi) || srPostOrgName(v, x, y, lo)
}

// srPostSpecialty: tokens from x follow "<board->certified in" or
// "<fellowship->trained in".
func srPostSpecialty(v *srView, x, lo int) bool {
	if x-2 < lo || v.toks[x-1].low != "in" || srGap(v, x-1, x) != " " || srGap(v, x-2, x-1) != " " {
		return false
	}
	return srPostCertified.get(v.toks[x-2].h)
}

// srPostOurProgram: tokens x..y lie between "our" (up to four words before
// x) and a programme noun (up to four words after y), with no clause
// punctuation but hyphens and brackets and no reader word in between, and
// no completion or attendance verb right before "our" ("on completing our
// bulimia program" is a participant's care).
func srPostOurProgram(v *srView, x, y, lo, hi int) bool {
	our := false
	for j := x - 1; j >= lo && x-j <= 4; j-- {
		if strings.ContainsAny(srGap(v, j, j+1), ",.;:!?") {
			return false
		}
		if v.toks[j].low == "our" {
			if d := j - 1; d >= lo && srPostDone.get(v.toks[d].h) {
				return false // "on completing our bulimia program": the person's own care
			}
			our = true
			break
		}
		if srReader.get(v.toks[j].h) {
			return false
		}
	}
	if !our {
		return false
	}
	for j := y + 1; j < hi && j-y <= 4; j++ {
		if strings.ContainsAny(srGap(v, j-1, j), ",.;:!?") || srReader.get(v.toks[j].h) {
			return false
		}
		if srPostProgram.get(v.toks[j].h) && v.toks[j].cls&tCap == 0 {
			return true
		}
	}
	return false
}

// srPostOrgName: tokens x..y, capitalised, follow "<Org head> for/on
// [the]" ("Academy for Eating Disorders").
func srPostOrgName(v *srView, x, y, lo int) bool {
	for k := x; k <= y; k++ {
		if v.toks[k].cls&tCap == 0 {
			return false
		}
	}
	j := x - 1
	if j > lo && v.toks[j].low == "the" {
		j--
	}
	if j-1 < lo || !srPostOrgFor.get(v.toks[j].h) {
		return false
	}
	head := &v.toks[j-1]
	return srOrgHeads.get(head.h) && head.cls&tCap != 0
}

// srPostEvent: token k, a care event word in the sentence [lo, hi) of a
// name whose last token is b, is the credentialled staff member's own: a
// professional exam, or a word of the sender's programme.
func srPostEvent(v *srView, k, lo, hi, b int) bool {
	if !srPostNamed(v, b, hi) || srReader.get(v.toks[k].h) {
		return false
	}
	if srPostExam.get(v.toks[k].h) {
		// "passing the IBCLC exam", "passed her board exam"
		j := k - 1
		if j < lo {
			return false
		}
		tk := &v.toks[j]
		if !(tk.cls&tUpper != 0 && (srCreds.get(tk.h) || srPostExamName.get(tk.h)) || srPostBoard.get(tk.h)) {
			return false
		}
		for m := j - 1; m >= lo && m >= j-3; m-- {
			if strings.ContainsAny(srGap(v, m, m+1), ",.;:!?") {
				return false
			}
			if srPostPass.get(v.toks[m].h) {
				return true
			}
		}
		return false
	}
	return srPostOurProgram(v, k, k, lo, hi)
}

// srPostStayTeam: token k, a stay word, names the sender's department:
// "our" before it and a department noun right after it ("our rehab
// team").
func srPostStayTeam(v *srView, k, lo, hi int) bool {
	d, n := k-1, k+1
	if d < lo || n >= hi || srGap(v, d, k) != " " || srGap(v, k, n) != " " {
		return false
	}
	return v.toks[d].low == "our" && srPostDept.get(v.toks[n].h)
}

// srPostRunAfter: the credential run opening at token j follows the name's
// last token b after one to three credentials, each after a comma
// ("Dana Whitfield, MS, RDN, CEDS": "RDN, CEDS" after "MS").
func srPostRunAfter(v *srView, b, j int) bool {
	if b < 0 || j-b < 2 || j-b > 4 {
		return false
	}
	for k := b + 1; k <= j; k++ {
		if strings.TrimSpace(srGap(v, k-1, k)) != "," {
			return false
		}
		if k < j && !(srCreds.get(v.toks[k].h) && v.toks[k].cls&tUpper != 0 || srCredMore(v, k, j+1)) {
			return false
		}
	}
	return true
}

// srPostLangs: language names a staff member serves families in.
var srPostLangs = wordSetTab("english spanish french portuguese mandarin cantonese vietnamese tagalog arabic " +
	"russian korean haitian creole somali hmong polish italian german japanese hindi urdu farsi punjabi " +
	"ingles inglés espanol español")

// srPostLanguage: finding o covers one capitalised language name beside
// another ("in English and Spanish") or after "in"/"en"/"speaks" in the
// sentence [lo, hi): a staff member's languages, no care.
func srPostLanguage(v *srView, o Finding, lo, hi int) bool {
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || x != y || y >= hi || !srPostLangs.get(v.toks[x].h) || v.toks[x].cls&tCap == 0 {
		return false
	}
	if x-1 >= lo {
		if l := v.toks[x-1].low; l == "in" || l == "en" || l == "speaks" || l == "habla" {
			return true
		}
	}
	for _, k := range [2]int{x - 2, x + 2} {
		if k < lo || k >= hi {
			continue
		}
		m := (x + k) / 2
		if l := v.toks[m].low; (l == "and" || l == "or" || l == "y") && srPostLangs.get(v.toks[k].h) && v.toks[k].cls&tCap != 0 {
			return true
		}
	}
	return false
}

// srPostLangGoes: finding o, a language (srPostLanguage), in the sentence
// right after the dropped mention m's that opens with he/she/they/él/ella,
// or in another sentence holding a word of m's name, goes with m ("Welcome
// Sofia Arredondo, RN, IBCLC, to the Little Latch family! She sees
// families in English and Spanish.").
func srPostLangGoes(v *srView, o Finding, m *srMention) bool {
	x, _ := srSpan(v, o.Start, o.End)
	if x < 0 {
		return false
	}
	lo, hi := srSentence(v, x)
	if lo == m.lo || !srPostLanguage(v, o, lo, hi) {
		return false
	}
	if lo == m.hi && srPron.get(v.toks[lo].h) {
		return true
	}
	for k := lo; k < hi; k++ {
		if h := v.toks[k].h; (h == m.fw || h == m.lw) && v.toks[k].cls&tCap != 0 {
			return true
		}
	}
	return false
}

// srPostEmployer: finding f, a frame rule's word read as a surname
// (staffnine.go's srNineSurname), is the last word of the employer's
// capitalised name after "at" in the apposition of a credentialled name:
// "<Name>, <credential>, our [new] <role>[-in-charge] at <Capitalised …>"
// ("Marcus Lee, PharmD, our new pharmacist-in-charge at Verdant Leaf
// Harrisburg"), with no reader word in the sentence: a branch's place, no
// person.
func srPostEmployer(v *srView, f Finding) bool {
	if !srNineFrameRule(f) {
		return false
	}
	a, b := srSpan(v, f.Start, f.End)
	if a < 0 || a != b || v.toks[a].cls&tCap == 0 {
		return false
	}
	lo, hi := srSentence(v, a)
	for k := lo; k < hi; k++ {
		if srReader.get(v.toks[k].h) {
			return false
		}
	}
	// back over the capitalised run to "at"
	j := a
	for j-1 > lo && v.toks[j-1].cls&tCap != 0 && srGap(v, j-1, j) == " " && a-j < 3 {
		j--
	}
	at := j - 1
	if at <= lo || v.toks[at].low != "at" || srGap(v, at, j) != " " {
		return false
	}
	// the role phrase: up to five words after "our", no clause punctuation,
	// a role noun among them
	role := false
	for m := at - 1; m >= lo && at-m <= 6; m-- {
		if strings.ContainsAny(srGap(v, m, m+1), ",.;:!?()") {
			return false
		}
		if srRoles.get(v.toks[m].h) {
			role = true
		}
		if v.toks[m].low == "our" {
			// ", our": after a credential that follows a name and a comma
			c := m - 1
			if !role || c-1 < lo || strings.TrimSpace(srGap(v, c, m)) != "," {
				return false
			}
			tk := &v.toks[c]
			if !(srCreds.get(tk.h) && tk.cls&tCap != 0 || srCredMore(v, c, hi)) {
				return false
			}
			return strings.TrimSpace(srGap(v, c-1, c)) == "," && srNameWord(&v.toks[c-1])
		}
	}
	return false
}
