package guard

// staffsent.go: one reading of a "staff sentence" (issue 15, dev89, helper
// STAFF2B, probe set dev94s). The staff rules before it (staffrole.go and
// the files it calls) each accept one narrow frame with exact words, so a
// new library's staff news ("Please welcome Jordan Reyes, RRT, RCP, who
// joins our Olympia team as lead respiratory therapist", "Dr. Miriam Feld
// has been named to the American Headache Society's Education Committee")
// missed them by one word and kept the name, and the clinical words of the
// person's job title or professional body stayed reported besides.
// dropStaffSentences, run in standard mode after dropStaffRoles, reads a
// sentence as the sender's staff news when all of these hold:
//
//   - a staff-news verb (ssVerbs: welcome, join, congratulate, named,
//     elected, promoted, retire, celebrate, meet, earn, lead, bienvenida…);
//   - a staff person: a run of one to four capitalised words with a title
//     before it ("Dr.", "Dra."), a credential run after it and a comma
//     ("Marcus Hale, PT, DPT, PRPC": every item an upper-case acronym or a
//     credential of srCreds; at least one of srCreds or ssCreds, or else a
//     role noun later in the sentence — "Maria Lopez, NPO" is none), a role noun of the
//     sender's right before it after "our"/"new" ("Our front-desk lead
//     Tamsin"), or ", our [new] … <role>" right after it ("Alyssa Brandt,
//     our new Claimant Advocate");
//   - no word about the reader or a person in care (srReader, ssBlock:
//     claimant, diagnosed, recovery, finishing, surgery, medical…), and no
//     care event (opsCareEvents) but one that names a role or unit;
//   - every finding in the sentence is droppable: a name finding over a
//     staff person or its credential run, a single given name beside the
//     word of a cover ("welcome to Ramon, who's covering"), a name after
//     "St." (a hospital's); a finding of a clinical kind (condition,
//     procedure, context, association, lab test) that names a role, a unit
//     or a professional body — it ends in, or is followed within three
//     lower-case words by, a role or unit noun (ssHeads: "respiratory
//     therapist", "pulmonary rehab director", "American Headache Society",
//     "sleep lab lead") — or is a specialty after "certification in". Any
//     other finding (a date, a medication, a condition of the person's
//     own) keeps the whole sentence reported.
//
// A single-word name finding in another sentence of the field that is the
// first or last name of a dropped staff person ("Thank you, Joanne!"), and
// that person's languages ("Teresa speaks English and Portuguese"), go too
// when they are that sentence's only findings. Any sentence of the field
// with a reader's or care word keeps every finding ("Meet Rosa Jimenez, our
// new caregiver. She starts with your mother Monday."). "Welcome our newest patient, …",
// "Congratulations to Bianca Reyes on finishing chemo", "Please welcome
// Tomas Varga, RRT, who will set up your concentrator", "Our dietitian Owen
// Marsh, RDN, was diagnosed with celiac disease" stay reported. Strict mode
// never drops anything.

import "strings"

var (
	// ssVerbs: the verbs and cues of staff news.
	ssVerbs = wordSetTab("welcome welcomes welcoming welcomed join joins joined joining congratulations congrats " +
		"congratulate congratulates congratulating named elected appointed promoted retire retires retiring retirement " +
		"celebrate celebrates celebrating meet earned earning earns leads lead led proud brings anniversary " +
		"bienvenida bienvenido bienvenidos une unio unió felicitaciones felicidades felicitamos presentamos")
	// ssBlock: words of a person in care or of the reader, besides srReader.
	ssBlock = wordSetTab("claimant claimants member members diagnosed diagnosis recovery recovering recovered surgery " +
		"treatment chemo chemotherapy remission baby born birth pregnant finished finishing completing completed " +
		"graduated graduating discharge medical sick illness passed memorial condolences prognosis transplant " +
		"newest lost pounds sobriety seen")
	// ssCreds: respiratory and sleep credentials besides srCreds.
	ssCreds = wordSetTab("rrt crt rcp rpft rpsgt")
	// ssRoles: staff role nouns besides srRoles.
	ssRoles = wordSetTab("advocate advocates adjuster adjusters examiner examiners navigator navigators counselor " +
		"counselors educator educators administrator administrators therapists nurses directors leads hire hires " +
		"dermatologa dermatóloga dermatologo dermatólogo")
	// ssHeads: the nouns a clinical word names a role, unit or body by.
	ssHeads = wordSetTab("specialist specialists therapist therapists director manager lead nurse team clinic " +
		"department office unit lab society association academy committee college board council institute " +
		"foundation experience expertise research fellowship certification residency practice group")
	// ssCertIn: the words before "in" and a specialty.
	ssCertIn = wordSetTab("certification certified certificate fellowship specialist specializes specializing degree")
	// ssCover: a colleague covering for another.
	ssCover = wordSetTab("covering covers cover filling")
	// ssStopMod: words that end a modifier's reach.
	// ssPlural, ssServes: patients in general ("sees patients").
	ssPlural = wordSetTab("patients clients families")
	ssServes = wordSetTab("see sees seeing treat treats treating serve serves serving")
	// ssUnitAdj, ssUnits: a clinic's kind ("outpatient nutrition clinic").
	ssUnitAdj = wordSetTab("outpatient inpatient")
	ssUnits   = wordSetTab("clinic clinics unit department program center centre practice")
	ssAbbr    = wordSetTab("st mt saint")
	ssStopMod = wordSetTab("with for of to on at in from by the a an our your his her their")
)

// ssPerson: name tokens a..b, a credential run to end; known: the run
// holds a credential of srCreds.
type ssPerson struct {
	t, a, b, end int // t: the title's token, else a
	known        bool
}

// ssRole: a role noun of the sender's staff.
func ssRole(tk *token) bool { return srRoles.get(tk.h) || ssRoles.get(tk.h) }

// ssHead: token k is a head noun (possessive "'s" allowed).
func ssHead(v *srView, k int) bool {
	tk := &v.toks[k]
	if ssHeads.get(tk.h) || ssRole(tk) {
		return true
	}
	if srPossessive(v.t.s[tk.s:]) && len(tk.low) > 1 {
		h := hashBytes(fnvOffset, tk.low[:len(tk.low)-1])
		return ssHeads.get(h)
	}
	return false
}

// ssCredTok: token k may be a credential (an upper-case acronym or srCreds).
func ssCredTok(v *srView, k int) bool {
	tk := &v.toks[k]
	n := len(tk.low)
	return tk.nd == 0 && n >= 2 && n <= 6 && (tk.cls&tUpper != 0 || srCreds.get(tk.h) && tk.cls&tCap != 0)
}

// ssCredRun: the last token of a credential run after name token b and a
// comma, or -1; known: the run holds a credential of srCreds (a run of
// other upper-case acronyms — "RRT, RCP" — is read as credentials too, but
// only a name finding over it goes with the person).
func ssCredRun(v *srView, b, hi int) (end int, known bool) {
	end = -1
	for k := b + 1; k < hi && k <= b+8; k++ {
		if strings.TrimSpace(srGap(v, k-1, k)) != "," || !ssCredTok(v, k) {
			break
		}
		end = k
		known = known || srCreds.get(v.toks[k].h) || ssCreds.get(v.toks[k].h)
	}
	return end, known
}

// ssPeople: the staff persons of sentence lo..hi.
func ssPeople(v *srView, lo, hi int) (ps []ssPerson) {
	for k := lo; k < hi; k++ {
		if !ssNameTok(v, k) {
			continue
		}
		a, b := k, k
		for b+1 < hi && b-a < 3 && ssNameTok(v, b+1) && strings.TrimSpace(srGap(v, b, b+1)) == "" {
			b++
		}
		k = b
		end := b
		ok, known, t := false, false, a
		if q := srPrev(v, a, lo); q >= 0 && srTitle.get(v.toks[q].h) && v.toks[q].cls&tCap != 0 {
			ok, t = true, q
		}
		if q := srPrev(v, a, lo); !ok && len(ps) > 0 && q >= 1 && (v.toks[q].low == "and" || v.toks[q].low == "y") &&
			ps[len(ps)-1].b == q-1 && strings.TrimSpace(srGap(v, q, a)) == "" {
			ok = true // "adjusters, Ana Ruiz and Lucía Ferraro"
		}
		if e, kn := ssCredRun(v, b, hi); e >= 0 && (kn || ssRoleIn(v, e+1, hi)) {
			ok, end, known = true, e, kn // unknown acronyms ("RRT, RCP") only beside a role noun: "Maria Lopez, NPO" stays
		}
		if q := srPrev(v, a, lo); !ok && q >= 0 && ssRole(&v.toks[q]) && !strings.ContainsAny(srGap(v, q, a), ".!?:;") {
			for m := q - 1; m >= lo && m >= q-6; m-- {
				if srOur.get(v.toks[m].h) || srNew.get(v.toks[m].h) {
					ok = true
					break
				}
			}
		}
		if j := srNext(v, b, hi); !ok && j >= 0 && strings.TrimSpace(srGap(v, b, j)) == "," {
			seen := false
			for m := j; m < hi && m <= j+7 && (srOur.get(v.toks[j].h) || srNew.get(v.toks[j].h)); m++ {
				if m > j && strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
					break
				}
				if srOur.get(v.toks[m].h) || srNew.get(v.toks[m].h) {
					seen = true
				} else if seen && ssRole(&v.toks[m]) {
					ok = true
					break
				}
			}
		}
		if ok {
			ps = append(ps, ssPerson{t, a, b, end, known})
		}
	}
	return ps
}

// ssNameTok: a capitalised word that may be part of a name.
func ssNameTok(v *srView, k int) bool {
	tk := &v.toks[k]
	return srNameWord(tk) && tk.cls&tUpper == 0 && !ssVerbs.get(tk.h) && !srTag(v, k)
}

// ssDroppableKind: the clinical kinds a role's or body's name may be read as.
func ssDroppableKind(k Kind) bool {
	return k == KindCondition || k == KindProcedure || k == KindContext || k == KindAssociation || k == KindLabTest
}

// ssNamesHead: tokens a..b name a role, unit or body (see the file comment).
func ssNamesHead(v *srView, a, b, lo, hi int) bool {
	if ssHead(v, b) {
		return true
	}
	for m := b + 1; m < hi && m <= b+4; m++ {
		if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") {
			break
		}
		if ssHead(v, m) {
			return true
		}
		if ssStopMod.get(v.toks[m].h) {
			break
		}
	}
	if q := srPrev(v, a, lo); q >= 1 && v.toks[q].low == "in" && ssCertIn.get(v.toks[q-1].h) {
		return true
	}
	return false
}

// dropStaffSentences: see the file comment.
func (g *Guard) dropStaffSentences(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) != 1 || n.Fields[0].HTML || len(n.Fields[0].Text) > g.maxField {
		return out
	}
	hasName := false
	for _, f := range out {
		if f.Kind == KindName {
			hasName = true
		}
		if f.readerTied() {
			return out // the reader's own care or identity (readertied.go)
		}
	}
	if !hasName {
		return out
	}
	fd := n.Fields[0]
	if _, _, _, ok := decodeNested(fd.Text); ok {
		return out
	}
	v := &srView{t: normalize(fd.Text, nil, nil)}
	v.toks = tokenize(&v.t, nil)
	if credHeld(v, out, fd.Name) { // a condition in a credentials list (credheld.go)
		return out
	}
	drop := make([]bool, len(out))
	span := func(f Finding) (int, int) { return srSpan(v, f.Start, f.End) }
	var staffWords []uint64
	// clean: no reader or care word in lo..hi (a care event naming a role
	// or unit allowed).
	clean := func(lo, hi int) bool {
		for k := lo; k < hi; k++ {
			h := v.toks[k].h
			if (srReader.get(h) || ssBlock.get(h)) && !ssJobWord(v, k, lo, hi) || srGreet.get(h) && v.toks[k].low != "thank" {
				return false
			}
			if opsCareEvents.get(h) && !ssNamesHead(v, k, k, lo, hi) {
				return false
			}
		}
		return true
	}
	// any sentence of the field speaking to the reader or of care keeps
	// every staff sentence ("Meet Rosa Jimenez, our new caregiver. She
	// starts with your mother Monday.")
	for k := 0; k < len(v.toks); {
		lo, hi := ssSentence(v, k)
		k = hi
		if !clean(lo, hi) || ssServed(v, lo, hi, g.ssFamily) { // the household a role serves (staffserved.go)
			return out
		}
	}
	for k := 0; k < len(v.toks); {
		lo, hi := ssSentence(v, k)
		k = hi
		verb, cover := false, false
		for m := lo; m < hi; m++ {
			verb = verb || ssVerbs.get(v.toks[m].h)
			cover = cover || ssCover.get(v.toks[m].h)
		}
		if !verb {
			continue
		}
		ps := ssPeople(v, lo, hi)
		if len(ps) == 0 {
			continue
		}
		var mine []int
		ok := true
		for i, f := range out {
			if f.Field != fd.Name {
				continue
			}
			a, b := span(f)
			if a < 0 || b < lo || a >= hi {
				continue
			}
			if a < lo || b >= hi {
				ok = false
				break
			}
			good := false
			for _, p := range ps {
				if a <= p.end && b >= p.t && b <= p.end+1 && (f.Kind == KindName || p.known || b <= p.b) {
					good = true
				}
			}
			if !good && f.Kind == KindName {
				// the name proper: capitalised words of the finding
				var caps []int
				for m := a; m <= b; m++ {
					if ssNameTok(v, m) {
						caps = append(caps, m)
					}
				}
				if len(caps) == 1 && cover {
					good = true // "welcome to Ramon, who's covering"
				}
				for _, p := range ps {
					for m := p.a; len(caps) == 1 && m <= p.b; m++ {
						if v.toks[m].h == v.toks[caps[0]].h {
							good = true // "— Elaine brings …"
						}
					}
				}
				if q := srPrev(v, a, lo); len(caps) >= 1 && q >= 0 && (v.toks[q].low == "st" || v.toks[q].low == "saint") {
					good = true // "St. Charles"
				}
			}
			if !good && (ssDroppableKind(f.Kind) && ssNamesHead(v, a, b, lo, hi) || srPostLanguage(v, f, lo, hi)) {
				good = true // a role's, unit's or body's clinical word; the person's languages
			}
			if !good {
				ok = false
				break
			}
			mine = append(mine, i)
		}
		if !ok {
			continue
		}
		for _, i := range mine {
			drop[i] = true
		}
		for _, p := range ps {
			for m := p.a; m <= p.b; m++ {
				staffWords = append(staffWords, v.toks[m].h)
			}
		}
	}
	if len(staffWords) > 0 {
		// another sentence naming a staff person by one word: its
		// single-word name findings of a staff person and the person's
		// languages ("Teresa speaks English and Portuguese.") go when they
		// are its only findings
		staffWord := func(m int) bool {
			for _, h := range staffWords {
				if h == v.toks[m].h && v.toks[m].cls&tCap != 0 {
					return true
				}
			}
			return false
		}
		for k := 0; k < len(v.toks); {
			lo, hi := ssSentence(v, k)
			k = hi
			named := false
			for m := lo; m < hi && !named; m++ {
				named = staffWord(m)
			}
			if !named {
				continue
			}
			var mine []int
			ok := true
			for i, f := range out {
				a, b := span(f)
				if drop[i] || f.Field != fd.Name || a < 0 || b < lo || a >= hi {
					continue
				}
				var caps []int
				for m := a; m <= b; m++ {
					if ssNameTok(v, m) {
						caps = append(caps, m)
					}
				}
				if !(a >= lo && b < hi && (f.Kind == KindName && len(caps) == 1 && staffWord(caps[0]) || srPostLanguage(v, f, lo, hi))) {
					ok = false
					break
				}
				mine = append(mine, i)
			}
			if ok {
				for _, i := range mine {
					drop[i] = true
				}
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

// ssSentence: srSentence, a saint's or mount's dot ("St. Peter's") no
// sentence's end either.
func ssSentence(v *srView, k int) (lo, hi int) {
	lo, hi = srSentence(v, k)
	for lo > 0 && ssAbbr.get(v.toks[lo-1].h) {
		lo, _ = srSentence(v, lo-1)
	}
	for hi < len(v.toks) && ssAbbr.get(v.toks[hi-1].h) {
		_, hi = srSentence(v, hi)
	}
	return lo, hi
}

// ssJobWord: token k, a reader's or care word, is part of a job title
// ("our new Claimant Advocate": capitalised, a role noun right after it,
// not the sentence's first word) or the "you" of "thank you".
func ssJobWord(v *srView, k, lo, hi int) bool {
	if v.toks[k].low == "you" && k > lo && v.toks[k-1].low == "thank" {
		return true
	}
	if ssPlural.get(v.toks[k].h) && k > lo && ssServes.get(v.toks[k-1].h) {
		return true // "sees patients in English and Spanish"
	}
	if ssUnitAdj.get(v.toks[k].h) {
		for m := k + 1; m < hi && m <= k+3; m++ {
			if strings.ContainsAny(srGap(v, m-1, m), ",.!?:;()") || v.toks[m].cls&tCap != 0 {
				break
			}
			if ssUnits.get(v.toks[m].h) {
				return true // "from OHSU's outpatient nutrition clinic"
			}
		}
	}
	return k > lo && k+1 < hi && v.toks[k].cls&tCap != 0 && v.toks[k+1].cls&tCap != 0 && ssRole(&v.toks[k+1]) &&
		strings.TrimSpace(srGap(v, k, k+1)) == ""
}

// ssRoleIn: a role noun of the sender's staff in tokens k..hi.
func ssRoleIn(v *srView, k, hi int) bool {
	for ; k < hi; k++ {
		if ssRole(&v.toks[k]) {
			return true
		}
	}
	return false
}
