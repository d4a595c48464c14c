package guard

// staffmore.go: more of the sender's people for dropStaffRoles (issue 15,
// dev41/dev42, helper STAFF2). The rule is staffrole.go's; this file holds
// its later cases:
//
//   - a titled person (Dr./Dra./Doctor/Doctora/Lic./Ing.) in a sentence of
//     staff news (srNews: welcome(s), joins, retiring, honoring, congrats,
//     meet, bienvenida, se incorpora, se une(n), se suma(n), se jubila,
//     homenaje, felicitamos, conoce/conozca, despedimos, or "new providers"
//     / "nuevos médicos") has a role and a frame: "La Dra. Paola Sandoval se
//     incorpora como directora médica", "Homenaje al Dr. Horacio Lanusse";
//   - a role after a comma: ", store manager at …", ", the new photo center
//     lead", ", gerente de …", ", médica de familia" (a role noun among the
//     first four words of the apposition);
//   - a name after "signed by"/"firmada por" or "a painting/print by",
//     "un cuadro/una obra de" in a field that speaks of an auction (subasta,
//     auction, lote, lot, gala, rifa, raffle) is the sender's lot's author;
//   - holidays and storms named after people are no person: "Martin Luther
//     King Jr. Day", "Día de Martin Luther King", "Hurricane Helene",
//     "Tropical Storm Debby", "huracán Milton", "tormenta tropical Alberto";
//   - with a dropped person go a date finding in its sentence ("se jubila el
//     31 de diciembre", "a partir del 2 de enero") and, for a titled person,
//     a clinical finding in brackets or after a dash right after the name
//     ("Dr. Esteban Quiroga (pediatría)", "Dr. Ramón Ibarra — Medicina
//     familiar"), in the apposition after its comma ("jefe de cirugía") or
//     inside the name itself ("Colón");
//   - "accepting new patients" ("aceptan pacientes nuevos") and an
//     anniversary's "sus 20 años" are no reader.
//
// Everything else of staffrole.go holds: a sentence with you/your/su/usted,
// a greeting before the name, a patient, or a care event keeps every name.

import "strings"

var (
	// srNews: staff-news words that make a title a role.
	srNews = wordSetTab("welcome welcomes welcoming joins joined joining retiring retires retire retired retirement " +
		"honoring honouring honor honour congrats congratulations meet " +
		"bienvenida bienvenido bienvenidas bienvenidos incorpora incorporan une unen suma suman jubila jubilan " +
		"jubilacion jubilación homenaje felicitamos conoce conozca conozcan despedimos")
	// srProviders: "new providers", "nuevos médicos" (a list of new staff).
	srProviders = wordSetTab("providers physicians doctors dentists proveedores medicos médicos doctores odontologos odontólogos")
	srAuction   = wordSetTab("subasta auction lote lot lots gala rifa raffle")
	srSigned    = wordSetTab("signed autographed firmada firmado firmadas firmados autografiada autografiado")
	srArtwork   = wordSetTab("painting print portrait cuadro obra pintura retrato")
	srStorm     = wordSetTab("hurricane huracan huracán storm tormenta typhoon tifon tifón")
	srAccept    = wordSetTab("accepting accept accepts aceptan acepta aceptando aceptamos taking takes") // taking, takes: staffintro.go
	srPatients  = wordSetTab("patients pacientes clients")                                               // clients: staffintro.go ("taking new clients")
	srYears     = wordSetTab("years anos años")
	srSu        = wordSetTab("su sus")
)

// srMoreMay: words that let srMay pass for this file's cases.
var srMoreMay = newSetTab(func() map[uint64]bool {
	m := map[uint64]bool{}
	// not srTitle: a title alone drops nothing (a titled clinician needs
	// a news word beside it), and "Dr." is in many notices that are no
	// staff news — reading them again cost every such check its
	// allocations (BenchmarkCheckPrepared: 2 allocs, 1.8 kB per check)
	for _, s := range []setTab{srNews, srSigned, srArtwork, srStorm, srProviders, srFrameMay, wordSetTab("king head"), srPreMay, srCredCaps, srCredSeat,
		srCounselor} { // an office's counselor before the name (srRoleBeforeComma; fix108)
		s.each(func(h uint64) { m[h] = true })
	}
	return m
}())

// srTitled: the word before token p (the name's first) is a title.
func srTitled(v *srView, p, lo int) bool {
	q := srPrev(v, p, lo)
	return q >= 0 && srTitle.get(v.toks[q].h) && v.toks[q].cls&tCap != 0
}

// srNewsFrame: a staff-news word in [lo, hi), or "new providers".
func srNewsFrame(v *srView, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		h := v.toks[k].h
		if !srSentBits.may(h) {
			continue
		}
		if srNews.get(h) {
			return true
		}
		if srProviders.get(h) && (k > lo && srNew.get(v.toks[k-1].h) || k+1 < hi && srNew.get(v.toks[k+1].h)) {
			return true
		}
	}
	return false
}

// srAuthorOfLot: the name at a stands after "signed by"/"firmada por" or
// "painting by"/"cuadro de" in a field about an auction.
func srAuthorOfLot(v *srView, a, lo int) bool {
	q := srPrev(v, a, lo)
	if q < 1 {
		return false
	}
	by := v.toks[q].low
	w := v.toks[q-1].h
	ok := (by == "by" || by == "por") && srSigned.get(w) || (by == "by" || by == "de") && srArtwork.get(w)
	if !ok || strings.ContainsAny(srGap(v, q, a), ",.!?:;()") {
		return false
	}
	for k := range v.toks {
		if srAuction.get(v.toks[k].h) {
			return !srLotBirth(v) // "a quilt signed by Maria Lopez, born 1962" (red3cuts.go)
		}
	}
	return false
}

// srNoPerson: finding f names a holiday or a storm, no person.
func srNoPerson(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a < 0 {
		return false
	}
	// widen to the capitalised run around the finding
	for a > 0 && v.toks[a-1].cls&tCap != 0 && !srStorm.get(v.toks[a-1].h) && strings.TrimSpace(srGap(v, a-1, a)) == "" {
		a--
	}
	for b+1 < len(v.toks) && v.toks[b+1].cls&tCap != 0 && strings.Trim(srGap(v, b, b+1), " .") == "" &&
		(!strings.Contains(srGap(v, b, b+1), ".") || v.toks[b].low == "jr") {
		b++
	}
	if b-a > 5 {
		return false
	}
	// "Martin Luther King (Jr.) Day", "Día de Martin Luther King"
	for k := a; k+2 <= b; k++ {
		if v.toks[k].low == "martin" && v.toks[k+1].low == "luther" && v.toks[k+2].low == "king" {
			for j := a; j <= b; j++ {
				if j < k || j > k+3 {
					if l := v.toks[j].low; l != "day" && l != "dia" && l != "día" {
						return false
					}
				}
			}
			if k+3 <= b && v.toks[k+3].low != "jr" && v.toks[k+3].low != "day" {
				return false
			}
			if v.toks[b].low == "day" {
				return true
			}
			return k >= 2 && v.toks[k-1].low == "de" && (v.toks[k-2].low == "dia" || v.toks[k-2].low == "día")
		}
	}
	// "Hurricane Helene", "Tropical Storm Debby", "huracán Milton"
	if a == b || a+1 == b && srStorm.get(v.toks[a].h) {
		n := b
		if a == b {
			n = a
		}
		q := n - 1
		if q >= 0 && srStorm.get(v.toks[q].h) && strings.TrimSpace(srGap(v, q, n)) == "" {
			return true
		}
		if q >= 1 && v.toks[q].low == "tropical" && srStorm.get(v.toks[q-1].h) {
			return true
		}
	}
	return false
}

// srNotReader: token k, a reader word, is "accepting new patients" or an
// anniversary's "sus 20 años".
func srNotReader(v *srView, k, hi int) bool {
	tk := &v.toks[k]
	if srAudienceReader(v, k) { // "Te presentamos a …", "por su atención" of a staff honour (staffaudience.go)
		return true
	}
	if srPatientTitle(v, k, hi) { // "Director of Patient Financial Services" (staffnames5.go)
		return true
	}
	if srJobQuoted(v, k, 0, hi) { // a talk's quoted title (staffjob.go)
		return true
	}
	if srPatients.get(tk.h) {
		if k > 0 && srSeesPatients.get(v.toks[k-1].h) || srSeesModPatients(v, k) { // "now seeing emergency patients" (staffseesmod.go)
			return true // "now sees patients at our Bayside office", "atiende pacientes" (staffthird.go)
		}
		nw := k+1 < hi && srNew.get(v.toks[k+1].h) || k > 0 && srNew.get(v.toks[k-1].h)
		for j := k - 1; nw && j >= 0 && j >= k-3; j-- {
			if srAccept.get(v.toks[j].h) {
				return true
			}
		}
		return false
	}
	if srSu.get(tk.h) && k+2 < hi && v.toks[k+1].nd > 0 && srYears.get(v.toks[k+2].h) {
		return true
	}
	// "atención/servicio al cliente" (customer service), "su atención al
	// cliente"
	if srClients.get(tk.h) && k >= 2 && v.toks[k-1].low == "al" && srService.get(v.toks[k-2].h) {
		return true
	}
	if srSu.get(tk.h) && k+3 < hi && srService.get(v.toks[k+1].h) && v.toks[k+2].low == "al" && srClients.get(v.toks[k+3].h) {
		return true
	}
	// a capitalised client word inside an award's title-case name
	// ("Mejor Servicio al Cliente 2026")
	if srClients.get(tk.h) && tk.cls&tCap != 0 && !tk.sent && k >= 2 && (v.toks[k-1].cls&tCap != 0 ||
		(v.toks[k-1].low == "al" || v.toks[k-1].low == "del" || v.toks[k-1].low == "of") && v.toks[k-2].cls&tCap != 0) {
		return true
	}
	return false
}

var (
	// srNotModifier: words before a role noun that make no two-word role
	// ("whose nurse", "by nurse").
	srNotModifier = wordSetTab("whose his her their with by from to and or for of para con por sin de del su sus le la el " +
		"los las seen treated called helped saw visto vista atendido atendida")
	srClients = wordSetTab("cliente clientes client clients customer customers")
	srService = wordSetTab("atencion atención servicio")
)

// srCompanion: finding o, of another kind, may go with a dropped person in
// sentence [lo, hi) whose name spans p..b (p the title when titled): a
// date in the sentence, or for a titled person a clinical finding in the
// name, or its specialty (srSpecialtyOf).
func srCompanion(v *srView, o Finding, lo, hi, p, b int, titled bool) bool {
	if o.readerTied() {
		return false // the welcome goes on about the reader's care (staffcarefollow.go, red16b)
	}
	if srJobMod(v, o, lo, hi, p, b) || srIntroCompanion(v, o, lo, hi, p, b, titled) || srTopicCompanion(v, o, lo, hi, p, b) ||
		srWelCompanion(v, o, lo, hi, p, b, titled) || // staffwelcome.go; the job title's modifier (staffjob.go); a home town, a specialty, an RSVP phone (staffintro.go)
		srPostCompanion(v, o, lo, hi, p, b) || // a credentialled person's specialty, programme or professional body (staffpost.go)
		sjCompanion(v, o, lo, hi, p, b, titled) { // the organisation joined, a specialty of two words (staffjoinorg.go)
		return true
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	if o.Kind == KindDate {
		for k := lo; k < hi; k++ {
			if srBirth.get(v.toks[k].h) {
				return false // a staff member's birth date stays reported
			}
		}
		return true
	}
	if !srClinicalRule(o) {
		return false
	}
	return x >= p && y <= b || titled && srSpecialtyOf(v, o, lo, hi) == b
}

func srClinicalRule(o Finding) bool {
	return strings.HasPrefix(o.Rule, "clinical.") || strings.HasPrefix(o.Rule, "compose.")
}

// srSpecialtyOf: finding o, clinical, is a titled clinician's specialty in
// brackets or after a dash right after the name ("Dr. Esteban Quiroga
// (pediatría)", "Dr. Ramón Ibarra — Medicina familiar") or in the
// apposition after its comma ("Dr. Horacio Lanusse, jefe de cirugía"):
// the name's last token, or -1.
func srSpecialtyOf(v *srView, o Finding, lo, hi int) int {
	x, y := srSpan(v, o.Start, o.End)
	if x < lo+1 || y >= hi || !srClinicalRule(o) || !srSpecialtyWord(v, x, y) {
		return -1
	}
	n := x
	if x >= 3 && (v.toks[x-1].low == "de" || v.toks[x-1].low == "of") && srRoles.get(v.toks[x-2].h) &&
		strings.TrimSpace(srGap(v, x-3, x-2)) == "," {
		n = x - 2
	}
	for j := n + 1; j <= y; j++ {
		if strings.ContainsAny(srGap(v, j-1, j), ",.;:<()") {
			return -1
		}
	}
	b := srPrev(v, n, lo)
	if b < 0 {
		return -1
	}
	gap := strings.TrimSpace(srGap(v, b, n))
	switch gap {
	case "(":
		if y+1 < len(v.toks) && !strings.HasPrefix(strings.TrimSpace(srGap(v, y, y+1)), ")") ||
			y+1 >= len(v.toks) && !strings.HasPrefix(strings.TrimSpace(v.t.s[v.toks[y].e:]), ")") {
			return -1
		}
	case "—", "–", "-":
	case ",":
		if n == x && !(y+1 < hi && srRoles.get(v.toks[y+1].h) && srGap(v, y, y+1) == " ") { // ", internal medicine physician" (staffnine.go)
			return -1
		}
	default:
		return -1
	}
	// up to three capitalised name words after a title
	for j := b; j >= lo && j >= b-3; j-- {
		if !srNameWord(&v.toks[j]) {
			if j < b && srTitle.get(v.toks[j].h) && v.toks[j].cls&tCap != 0 {
				return b
			}
			return -1
		}
	}
	return -1
}

// srDeptEvent: token k, a care event, names a department in a role's
// apposition ("chief of surgery", "jefe de cirugía").
func srDeptEvent(v *srView, k, lo int) bool {
	return k-2 >= lo && (v.toks[k-1].low == "of" || v.toks[k-1].low == "de") && srRoles.get(v.toks[k-2].h)
}

// srListItem: a titled name followed by a dash or a bracket (a new
// providers list item) in a field with a staff-news word.
func srListItem(v *srView, b int) bool {
	n := srNext(v, b, len(v.toks))
	if n < 0 {
		return false
	}
	switch strings.TrimSpace(srGap(v, b, n)) {
	case "—", "–", "-", "(":
	default:
		return false
	}
	return srNewsFrame(v, 0, len(v.toks))
}

// srEarlier: a titled mention's other occurrence in the field ("Dr. Kevin
// Tran, DDS, … Dr. Tran grew up …"): the role and frame of the first
// title-led mention holding the same last word in another sentence.
func srEarlier(v *srView, m srMention, f Finding, all []Finding) (role, frame bool) {
	last := v.toks[m.b].h
	for k := range v.toks {
		if k >= m.lo && k < m.hi || v.toks[k].h != last || v.toks[k].cls&tCap == 0 {
			continue
		}
		j := k
		for j-1 >= 0 && k-j < 3 && srNameWord(&v.toks[j-1]) {
			j--
		}
		if j == 0 || !srTitle.get(v.toks[j-1].h) || v.toks[j-1].cls&tCap == 0 {
			continue
		}
		x, _ := v.t.orig(int(v.toks[j-1].s), int(v.toks[j-1].e))
		_, y := v.t.orig(int(v.toks[k].s), int(v.toks[k].e))
		o := srStaffName(v, Finding{Field: f.Field, Kind: KindName, Start: x, End: y}, all)
		if o.ok {
			return o.role, o.frame
		}
		return false, false
	}
	return false, false
}

// srRoleBeforeComma: "la nueva gerente de facturación, Claudia Estrada": a
// role noun among the four words before the comma that opens the name at p.
func srRoleBeforeComma(v *srView, p, lo int) bool {
	q := srPrev(v, p, lo)
	if q < 0 || strings.TrimSpace(srGap(v, q, p)) != "," {
		return false
	}
	for j := q; j >= lo && j > q-4; j-- {
		if j < q && strings.ContainsAny(srGap(v, j, j+1), ",.!?:;()") {
			return false
		}
		if srRoles.get(v.toks[j].h) || srOfficeCounselor(v, j) { // "Our new patient financial counselor, Brenda Yazzie," (staffframe.go; fix108)
			return true
		}
	}
	return false
}

// srBirth: birth words that keep a date in a staff sentence reported.
var srBirth = wordSetTab("born birth birthday dob nacido nacida nacimiento cumpleanos cumpleaños")

// srSpecialtyStems: stems of a clinical specialty's name (cardiología,
// oncology, pediatría, psychiatry, medicina familiar, cirugía, surgery…);
// a condition in brackets ("(HIV)") is no specialty.
var srSpecialtyStems = []string{"log", "iatr", "medic", "cirug", "surg", "orto", "ortho", "dermat", "obstet",
	"ginec", "gynec", "odont", "dent", "famil", "intern", "nurs", "enfermer", "radiol", "anest", "urol", "neumo", "pulmo"}

// srSpecialtyWord: tokens x..y hold a specialty's stem.
func srSpecialtyWord(v *srView, x, y int) bool {
	for k := x; k <= y; k++ {
		for _, st := range srSpecialtyStems {
			if strings.Contains(v.toks[k].low, st) {
				return true
			}
		}
	}
	return false
}
