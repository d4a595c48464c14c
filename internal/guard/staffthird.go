package guard

// staffthird.go: third-person news about a named person, for
// dropStaffRoles (issue 15, dev45, helper STAFF3). The rule is
// staffrole.go's; this file decides one thing for it: is a titled person
// (Dr./Dra./Doctor/Doctora/Lic./Ing.), or a person with a role noun or a
// credential right before the name ("physical therapist Omar Haddad", "RN
// Patrick O'Neill", "la enfermera Rosa Delgado"), told about in the third
// person? Then the mention has a role and a sender-side frame. Told about
// in the third person means, by structure and not by a list of news words:
//
//   - subject: right after the name (no other punctuation between) come at most
//     one apposition between commas of up to six words and then three
//     auxiliaries or adverbs (is, was, has, been, will, be, now,
//     also, just, recently; se, fue, ha, sido, será, ya, ahora, también)
//     and then a lowercase word that, after an auxiliary, may be any word
//     ("will be a guest", "is now at"), or else is a third-person verb
//     form: English -s ("sees", "explains", "joins"), -ed ("received",
//     "named", "quoted") or a common irregular past ("ran", "won", "led",
//     "spoke"); after a Spanish article before the title or role ("la
//     Dra. X", "el enfermero X") a word in -a/-e/-o (the view folds accents:
//     "recibió", "dará", "atiende", "explica");
//   - object: right before the title or role (or the name) a past
//     participle ("has named Dr. X", "appointed Dr. X") or, in Spanish,
//     "a/al [la/el]" after a verb in -ó or -mos or "felicitaciones"
//     ("nombró a la Dra. X", "Felicitaciones a la enfermera X");
//   - the name has two words or more ("Dr. Martens is running late" is the
//     reader's doctor as often as not: stays reported).
//
// What keeps the name reported is staffrole.go's test of the sentence
// (you/your/su/usted, a greeting before the name, patient/client, a care
// event, a finding of another kind, another sentence naming the person that
// speaks to the reader) and, for this path, two more: a Spanish object
// clitic right after the name ("lo atenderá", "le verá", "la llamará": the
// reader), and anywhere in the field a care event (opsCareEvents) or a word
// of the reader's care or of a message to the reader (srThirdCare: late,
// sick, call, referral, fax, lab, authorization, admitted, today,
// tomorrow…) or a reader word (you/your/su/sus/usted/tu/te) — the third-person path needs the whole field free of the reader,
// so srMay may let it through on a title (srThirdMay) only when the field
// has no reader word. A bare name without title or role never takes this
// path ("Maria Lopez received the award" stays reported). Strict mode never
// drops (dropStaffRoles).

import "strings"

var (
	// srAux: auxiliaries and adverbs between a name and its verb.
	srAux = wordSetTab("is was has have had been be will would now also just recently currently " +
		"se fue ha han sido sera será ya ahora tambien también")
	// srPastIrr: common irregular pasts and participles of news verbs.
	srPastIrr = wordSetTab("ran won led spoke wrote gave became took met taught left began rode flew sang " +
		"chosen given written won")
	// srClitic: a Spanish object clitic after a name is the reader ("lo
	// atenderá").
	srClitic = wordSetTab("lo la le los las les me nos")
	// srEsArt: a Spanish article before a title or role.
	srEsArt = wordSetTab("el la al del")
	// srFieldReader: reader words that bar the third-person path from the
	// whole field (and srMay's title test).
	srFieldReader = wordSetTab("you your yours youre youll youve yourself su sus usted ustedes tu tus te")
	// srSeesPatients: a clinician's general practice before "patients"
	// ("now sees patients at our Bayside office"): no reader (srNotReader).
	srSeesPatients = wordSetTab("sees see seeing treats treat treating atiende atienden atender")
	// srPron3: a third-person singular pronoun anywhere in another
	// sentence ties that sentence to the person (staffrole.go's step 5:
	// "Meet our new therapist, Alicia Moreno, LCSW. Your sessions move to
	// her.").
	srPron3 = wordSetTab("he she him her his hers ella")
	// srThirdCare: words of the reader's care or of a message to the
	// reader that bar the third-person path from the whole field, beside
	// opsCareEvents: "Dr. X is running late today", "will call tomorrow",
	// "signed the referral", "received the fax from the lab", "has approved
	// the prior authorization", "was admitted to the ER". Folded forms (the
	// view folds accents: "llamará" is "llamara").
	srThirdCare = wordSetTab("referral referrals fax faxed lab labs authorization authorizations prescribed chart " +
		"records paperwork forms form claim claims late delayed delay sick rescheduled canceled cancelled approved " +
		"denied signed orders ordered order call called calls calling phoned texted emailed messaged contacted " +
		"admitted discharged hospitalized er icu mri xray ray today tonight tomorrow yesterday " +
		"llamara llamo llamar llamada orden ordenes laboratorio autorizacion hoy manana ayer retraso retrasado " +
		"enferma enfermo cancelada cancelado reprogramada reprogramado ingresado ingresada hospitalizado " +
		"hospitalizada alta firmo revisara")
	// srCopula: "X is our new shop manager", "X es nuestra nueva
	// gerente": a role after the copula and "our" (srRoleAfter).
	srCopula = wordSetTab("is was es fue")
	// srThirdMay: the titles srMay lets through when its field has no
	// reader word.
	srThirdMay = wordSetTab("dr dra doctor doctora " + sr109Titles) // Prof.: staffroles109.go
)

// srThirdBits filters srThirdPerson's per-token lookups.
var srThirdBits = func() *hashFilter {
	f := tabsFilter(srAux)
	for _, m := range []setTab{srPastIrr, srClitic, srEsArt, srFieldReader, srThirdMay, srThirdCare, srPron3} {
		m.each(f.add)
	}
	return f
}()

// srThirdPerson: the name a..b (p its title's token if titled, else a) in
// sentence [lo, hi) is told about in the third person and has a title or a
// role noun or credential right before it; see the file comment.
func srThirdPerson(v *srView, p, a, b, lo, hi int, titled bool) bool {
	if a == b {
		return false // a full name only: "Dr. Martens is running 20 minutes late" stays reported
	}
	start := p
	if !titled {
		q := srPrev(v, a, lo)
		if q < 0 || strings.TrimSpace(srGap(v, q, a)) != "" {
			return false
		}
		tk := &v.toks[q]
		if !(srRoles.get(tk.h) || srCreds.get(tk.h) && tk.cls&tCap != 0 && len(tk.low) >= 2) {
			return false
		}
		start = q
		// a lowercase modifier of the role ("physical therapist")
		if q2 := srPrev(v, q, lo); q2 >= 0 && strings.TrimSpace(srGap(v, q2, q)) == "" &&
			v.toks[q2].cls&tCap == 0 && v.toks[q2].nd == 0 && !srThirdHas(&srEsArt, v.toks[q2].h) && !srCue(&v.toks[q2]) &&
			!srThirdHas(&srAux, v.toks[q2].h) && !srPastForm(v.toks[q2].low) && len(v.toks[q2].low) > 3 {
			start = q2
		}
	}
	for k := range v.toks {
		h := v.toks[k].h
		if srThirdHas(&srFieldReader, h) && !srNotReader(v, k, len(v.toks)) || srThirdHas(&srThirdCare, h) {
			return false
		}
		if srSentBits.may(h) && opsCareEvents.get(h) && !srDeptEvent(v, k, 0) && !srTopicEventAt(v, k) { // stafftopic.go
			return false
		}
	}
	es := false
	if q := srPrev(v, start, lo); q >= 0 && srThirdHas(&srEsArt, v.toks[q].h) {
		es = true
	}
	return srThirdSubject(v, b, hi, es) || srThirdObject(v, start, lo)
}

func srThirdHas(m *setTab, h uint64) bool { return srThirdBits.may(h) && m.get(h) }

// srThirdSubject: a third-person verb after the name's last token b.
func srThirdSubject(v *srView, b, hi int, es bool) bool {
	j, aux := b, false
	// an apposition between commas: "Dr. Arturo Medina, jubilado en 2010,
	// falleció"
	if k := srNext(v, j, hi); k >= 0 && strings.TrimSpace(srGap(v, j, k)) == "," {
		e := -1
		for m := k; m < hi && m <= k+6; m++ {
			g := strings.TrimSpace(srGap(v, m-1, m))
			if m > k && g == "," {
				e = m - 1
				break
			}
			if m > k && g != "" {
				return false
			}
		}
		if e < 0 {
			return false
		}
		j = e
	}
	for n := 0; n < 4; n++ {
		k := srNext(v, j, hi)
		if k < 0 || strings.TrimSpace(srGap(v, j, k)) != "" && !(n == 0 && j != b && strings.TrimSpace(srGap(v, j, k)) == ",") {
			return false
		}
		tk := &v.toks[k]
		if tk.cls&tCap != 0 || tk.nd != 0 || srThirdHas(&srClitic, tk.h) {
			return false
		}
		if srThirdHas(&srAux, tk.h) {
			aux, j = true, k
			continue
		}
		if aux {
			return true
		}
		w := tk.low
		switch {
		case srPastForm(w), srThirdHas(&srPastIrr, tk.h):
			return true
		case len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
			return true
		case es && len(w) >= 4 && strings.ContainsAny(w[len(w)-1:], "aeo"):
			return true // the view folds accents: "recibió", "dará", "atiende"
		}
		return false
	}
	return false
}

// srPastForm: an English -ed form.
func srPastForm(w string) bool { return len(w) >= 5 && strings.HasSuffix(w, "ed") }

// srThirdObject: a verb before the title/role/name at start: "has named
// Dr. X", "nombró a la Dra. X", "Felicitaciones a la enfermera X".
func srThirdObject(v *srView, start, lo int) bool {
	q := srPrev(v, start, lo)
	if q < 0 || strings.TrimSpace(srGap(v, q, start)) != "" {
		return false
	}
	if w := v.toks[q].low; srPastForm(w) || srThirdHas(&srPastIrr, v.toks[q].h) {
		return v.toks[q].cls&tCap == 0
	}
	if v.toks[q].low == "la" || v.toks[q].low == "el" {
		if q2 := srPrev(v, q, lo); q2 >= 0 && strings.TrimSpace(srGap(v, q2, q)) == "" {
			q = q2
		}
	}
	if l := v.toks[q].low; l != "a" && l != "al" {
		return false
	}
	q2 := srPrev(v, q, lo)
	if q2 < 0 || strings.TrimSpace(srGap(v, q2, q)) != "" {
		return false
	}
	w := v.toks[q2].low
	return len(w) >= 5 && (strings.HasSuffix(w, "o") || strings.HasSuffix(w, "mos")) || w == "felicitaciones"
}

// srMayThird: srMay's test for this file: a title in a field without a
// reader word. s is the field's text.
func srMayThird(s string) bool {
	title := false
	h, in := uint64(fnvOffset), false
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z':
			h ^= uint64(c)
			h *= fnvPrime
			in = true
		default:
			if in && srThirdBits.may(h) {
				if srFieldReader.get(h) {
					return false
				}
				if srThirdMay.get(h) {
					title = true
				}
			}
			h, in = fnvOffset, false
		}
	}
	return title
}
