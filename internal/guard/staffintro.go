package guard

// staffintro.go: more structures of the sender's staff news for
// dropStaffRoles (staffrole.go; the same rule, not a parallel one; issue 15,
// fam-staff rows of dev78, helper staff14, probe set dev80s). Each reads a
// structure of the sender's voice, never a list of names:
//
//  1. A pleasantry of the sender's staff to the reader (srIntroPleasant,
//     through staffpre.go's srPreReader and its service test): "here for
//     you", "to meet you", "to meeting you" ("Meet Ryan Patel, our new head
//     of member support. Ryan and his team are here for you 7 days a week.",
//     "Carolyn … can't wait to meet you"). srPreReader still refuses it with
//     a title or clinical role, a care event, a srThirdCare or health word
//     or any other reader word in the sentence ("Tom is here for you after
//     your surgery").
//  2. A staff member's home town (srIntroNative): a finding of another kind
//     on one or two capitalised words right before a lower-case "native"
//     ("is a proud Oxnard native") in a sentence about a dropped person (a
//     word of the name, or staffrole.go's pronoun test) goes with the name,
//     and does not make that sentence one about care (staffframe.go's
//     srAboutCare).
//  3. A titled clinician's specialty (srIntroSpecialtyOf): a clinical,
//     compose, frame.clinical or dictionary.term finding within six lower-case words after
//     "in" that "certified", "trained" or "specializes/specializing" opens,
//     itself right after the titled name and a comma or after is/was/also
//     ("Dr. Voss is board certified in undersea and hyperbaric medicine",
//     "Dr. Samir Haddad, board certified in undersea & hyperbaric medicine,
//     to our team", "Dr. Hana Sato is fellowship-trained in pelvic
//     medicine"), goes with the dropped clinician, like staffmore.go's
//     bracketed specialty. A reader word, care event or srThirdCare word
//     inside the phrase refuses it.
//  4. An event's RSVP contact (srIntroRSVPHost): "RSVP to" right before the
//     untitled name, an event noun of the sender's (staffpre.go's
//     srPreEvents or srIntroEvents: tea, dinner, social, party, open
//     house…) anywhere in the field, and staffcred.go's field test of a
//     reservation host (no reader word, srThirdCare word, stay word, health
//     news, care event or group the reader may belong to): "Mother's Day
//     Tea … RSVP to Tasha Greene at (601) 555-0143 by May 5." A phone
//     finding right after the contact's name and "at" goes with the name
//     (srIntroContactPhone); the untied dates then go through
//     carestaff.go's gate as for staffcred.go's host.
//  5. A titled host of a public Q&A (staffjob.go's srJobTalkHost): "Q&A" is
//     an event noun (srIntroQA), and "your" between a reservation verb and a
//     seat noun ("Save your seat") is the event's, no reader's
//     (srIntroSeat).
//  6. A thanks sentence of its own to a staff member (srIntroThanksOnly:
//     "Thank you, Lorraine!", only the thanks and the person's first word)
//     is no reader word in staffrole.go's step 5, and a job title's
//     modifier ("home health aide Lorraine Becker") is no sign of care
//     when read from another sentence about the person (srIntroJobMod).
//     "aide(s)" is a role noun (staffrole.go's srRoles), "staffed" a frame
//     word (staffjob.go's srJobFrame), "taking new clients" is
//     staffmore.go's "accepting new patients".
//  7. Fail closed: a person's own injury or diagnosis in the name's
//     sentence (srIntroHurt: fell, broke, injured, diagnosed, fracture…)
//     now keeps the name for every staff path ("Our cashier Lorraine Becker
//     fell and broke her hip" passed before).
//
// What stays reported: everything staffrole.go keeps (a reader word but the
// ones above, a greeting, a patient, a care event, a stay word, another
// finding); "Meet your new care team: Dr. Voss will see you for your wound
// on Tuesday", "Dr. Kofi Mensah, board certified in wound care, will see you
// for your pressure ulcer", "RSVP for your son Tasha Greene", "Support
// group … RSVP to Linda Shaw", "Q&A with Dr. Voss about your biopsy
// results". Strict mode never drops.

import "strings"

var (
	// srIntroCertify: the verbs of a clinician's training before "in".
	srIntroCertify = wordSetTab("certified trained specializes specializing specialises specialising specialized")
	// srIntroBeforeCert: words between a titled name and srIntroCertify.
	srIntroBeforeCert = wordSetTab("is was also both double board fellowship residency")
	// srIntroEvents: events an RSVP contact takes replies for, beside
	// staffpre.go's srPreEvents.
	srIntroEvents = wordSetTab("tea dinner dinners social party parties picnic celebration luncheon reception potluck " +
		"bingo fair festival house cookout barbecue bbq dance social")
)

// srIntroPleasant: token k, "you", closes a pleasantry of the sender's staff
// ("here for you", "to meet you", "to meeting you").
func srIntroPleasant(v *srView, k, lo int) bool {
	q := srPrev(v, k, lo)
	if q < 0 || srGap(v, q, k) != " " {
		return false
	}
	r := srPrev(v, q, lo)
	if r < 0 || srGap(v, r, q) != " " {
		return false
	}
	switch v.toks[q].low {
	case "for":
		return v.toks[r].low == "here"
	case "meet", "meeting":
		return v.toks[r].low == "to"
	}
	return false
}

// srIntroNative: finding o, of another kind than a name, covers one or two
// capitalised words right before a lower-case "native" ("a proud Oxnard
// native"): a home town.
func srIntroNative(v *srView, o Finding) bool {
	if o.Kind == KindName {
		return false
	}
	x, y := srSpan(v, o.Start, o.End)
	if x < 0 || y-x > 1 || y+1 >= len(v.toks) {
		return false
	}
	for k := x; k <= y; k++ {
		if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 {
			return false
		}
	}
	n := &v.toks[y+1]
	return n.low == "native" && n.cls&tCap == 0 && srGap(v, y, y+1) == " "
}

// srIntroSpecialtyOf: finding o, clinical, sits in a titled clinician's
// specialty phrase in sentence [lo, hi) (see the file comment, 3); the
// name's last token, or -1.
func srIntroSpecialtyOf(v *srView, o Finding, lo, hi int) int {
	if !srClinicalRule(o) && o.Rule != "frame.clinical" && o.Rule != "dictionary.term" {
		return -1
	}
	x, y := srSpan(v, o.Start, o.End)
	if x <= lo || y >= hi {
		return -1
	}
	for k := x; k <= y; k++ {
		if k > x && strings.ContainsAny(srGap(v, k-1, k), ",.;:()!?") {
			return -1
		}
	}
	in := -1
	for j := x - 1; j >= lo && x-j <= 6; j-- {
		tk := &v.toks[j]
		if tk.cls&tCap != 0 && !srWelAcronym(v, j) || tk.nd != 0 || strings.ContainsAny(srGap(v, j, j+1), ",.;:()!?'’") { // "in IBD and …" (staffwelcome.go)
			return -1
		}
		if tk.low == "in" {
			in = j
			break
		}
		if srReader.get(tk.h) || opsCareEvents.get(tk.h) || srThirdHas(&srThirdCare, tk.h) {
			return -1
		}
	}
	if in < 0 {
		return -1
	}
	c := srPrev(v, in, lo)
	if c < 0 || srGap(v, c, in) != " " || !srIntroCertify.get(v.toks[c].h) {
		return -1
	}
	// back over "board", "fellowship-", "is", "also" to the name
	n := srPrev(v, c, lo)
	for i := 0; i < 3 && n >= 0 && (srIntroBeforeCert.get(v.toks[n].h) || srWelWho.get(v.toks[n].h)) && v.toks[n].cls&tCap == 0; i++ { // ", who specializes in" (staffwelcome.go)
		if g := strings.TrimSpace(srGap(v, n, srNext(v, n, hi))); g != "" && g != "-" {
			return -1
		}
		n = srPrev(v, n, lo)
	}
	if n < 0 {
		return -1
	}
	if g := strings.TrimSpace(srGap(v, n, srNext(v, n, hi))); g != "" && g != "," {
		return -1
	}
	n = srTopicCredBack(v, n, lo) // ", DPM, fellowship-trained in …" (stafftopic.go)
	if n < 0 || !srNameWord(&v.toks[n]) {
		return -1
	}
	// up to three name words after a title
	for j := n; j >= lo && j >= n-3; j-- {
		if !srNameWord(&v.toks[j]) {
			if j < n && srTitle.get(v.toks[j].h) && v.toks[j].cls&tCap != 0 {
				return n
			}
			return -1
		}
	}
	return -1
}

// srIntroCompanion: finding o in the sentence [lo, hi) of the name p..b goes
// with that name when it is dropped: a home town, a titled clinician's
// specialty, an RSVP contact's phone.
func srIntroCompanion(v *srView, o Finding, lo, hi, p, b int, titled bool) bool {
	x, y := srSpan(v, o.Start, o.End)
	if x < lo || y >= hi || x < 0 {
		return false
	}
	if srIntroNative(v, o) {
		return true
	}
	if titled && srIntroSpecialtyOf(v, o, lo, hi) == b {
		return true
	}
	return !titled && srIntroContactPhone(v, o, p, b, lo)
}

// srIntroContactPhone: phone finding o follows "<name> at" of an RSVP
// contact ("RSVP to Tasha Greene at (601) 555-0143").
func srIntroContactPhone(v *srView, o Finding, p, b, lo int) bool {
	if o.Kind != KindPhone || !srIntroRSVPAt(v, p, lo) {
		return false
	}
	x, _ := srSpan(v, o.Start, o.End)
	if x < 1 {
		return false
	}
	// the phone may open with "(": its first token is the area code
	at := srPrev(v, x, lo)
	return at >= 0 && v.toks[at].low == "at" && srPrev(v, at, lo) == b && srGap(v, b, at) == " "
}

// srIntroRSVPAt: "RSVP to" right before the name at p.
func srIntroRSVPAt(v *srView, p, lo int) bool {
	q := srPrev(v, p, lo)
	if q < 0 || v.toks[q].low != "to" || srGap(v, q, p) != " " {
		return false
	}
	s := srPrev(v, q, lo)
	return s >= 0 && v.toks[s].low == "rsvp" && srGap(v, s, q) == " "
}

// srIntroRSVPHost: the untitled name at p is an event's RSVP contact (see
// the file comment, 4); the event noun's token, or -1.
func srIntroRSVPHost(v *srView, p, lo, hi int) int {
	if !srIntroRSVPAt(v, p, lo) || srCareSentence(v, lo, hi) {
		return -1
	}
	ok, ev := srCredEventField(v)
	if !ok {
		return -1
	}
	if ev < 0 {
		for k := range v.toks {
			if srIntroEvents.get(v.toks[k].h) {
				return k
			}
		}
	}
	return ev
}

// srIntroQA: token m opens "Q&A".
func srIntroQA(v *srView, m int) bool {
	return v.toks[m].low == "q" && m+1 < len(v.toks) && v.toks[m+1].low == "a" && srGap(v, m, m+1) == "&"
}

// srIntroSeat: token k, "your", sits between a reservation verb and a seat
// noun ("Save your seat", "Reserve your spot").
func srIntroSeat(v *srView, k int) bool {
	if v.toks[k].low != "your" || k < 1 || k+1 >= len(v.toks) {
		return false
	}
	return srCredBook.get(v.toks[k-1].h) && srCredSeat.get(v.toks[k+1].h) &&
		srGap(v, k-1, k) == " " && srGap(v, k, k+1) == " "
}

// srIntroAbout: finding o, of another kind, in a sentence about the person
// (staffrole.go's step 5) that is no sign of care: a home town, a titled
// clinician's specialty, a job title's modifier.
func srIntroAbout(v *srView, o Finding, lo, hi int) bool {
	return srIntroNative(v, o) || srIntroSpecialtyOf(v, o, lo, hi) >= 0 || srIntroJobMod(v, o, lo, hi) ||
		srPostLanguage(v, o, lo, hi) // "She sees families in English and Spanish." (staffpost.go)
}

// srIntroJobMod: finding o is staffjob.go's job-title modifier of the name
// right after it ("home health aide Lorraine Becker"), read from a sentence
// other than the mention's ("… Thank you, Lorraine!").
func srIntroJobMod(v *srView, o Finding, lo, hi int) bool {
	_, y := srSpan(v, o.Start, o.End)
	if y < 0 || y >= hi {
		return false
	}
	p := srNext(v, y, hi)
	if p < 0 || !srNameWord(&v.toks[p]) || srGap(v, y, p) != " " {
		return false
	}
	b := p
	for q := srNext(v, b, hi); q >= 0 && q-p < 3 && srNameWord(&v.toks[q]) && srGap(v, b, q) == " "; q = srNext(v, b, hi) {
		b = q
	}
	return srJobMod(v, o, lo, hi, p, b)
}

// srIntroGoes: finding o, a home town or a specialty, in another sentence
// than the dropped mention m's, goes with m when that sentence holds a word
// of m's name (the town of "Angela brings 18 years … and is a proud Oxnard
// native").
func srIntroGoes(v *srView, o Finding, m *srMention) bool {
	x, _ := srSpan(v, o.Start, o.End)
	if x < 0 {
		return false
	}
	lo, hi := srSentence(v, x)
	if lo == m.lo {
		return false
	}
	if n := srIntroSpecialtyOf(v, o, lo, hi); n >= 0 {
		return v.toks[n].h == m.lw
	}
	if !srIntroNative(v, o) {
		return false
	}
	for k := lo; k < hi; k++ {
		if h := v.toks[k].h; (h == m.fw || h == m.lw) && v.toks[k].cls&tCap != 0 {
			return true
		}
	}
	return false
}

// srIntroThanksNick: mention m is a thanks sentence of its own that names
// one word after don/doña ("¡Gracias, don Cheo!", "Thank you, don Cheo!"):
// a nickname the sender calls its own staff member by. dropStaffRoles drops
// it only right after the sentence of a dropped staff member of the same
// field (staffrole.go's staff). Not when the nickname stands anywhere
// else in the field: then it names a person of the story ("… will bring
// don Cheo home Friday. ¡Gracias, don Cheo!"; red14b, dev81x).
func srIntroThanksNick(v *srView, m *srMention) bool {
	if m.fw != m.lw || m.titled || m.b != m.hi-1 {
		return false
	}
	d := srPrev(v, m.p, m.lo)
	if d < 0 || srGap(v, d, m.p) != " " || v.toks[d].cls&tCap != 0 || !srIntroDon.get(v.toks[d].h) {
		return false
	}
	t := srPrev(v, d, m.lo)
	if t < 0 || strings.TrimSpace(srGap(v, t, d)) != "," {
		return false
	}
	switch v.toks[t].low {
	case "gracias", "thanks":
		if t != m.lo {
			return false
		}
	case "you":
		if t != m.lo+1 || v.toks[m.lo].low != "thank" {
			return false
		}
	default:
		return false
	}
	// the nickname named again outside the thanks ("Our driver Luis Soto
	// will bring don Cheo home Friday. ¡Gracias, don Cheo!"): a person of
	// the story, not the staff member thanked (red14b, dev81x)
	for k := range v.toks {
		if (k < m.lo || k >= m.hi) && v.toks[k].h == m.fw && v.toks[k].cls&tCap != 0 {
			return false
		}
	}
	end := strings.TrimSpace(v.t.s[v.toks[m.b].e:])
	if m.hi < len(v.toks) {
		end = strings.TrimSpace(srGap(v, m.b, m.hi))
	}
	return strings.HasPrefix(end, "!") || strings.HasPrefix(end, ".")
}

// srIntroDon: the honorifics of a nickname (the view folds "doña").
var srIntroDon = wordSetTab("don doña dona")

// srIntroThanksOnly: token j, "you", sits in a sentence [lo, hi) that is
// only a thanks to the person whose first word is fw ("Thank you,
// Lorraine!"): no reader of the notice but the staff member thanked
// (staffrole.go's step 5; the name's own mention is judged as before).
func srIntroThanksOnly(v *srView, j, lo, hi int, fw uint64) bool {
	if v.toks[j].low != "you" || j != lo+1 || v.toks[lo].low != "thank" || hi != j+2 {
		return false
	}
	n := &v.toks[j+1]
	if n.h != fw || n.cls&tCap == 0 || strings.TrimSpace(srGap(v, j, j+1)) != "," {
		return false
	}
	end := strings.TrimSpace(v.t.s[n.e:])
	if hi < len(v.toks) {
		end = strings.TrimSpace(srGap(v, j+1, hi))
	}
	return strings.HasPrefix(end, "!") || strings.HasPrefix(end, ".")
}

// srIntroHurt: a person's own injury or diagnosis ("fell and broke her
// hip"): a name's sentence holding one is no staff news for any path
// (staffrole.go, beside staffframe.go's stay words; red-team of the "aide"
// role noun: "Our aide Lorraine Becker fell and broke her hip" passed, as
// "Our cashier …" did before). Not "fall": "joins Prism this fall".
var srIntroHurt = wordSetTab("fell broke broken injured injury injuries diagnosed diagnosis fracture " +
	"fractured accident operado operada intervenido intervenida diagnosticado diagnosticada accidente")

// srIntroHurtSentence: sentence [lo, hi) holds a word of srIntroHurt.
func srIntroHurtSentence(v *srView, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if srIntroHurt.get(v.toks[k].h) {
			return true
		}
	}
	return false
}
