package guard

// staffrole.go: the sender's staff, guests and authors named in apposition
// with their role (issue 15, dev33, helper STAFF). "Meet Rosa Jimenez, our
// new billing supervisor", "Peak Fuel Tempe welcomes coach Marcus Bell,
// NASM-CPT", "Congratulations to caregiver Samuel Adeyemi, BrightPath's
// Caregiver of the Quarter!", "'Whey vs. Casein' by sports dietitian Alicia
// Moreno, RD", "Le presentamos a Rosa Jiménez, nuestra nueva supervisora":
// a person named as the sender's employee, guest or author is no health
// information of the reader's, but the name detectors report the name.
// dropStaffRoles, run in standard mode after dropStaffNews, drops name
// findings — never a finding of another kind but the two below — of a
// person who is the sender's:
//
//  1. every name finding of the notice is one to four capitalised words
//     (after an optional "Dr."/"Dra."; a cue the finding opens with —
//     "caregiver", "Welcome" — is skipped, and the name is widened to
//     neighbouring capitalised words) in a plain-text field (HTML tags are
//     skipped as words) whose sentence is about no reader (4 below);
//     otherwise nothing is dropped;
//  2. a person (one field, the same first and last word) is dropped when
//     one mention stands in apposition with a role of the sender's and one
//     mention's sentence has a sender-side frame (3); the role is a role
//     noun right before the name ("coach", "store manager", "team member",
//     "sports dietitian", "nuestra cuidadora", "la atleta olímpica"), or
//     after a comma "our [new] … <role>", "nuestra [nueva] … <role>",
//     "nueva <role>", a credential ("RD", "AuD", "NASM-CPT", "DDS",
//     "PharmD"…), "<Sender>'s … of the Month/Quarter/Year", or "as/como …
//     <role>" right after the name;
//  3. a sender-side frame: our/we/us/team/staff/store/blog/welcome(s)/
//     joins/meet/farewell/congratulations/proud…, Spanish nuestro/equipo/
//     tienda/bienvenida/presentamos/felicitamos/despedimos/conozca…, or
//     "by <role> X" (an author's byline);
//  4. about no reader: no you/your/yours, no su/sus/usted/tu/te, no
//     greeting right before the name (hi, dear, hola, estimada, thank
//     you…), no patient/client/resident (paciente, cliente) and no word
//     of a person in care (sober, survivor, admission, admitted,
//     discharged, inpatient, hospitalizada…: RED, dev53r), no care event
//     (opsCareEvents: appointment, visit, session, results, therapy…), no
//     finding of another kind in the sentence but a credential or a
//     professional body's name (below); and no other sentence of the field
//     that holds a word of the name, or opens with he/she/they/él/ella,
//     speaks to the reader ("Meet Aaron Blake, our new billing supervisor.
//     Aaron, your statement is due", "… our new audiologist. She will see
//     you" stay reported).
//
// With a dropped name go a credential finding right after it and a comma
// ("Dr. Hannah Okafor, AuD" — "AuD" is read as a condition) and a finding
// inside a professional body's name in the same sentence ("the Idaho
// Academy of Audiology"). "Hi Rosa Jimenez,", "Your caregiver Samuel
// Adeyemi will arrive at 9", "Dr. Hannah Okafor will see you", "your
// audiologist Dr. Lena Varga", "Meet Rosa Jimenez, your case manager",
// "Keisha Brown picked up your order", "Our team welcomes new client
// Dorothy Simms" and "La Dra. Marta Gil lo atenderá" (a title is no role)
// stay reported. Strict mode never drops anything. The rule looks only at
// the sentences of name findings; its per-token lookups sit behind
// srSentBits.

import (
	"sort"
	"strings"
)

var (
	// srRoles: role nouns of the sender's staff, guests and authors
	// (English and Spanish, accented and plain).
	srRoles = wordSetTab("manager managers supervisor coordinator lead director founder cofounder owner coach trainer " +
		"caregiver caregivers dietitian dietician nutritionist pharmacist optician optometrist audiologist dentist " +
		"hygienist technician tech receptionist cashier stylist dispatcher recruiter specialist rower marathoner " +
		"athlete runner author chef barista associate advisor adviser consultant representative assistant nurse " +
		"president ambassador instructor expert host guest buyer fitter scheduler sprinter swimmer cyclist triathlete " +
		"lifter climber olympian medalist champion " +
		"techs technicians cashiers coaches opticians receptionists pharmacists " + // "pharmacy techs X and Y" (NAMES5)
		"therapist physiotherapist physician surgeon dermatologist pediatrician midwife paramedic fisioterapeuta terapeuta " +
		"gerente gerenta gerentes gerentas supervisora coordinadora coordinador recepcionista cuidadora cuidador nutricionista entrenador " +
		"entrenadora atleta asesor asesora directora fundador fundadora cajera cajero tecnico técnico tecnica técnica " +
		"optometrista audiologa audióloga audiologo audiólogo farmaceutico farmacéutico farmaceutica farmacéutica " +
		"dietista estilista corredora corredor autora autor invitada invitado " +
		"chief vp ceo cfo coo cmo officer enfermera enfermero enfermeras enfermeros practicante jefe jefa medica médica " +
		"medico médico odontologo odontólogo odontologa odontóloga administradora administrador " +
		"associates supervisors coordinators representatives employee employees " + // staffframe.go
		"specialists advisors lider líder lideres líderes representante representantes asociado asociada asociados " +
		"asociadas empleado empleada empleados empleadas " +
		"liaison liaisons driver drivers analyst analysts especialista especialistas enlace " + // staffpre.go
		"designer designers photographer photographers clinician clinicians engineer engineers accountant " + // staffnine.go
		"accountants courier couriers diseñadora diseñador disenadora disenador fotografa fotógrafa fotografo fotógrafo " +
		"founders cofounders owners fundadores fundadoras " + // staffcred.go
		"aide aides " + // staffintro.go: "home health aide X", "our front-desk aide X"
		sr109Roles + " " + sr117Roles) // staffroles109.go: social worker, partera, counsellor, technologist, supplier; staffroles117.go
	// srMember: "member" is a role only after team/staff ("team member").
	srMember = wordSetTab("member miembro")
	srTeam   = wordSetTab("team staff equipo")
	// srRoleAdj: an adjective between a Spanish role and the name ("la
	// atleta olímpica Sofía Paredes").
	srRoleAdj = wordSetTab("olimpica olímpica olimpico olímpico certificada certificado nueva nuevo")
	srTitle   = wordSetTab("dr dra doctor doctora lic ing lcda lcdo licda licdo qfb qbp enf mtro mtra " + sr109Titles) // lcda/lcdo: staffnine.go; qfb…mtra: r107 (dev107), context_words.txt [title]; Prof.: staffroles109.go
	// srCreds: credentials after a name and a comma.
	srCreds = wordSetTab("rd rdn aud nasm cpt md rn dds dmd od pharmd dpt np lpn cna phd ccc cscs issn lmt ibclc cpst " +
		"lcsw lpc lmft aprn fnp crna psyd otr slp atc cnm " + // the second line: staffcred.go
		"dpm bsn msn dnp " + // stafftopic.go: "Dr. Hannah Cole, DPM,", "Tara Quinn, BSN, RN"
		srPostCreds) // staffpost.go: "Hannah Pike, CCRP", "Aisha Brown, CPhT"
	srOur   = wordSetTab("our nuestro nuestra nuestros nuestras")
	srNew   = wordSetTab("new nueva nuevo nuevas nuevos")
	srAs    = wordSetTab("as como")
	srAward = wordSetTab("month quarter year mes trimestre ano año")
	// srSender: sender-side frame words.
	srSender = wordSetTab("our ours we were weve us team staff store stores shop blog welcome welcomes welcoming " +
		"joins joined joining join meet farewell congratulations congrats spotlight proud announce thanks " +
		"newsletter hello aboard " +
		"nuestro nuestra nuestros nuestras equipo tienda sucursal bienvenida presentamos felicitamos " +
		"despedimos conozca conoce conocemos blog " +
		"felicidades felicitaciones enhorabuena bienvenidos bienvenidas congratulating kudos welcomed " + // staffframe.go
		"crew " + // staffpre.go
		"congratulates congratulate honors honoring celebrates recognizes felicita names appoints promotes" + // staffnine.go
		" nombra nombro designa designo") // fix108: "<Sender> nombra a X como nueva gerenta"
	// srReader: words about the reader or of a person in care.
	srReader = wordSetTab("you your yours youre youll youve yourself su sus usted ustedes tu tus te " +
		"patient patients client clients resident residents paciente pacientes cliente clientes residente residentes " +
		// RED (dev53r): a person in care named like staff ("BrightPath's
		// Recovery Milestone of the Quarter: 1 year sober!", "our newest
		// hospice admission")
		"sober sobriety sobrio sobria sobriedad relapse survivor survivors sobreviviente sobrevivientes " +
		"inpatient inpatients outpatient admission admitted discharged hospitalized hospitalizado hospitalizada internado internada")
	srGreet = wordSetTab("hi hello hey dear hola estimado estimada querido querida thank thanks gracias")
	srPron  = wordSetTab("he she they him her el él ella ellos")
)

// srSentBits filters the per-token lookups of srReader, opsCareEvents and
// srSender over a name's sentence (hashfilter.go).
var srSentBits = func() *hashFilter {
	f := tabsFilter(srReader)
	for _, m := range []setTab{opsCareEvents, srSender, srNews, srProviders} {
		m.each(f.add)
	}
	return f
}()

type srView struct {
	t    ntext
	toks []token
}

// dropStaffRoles: see the file comment.
func (g *Guard) dropStaffRoles(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields || anyReaderTied(out) { // readertied.go
		return out
	}
	names := 0
	for _, f := range out {
		if f.Kind == KindName {
			names++
		}
	}
	if names == 0 || !srMay(n) {
		return out
	}
	for _, f := range n.Fields {
		if f.HTML || len(f.Text) > g.maxField {
			continue
		}
		v := &srView{t: normalize(f.Text, nil, nil)}
		v.toks = tokenize(&v.t, nil)
		if g.ssServedField(v) { // the household a role serves (staffserved.go)
			return out
		}
	}
	all := append([]Finding(nil), out...)
	var relabel []int      // frame findings read as a name's last word (staffnine.go)
	var relabelKind []Kind // and their own kinds
	views := make([]*srView, len(n.Fields))
	view := func(field string) *srView {
		idx := -1
		for i, f := range n.Fields {
			if f.Name == field {
				if idx >= 0 {
					return nil // duplicate field names: fail closed
				}
				idx = i
			}
		}
		if idx < 0 {
			return nil
		}
		f := n.Fields[idx]
		if f.HTML || len(f.Text) > g.maxField {
			return nil
		}
		if views[idx] == nil {
			if _, _, _, ok := decodeNested(f.Text); ok {
				return nil
			}
			v := &srView{t: normalize(f.Text, nil, nil)}
			v.toks = tokenize(&v.t, nil)
			views[idx] = v
		}
		return views[idx]
	}
	// A person is the sender's when every mention of the name in its field
	// is about no reader, one has a role in apposition and one a
	// sender-side frame ("<h3>Meet Jenna Kowalski</h3><p>Olympic rower
	// Jenna Kowalski is visiting …").
	type person struct {
		field       string
		last        uint64 // the name's first and last word
		ok          bool
		role, frame bool
	}
	credRun := make([]int, len(all)) // a run of credentials after a name: its first token (stafften.go)
	ms := make([]srMention, len(all))
	vs := make([]*srView, len(all))
	noPerson := make([]bool, len(all))
	for i, f := range all {
		if srNineFrameRule(f) {
			if v := view(f.Field); v != nil && srNineSurname(v, f) {
				relabel, relabelKind = append(relabel, i), append(relabelKind, f.Kind)
				all[i].Kind = KindName // "Jordan Teague, RN": frame.notice on "Teague"
			}
		}
	}
	var people []person
	for i, f := range all {
		if f.Kind != KindName {
			continue
		}
		v := view(f.Field)
		if v == nil {
			return out
		}
		vs[i] = v
		if svFieldHomeVisit(v) {
			return out // red18d: a clinician visiting the home (staffvisit.go)
		}
		if credRun[i] = srTenCredRun(v, f) + 1; credRun[i] > 0 { // "Patrice Lumley, RN, CWOCN" (stafften.go)
			continue
		}
		if srNoPerson(v, f) || srJobTitleRun(v, f) || srCredEmployer(v, f) || srTopicTierRun(v, f) || srWelSenderRun(v, f) || srPostEmployer(v, f) { // a holiday or a storm (staffmore.go), a job title (staffframe.go), an employer (staffcred.go)
			noPerson[i] = true
			continue
		}
		ms[i] = srStaffName(v, f, all)
		if !ms[i].ok {
			return out // any name not clearly a person about no reader: fail closed
		}
		if ms[i].titled && !(ms[i].role && ms[i].frame) {
			if r, fr := srEarlier(v, ms[i], f, all); r && fr { // staffmore.go
				ms[i].role, ms[i].frame = true, true
			}
		}
		found := false
		for k := range people {
			if people[k].field == f.Field && people[k].last == ms[i].last {
				people[k].role = people[k].role || ms[i].role
				people[k].frame = people[k].frame || ms[i].frame
				found = true
			}
		}
		if !found {
			people = append(people, person{f.Field, ms[i].last, true, ms[i].role, ms[i].frame})
		}
	}
	staff := func(i int) bool {
		for _, p := range people {
			if p.field == all[i].Field && p.last == ms[i].last {
				if p.role && p.frame {
					return true
				}
				break
			}
		}
		// a first or last name alone ("¡Felicidades, Rocío!") of a person
		// dropped in the same field (staffmore.go)
		if m := &ms[i]; m.fw == m.lw {
			for k, q := range all {
				if k != i && q.Kind == KindName && q.Field == all[i].Field && ms[k].fw != ms[k].lw &&
					(ms[k].fw == m.fw || ms[k].lw == m.fw) {
					for _, p := range people {
						if p.field == q.Field && p.last == ms[k].last && p.role && p.frame {
							return true
						}
					}
				}
			}
		}
		// "¡Gracias, don Cheo!" right after a dropped staff member's
		// sentence (staffintro.go)
		if srIntroThanksNick(vs[i], &ms[i]) {
			for k, q := range all {
				if k != i && q.Kind == KindName && q.Field == all[i].Field && ms[k].ok && ms[k].hi == ms[i].lo {
					for _, p := range people {
						if p.field == q.Field && p.last == ms[k].last && p.role && p.frame {
							return true
						}
					}
				}
			}
		}
		// a first name whose full name in the field is no finding
		// ("Our CEO Margaret Hollis will retire … Thank you, Margaret!",
		// staffnine.go)
		return srNineFirst(vs[i], &ms[i], all[i], all)
	}
	isStaff := make([]bool, len(all))
	for i, f := range all {
		isStaff[i] = f.Kind == KindName && !noPerson[i] && credRun[i] == 0 && staff(i)
	}
	keep := out[:0]
	var dropped []int
	for i, f := range all {
		if noPerson[i] {
			continue
		}
		if credRun[i] > 0 {
			gone := false
			for d := range all {
				if isStaff[d] && all[d].Field == f.Field && (srNext(vs[i], ms[d].b, len(vs[i].toks)) == credRun[i]-1 ||
					srPostRunAfter(vs[i], ms[d].b, credRun[i]-1)) { // "Dana Whitfield, MS, RDN, CEDS" (staffpost.go)
					gone = true
				}
			}
			if !gone {
				keep = append(keep, f)
			}
			continue
		}
		if isStaff[i] {
			dropped = append(dropped, i)
			continue
		}
		for x, r := range relabel {
			if r == i {
				f.Kind = relabelKind[x] // kept: its own kind again
			}
		}
		keep = append(keep, f)
	}
	if len(dropped) == 0 {
		return keep
	}
	// A credential after a dropped name and a comma ("Dr. Hannah Okafor,
	// AuD") goes with it, and so does a professional body's name in the
	// same sentence ("the Idaho Academy of Audiology").
	k := 0
	for _, f := range keep {
		if f.Kind != KindName {
			if v := view(f.Field); v != nil {
				gone := false
				if j := srCredAt(v, f); j >= 0 {
					for _, d := range dropped {
						if all[d].Field == f.Field && srNext(v, ms[d].b, len(v.toks)) == j {
							gone = true
						}
					}
				} else if srOrgAt(v, f) {
					a, _ := srSpan(v, f.Start, f.End)
					for _, d := range dropped {
						if all[d].Field == f.Field && ms[d].lo <= a && a < ms[d].hi {
							gone = true
						}
					}
				}
				for _, d := range dropped {
					m := &ms[d]
					if !gone && all[d].Field == f.Field && (srCompanion(v, f, m.lo, m.hi, m.p, m.b, m.titled) ||
						srIntroGoes(v, f, m) || srPostLangGoes(v, f, m)) { // a home town or specialty in the person's next sentence (staffintro.go); a language (staffpost.go)
						gone = true
					}
				}
				if gone {
					continue
				}
			}
		}
		keep[k] = f
		k++
	}
	return keep[:k]
}

// srOrgHeads: heads of a professional body's name ("Academy of …").
var srOrgHeads = wordSetTab("academy association society college board council institute federation foundation " +
	"academia asociacion asociación sociedad colegio consejo instituto federacion federación fundacion fundación")

// srOrgAt: finding o covers capitalised words right after "<Org head>
// of/de" ("Academy of Audiology").
func srOrgAt(v *srView, o Finding) bool {
	a, b := srSpan(v, o.Start, o.End)
	if a < 2 || b-a > 3 {
		return false
	}
	for k := a; k <= b; k++ {
		if v.toks[k].cls&tCap == 0 {
			return false
		}
	}
	of := v.toks[a-1].low
	head := &v.toks[a-2]
	return (of == "of" || of == "de") && srOrgHeads.get(head.h) && head.cls&tCap != 0
}

// srCredAt: finding o covers only a credential after a name and a comma
// ("AuD", "PharmD", "NASM-CPT"); the credential's first token, or -1.
func srCredAt(v *srView, o Finding) int {
	a, b := srSpan(v, o.Start, o.End)
	if a < 1 || b-a > 1 {
		return -1
	}
	for k := a; k <= b; k++ {
		if (!srCreds.get(v.toks[k].h) || v.toks[k].cls&tCap == 0) && !srCredMore(v, k, len(v.toks)) { // staffcred.go
			return -1
		}
	}
	q := a - 1
	if !srNameWord(&v.toks[q]) || strings.TrimSpace(srGap(v, q, a)) != "," {
		return -1
	}
	return a
}

// srSpan: the tokens a..b overlapping [start, end).
func srSpan(v *srView, start, end int) (a, b int) {
	a, b = -1, -1
	toks := v.toks
	// Tokens are in text order and normalize keeps the order of the
	// original bytes, so a token's original start and end grow with k:
	// the first token ending after start is found by halving, and the walk
	// stops at the first token starting at or after end (lead,
	// twenty-fourth pass: a walk of every token per finding made the staff
	// rules quadratic on long fields; TestSrSpanIsTheWalk).
	k := sort.Search(len(toks), func(k int) bool {
		_, y := v.t.orig(int(toks[k].s), int(toks[k].e))
		return y > start
	})
	for ; k < len(toks); k++ {
		x, y := v.t.orig(int(toks[k].s), int(toks[k].e))
		if x >= end {
			break
		}
		if y <= start {
			continue
		}
		if a < 0 {
			a = k
		}
		b = k
	}
	return a, b
}

// srTag: token k is an HTML tag's name ("<b>", "</p>").
func srTag(v *srView, k int) bool {
	s := int(v.toks[k].s)
	return s > 0 && v.t.s[s-1] == '<' || s > 1 && v.t.s[s-1] == '/' && v.t.s[s-2] == '<'
}

// srPrev, srNext: the word before/after token k within [lo, hi), skipping
// HTML tag names; -1 when none.
func srPrev(v *srView, k, lo int) int {
	for k--; k >= lo; k-- {
		if !srTag(v, k) {
			return k
		}
	}
	return -1
}

func srNext(v *srView, k, hi int) int {
	for k++; k < hi; k++ {
		if !srTag(v, k) {
			return k
		}
	}
	return -1
}

// srGap: the text between tokens j and k (j < k).
func srGap(v *srView, j, k int) string { return v.t.s[v.toks[j].e:v.toks[k].s] }

// srSentence: the sentence of token k, a title's dot ("Dra. Marta") no
// sentence's end.
func srSentence(v *srView, k int) (lo, hi int) {
	lo = k
	for lo > 0 && (!v.toks[lo].sent || srTitle.get(v.toks[lo-1].h)) {
		lo--
	}
	hi = k + 1
	for hi < len(v.toks) && (!v.toks[hi].sent || srTitle.get(v.toks[hi-1].h)) {
		hi++
	}
	return lo, hi
}

// srMention: what srStaffName finds about one name finding.
type srMention struct {
	ok          bool   // a well-formed name in a sentence about no reader
	role, frame bool   // a role in apposition; a sender-side frame
	last        uint64 // the name's first and last word
	lo, hi      int    // the sentence
	p, b        int    // the name's first token (its title if any) and last
	titled      bool   // a title before the name
	fw, lw      uint64 // the name's first and last word
}

// srStaffName: finding f, a name: is it a person in a sentence about no
// reader, with a role in apposition, in a sender-side frame?
func srStaffName(v *srView, f Finding, all []Finding) (r srMention) {
	a, b := srSpan(v, f.Start, f.End)
	if a < 0 || b-a > 4 {
		return r
	}
	lo, hi := srSentence(v, a)
	if b >= hi {
		return r
	}
	// The finding may hold a cue before the name ("caregiver Samuel",
	// "Welcome Keisha", "Dr. Felix") or only part of it ("Brooks" of
	// "Helena Brooks"): n0..b is the name proper, p its title if any.
	for a <= b && (v.toks[a].cls&tCap == 0 || srCue(&v.toks[a])) {
		a++
	}
	if a > b {
		if a >= hi {
			return r
		}
		b = a
	}
	for q := srPrev(v, a, lo); q >= 0 && b-q < 4 && srNameWord(&v.toks[q]) && !strings.ContainsAny(srGap(v, q, a), ",.!?:;()") && !v.toks[a].sent; q = srPrev(v, a, lo) {
		a = q
	}
	for q := srNext(v, b, hi); q >= 0 && q-a < 4 && srNameWord(&v.toks[q]) && !strings.ContainsAny(srGap(v, b, q), ",.!?:;()'’—–") && !strings.Contains(srGap(v, b, q), " -"); q = srNext(v, b, hi) {
		b = q
	}
	for k := a; k <= b; k++ {
		if !srNameWord(&v.toks[k]) {
			return r
		}
	}
	p := a
	if q := srPrev(v, p, lo); q >= 0 && srTitle.get(v.toks[q].h) && v.toks[q].cls&tCap != 0 {
		p = q
	}
	// 4. nothing about the reader in the sentence.
	titled := p != a
	ev := -1 // an open event's noun before "with <name>" (staffpre.go)
	if !titled {
		ev = srPreEventHost(v, p, lo, hi)
		if ev < 0 {
			ev = srCredReserveHost(v, p, lo, hi) // "Reserve seats with Ruth Abernathy" (staffcred.go)
		}
		if ev < 0 {
			ev = srIntroRSVPHost(v, p, lo, hi) // "RSVP to Tasha Greene" (staffintro.go)
		}
	}
	contact := -1 // "X from Customer Care tried to reach you" (staffjob.go)
	if !titled {
		contact = srJobContact(v, all, f, p, b, lo, hi)
	}
	for k := lo; k < hi; k++ {
		h := v.toks[k].h
		if srSentBits.may(h) && (srReader.get(h) && k != contact && !srNotReader(v, k, hi) && !srPatientJob(v, k, hi) &&
			!srServiceReader(v, k, lo, hi, titled) && !srPreReader(v, k, lo, hi, titled) && // staffframe.go, staffpre.go
			!srNineCourierReader(v, k, p, lo, hi, titled) && !srTenPatientDept(v, k, lo) &&
			!srWelThanksTitled(v, k, lo, hi, v.toks[b].h) || // "Thank you, Dr. Brennan!" (staffwelcome.go) // staffnine.go, stafften.go
			opsCareEvents.get(h) && !srDeptEvent(v, k, lo) && k != ev && !srCredOrgWord(v, k, lo, hi)) && // staffcred.go
			!srTopicEvent(v, k, lo, hi) && // a job title's, department's, specialty's or talk's care word (stafftopic.go)
			!srPostEvent(v, k, lo, hi, b) { // a credentialled person's exam or programme (staffpost.go)
			return r
		}
	}
	if q := srPrev(v, a, lo); q >= 0 && srGreet.get(v.toks[q].h) && !srNineThanksName(v, q, a, b, hi, titled) {
		return r
	}
	if srStaySentence(v, lo, hi) || srIntroHurtSentence(v, lo, hi) { // staffframe.go; an injury or diagnosis (staffintro.go)
		return r
	}
	sx, _ := v.t.orig(int(v.toks[lo].s), int(v.toks[lo].e))
	_, sy := v.t.orig(int(v.toks[hi-1].s), int(v.toks[hi-1].e))
	for _, o := range all {
		if o.Kind != KindName && o.Field == f.Field && o.Start < sy && o.End > sx && srCredAt(v, o) < 0 && !srOrgAt(v, o) &&
			!srCompanion(v, o, lo, hi, p, b, titled) && srSpecialtyOf(v, o, lo, hi) < 0 {
			return r
		}
	}
	// 2. a role in apposition; 3. a sender-side frame.
	role, byline := false, false
	q0 := srPrev(v, p, lo)
	if q0 >= 0 && !titled && (v.toks[q0].low == "and" || v.toks[q0].low == "y") {
		q0 = srCoordRole(v, q0, lo) // "pharmacy techs Jamal Hughes and Brittany Cole" (NAMES5)
	}
	if q := q0; q >= 0 {
		ri := -1
		switch {
		case srRoles.get(v.toks[q].h):
			ri = q
		case srMember.get(v.toks[q].h):
			if q2 := srPrev(v, q, lo); q2 >= 0 && srTeam.get(v.toks[q2].h) {
				ri = q
			}
		case srRoleAdj.get(v.toks[q].h) && v.toks[q].cls&tCap == 0:
			if q2 := srPrev(v, q, lo); q2 >= 0 && srRoles.get(v.toks[q2].h) {
				ri = q2
			}
		case srJobAgent(&v.toks[q]): // "Nuestra promotora Lucía Benavides" (staffjob.go)
			ri = q
		}
		if ri >= 0 && !strings.ContainsAny(srGap(v, q, p), ".!?:;") {
			role = true
			for j := ri - 1; j >= lo && j >= ri-3; j-- {
				if v.toks[j].low == "by" || v.toks[j].low == "por" {
					byline = true
				}
			}
		}
	}
	if !role {
		role = srRoleAfter(v, b, hi) || srRoleBeforeComma(v, p, lo) || // staffmore.go
			srFrameRole(v, f, all, p, b, lo, hi) || // staffframe.go
			srPreRole(v, p, b, lo, hi) || // staffpre.go
			srCredOurRoleNP(v, p, lo) || // "Nuestra especialista de facturación Renee Castillo" (staffcred.go)
			srTenLeads(v, b, hi) || // "Marcus Bell now leads Member Support" (stafften.go)
			srTopicOfficeRole(v, p, lo) || // "Nuestro consejero financiero Luis Romero" (stafftopic.go)
			titled && srWelPractice(v, b, lo, hi) // "including Dr. Hannah Lowe's practice" (staffwelcome.go)
	}
	labeled := !titled && srCredCourierLabel(v, p, lo, hi) // "Driver: Marcus, white van …" (staffcred.go)
	role = role || labeled
	frame := byline || labeled
	if titled && (srNewsFrame(v, lo, hi) || srListItem(v, b)) || srAuthorOfLot(v, a, lo) || // staffmore.go
		srTenSchedule(v, a, b, hi, titled) || srTenAwardTo(v, p, lo) || srTenReligious(v, a, b, lo, hi) || srTenNewRole(v, b, hi) || // stafften.go
		titled && srTopicTier(v, b, hi) { // "Dr. Patel is now a Diamond Invisalign provider" (stafftopic.go)
		role, frame = true, true
	}
	if contact >= 0 || titled && srJobTalkHost(v, p, lo, hi) { // staffjob.go
		role, frame = true, true
	}
	for k := lo; k < hi && !frame; k++ {
		if h := v.toks[k].h; srSentBits.may(h) && srSender.get(h) || srJobFrame.get(h) { // srJobFrame: staffjob.go
			frame = true
		}
	}
	if !frame && !titled && srNineCourierName(v, p, lo, hi) { // "on its way with driver Marcus" (staffnine.go)
		frame = true
	}
	if !(role && frame) && srThirdPerson(v, p, a, b, lo, hi, titled) { // staffthird.go
		role, frame = true, true
	}
	if !(role && frame) && srFrameThird(v, p, a, b, lo, hi, role) { // staffframe.go
		role, frame = true, true
	}
	if ev >= 0 || !(role && frame) && srPreThird(v, p, a, b, lo, hi) { // an open event's host, a role's noun phrase (staffpre.go)
		role, frame = true, true
	}
	// 5. other sentences naming the person or opening with a pronoun.
	for k := 0; k < len(v.toks); {
		slo, shi := srSentence(v, k)
		k = shi
		if slo == lo {
			continue
		}
		about := srPron.get(v.toks[slo].h)
		for j := slo; j < shi && !about; j++ {
			if srThirdHas(&srPron3, v.toks[j].h) { // "Your sessions move to her." (staffthird.go)
				about = true
			}
			for m := p; m <= b; m++ {
				if v.toks[j].h == v.toks[m].h && !srTitle.get(v.toks[m].h) {
					about = true
				}
			}
		}
		if !about {
			continue
		}
		if srAboutCare(v, f, all, slo, shi) { // staffframe.go
			return r
		}
		for j := slo; j < shi; j++ {
			if h := v.toks[j].h; srSentBits.may(h) && srReader.get(h) && !srNotReader(v, j, shi) &&
				!srIntroThanksOnly(v, j, slo, shi, v.toks[a].h) && // "Thank you, Lorraine!" (staffintro.go)
				!srWelThanksTitled(v, j, slo, shi, v.toks[b].h) && // "Thank you, Dr. Brennan!" (staffwelcome.go)
				!srServiceReader(v, j, slo, shi, titled || srCareSentence(v, lo, hi)) &&
				!srPreReader(v, j, slo, shi, titled || srCareSentence(v, lo, hi)) { // staffframe.go, staffpre.go
				return r
			}
		}
	}
	return srMention{ok: true, role: role, frame: frame, last: v.toks[a].h*31 ^ v.toks[b].h, lo: lo, hi: hi, p: p, b: b, titled: titled,
		fw: v.toks[a].h, lw: v.toks[b].h}
}

// srRoleAfter: a role after the name's last token b: ", our [new] …
// <role>", ", nueva <role>", ", <credential>", ", <Sender>'s … of the
// <Month>", "as … <role>".
func srRoleAfter(v *srView, b, hi int) bool {
	j := srNext(v, b, hi)
	if j < 0 {
		return false
	}
	gap := srGap(v, b, j)
	tk := &v.toks[j]
	if srAs.get(tk.h) && strings.TrimSpace(gap) == "" {
		return srRoleWithin(v, j, hi, 5)
	}
	if srJoinAs.get(tk.h) && strings.TrimSpace(gap) == "" { // "X joins [the team] as front office manager" (NAMES5)
		for m := j + 1; m < hi && m <= j+4; m++ {
			if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
				return false
			}
			if srAs.get(v.toks[m].h) {
				return srRoleWithin(v, m, hi, 5)
			}
		}
		return false
	}
	if srCopula.get(tk.h) && strings.TrimSpace(gap) == "" { // "X is our new shop manager" (staffthird.go)
		if o := srNext(v, j, hi); o >= 0 && srOur.get(v.toks[o].h) && strings.TrimSpace(srGap(v, j, o)) == "" {
			return srRoleWithin(v, o, hi, 5)
		}
		return srTenCopulaNew(v, j, hi) // "es el nuevo coordinador" (stafften.go)
	}
	if strings.TrimSpace(gap) != "," {
		return false
	}
	switch {
	case srCreds.get(tk.h) && tk.cls&tCap != 0 || srCredMore(v, j, hi) || srJobCredForm(v, j, hi): // srCredMore: staffcred.go; srJobCredForm: staffjob.go
		return true
	case srOur.get(tk.h) || srNew.get(tk.h):
		return srRoleWithin(v, j, hi, 7)
	case srRoles.get(tk.h) || srJobAgent(tk): // srJobAgent: ", auxiliar de farmacia" (staffjob.go)
		return true // ", store manager at …", ", gerente de …" (staffmore.go)
	case tk.low == "the" || tk.low == "la" || tk.low == "el":
		return srRoleWithin(v, j, hi, 4) // ", the new photo center lead"
	case tk.cls&tCap == 0 && tk.nd == 0 && !srNotModifier.get(tk.h) && j+1 < hi && srRoles.get(v.toks[j+1].h) &&
		strings.TrimSpace(srGap(v, j, j+1)) == "":
		return true // ", store manager", ", sports dietitian" (staffmore.go)
	case srPromoted.get(tk.h):
		return srRoleWithin(v, j, hi, 7) // ", promoted to Harbor Pharmacy's Director of …" (NAMES5)
	case tk.cls&tCap != 0 && srPossessive(v.t.s[tk.s:]):
		for m := j + 1; m < hi && m <= j+2; m++ { // ", Lensly's new Head of Customer Care" (NAMES5)
			if srNew.get(v.toks[m].h) && srRoleWithin(v, m, hi, 5) {
				return true
			}
		}
		for m := j + 1; m < hi && m <= j+6; m++ {
			if v.toks[m].low == "of" || v.toks[m].low == "del" {
				if n := m + 1; n < hi && v.toks[n].low == "the" && n+1 < hi && srAward.get(v.toks[n+1].h) {
					return !redAwardReader(v, m) // redcuts.go
				}
			}
		}
	}
	return false
}

// srRoleWithin: a role noun among the n words after token j, in the
// clause (no sentence or clause punctuation in between).
func srRoleWithin(v *srView, j, hi, n int) bool {
	for m := j + 1; m < hi && m <= j+n; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			return false
		}
		if srRoles.get(v.toks[m].h) || srHeadOf(v, m, hi) {
			return true
		}
	}
	return false
}

// srPossessive: the text opens with a word and a possessive "'s".
func srPossessive(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isLetterByte(c) || isDigitByte(c) || c >= 0x80 && !strings.HasPrefix(s[i:], "’") {
			continue
		}
		return strings.HasPrefix(s[i:], "'s") || strings.HasPrefix(s[i:], "’s")
	}
	return false
}

// srCue: a word a name finding may open with that is no part of the name.
func srCue(tk *token) bool {
	return srTitle.get(tk.h) || srRoles.get(tk.h) || srMember.get(tk.h) || srSender.get(tk.h) || srGreet.get(tk.h)
}

// srNameWord: a capitalised word without digits that is no cue.
func srNameWord(tk *token) bool {
	return tk.cls&tCap != 0 && tk.nd == 0 && !srCue(tk) && !srOur.get(tk.h) && !srNew.get(tk.h) && !srCreds.get(tk.h)
}

// srMayBits filters srMay's lookups of srRoles, srCreds, srMember and
// srAward (hashfilter.go).
var srMayBits = func() *hashFilter {
	f := tabsFilter(srRoles)
	for _, m := range []setTab{srCreds, srMember, srAward, srMoreMay} {
		m.each(f.add)
	}
	return f
}()

// srMayByte[c]: for an ASCII letter its lower case, 1 for a byte of 0x80
// or more, 0 for any other byte (srMay's byte test; TestSrMayByte).
var srMayByte = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 0x80:
			t[c] = 1
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c >= 'a' && c <= 'z':
			t[c] = byte(c)
		}
	}
	return
}()

// srMay is dropStaffRoles' cheap first test: a mention is dropped only
// with a role (srRoles, "team member", a credential, an award), so a notice
// none of whose plain-text fields holds such a word (or a word with a byte
// outside ASCII, which the normalised view may read as one) is left as it
// is before any field is normalised and tokenised again. No allocation.
func srMay(n Notice) bool {
	for _, f := range n.Fields {
		if f.HTML {
			continue // dropStaffRoles reads no HTML field
		}
		// srMayThird(f.Text) (a title in a field without a reader word,
		// staffthird.go) read in the same pass: title and reader are its
		// words; a byte past ASCII answers true before either matters
		title, reader := false, false
		text := f.Text
		// a word's letters in an inner loop of their own, the tests
		// once at its end (helper SPEED15; TestSrMayFused)
		for i := 0; i < len(text); {
			b := srMayByte[text[i]] // one load for the three tests below (helper SPEED13B)
			if b == 1 {             // a byte past ASCII
				return true
			}
			if b < 'a' {
				i++
				continue
			}
			ws, h := i, uint64(fnvOffset)
			for ; i < len(text); i++ { // an ASCII letter, lowered
				b = srMayByte[text[i]]
				if b < 'a' {
					break
				}
				h ^= uint64(b)
				h *= fnvPrime
			}
			if b == 1 { // the word ends at a byte past ASCII
				return true
			}
			if srThirdBits.may(h) {
				if srFieldReader.get(h) {
					reader = true
				} else if srThirdMay.get(h) {
					title = true
				}
			}
			if srMayBits.may(h) && (srRoles.get(h) || srCreds.get(h) || srMember.get(h) || srAward.get(h) || srMoreMay.get(h)) {
				return true
			}
			// (srJobAgentText's first test inline: five letters or more,
			// a lower-case first one)
			if i-ws >= 5 && text[ws] >= 'a' && srJobAgentText(text[ws:i], h) || srJobMay.get(h) { // a role noun by its form, a contact attempt (staffjob.go)
				return true
			}
		}
		if title && !reader {
			return true
		}
	}
	return false
}
