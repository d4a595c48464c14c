package guard

// staffjob.go: a staff member's job read by its structure, for
// dropStaffRoles (staffrole.go; the same rule, not a parallel one; issue 15,
// fam-staff rows of dev64–dev75, helper staff13). Earlier files answered
// staff news with lists of role nouns and frame words; a library never seen
// names its people with other words. Five structures:
//
//  1. A role noun by its form (srJobAgent): a lower-case agent noun ending
//     in -ist/-ian/-er/-or/-ant (English) or -ora/-dor/-ista/-era/-ero/-ante/
//     -ente (Spanish) right before the name is a role like "coach" —
//     "Nuestra promotora Lucía Benavides atiende martes y jueves", "Our
//     esthetician Lena Marchetti", "El repartidor Tomás" — unless it names
//     the reader's side or kin (srJobNotRole: member, customer, donor,
//     winner, volunteer, survivor, mother, daughter, partner, paciente,
//     cliente, usuario, señora…) or is no person at all (center, order,
//     monitor, cancer, tumor…).
//  2. The job title's modifier (srJobMod): a clinical, compose, dictionary
//     or frame.morphology finding
//     wholly inside the role's noun phrase right before the name ("our
//     ultrasound tech Keisha Morgan", "monitoring specialist Greg
//     Fielding", "phlebotomy supervisor Yolanda Pierce") or inside the
//     apposition after its comma that a role noun ends (", board-certified
//     vascular surgeon,", ", our new lead respiratory therapist") is the
//     staff member's trade, not the reader's care: it goes with the name
//     when the name goes — unless it is the person's own condition
//     (srJobState: "our diabetic runner Tom Reed", "our bipolar artist",
//     red13/dev77x).
//  3. A talk's quoted title (srJobQuoted): a reader word inside a quoted
//     title of at most eight words right after an event noun (talk,
//     workshop, charla, taller…) is the title's, not the notice's: "la
//     farmacéutica Lucía Serrano presenta el taller gratuito 'Cuida tu piel
//     en verano'".
//  4. A titled host of a public talk (srJobTalkHost): "with Dr. X" after an
//     event noun of staffpre.go's srPreEvents, in a field with a word of
//     an event open to all (free, public, everyone, gratuito…) and no
//     reader word, care event, srThirdCare word or stay word: "Free
//     community talk: 'Healthy Aging for Everyone' with Dr. Priya Rao".
//  5. A contact of the sender's (srJobContact, srJobArrival): "Nadia
//     Ferreira from Customer Care tried to reach you" (the untitled name,
//     "from" and a capitalised department or "our … desk/team/office", a
//     reach verb and "you" as its object; no care event, clinical role,
//     title, stay word or other finding in the field); a courier's arrival
//     ("Your driver Marcus is on the way and should arrive in about 20
//     minutes", staffnine.go's courier gains "on the way", "arrive",
//     "llegará" beside its order nouns).
//
// Also more credentials after a name's comma, matched as written
// (srJobCredForm: "CO", "CPhT", "RRT"; no abbreviation is a credential by
// its form alone, as "NPO" or "BKA" after a name is a care status), which an
// apposition after it may follow (", RRT, our new lead respiratory
// therapist at BreatheWell"), and sender-side frame words of an introduction or a thanks
// (srJobFrame: presenta, presents, introduces, shout-out, interview,
// entrevista) and the role nouns auxiliar and aide that no suffix finds.
//
// What stays reported: everything staffrole.go keeps — a reader word
// outside a quoted title or a contact's "you", a greeting, a patient, a
// care event, a finding of another kind outside the job title, another
// sentence about the person that speaks to the reader: "Please welcome
// Dr. X, your new oncologist", "Our ultrasound tech Dana Reyes will call
// you about your scan results", "Your driver Caleb will bring your oxygen
// concentrator", "Priya Shah from Oncology tried to reach you about your
// biopsy", "Your session 'Managing your pain' with Dr. Owen Price",
// "Shout-out to our patient Omar Velez", "Felicitamos a doña Teresa Muñoz
// por sus 30 años de sobriedad". Strict mode never drops.

import "strings"

var (
	// srJobNotRole: agent nouns of the reader's side, kin, or no person.
	srJobNotRole = wordSetTab("member members customer customers donor donors winner winners volunteer volunteers " +
		"survivor survivors mother father brother sister daughter partner partners caller callers user users " +
		"subscriber subscribers shopper shoppers traveler travelers traveller travellers passenger passengers " +
		"borrower renter holder cardholder policyholder participant participants applicant recipient recipients " +
		"dependent dependents student students resident residents patient patients client clients tenant infant " +
		"newcomer beginner fighter smoker drinker walker wearer teenager toddler senior seniors junior minor elder " +
		"veteran veterans player players camper campers reader readers listener listeners viewer viewers follower " +
		"entrant migrant descendant grandmother grandfather stepmother stepfather guardian guardians rider riders " +
		"center centre order number letter paper water summer winter after never other under over river corner " +
		"shelter poster cancer fever ulcer tumor tumour monitor motor door floor color colour factor doctor major " +
		"error mirror labor labour power tower flower layer chamber computer printer folder banner flyer " +
		"implant plant event treatment appointment statement newsletter register calendar dinner lunch supper " +
		"señora senora señor senor donadora donador ganadora ganador voluntaria voluntario paciente pacientes " +
		"cliente clientes residente usuaria usuario beneficiaria beneficiario compañera compañero companera " +
		"companero pasajera pasajero viajera viajero sobreviviente estudiante doliente enferma enfermo primera " +
		"primero tercera tercero madre padre hermana hermano hija hijo abuela abuelo mientras entre siempre " +
		"carrera cartera frontera escalera bandera manera hora ahora mejor mayor menor anterior exterior interior " +
		"posterior superior inferior color dolor tumor motor monitor sector doctora doctor participante participantes " +
		"asistente asistentes integrante integrantes jugadora jugador compradora comprador turista turistas " +
		"historian christian median comedian luchadora luchador vencedora vencedor seguidora seguidor lectora lector " +
		"espectadora espectador fumadora fumador fumadoras fumadores bebedora bebedor autista autistas")
	// srJobSuffixes: the endings of an agent noun that names a trade
	// (-er, -or, -ant, -ante, -ero: rider, donor, participante, pasajero
	// are as often the reader's side, so they are no such ending).
	srJobSuffixes = [...]string{"ist", "ian", "ora", "dor", "ista"}
	// srJobModNot: roles a clinical modifier may make the reader's ("our
	// longtime hospice guest").
	srJobModNot = wordSetTab("guest guests invitada invitado invitadas invitados host hosts")
	// srJobState: words of a person's own condition, never a trade's
	// modifier ("our diabetic runner", "our amputee instructor",
	// red13/dev77x).
	srJobState = wordSetTab("diabetic diabetics epileptic asthmatic autistic bipolar schizophrenic anorexic bulimic arthritic " +
		"psychotic alcoholic paraplegic quadriplegic dyslexic amputee amputees deaf blind disabled paralyzed pregnant " +
		"sober recovering terminal positive negative seropositive diabetica diabetico epileptica epileptico asmatica " +
		"asmatico embarazada seropositivo seropositiva")
	// srJobCreds: credentials after a name and a comma, as written.
	srJobCreds = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields("CO CPO CP CPhT RPh RRT CRT RVT RDMS RDCS RCS RCIS CMA RMA LVN DNP MSN BSN " +
			"MPH MHA CDA RDH CCRN CEN OCN CPNP CHT COA COT COMT ABOC LDO NCLE CPT CSCS CHES CDCES CDE BCBA RBT CADC LCADC " +
			"PTA LPTA COTA OTA LMHC LCPC") { // the last line: staffintro.go (dev78)
			m[w] = true
		}
		return m
	}()
	// srJobPoss: another's possessive before a job title.
	srJobPoss = wordSetTab("his her their whose my mi mis")
	// srJobMore: role nouns no suffix finds.
	srJobMore = wordSetTab("auxiliar auxiliares aide aides promotor promotores")
	// srJobFrame: sender-side words of an introduction, a thanks or an
	// interview.
	srJobFrame = wordSetTab("presenta presents introduces introducing shout shoutout interview entrevista " +
		"staffed") // staffed: "is now staffed by Mr. X, LPC" (staffintro.go)
	// srJobTalk: event nouns of a talk with a quoted title.
	srJobTalk = wordSetTab("talk talks workshop workshops lecture seminar webinar presentation class course " +
		"charla charlas taller talleres conferencia clase curso seminario learn")
	// srJobMay: words that open srMay for a contact attempt.
	srJobMay = wordSetTab("reach rsvp") // rsvp: an event's RSVP contact (staffintro.go)
	// srJobReach: a contact attempt's verbs.
	srJobReach = wordSetTab("reach contact call")
	// srJobDesk: the head of "our returns desk".
	srJobDesk = wordSetTab("desk team office department")
)

// srJobSufLast: the last bytes of srJobSuffixes (a word ending in none of
// them has none of the endings; TestSrJobSufLast).
var srJobSufLast = func() (t [256]bool) {
	for _, suf := range srJobSuffixes {
		t[suf[len(suf)-1]] = true
	}
	return
}()

// srJobAgent: token tk is a lower-case role noun by its form (see the
// file comment, 1).
func srJobAgent(tk *token) bool {
	if tk.cls&tCap != 0 || tk.nd != 0 || len(tk.low) < 5 {
		return false
	}
	if srJobMore.get(tk.h) {
		return true
	}
	if !srJobSufLast[tk.low[len(tk.low)-1]] || srJobNotRole.get(tk.h) { // no ending can match: the last byte first (helper SPEED13B)
		return false
	}
	for _, suf := range srJobSuffixes {
		if strings.HasSuffix(tk.low, suf) {
			return true
		}
	}
	return false
}

// srJobAgentText: srJobAgent on a word of srMay's byte scan (w, its
// hash h): lower case, no digit.
func srJobAgentText(w string, h uint64) bool {
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if srJobMore.get(h) {
		return true
	}
	if !srJobSufLast[w[len(w)-1]] || srJobNotRole.get(h) { // no ending can match: the last byte first (helper SPEED13B)
		return false
	}
	for _, suf := range srJobSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// srJobCredForm: token j, after a name's comma, is a credential as it is
// written ("CO", "CPhT", "RRT": srJobCreds, the exact letters and case),
// then a comma or the clause's end ("Renée Adler, CO, to our Market Square
// team"). No credential is read by its form alone: an upper-case
// abbreviation after a name may be a care status ("Maria Lopez, NPO",
// "BKA"), which no list of statuses holds in full.
func srJobCredForm(v *srView, j, hi int) bool {
	tk := &v.toks[j]
	if tk.nd != 0 || !srJobCreds[v.t.s[tk.s:tk.e]] {
		return false
	}
	n := srNext(v, j, hi)
	return n < 0 || strings.ContainsAny(srGap(v, j, n), ",!.;—–")
}

// srJobMod: finding o, clinical, compose or frame.morphology, lies inside
// the job title of the name p..b in sentence [lo, hi) (see the file
// comment, 2).
func srJobMod(v *srView, o Finding, lo, hi, p, b int) bool {
	if !srClinicalRule(o) && o.Rule != "frame.morphology" && !strings.HasPrefix(o.Rule, "dictionary.") {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	for k := x; k <= y; k++ {
		if srJobState.get(v.toks[k].h) {
			return false // "our diabetic runner Tom Reed": the person's condition, not a trade (red13/dev77x)
		}
	}
	lower := func(k int) bool { // no reader word, no other's possessive ("his new oncologist")
		tk := &v.toks[k]
		return tk.cls&tCap == 0 && tk.nd == 0 && !srReader.get(tk.h) && !srPreHas(&srPreNPStop, tk.h) && !srNotModifier.get(tk.h)
	}
	joined := func(j, k int) bool { // one space or a hyphen between
		g := srGap(v, j, k)
		return g == " " || g == "-"
	}
	if y < p {
		// before the name: x..y, then up to two lower-case words, the
		// last a role noun right before the name
		r := srPrev(v, p, lo)
		if r < 0 || r < y || r-y > 3 || srGap(v, r, p) != " " || !(srRoles.get(v.toks[r].h) || srJobAgent(&v.toks[r])) || srJobModNot.get(v.toks[r].h) {
			return false
		}
		for k := x; k <= r; k++ {
			if !lower(k) || k > x && !joined(k-1, k) {
				return false
			}
		}
		// the phrase's determiner is no other's possessive ("her oncology
		// nurse Amy Chen")
		d := srPrev(v, x, lo)
		return d < 0 || !srJobPoss.get(v.toks[d].h) && !srReader.get(v.toks[d].h)
	}
	if x <= b {
		return false
	}
	// after the name: ", [our] [new] … x..y … <role>" up to the next comma
	c := srNext(v, b, hi)
	if c < 0 || strings.TrimSpace(srGap(v, b, c)) != "," {
		return false
	}
	if (srCreds.get(v.toks[c].h) || srJobCredForm(v, c, hi)) && v.toks[c].cls&tCap != 0 { // ", RRT, our new lead respiratory therapist"
		if n := srNext(v, c, hi); n >= 0 && strings.TrimSpace(srGap(v, c, n)) == "," {
			c = n
		}
	}
	if x < c || x-c > 4 {
		return false
	}
	for k := c; k <= y; k++ {
		if !lower(k) || k > c && !joined(k-1, k) {
			return false
		}
	}
	if (srRoles.get(v.toks[y].h) || srJobAgent(&v.toks[y])) && !srJobModNot.get(v.toks[y].h) { // the finding ends with the role noun
		return srJobRoleEnd(v, y, hi)
	}
	for k := y + 1; k < hi && k <= y+3; k++ {
		if !lower(k) || !joined(k-1, k) {
			return false
		}
		if srJobModNot.get(v.toks[k].h) {
			return false
		}
		if srRoles.get(v.toks[k].h) || srJobAgent(&v.toks[k]) {
			return srJobRoleEnd(v, k, hi)
		}
	}
	return false
}

// srJobRoleEnd: the role noun at k ends its apposition: a comma or the
// clause's end after it, or a place after at/in/en/de ("therapist at
// BreatheWell").
func srJobRoleEnd(v *srView, k, hi int) bool {
	e := srNext(v, k, hi)
	if e < 0 || strings.ContainsAny(srGap(v, k, e), ",.!;—–") {
		return true
	}
	switch v.toks[e].low {
	case "at", "in", "en", "de", "del":
		return srGap(v, k, e) == " "
	}
	return false
}

// srJobQuoted: token k lies inside a quoted title of at most eight words
// that an event noun opens up to three words before (see the file
// comment, 3).
func srJobQuoted(v *srView, k, lo, hi int) bool {
	const open = "'\"“‘«"
	const shut = "'\"”’»"
	// the opening quote: the nearest gap before k holding a quote mark
	s := -1
	for j := k; j > lo && j > k-8; j-- {
		g := srGap(v, j-1, j)
		if strings.ContainsAny(g, ".!?;") {
			return false
		}
		if t := strings.TrimSpace(g); t != "" && strings.ContainsAny(t[len(t)-1:], open) || strings.HasSuffix(t, "“") || strings.HasSuffix(t, "‘") {
			s = j
			break
		}
	}
	if s < 0 {
		return false
	}
	// the closing quote after k, within eight words of the opening
	e := -1
	for j := k; j+1 < hi && j < s+8; j++ {
		g := srGap(v, j, j+1)
		if t := strings.TrimSpace(g); t != "" && (strings.ContainsAny(t[:1], shut) || strings.HasPrefix(t, "”") || strings.HasPrefix(t, "’")) {
			e = j
			break
		}
		if strings.ContainsAny(g, ".!?;") {
			return false
		}
	}
	if e < 0 {
		return false
	}
	for j := s - 1; j >= lo && j >= s-3; j-- {
		if srJobTalk.get(v.toks[j].h) {
			return true
		}
	}
	return false
}

// srJobTalkHost: the titled name at p (its title) hosts a public talk (see
// the file comment, 4).
func srJobTalkHost(v *srView, p, lo, hi int) bool {
	q := srPrev(v, p, lo)
	if q < 0 || v.toks[q].low != "with" && v.toks[q].low != "con" {
		return false
	}
	ev := -1
	for m := q - 1; m >= lo && m >= q-10; m-- {
		if srJobTalk.get(v.toks[m].h) || srPreHas(&srPreEvents, v.toks[m].h) && !opsCareEvents.get(v.toks[m].h) ||
			srIntroQA(v, m) { // "a free live Q&A … with Dr. X" (staffintro.go)
			ev = m
			break
		}
	}
	if ev < 0 {
		return false
	}
	open := false
	for k := range v.toks {
		h := v.toks[k].h
		if srReader.get(h) && !srNotReader(v, k, len(v.toks)) && !srJobQuoted(v, k, 0, len(v.toks)) && !srIntroSeat(v, k) || // "Save your seat" (staffintro.go)
			srThirdHas(&srThirdCare, h) || srFrameHas(&srStayWords, h) || srPreHas(&srPreWell, h) ||
			k != ev && srSentBits.may(h) && opsCareEvents.get(h) {
			return false
		}
		if srPreHas(&srPreOpen, h) || v.toks[k].low == "open" || v.toks[k].low == "all" {
			open = true
		}
	}
	return open
}

// srJobContact: the untitled name p..b in sentence [lo, hi) is the sender's
// contact: "from" and a department, a reach verb and "you" (see the file
// comment, 5). It returns the token of that "you", or -1.
func srJobContact(v *srView, all []Finding, f Finding, p, b, lo, hi int) int {
	fr := srNext(v, b, hi)
	if fr < 0 || v.toks[fr].low != "from" || srGap(v, b, fr) != " " {
		return -1
	}
	d := srNext(v, fr, hi)
	if d < 0 {
		return -1
	}
	end := -1
	if srOur.get(v.toks[d].h) || v.toks[d].low == "the" {
		for m := d + 1; m < hi && m <= d+3; m++ {
			if srJobDesk.get(v.toks[m].h) {
				end = m
				break
			}
		}
	} else {
		for m := d; m < hi && m <= d+3 && v.toks[m].cls&tCap != 0; m++ {
			end = m
		}
	}
	if end < 0 {
		return -1
	}
	// "tried/is trying/tries to reach you", "called you"
	m := srNext(v, end, hi)
	for n := 0; m >= 0 && n < 3 && v.toks[m].low != "to"; n++ {
		switch v.toks[m].low {
		case "tried", "trying", "tries", "is", "was", "has", "will", "try":
			m = srNext(v, m, hi)
		default:
			m = -1
		}
	}
	if m < 0 || v.toks[m].low != "to" {
		return -1
	}
	r := srNext(v, m, hi)
	if r < 0 || !srJobReach.get(v.toks[r].h) {
		return -1
	}
	you := srNext(v, r, hi)
	if you < 0 || v.toks[you].low != "you" {
		return -1
	}
	if e := srNext(v, you, hi); e >= 0 {
		return -1 // "… you about your biopsy": the sentence ends at "you"
	}
	for k := range v.toks {
		h := v.toks[k].h
		if srSentBits.may(h) && opsCareEvents.get(h) || srFrameHas(&srCareRoles, h) || srFrameHas(&srStayWords, h) ||
			srTitle.get(h) && v.toks[k].cls&tCap != 0 || srReader.get(h) && k != you {
			return -1
		}
	}
	for _, o := range all {
		if o.Kind != KindName && o.Field == f.Field {
			return -1
		}
	}
	return you
}

// srJobArrival: [lo, hi) tells a courier's arrival ("on the/its way",
// "arrive(s)", "llegará", "en camino").
func srJobArrival(v *srView, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch v.toks[k].low {
		case "arrive", "arrives", "arriving", "llegara", "llegará", "llega":
			return true
		case "way":
			if k >= 2 && v.toks[k-2].low == "on" {
				return true
			}
		case "camino":
			if k >= 1 && v.toks[k-1].low == "en" {
				return true
			}
		}
	}
	return false
}
