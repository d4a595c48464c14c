package guard

// staffappoint.go: the sender's news about one of its clinicians read by the
// sentence's structure (issue 15, dev95 fam-staff, fix helper staff17,
// seventeenth pass, probe set dev98s). staffsent.go reads a staff sentence
// whose every word is clear of care, so an appointment, a welcome or an
// award whose clinician is named with the field of the job ("fellowship-
// trained in robotic urologic surgery", "a certified menopause
// practitioner", "a Top Doctor in Urology by <magazine>", "speaks at the
// American Urogynecologic Society's meeting", "ginecóloga certificada en
// menopausia") or whose sender's own name holds a care word ("Vireo Home
// Infusion welcomes …") kept every finding. dropStaffAppointments, run in
// standard mode after dropStaffSentences, reads such a sentence by its
// slots:
//
//   - the sentence holds a verb of hiring, appointment, award or speaking
//     (saVerbs and ssVerbs: welcome, join, named, appointment, nombramiento,
//     recognized, keynote, speak, ponente, …) and a staff person: a title and
//     a name, a name and a run of post-nominal credentials after a comma
//     (upper-case acronyms or listed credentials: FACS, BCSCP, NCMP…), or a
//     name and "as / como [our] [new] … <role>";
//   - the slots of the sentence: the person and its credentials; the
//     sender's name (two or more capitalised words opening the sentence
//     before a sender's verb: "Plan Salud Borinquen anuncia", "Lakeside
//     Chiropractic is proud"); a field of training or an award's specialty
//     (from "in / en" after trained, certified, fellowship, specializing,
//     subespecialidad, Doctor, Médico … to the clause's end or by / por / at);
//     a professional body (a capitalised run with Society, Sociedad,
//     Association, Academy, College, Congress…); a role's modifier (words
//     before a role noun or a specialist's noun: "medical director",
//     "chiropractic radiologist"; "director of hyperbaric medicine");
//   - outside the slots no word of the reader or of care in the whole
//     field (srReader, ssBlock, opsCareEvents, srGreet, "le", "own"), no
//     third person's possessive before a role noun ("his new oncologist"),
//     and no finding of a reader-tied rule (readerTied, readertied.go);
//   - every finding in the sentence lies in a slot: a name finding over the
//     person (with the verb before its title: "welcome Dr"), any soft kind
//     (a name, a clinical kind, a medication) inside the person's
//     credentials or the sender's name, a clinical kind or a medication
//     inside a specialty, a body or a role's modifier. A date, a number or
//     any other finding keeps the sentence.
//
// Stays reported: "Dr. Webb, who treated your prostate cancer, joins…",
// "Welcome Dr. X — your new urologist for your ED follow-up Monday",
// "quien le operó de cálculos renales", "… the appointment with Dr. X for
// your colonoscopy", "Congratulations to Dr. X, MD, named a Top Doctor in
// Oncology, on finishing his own chemotherapy". Strict mode never drops.

import "strings"

var (
	// saVerbs: verbs and nouns of hiring, appointment, award and speaking.
	saVerbs = wordSetTab("announce announces announced anuncia anunciamos anuncian appointment appointed appoints " +
		"appoint nombramiento nombrado nombrada nombra designado designada designacion recognized recognised " +
		"recognizes honored honoured award awarded awards selected speak speaks spoke speaking present presents " +
		"presented presenting keynote lecture ponente conferencia participara presentara hablara premio premiada " +
		"premiado reconocido reconocida galardonado galardonada joined")
	// saSenderVerbs: the verbs a sender's name opens a sentence before.
	saSenderVerbs = wordSetTab("welcomes announces anuncia congratulates felicita names appoints celebrates " +
		"recognizes introduces presenta da")
	saSenderIs   = wordSetTab("is se")
	saSenderFeel = wordSetTab("proud pleased excited thrilled honored delighted enorgullece complace")
	// saTrain: the words before "in" / "en" and a field of training or an
	// award's specialty.
	saTrain = wordSetTab("trained fellowship certified certification certificate certificada certificado board " +
		"specializing specializes specialized specialist specialty subespecialidad especialidad especializado " +
		"especializada especialista doctor doctors medico medica physician physicians surgeon degree residency " +
		"expertise practitioner")
	// saSlotEnd: words that end a specialty's slot.
	saSlotEnd = wordSetTab("by por at to for para from with who quien que on el la as como and y")
	// saBodies: the nouns of a professional body or its meeting.
	saBodies = wordSetTab("society sociedad association asociacion academy academia college colegio congress " +
		"congreso conference board foundation fundacion institute instituto council consejo federation federacion")
	saConnect = wordSetTab("of and the for de del y la")
	// saHeads: role nouns besides ssHeads.
	saHeads = wordSetTab("practitioner practitioners officer physician physicians surgeon surgeons director directora " +
		"jefe jefa fitter fitters") // fitter: staffapposit.go
	// saCreds: post-nominal credentials besides srCreds and ssCreds.
	saCreds = wordSetTab("facs facog facp faafp facc facep fapa ncmp bcscp bcps bcop bcgp ocs cdp dacbr dc do mph " +
		"msw cns fnp-bc ccrn cwocn chpn " +
		"bcacp ccls cfm cfo cfts cpnp fnp-c pnp-bc whnp-bc rph") // the last line: staffapposit.go
	// saBlock: the reader's Spanish object pronoun; a person's own health.
	saBlock   = wordSetTab("le les own propia propio")
	saOf      = wordSetTab("of de del")
	saPrepIn  = wordSetTab("in en")
	saAs      = wordSetTab("as como")
	saAsSkip  = wordSetTab("our nuestro nuestra new nuevo nueva a an un una el la chief")
	saJobMods = wordSetTab("medical medico medica clinical clinica clinico")
	saAnd     = wordSetTab("and y")
	saPoss    = wordSetTab("his her their")
	// saAux: words that open a new clause after "and" / "y".
	saAux = wordSetTab("will would has have had is was are were joins joined sera ha han es fue se he she they el ella " +
		"who quien que")
)

// saSpecialist: a specialist's noun by its ending (urologist, urólogo,
// ginecóloga, pediatra, physician).
func saSpecialist(tk *token) bool {
	l := tk.low
	for _, suf := range []string{"ologist", "ologists", "ologo", "ologa", "iatrist", "iatra", "ician", "icians"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+1 {
			return true
		}
	}
	return false
}

// saHead: token k is a role noun, a unit or body noun, or a specialist's.
func saHead(v *srView, k int) bool {
	return ssHead(v, k) || saHeads.get(v.toks[k].h) || saSpecialist(&v.toks[k])
}

// saPunct: a gap that ends a phrase.
func saPunct(v *srView, j, k int) bool { return strings.ContainsAny(srGap(v, j, k), ",.!?:;()—–") }

// saSoftKind: the kinds a slot may hold.
func saSoftKind(k Kind) bool {
	return k == KindName || ssDroppableKind(k) || k == KindMedication
}

// saPerson: a staff person a..end (t: its title or a).
type saPerson struct{ t, a, end int }

// saPeople: the staff persons of sentence lo..hi.
func saPeople(v *srView, lo, hi int) (ps []saPerson) {
	for k := lo; k < hi; k++ {
		if !ssNameTok(v, k) {
			continue
		}
		a, b := k, k
		for b+1 < hi && b-a < 3 && ssNameTok(v, b+1) && strings.TrimSpace(srGap(v, b, b+1)) == "" {
			b++
		}
		k = b
		t, ok := a, false
		if q := srPrev(v, a, lo); q >= 0 && srTitle.get(v.toks[q].h) && v.toks[q].cls&tCap != 0 {
			t, ok = q, true
		}
		if q := apPerson(v, a, lo, ps); !ok && q >= 0 {
			t, ok = q, true // "our new consulting pharmacist, Omar Siddiqui", "…, CCLS, and Devon Ellis" (staffapposit.go)
		}
		end := b
		known := false
		for m := b + 1; m < hi && m <= b+8; m++ {
			if strings.TrimSpace(srGap(v, m-1, m)) != "," {
				break
			}
			tk := &v.toks[m]
			kn := srCreds.get(tk.h) || ssCreds.get(tk.h) || saCreds.get(tk.h)
			if !(kn && tk.cls&tCap != 0 || ssCredTok(v, m)) {
				break
			}
			end, known = m, known || kn
		}
		if end > b && !ok && !known {
			end = b // a run of unknown acronyms only after a title
		}
		ok = ok || end > b
		if j := srNext(v, b, hi); !ok && j >= 0 && saAs.get(v.toks[j].h) && !saPunct(v, b, j) {
			for m := j + 1; m < hi && m <= j+6; m++ {
				if saPunct(v, m-1, m) {
					break
				}
				if saHead(v, m) {
					ok = true
					break
				}
			}
		}
		if ok {
			ps = append(ps, saPerson{t, a, end})
		}
	}
	return ps
}

// saSlots marks the slots of sentence lo..hi (see the file comment) in
// slot; soft: the person's credentials and the sender's name (any soft
// kind), else only clinical kinds and medications.
func saSlots(v *srView, lo, hi int, ps []saPerson, slot, soft []bool) {
	for _, p := range ps {
		for m := p.t; m <= p.end; m++ {
			slot[m], soft[m] = true, true
		}
		if q := srPrev(v, p.t, lo); q >= 0 && ssVerbs.get(v.toks[q].h) {
			slot[q], soft[q] = true, true // "welcome Dr"
		}
	}
	// the sender's name opening the sentence
	j := lo
	for j < hi && (v.toks[j].cls&tCap != 0 && !srTitle.get(v.toks[j].h) || j > lo && saConnect.get(v.toks[j].h)) &&
		!saSenderVerbs.get(v.toks[j].h) && !saSenderIs.get(v.toks[j].h) {
		if j > lo && saPunct(v, j-1, j) {
			break
		}
		j++
	}
	for m := lo; m < j; m++ {
		if srReader.get(v.toks[m].h) {
			j = lo // "Your Care Team welcomes"
		}
	}
	// one word with a capital inside it is a brand's name too ("BlinkBox
	// welcomes": r107, dev107; staffwelcome.go's srWelInnerCap), a slot
	// for no name finding ("McKenzie welcomes" may be a person)
	if (j-lo >= 2 || j-lo == 1 && srWelInnerCap(v, lo)) && j < hi && !saPunct(v, j-1, j) && v.toks[j-1].cls&tCap != 0 && !srGreet.get(v.toks[lo].h) &&
		(saSenderVerbs.get(v.toks[j].h) ||
			saSenderIs.get(v.toks[j].h) && j+1 < hi && saSenderFeel.get(v.toks[j+1].h)) {
		for m := lo; m < j; m++ {
			slot[m], soft[m] = true, j-lo >= 2
		}
	}
	for k := lo; k < hi; k++ {
		tk := &v.toks[k]
		// a specialty after "in" / "en"
		if saPrepIn.get(tk.h) {
			trig := false
			for m := k - 1; m >= lo && m >= k-3 && !saPunct(v, m, m+1); m-- {
				trig = trig || saTrain.get(v.toks[m].h)
			}
			for m := k + 1; trig && m < hi && !saPunct(v, m-1, m); m++ {
				if saSlotEnd.get(v.toks[m].h) && !saAnd.get(v.toks[m].h) || saAux.get(v.toks[m].h) {
					break
				}
				slot[m] = true // "in Obstetrics and Gynecology", "in female pelvic medicine and reconstructive surgery"
			}
		}
		// a professional body
		if saBodies.get(tk.h) && tk.cls&tCap != 0 {
			a := k
			for a-1 >= lo && !saPunct(v, a-1, a) && (v.toks[a-1].cls&tCap != 0 && !srTitle.get(v.toks[a-1].h) ||
				saConnect.get(v.toks[a-1].h) && a-2 >= lo && v.toks[a-2].cls&tCap != 0) {
				a--
			}
			b := k
			for b+1 < hi && !saPunct(v, b, b+1) && (v.toks[b+1].cls&tCap != 0 ||
				saConnect.get(v.toks[b+1].h) && b+2 < hi && v.toks[b+2].cls&tCap != 0) {
				b++
			}
			for m := a; m <= b; m++ {
				slot[m] = true
			}
		}
		// a professional meeting in lower case: "at the national allergy
		// meeting", "en el congreso nacional de alergia" (r107, dev107)
		saMeetingSlot(v, lo, hi, k, slot)
		// a role's modifier: up to three words before a role noun
		if saHead(v, k) {
			if saSpecialist(tk) {
				slot[k] = true // "Dra. Sofía Medina, ginecóloga certificada en …"
			}
			for m := k - 1; m >= lo && m >= k-3 && !saPunct(v, m, m+1) && !ssStopMod.get(v.toks[m].h) &&
				!srReader.get(v.toks[m].h); m-- {
				slot[m] = true
			}
			// "director of hyperbaric medicine", "directora de operaciones"
			if j := k + 1; j+1 < hi && saOf.get(v.toks[j].h) && !saPunct(v, k, j) {
				for m := j + 1; m < hi && m <= j+3 && !saPunct(v, m-1, m) && !saSlotEnd.get(v.toks[m].h); m++ {
					slot[m] = true
				}
			}
			// "clinical advisor for prescription verification": a duty
			// of the role, ending in a duty noun (r107, dev107)
			if j := k + 1; j+2 < hi && (v.toks[j].low == "for" || v.toks[j].low == "para") && !saPunct(v, k, j) {
				for m := j + 1; m < hi && m <= j+3 && !saPunct(v, m-1, m) && !srReader.get(v.toks[m].h); m++ {
					if saDuty.get(v.toks[m].h) && (m+1 >= hi || saPunct(v, m, m+1)) {
						for q := j + 1; q <= m; q++ {
							slot[q] = true
						}
						break
					}
				}
			}
			// "director médico"
			if j := k + 1; j < hi && saJobMods.get(v.toks[j].h) && !saPunct(v, k, j) {
				slot[j] = true
			}
		}
		// "the appointment of Dr. …" is a hire, no care event
		if tk.low == "appointment" && k+1 < hi && saOf.get(v.toks[k+1].h) {
			slot[k] = true
		}
	}
	for k := lo; k < hi; k++ {
		if h := v.toks[k].h; srReader.get(h) || saBlock.get(h) || srGreet.get(h) {
			slot[k] = false // a slot never holds the reader
		}
	}
	apSlots(v, lo, hi, ps, slot, soft) // an appositive role, a hyphenated specialty, a thanks for service (staffapposit.go)
	svSlots(v, lo, hi, slot)           // the unit joined, visits to the sender's site (staffvisit.go)
}

// saBlocked: token k is a word of the reader or of care.
func saBlocked(v *srView, k int) bool {
	h := v.toks[k].h
	return srReader.get(h) || ssBlock.get(h) || opsCareEvents.get(h) || srGreet.get(h) || saBlock.get(h) || svHomeVisit(v, k)
}

// saTheirRole: token k is a third person's possessive before a role noun
// ("Welcome Dr. Varga, his new oncologist": the clinician of someone in
// care).
func saTheirRole(v *srView, k int) bool {
	if !saPoss.get(v.toks[k].h) {
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+3 && !saPunct(v, m-1, m); m++ {
		if saHead(v, m) || ssRole(&v.toks[m]) {
			// "her clinic days will shift that week": the clinician's own
			// schedule, not someone's clinician (r107, dev107)
			return !(m+1 < len(v.toks) && saSchedule.get(v.toks[m+1].h) && srGap(v, m, m+1) == " " && (v.toks[m].low == "clinic" || v.toks[m].low == "office"))
		}
	}
	return false
}

// saDuty: the nouns that end a role's duty after for / para
// ("clinical advisor for prescription verification")
var saDuty = wordSetTab("verification review reviews safety quality compliance operations oversight verificacion revision " +
	"calidad seguridad operaciones")

// saSchedule: the nouns of a clinician's own schedule after "her clinic"
// (saTheirRole)
var saSchedule = wordSetTab("days day hours schedule calendar")

// staffSlotView: the one plain-text field of n read for the staff drops
// that read a sentence by its slots (this file, staffmilestone.go), or nil
// when they must keep every finding: no finding, several fields, HTML, a
// field over the size cap, a reader-tied finding (readertied.go), nested
// encodings, a condition in a credentials list (credheld.go) or the
// household a role serves (staffserved.go).
func (g *Guard) staffSlotView(n Notice, out []Finding) *srView {
	if len(out) == 0 || len(n.Fields) != 1 || n.Fields[0].HTML || len(n.Fields[0].Text) > g.maxField {
		return nil
	}
	if anyReaderTied(out) {
		return nil // the staff member tied to the reader's care (readertied.go)
	}
	fd := n.Fields[0]
	if _, _, _, ok := decodeNested(fd.Text); ok {
		return nil
	}
	v := &srView{t: normalize(fd.Text, nil, nil)}
	v.toks = tokenize(&v.t, nil)
	if credHeld(v, out, fd.Name) || g.ssServedField(v) {
		return nil
	}
	return v
}

// slotFindings: the indices of the findings of field whose span falls in
// sentence lo..hi of v, and whether every one of them lies inside it, is of
// a kind softKind accepts, and covers only slot tokens (a name only soft
// ones) — the test both slot-reading staff drops (this file,
// staffmilestone.go) make before clearing a sentence.
func slotFindings(v *srView, out []Finding, field string, lo, hi int, slot, soft []bool, softKind func(Kind) bool) ([]int, bool) {
	var mine []int
	for i, f := range out {
		if f.Field != field {
			continue
		}
		a, b := srSpan(v, f.Start, f.End)
		if a < 0 || b < lo || a >= hi {
			continue
		}
		if a < lo || b >= hi || !softKind(f.Kind) {
			return nil, false
		}
		for m := a; m <= b; m++ {
			if !slot[m] || !soft[m] && f.Kind == KindName {
				return nil, false
			}
		}
		mine = append(mine, i)
	}
	return mine, true
}

// dropStaffAppointments: see the file comment.
func (g *Guard) dropStaffAppointments(n Notice, out []Finding) []Finding {
	v := g.staffSlotView(n, out)
	if v == nil {
		return out
	}
	slot := make([]bool, len(v.toks))
	soft := make([]bool, len(v.toks))
	type sent struct {
		lo, hi int
		staff  bool
	}
	var ss []sent
	for k := 0; k < len(v.toks); {
		lo, hi := ssSentence(v, k)
		k = hi
		verb := false
		for m := lo; m < hi; m++ {
			verb = verb || saVerbs.get(v.toks[m].h) || ssVerbs.get(v.toks[m].h)
		}
		ps := saPeople(v, lo, hi)
		if verb && len(ps) > 0 {
			saSlots(v, lo, hi, ps, slot, soft)
		}
		if verb && len(ps) > 0 && g.saTalkPerson(v, lo, hi, slot) { // a person's case as a talk's topic (talktopic.go)
			return out
		}
		ss = append(ss, sent{lo, hi, verb && len(ps) > 0})
	}
	// no word of the reader or of care outside the slots, in any sentence
	for k := range v.toks {
		if !slot[k] && saBlocked(v, k) || saTheirRole(v, k) {
			return out
		}
	}
	drop := make([]bool, len(out))
	for _, s := range ss {
		if !s.staff {
			continue
		}
		mine, ok := slotFindings(v, out, n.Fields[0].Name, s.lo, s.hi, slot, soft, saSoftKind)
		if ok {
			for _, i := range mine {
				drop[i] = true
			}
		}
	}
	keep := out[:0]
	for i, f := range out {
		if !drop[i] {
			keep = append(keep, f)
		}
	}
	return keep
}

// saMeetings: the nouns of a professional meeting; saScope: the adjectives
// that make it one ("national", "annual").
var (
	saMeetings = wordSetTab("meeting meetings conference conferences congress symposium summit convention congreso simposio convencion")
	saScope    = wordSetTab("national annual international regional state world nacional anual internacional regional mundial")
)

// saMeetingSlot: token k is a meeting noun after at / to / en and the
// article, a scope adjective and at most two more words ("at the national
// allergy meeting"), or "congreso nacional de" and at most two words; the
// words between are a slot (the meeting's field, like a body's name).
func saMeetingSlot(v *srView, lo, hi, k int, slot []bool) {
	if !saMeetings.get(v.toks[k].h) {
		return
	}
	for a := k - 1; a >= lo+1 && a >= k-3 && !saPunct(v, a, a+1); a-- {
		if !saScope.get(v.toks[a].h) {
			continue
		}
		p := a - 1
		if p >= lo && (v.toks[p].low == "the" || v.toks[p].low == "a" || v.toks[p].low == "el") {
			p--
		}
		if p >= lo && (v.toks[p].low == "at" || v.toks[p].low == "to" || v.toks[p].low == "en" || v.toks[p].low == "al") && !saPunct(v, p, p+1) {
			for m := a; m <= k; m++ {
				slot[m] = true
			}
		}
		return
	}
	// "congreso nacional de alergia"
	if a := k + 1; a+2 < hi && saScope.get(v.toks[a].h) && saOf.get(v.toks[a+1].h) && !saPunct(v, k, a) && !saPunct(v, a, a+1) {
		for m := k; m <= a+3 && m < hi && !saPunct(v, m-1, m) && (m <= a+1 || !saSlotEnd.get(v.toks[m].h)); m++ {
			slot[m] = true
		}
	}
}
