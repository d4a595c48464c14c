package guard

// senderphone.go: the sender's own phone number, read by its sentence
// (issue 15, ninth pass, helper CONTACT9, dev59/dev61c, 2026-12-05).
//
// Every non-toll-free phone was reported, and the tenants' template
// libraries give their own numbers in a few sentence structures: a
// security notice's "If this wasn't you, call Hartwell Children's Clinic at
// (317) 555-0100" / "If you didn't do this, call (614) 555-0150"; a line
// the sender owns ("Hartwell Children's Clinic after-hours line: …", "Our
// billing office has a new direct line: …", "Our billing office phone
// number is changing to …", "Nuestro Centro de Atención … atiende por
// WhatsApp al 55 5010 2020"); the same number kept ("Same phone: …",
// "Number unchanged: …"); an after-hours call ("For urgent needs after
// hours call …"); a branch listing whose sentence is the number alone
// ("Iris Optical & Eye Care - Grandview: 1480 W 5th Ave, Columbus OH.
// Tue-Sat 10 AM-6 PM. (614) 555-0141.", "… Call (614) 555-0120.").
//
// senderPhone passes the number when (1) its sentence says it is the
// sender's, by one of those structures, and (2) nothing in its sentence
// makes it the reader's or a person's: no reader's word (you, your, su,
// tu, te, le…) but the "you" of the security conditional and "thank
// you"; no we/will/ll/llamaremos (the sender calling the reader: "we'll
// call 617-555-0148"); no word of a personal line (mobile, cell, home,
// callback, file, emergency, contact, reply, pickup, text, celular…); no
// "for"/"to"/"at" right before the number but after a company's run;
// phoneSentTo's verbs; no title, name cue, kin word or listed given name
// standing alone ("call Maria at", "Dr. Patel's cell"); no extension (a
// person's direct line); and (3) the notice names no care (spCareInNotice,
// the care words of senderplace.go, a care word inside the sender's
// capitalised name excepted). A listing's bare number needs, besides, a
// street address in the field that no rule reported (the sender's, passed
// by senderPlace or the listing rule of facilityaddr.go) and no reader's
// word anywhere in the field.
//
// Accepted risks: a person's number written as the sender's line ("Our
// nurse Karen's line" is vetoed by the name; "Our on-call line: …" passes
// — it is the sender's by the sentence); a bare number after a sender's
// passed address with no reader's word passes. Cost: only for a phone
// number about to be reported; a few scans of its sentence.

var (
	// words of a personal line or of the sender reaching the reader
	sphPersonal = wordSetTab("we ll well will shall mobile cell cellphone home callback file emergency reply pickup text texted texting " +
		"sms reach reached tried voicemail celular movil casa domicilio llamaremos llamamos enviaremos enviamos contactaremos registrado registrada " +
		"patient paciente member caregiver client clients customer customers child guardian parent verified verify confirm confirmed added saved updated")
	// sphBits: one filter over recipientWords, sphPersonal, kinWords and
	// kinCareWords, tested by sphPersonIn before their maps (it never
	// changes an answer)
	sphBits = tabsFilter(recipientWords, sphPersonal, kinWords, kinCareWords)
	// the sender's phone nouns
	sphNouns = wordSetTab("line lines number phone telephone hotline helpline whatsapp telefono numero linea")
	// words that keep a number the same
	sphSame = wordSetTab("same unchanged")
	// the words a listing's bare number may carry
	sphBare = wordSetTab("call tel phone telephone telefono llame llamanos")
	// verbs of calling in the security conditional
	sphCall = wordSetTab("call contact llame llama llamanos llamenos contacta contactanos")
)

// senderPhone: the phone number at tokens first..last (ext: an extension
// follows) is the sender's own (see the file comment).
func (s *scanner) senderPhone(first, last int, ext bool) bool {
	if ext || first == 0 {
		return false
	}
	lo, hi := s.sdSpan(first)
	if s.sphPersonIn(lo, hi, first, last) {
		return false
	}
	ca, cb := -1, -1 // "call Hartwell Children's Clinic at": the run called is the sender's
	if p := first - 1; p > lo+1 && (s.toks[p].low == "at" || s.toks[p].low == "al") {
		ca, _ = s.shRunBack(p - 1)
		cb = p - 1
	}
	if s.shCareOutside(ca, cb) {
		return false
	}
	return s.sphIfNotYou(lo, first) || s.sphCallCompany(lo, first) || s.sphOwnedNoun(lo, first) ||
		s.sphAfterHours(lo, first) || s.sphListing(lo, hi, first, last) ||
		s.sphCallToAct(lo, hi, first, last) // "Call (614) 555-0152 to set up an account" (phonecalltoact.go)
}

// sphPersonIn: a word of lo..hi outside first..last makes the number the
// reader's or a person's.
func (s *scanner) sphPersonIn(lo, hi, first, last int) bool {
	if s.phoneSentTo(first) {
		return true
	}
	p := first - 1
	if p >= lo {
		switch s.toks[p].low {
		case "for", "para":
			return true // "Pickup for 614-555-0150"
		}
	}
	ha, he, head := s.senderHead()
	for m := lo; m < hi; m++ {
		if m >= first && m <= last {
			continue
		}
		t := &s.toks[m]
		may := sphBits.may(t.h) // false: in none of the four sets below
		rw := may && recipientWords.get(t.h)
		if head && m >= ha && m <= he && !rw {
			continue // "Moreno & Blake PT: Our billing office …": the sender's header
		}
		if rw {
			if t.low == "you" && (m > lo && s.toks[m-1].low == "thank" || s.sphNotYou(m)) {
				continue
			}
			return true
		}
		if may && (sphPersonal.get(t.h) || kinWords.get(t.h) || kinCareWords.get(t.h)) || s.fl(m)&(wTitle|wNameCue) != 0 {
			return true
		}
		if s.isCapWord(m) && s.spLoneName(m, lo, hi) {
			return true // "call Maria at"
		}
		if t.low == "s" && m > lo && (s.gap(m) == "'" || s.gap(m) == "\u2019") && s.spLoneName(m-1, lo, hi) {
			return true // "Maria's cell"
		}
	}
	return false
}

// sphNotYou: the "you" at token m closes a security conditional: "if
// this/it wasn't you", "if you didn't (do this)", "not you?".
func (s *scanner) sphNotYou(m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		switch s.toks[k].low {
		case "wasnt", "werent", "not":
			return true
		case "if":
			if m+1 < len(s.toks) && (s.toks[m+1].low == "didnt" || s.toks[m+1].low == "did" && m+2 < len(s.toks) && s.toks[m+2].low == "not") {
				return true
			}
			return false
		}
		if s.toks[k+1].sent {
			break
		}
	}
	return false
}

// sphIfNotYou: the sentence before the number is a security conditional
// ("If this wasn't you, call", "If you didn't do this, call"), and a verb
// of calling stands within three words before the number, or before a
// company's run and "at" (sphCallCompany).
func (s *scanner) sphIfNotYou(lo, first int) bool {
	cond := false
	for m := lo; m < first; m++ {
		if s.toks[m].low == "you" && s.sphNotYou(m) {
			cond = true
			break
		}
	}
	if !cond {
		return false
	}
	for k := first - 1; k >= lo && k >= first-3; k-- {
		if sphCall.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].low != "us" && s.toks[k].low != "at" && s.toks[k].low != "al" {
			break
		}
	}
	return false
}

// sphCallCompany: "call <company's run> at NUMBER" ("call Hartwell
// Children's Clinic at (317) 555-0100").
func (s *scanner) sphCallCompany(lo, first int) bool {
	p := first - 1
	if p <= lo || s.toks[p].low != "at" && s.toks[p].low != "al" {
		return false
	}
	e := p - 1
	a, amp := s.shRunBack(e)
	if a <= lo || !s.spCompany(a, e, amp) {
		return false
	}
	return sphCall.get(s.toks[a-1].h)
}

// sphOwnedNoun: a phone noun of the sender's before the number: after our
// or nuestro… within the sentence, after a company's run, or kept the same
// ("Same phone:", "Number unchanged:"); only glue between the noun and the
// number.
func (s *scanner) sphOwnedNoun(lo, first int) bool {
	noun := -1
	for k := first - 1; k >= lo && k >= first-5; k-- {
		if sphNouns.get(s.toks[k].h) {
			noun = k
			break
		}
		switch s.toks[k].low {
		case "is", "are", "changing", "changes", "changed", "to", "now", "remains", "at", "al", "unchanged", "es", "sera", "cambia":
			continue
		}
		return false
	}
	if noun < 0 {
		return false
	}
	if noun > lo && sphSame.get(s.toks[noun-1].h) || noun+1 < first && s.toks[noun+1].low == "unchanged" {
		return !s.sphKeptVeto() // "Profile updated. Same phone: …" (senderveto.go)
	}
	for k := noun - 1; k >= lo; k-- {
		switch s.toks[k].low {
		case "our", "nuestro", "nuestra", "nuestros", "nuestras":
			return true
		}
		if s.isCapWord(k) && k < noun {
			if a, amp := s.spRun(k); a >= lo && s.spCompany(a, k, amp) && (a == lo || s.gap(a) == ": " || s.toks[a].sent) &&
				!s.svColonBetween(k, noun) {
				return true // "Hartwell Children's Clinic after-hours line:"
			}
		}
	}
	return false
}

// sphAfterHours: "after hours" or "after-hours" (or 24/7) before a verb of
// calling right before the number ("For urgent needs after hours call").
func (s *scanner) sphAfterHours(lo, first int) bool {
	p := first - 1
	if p <= lo || !sphCall.get(s.toks[p].h) {
		return false
	}
	for k := lo; k+1 < p; k++ {
		if s.toks[k].low == "after" && s.toks[k+1].low == "hours" {
			return true
		}
	}
	return false
}

// sphListing: the number's sentence is the number alone, or "Call"/"Tel"
// and the number; the field holds a street address no rule reported and
// no reader's word.
func (s *scanner) sphListing(lo, hi, first, last int) bool {
	for m := lo; m < hi; m++ {
		if m >= first && m <= last {
			continue
		}
		if !sphBare.get(s.toks[m].h) || m > first {
			return false
		}
	}
	for i := range s.fs {
		if s.fs[i].kind == KindAddress || s.fs[i].kind == KindZIP {
			return false
		}
	}
	street := false
	for m := range s.toks {
		t := &s.toks[m]
		if recipientWords.get(t.h) {
			return false
		}
		if !street && (m > 0 && s.fl(m)&wStreetSuffix != 0 && s.sphStreet(m) || s.slSpanishStreet(m)) { // "Calle Luna 33" (senderline.go)
			street = true
		}
	}
	return street
}

// sphStreet: the street type at token m closes a house number and at most
// three words joined by single spaces ("4410 W Broad St", "1480 W 5th Ave").
func (s *scanner) sphStreet(m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if s.gap(k+1) != " " || s.toks[k+1].sent {
			return false
		}
		if s.toks[k].cls&tDigit != 0 && s.toks[k].cls&tAlpha == 0 {
			return k < m-1
		}
	}
	return false
}
