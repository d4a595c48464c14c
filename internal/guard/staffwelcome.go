package guard

// staffwelcome.go: the sender's welcomes, thanks, honours and network news
// of its own clinicians (issue 15, fifteenth pass, fam-staff rows of dev83,
// helper staff2, probe set dev86s). Widenings of dropStaffRoles
// (staffrole.go), not a rule of their own. dev83's staff news with no tenant
// context kept one finding beside a staff member the rules otherwise read as
// the sender's:
//
//   - the sender's short name as the field's header before a colon
//     ("RenalPath Dialysis: Please welcome Dr. …", "Keystone Orthotics:
//     Certified orthotist …"): a clinical or frame finding on a capitalised
//     word of a run of two to four that opens the field and ends at the
//     colon, after at least one capitalised word of its own (srWelHeader);
//   - a titled clinician's specialty as a one-word apposition between commas
//     or before quien/que/who ("al Dr. Renzo Paredes Salazar, cardiólogo,
//     quien atiende …", "La Dra. Milagros Chávez Rojas, pediatra, se suma
//     …"), and the specialist's noun right before the title ("welcomes
//     gastroenterologist Dr. Felipe Araújo"): srWelSpecialty;
//   - "who specializes in IBD and advanced endoscopy": staffintro.go's
//     specialty phrase after ", who", with a short all-capital acronym among
//     its words (srWelWho, srWelAcronym);
//   - an award's name after "named/as" that ends in "<Role> of the
//     Year/Month/Quarter" ("named Endoscopy Nurse of the Year"): srWelAward;
//   - a language before "-speaking" ("our new Spanish-speaking pharmacist
//     team"): srWelLanguage;
//   - a thanks of its own to the titled clinician by the last name ("Thank
//     you, Dr. Brennan!") is no reader word (srWelThanksTitled);
//   - a titled clinician's practice joining the sender's network ("We added
//     140 in-network optometrists this quarter, including Dr. Hannah Lowe's
//     practice in Decatur"): a role and a frame (srWelPractice);
//   - the sender's name opening the field before "welcomes" is no person
//     when one of its words is no name's ("Riverbend Digestive welcomes …",
//     "Glow MedSpa welcomes …": srWelSenderRun).
//
// Everything staffrole.go keeps stays reported: a reader word, a greeting, a
// patient, a care event outside these slots, another person's name, another
// sentence about the person that speaks to the reader ("La Dra. Lucía Vargas
// Quispe, dermatóloga, lo atenderá el martes por su psoriasis", "Dr. Felipe
// Araújo, who will do your endoscopy, specializes in IBD", "Dr. Harold
// Brennan retires this spring. Your hearing aid follow-up … moves to Dr.
// Lena Cruz", "named Patient of the Year after finishing her colon cancer
// treatment"). Strict mode never drops.

import "strings"

var (
	// srWelWho: a relative pronoun between a titled name's comma and the
	// verb of its specialty ("Dr. X, who specializes in …").
	srWelWho = wordSetTab("who quien que")
	// srWelVerbs: the sender's verbs after its name opening the field.
	srWelVerbs = wordSetTab("welcomes congratulates honors honours celebrates introduces")
	// srWelBiz: words of a practice's name that are no person's name.
	srWelBiz = wordSetTab("digestive health vision dental medical medspa spa clinic clinics care wellness eye eyes heart " +
		"skin smiles orthodontics orthotics therapy ent gi dialysis pharmacy podiatry dermatology pediatrics family " +
		"hearing audiology aesthetics center centre institute associates group partners")
	// srWelPremises: a clinician's practice that joins a network.
	srWelPremises = wordSetTab("practice office clinic offices practices")
	// srWelNetwork: words of the sender's provider network.
	srWelNetwork = wordSetTab("network innetwork providers")
	// srWelNamed: the verbs before an award's name.
	srWelNamed = wordSetTab("named as")
)

// srWelCompanion: finding o, of another kind, goes with the dropped name
// p..b of sentence [lo, hi) (see the file comment).
func srWelCompanion(v *srView, o Finding, lo, hi, p, b int, titled bool) bool {
	if o.Kind == KindName {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	if strings.HasPrefix(o.Rule, "frame.") && x >= p && y <= b && v.toks[x].cls&tCap != 0 {
		return true // a third name word the name finding left out ("Dra. Lucía Vargas Quispe")
	}
	if titled && (o.Rule == "frame.morphology" || o.Rule == "frame.unknown") {
		c := o
		c.Rule = "frame.clinical"
		if srIntroSpecialtyOf(v, c, lo, hi) >= 0 {
			return true // "who specializes in … echocardiography"
		}
	}
	return srWelHeader(v, o, x, y, lo, p) || titled && srWelSpecialty(v, o, x, y, lo, hi, p, b) ||
		x > b && srWelAward(v, o, x, y, lo, hi) || srWelLanguage(v, o, x, y, hi)
}

// srWelRule: a clinical, compose, frame or dictionary finding.
func srWelRule(o Finding) bool {
	return srClinicalRule(o) || strings.HasPrefix(o.Rule, "frame.") || strings.HasPrefix(o.Rule, "dictionary.")
}

// srWelHeader: tokens x..y of finding o lie in a run of two to four
// capitalised words that opens the field at lo, ends right before a colon
// and opens before x, all before the name's first token p.
func srWelHeader(v *srView, o Finding, x, y, lo, p int) bool {
	if lo != 0 || y >= p || y-lo > 3 || !srWelRule(o) {
		return false
	}
	for k := lo; k <= y; k++ {
		if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 || k > lo && strings.Trim(srGap(v, k-1, k), " &") != "" {
			return false
		}
	}
	end := -1 // the run's last word, right before the colon
	for e := y; e+1 < len(v.toks) && e <= lo+3; e++ {
		if strings.HasPrefix(strings.TrimSpace(srGap(v, e, e+1)), ":") {
			end = e
			break
		}
		if e+1 >= p || v.toks[e+1].cls&tCap == 0 || v.toks[e+1].nd != 0 || strings.Trim(srGap(v, e, e+1), " &") != "" {
			return false
		}
	}
	if end < 0 {
		return false
	}
	if x == lo && end == x {
		return srWelInnerCap(v, x) // one word alone only with a capital inside it ("RxDirect:"; not "Dialysis:")
	}
	return x > lo || o.Kind != KindCondition // the first word of a longer run no condition ("Policlínico Miraflores:"; not "Diabetes Update:")
}

// srWelSpecialty: the one-word finding x of a titled name p..b is its
// specialty: right after the name and a comma, then a comma or
// quien/que/who ("Dr. Renzo Paredes Salazar, cardiólogo, quien …"), or
// right before the title after no reader word ("welcomes gastroenterologist
// Dr. Felipe Araújo").
func srWelSpecialty(v *srView, o Finding, x, y, lo, hi, p, b int) bool {
	if x != y || !srWelRule(o) || !srSpecialtyWord(v, x, x) || v.toks[x].cls&tCap != 0 || v.toks[x].nd != 0 {
		return false
	}
	if x == srNext(v, b, hi) {
		if strings.TrimSpace(srGap(v, b, x)) != "," || x+1 >= hi {
			return false
		}
		g := strings.TrimSpace(srGap(v, x, x+1))
		return g == "," || g == "" && srWelWho.get(v.toks[x+1].h)
	}
	if x+1 == p && srGap(v, x, p) == " " {
		d := srPrev(v, x, lo)
		return d < 0 || !srReader.get(v.toks[d].h) && !srJobPoss.get(v.toks[d].h) && !srNotModifier.get(v.toks[d].h) &&
			!srPossessive(v.t.s[v.toks[d].s:])
	}
	return false
}

// srWelAward: finding x..y, capitalised words after "named"/"as", is in an
// award's name that ends in a capitalised role noun and "of the" and an
// award's period ("named Endoscopy Nurse of the Year").
func srWelAward(v *srView, o Finding, x, y, lo, hi int) bool {
	if !srWelRule(o) {
		return false
	}
	s := x
	for s > lo && s > x-3 && v.toks[s-1].cls&tCap != 0 && srGap(v, s-1, s) == " " {
		s--
	}
	if s-1 < lo || !srWelNamed.get(v.toks[s-1].h) || v.toks[s-1].cls&tCap != 0 || srGap(v, s-1, s) != " " {
		return false
	}
	for k := x; k <= y+4 && k+3 < hi; k++ {
		if k > x && srGap(v, k-1, k) != " " || v.toks[k].cls&tCap == 0 {
			return false
		}
		if k > y && srRoles.get(v.toks[k].h) {
			return v.toks[k+1].low == "of" && v.toks[k+2].low == "the" && srAward.get(v.toks[k+3].h) &&
				srGap(v, k, k+1) == " " && srGap(v, k+1, k+2) == " " && srGap(v, k+2, k+3) == " "
		}
	}
	return false
}

// srWelLanguage: finding x, one capitalised word, is a language before
// "-speaking" ("Spanish-speaking").
func srWelLanguage(v *srView, o Finding, x, y, hi int) bool {
	return x == y && x+1 < hi && strings.HasPrefix(o.Rule, "frame.") && v.toks[x].cls&tCap != 0 &&
		srGap(v, x, x+1) == "-" && v.toks[x+1].low == "speaking"
}

// srWelAcronym: token k is an all-capital acronym of two to five letters
// ("IBD"), which staffintro.go's specialty phrase may hold.
func srWelAcronym(v *srView, k int) bool {
	t := v.t.s[v.toks[k].s:v.toks[k].e]
	if len(t) < 2 || len(t) > 5 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// srWelThanksTitled: token j, "you", sits in a sentence [lo, hi) that is
// only a thanks to a titled person by the last word lw ("Thank you, Dr.
// Brennan!").
func srWelThanksTitled(v *srView, j, lo, hi int, lw uint64) bool {
	if v.toks[lo].low != "thank" || lo+1 >= hi || v.toks[lo+1].low != "you" || hi < lo+4 {
		return false
	}
	if hi > lo+4 {
		// "Thank you, Dr. Walsh, for your years of service to our community!"
		return srWelThanksYears(v, lo+4, hi) && (j == lo+1 || j == lo+5) && srWelThanksTitled(v, lo+1, lo, lo+4, lw) &&
			strings.TrimSpace(srGap(v, lo+3, lo+4)) == ","
	}
	j = lo + 1
	t, n := &v.toks[j+1], &v.toks[j+2]
	if !srTitle.get(t.h) || t.cls&tCap == 0 || n.h != lw || n.cls&tCap == 0 || strings.TrimSpace(srGap(v, j, j+1)) != "," {
		return false
	}
	end := strings.TrimSpace(v.t.s[n.e:])
	if hi < len(v.toks) {
		end = strings.TrimSpace(srGap(v, j+2, hi))
	}
	return strings.HasPrefix(end, "!") || strings.HasPrefix(end, ".") || strings.HasPrefix(end, ",") && hi < len(v.toks) &&
		v.toks[hi].low == "for" && !v.toks[hi].sent
}

// srWelPractice: the titled name ending at b is followed by "'s" and a
// practice noun, in a sentence [lo, hi) with a network word and no reader
// word ("including Dr. Hannah Lowe's practice in Decatur").
func srWelPractice(v *srView, b, lo, hi int) bool {
	if !srPossessive(v.t.s[v.toks[b].s:]) {
		return false
	}
	ok := false
	for k := b + 1; k < hi && k <= b+2; k++ {
		if srWelPremises.get(v.toks[k].h) {
			ok = true
		}
	}
	if !ok {
		return false
	}
	for k := lo; k < hi; k++ {
		if srWelNetwork.get(v.toks[k].h) {
			return true
		}
	}
	return false
}

// srWelSenderRun: name finding f is a run of two to four capitalised words
// opening the field, right before a lower-case sender verb ("welcomes"), one
// of whose words is no person's name (srWelBiz, or a capital inside the
// word: "MedSpa").
func srWelSenderRun(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a != 0 || b <= a || b-a > 3 || b+1 >= len(v.toks) {
		return false
	}
	biz := false
	for k := a; k <= b; k++ {
		tk := &v.toks[k]
		if tk.cls&tCap == 0 || tk.nd != 0 || k > a && strings.Trim(srGap(v, k-1, k), " &") != "" {
			return false
		}
		if srWelBiz.get(tk.h) || srWelInnerCap(v, k) {
			biz = true
		}
	}
	n := &v.toks[b+1]
	return biz && srGap(v, b, b+1) == " " && srWelVerbs.get(n.h) && n.cls&tCap == 0
}

// srWelInnerCap: token k has a capital letter after its first ("MedSpa",
// "RxDirect"): a brand's name, no person's.
func srWelInnerCap(v *srView, k int) bool {
	w := v.t.s[v.toks[k].s:v.toks[k].e]
	return len(w) > 1 && strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

// srWelThanksYears: tokens [k, hi) are "for your [many|N] years of
// service/dedication/leadership [to our community/team/practice]".
func srWelThanksYears(v *srView, k, hi int) bool {
	w := func(i int) string {
		if i >= hi {
			return ""
		}
		return v.toks[i].low
	}
	if w(k) != "for" || w(k+1) != "your" {
		return false
	}
	i := k + 2
	if w(i) == "many" || i < hi && v.toks[i].nd != 0 && v.toks[i].cls&tCap == 0 {
		i++
	}
	if w(i) != "years" || w(i+1) != "of" || !(w(i+2) == "service" || w(i+2) == "dedication" || w(i+2) == "leadership") {
		return false
	}
	i += 3
	if i == hi {
		return true
	}
	return i+3 == hi && w(i) == "to" && w(i+1) == "our" && (w(i+2) == "community" || w(i+2) == "team" || w(i+2) == "practice")
}
