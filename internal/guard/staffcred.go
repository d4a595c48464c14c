package guard

// staffcred.go: more shapes of the sender's staff news for dropStaffRoles
// (issue 15, dev59/dev52, helper STAFF9B, probe set dev62s). The rule is
// staffrole.go's; this file widens it by the sentence's structure:
//
//   - credentials after a name and a comma (srCredMore): besides
//     staffrole.go's srCreds (now also LCSW, LPC, LMFT, APRN, FNP, CRNA,
//     PsyD, OTR, SLP, ATC, CNM), the upper-case PA-C, DO, PT and OT, which
//     are common words or a state's code in other places ("Kara Doyle,
//     PA-C, now leads our Westfield clinic");
//   - a care word inside the sender's own organisation name
//     (srCredOrgWord): "Infusion" of "Clearline Infusion Pharmacy: Our
//     courier Marcus Bell …" is a word of the sender's name, no care event
//     of the reader's — a capitalised run that a capitalised word no care
//     word opens and a business noun (sendername.go's snClose) closes;
//   - a courier named on a label line (srCredCourierLabel): "Driver:
//     Marcus, white van with the Clearline logo." after "Your courier is 10
//     minutes away." — a delivery role, a colon, the untitled name, no
//     clinical word in the name's sentence, and another courier or order
//     word in the field.
//
// New role nouns founders, cofounders, owners, fundadores ("Our founders,
// Ana Moreno and Chris Blake, were named …"). What keeps a name reported is
// everything staffrole.go keeps (a reader word, a greeting, a care event
// outside the sender's name, a patient, a finding of another kind in the
// sentence).

import "strings"

// srCredCaps: credentials read only in upper case ("PA-C", "DO", "PT",
// "OT"): elsewhere a word ("do") or a state's code ("PA").
var srCredCaps = wordSetTab("pa do pt ot")

// srCredMore: token j, right after a name and a comma, is an upper-case
// credential of srCredCaps; "PA" only as "PA-C".
func srCredMore(v *srView, j, hi int) bool {
	tk := &v.toks[j]
	if srPostCred(v, j, hi) { // "MS" beside "RDN" (staffpost.go)
		return true
	}
	if !srCredCaps.get(tk.h) || tk.cls&tUpper == 0 || tk.e-tk.s != 2 {
		return false
	}
	if tk.low == "pa" {
		n := j + 1
		return n < hi && srGap(v, j, n) == "-" && v.toks[n].low == "c"
	}
	return true
}

// srCredOrgWord: token k (a care event word) lies inside the sender's
// organisation name: it and the words up to a business noun (snClose) are
// capitalised and joined by single spaces, and the run opens with a
// capitalised word before k that is no care event, title or greeting
// ("Clearline Infusion Pharmacy", "Summit Home Infusion Center").
func srCredOrgWord(v *srView, k, lo, hi int) bool {
	if v.toks[k].cls&tCap == 0 {
		return false
	}
	e := k
	for !snClose.get(v.toks[e].h) {
		if e+1 >= hi || srGap(v, e, e+1) != " " || v.toks[e+1].cls&tCap == 0 {
			return false
		}
		e++
	}
	j := k
	for j > lo && (srGap(v, j-1, j) == " " || srGap(v, j-1, j) == " & ") && v.toks[j-1].cls&tCap != 0 {
		j--
		if h := v.toks[j].h; !opsCareEvents.get(h) && !snClose.get(h) {
			return !srTitle.get(h) && !srGreet.get(h) && !srOur.get(h) && v.toks[j].nd == 0
		}
	}
	return false
}

// srCredCourierLabel: the untitled name at p follows a delivery role and a
// colon ("Driver: Marcus"), its sentence [lo, hi) has no clinical role or
// title, and another courier or order word stands in the field.
func srCredCourierLabel(v *srView, p, lo, hi int) bool {
	q := srPrev(v, p, lo)
	if q < 0 || !srNineCourier.get(v.toks[q].h) || strings.TrimSpace(srGap(v, q, p)) != ":" || srCareSentence(v, lo, hi) {
		return false
	}
	for k := range v.toks {
		if k != q && (srNineCourier.get(v.toks[k].h) || srNineOrder.get(v.toks[k].h)) {
			return true
		}
	}
	return false
}

// srCredEmployer: name finding f lies inside a capitalised run joined by
// " & " ("Moreno & Blake Riverside") that follows "at" or "of" right after
// a role noun ("our new clinic director at Moreno & Blake Riverside"): the
// employer's firm name, no person.
func srCredEmployer(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a < 2 {
		return false
	}
	amp := false
	for a > 0 && v.toks[a-1].cls&tCap != 0 {
		g := srGap(v, a-1, a)
		if g != " " && g != " & " {
			break
		}
		amp = amp || g == " & "
		a--
	}
	for b+1 < len(v.toks) && v.toks[b+1].cls&tCap != 0 {
		g := srGap(v, b, b+1)
		if g != " " && g != " & " {
			break
		}
		amp = amp || g == " & "
		b++
	}
	if !amp || a < 2 || srGap(v, a-1, a) != " " || srGap(v, a-2, a-1) != " " {
		return false
	}
	at := v.toks[a-1].low
	return (at == "at" || at == "of") && srRoles.get(v.toks[a-2].h) && v.toks[a-2].cls&tCap == 0
}

var (
	// srCredSeat: what a reader reserves for an event ("Reserve seats with
	// X", "Save a table with X").
	srCredSeat = wordSetTab("seat seats table tables spot spots place places tickets")
	// srCredBook: the reservation verbs before it.
	srCredBook = wordSetTab("reserve book save hold rsvp")
	// srCredGroup: words of a group the reader may belong to, beside
	// staffframe.go's srNotStaffTeam ("Support group lunch", "grief
	// circle"): a reservation in such a field is no open event's.
	srCredGroup = wordSetTab("grief bereavement survivor survivors caregiver caregivers sobriety circle")
)

// srCredReserveHost: the untitled name at p is the contact for an event's
// reservations: "with" right before it, a seat noun and a reservation verb
// (up to two words apart: "Reserve seats", "Save a table") before that, an
// event noun of srPreEvents anywhere in the field, and the field holds no
// reader word, srThirdCare word, stay word, staff member's health news,
// care event or word of a group the reader may belong to (srNotStaffTeam,
// srCredGroup: support, recovery, hospice, family, patient, grief…), and the sentence no clinical role or title ("Mother's Day
// brunch is Sunday, May 10. Reserve seats with Ruth Abernathy by May 4.").
// It returns the event noun's token, or -1.
func srCredReserveHost(v *srView, p, lo, hi int) int {
	q := srPrev(v, p, lo)
	if q < 0 || v.toks[q].low != "with" || srGap(v, q, p) != " " {
		return -1
	}
	s := srPrev(v, q, lo)
	if s < 0 || !srCredSeat.get(v.toks[s].h) {
		return -1
	}
	book := false
	for m := s - 1; m >= lo && m >= s-2; m-- {
		if srCredBook.get(v.toks[m].h) {
			book = true
		}
	}
	if !book || srCareSentence(v, lo, hi) {
		return -1
	}
	if ok, ev := srCredEventField(v); ok {
		return ev
	}
	return -1
}

// srCredEventField: the field of a reservation host holds no reader word,
// srThirdCare word, stay word, staff member's health news, care event or
// word of a group the reader may belong to (ok); ev is its first event noun
// of srPreEvents, or -1 (also read by staffintro.go's RSVP contact).
func srCredEventField(v *srView) (ok bool, ev int) {
	ev = -1
	for k := range v.toks {
		h := v.toks[k].h
		if srThirdHas(&srFieldReader, h) && !srNotReader(v, k, len(v.toks)) || srThirdHas(&srThirdCare, h) ||
			srReader.get(h) && !srNotReader(v, k, len(v.toks)) || srFrameHas(&srStayWords, h) || srPreHas(&srPreWell, h) ||
			srSentBits.may(h) && opsCareEvents.get(h) || srNotStaffTeam.get(h) || srCredGroup.get(h) {
			return false, -1
		}
		if ev < 0 && srPreHas(&srPreEvents, h) {
			ev = k
		}
	}
	return true, ev
}

// srCredOurRoleNP: the name at p follows a role's noun phrase
// (staffpre.go's srPreRoleNP: no clinical role, reader word or
// punctuation in it) that our/nuestro/nuestra opens and whose role noun
// takes a complement of de/del/of and at most two more words ("Nuestra especialista
// de facturación Renee Castillo le atiende de lunes a viernes"), as "our
// pharmacist X" is a role right before the name.
func srCredOurRoleNP(v *srView, p, lo int) bool {
	r := srPreRoleNP(v, p, lo)
	if r < 0 {
		return false
	}
	q := srPrev(v, r, lo)
	if q < 0 || !srOur.get(v.toks[q].h) || strings.TrimSpace(srGap(v, q, r)) != "" {
		return false
	}
	// the phrase after the role noun is its complement: "de/del/of" and
	// at most two more words ("especialista de facturación"), no verb
	// phrase ("Our driver will pick up the Okafor household's walker")
	n := srNext(v, r, p)
	if n < 0 || n == p {
		return false
	}
	if l := v.toks[n].low; l != "de" && l != "del" && l != "of" {
		return false
	}
	for c, m := 0, srNext(v, n, p); m >= 0 && m < p; m = srNext(v, m, p) {
		if c++; c > 2 {
			return false
		}
	}
	return true
}
