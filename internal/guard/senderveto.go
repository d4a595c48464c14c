package guard

// senderveto.go: vetoes of the ninth pass's sender-identity cuts, found by
// red-team helper RED9 (issue 15, probe set dev62r, 2026-12-05). Each cut
// reads a slot as the sender's own; a template variable can put the
// reader's identity into the same slot. Every veto here only keeps a
// finding the cut would have dropped (fail closed):
//
//   - senderOccFramed (sendercontext.go): an occurrence of the sender's
//     name (Context.Sender) right after a greeting, "Patient:" or
//     "<reminder|appointment|visit|session|message> for" is the reader's
//     name that happens to be the sender's ("Dana Whitfield LCSW: Reminder
//     for Dana Whitfield: session Monday"); "Thank you for choosing Dana
//     Whitfield LCSW" is still the sender's (only those nouns before "for");
//   - shHomeRun (senderlisting.go's shCareOutside): a header or a called
//     run that holds a word of care at the reader's home or of delivery
//     (home, hospice, visiting, delivery, mobile, domicilio, hogar…) does
//     not hide its care words: "Harbor Home Health - Ballard: 5400 Leary
//     Ave NW … Tue 9 AM-11 AM" is the reader's address and visit window,
//     "Brightwater Infusion Pharmacy - Delivery: 88 Elm St" a delivery;
//   - sphKeptVeto (senderphone.go): a number "kept the same" ("Same
//     phone:", "Number unchanged:") in a field with a reader's word or a
//     word of an account or profile update (profile, account, contact,
//     details, updated, saved…) is the reader's number on file; and a
//     company's run owns a phone noun only when no ": " stands between the
//     run and the noun ("Summit Eye Center: Account update: phone number
//     is changing to …" is the reader's);
//   - scRecordExtra (sendercode.go): more segments naming a record (HC,
//     NHC, HCL, MR, EXP, CHART, MCR, MCD) and insurance words in the
//     notice (Medicare, Medicaid, insurance, seguro): a code under the
//     sender's initials beside them is the reader's record or card number;
//   - rcRecordPrefix (requestcode.go): after "solicitud de expediente", a
//     prefix that abbreviates the record word itself ("EXP-00458213",
//     "HC-…", "MRN-…") is the record's number, not the request's;
//   - ngOrderAfter (namedgoods.go): a name before goods in a sentence about
//     one order being ready, picked up or fitted ("Our new Maria
//     compression socks are ready for pickup") is the reader's order;
//   - headAwardPersonal (headaward.go): an award phrase in a sentence with
//     a reader's or kin word ("The memory care team of the year will see
//     your mother Monday") stays reported.
//
// Accepted risks: the sender's own listing in a home-care header, the
// sender's name after "reminder for", a kept number in an account notice
// and a goods name in a pickup notice are reported (false positives,
// fail closed). Cost: each veto runs only where its cut was about to drop
// or pass a finding.

// svFor: nouns before "for" that make the next name the reader's.
var svFor = wordSetTab("reminder reminders appointment appointments visit session sessions message messages results recordatorio cita mensaje")

// svGreet: words right before a name that make it the reader's.
var svGreet = wordSetTab("hi hello dear hey hola estimado estimada estimados patient paciente")

// senderOccFramed: the occurrence of a sender's name opening at token i is
// the reader's by the word before it.
func (s *scanner) senderOccFramed(i int) bool {
	if i < 1 {
		return false
	}
	p := s.toks[i-1].h
	if svGreet.get(p) && !s.toks[i].sent || svGreet.get(p) && s.gap(i) == ": " {
		return true
	}
	switch s.toks[i-1].low {
	case "for", "para":
		return i >= 2 && svFor.get(s.toks[i-2].h)
	}
	return false
}

// svHome: words of care at the reader's home or of delivery.
var svHome = wordSetTab("home hospice visiting delivery deliveries mobile domicilio domiciliaria domiciliario hogar visitas")

// shHomeRun: tokens a..b hold a word of svHome.
func (s *scanner) shHomeRun(a, b int) bool {
	for m := a; m <= b && m >= 0 && m < len(s.toks); m++ {
		if svHome.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// shHomeCare: tokens a..b hold a word of svHome and a care word.
func (s *scanner) shHomeCare(a, b int) bool {
	if !s.shHomeRun(a, b) {
		return false
	}
	for m := a; m <= b && m < len(s.toks); m++ {
		if s.sdCareTok(m) {
			return true
		}
	}
	return false
}

// shHomeHead: the notice's sender header holds a word of svHome.
func (s *scanner) shHomeHead() bool {
	a, e, ok := s.senderHead()
	return ok && s.shHomeRun(a, e)
}

// oePersonDay: a Day run a..m (ownevent.go) opens with a person's name
// shape: a word in no vocabulary, then a surname or another such word
// ("Xiomara Ruiz Recovery Day").
func (s *scanner) oePersonDay(a, m int) bool {
	if m-a < 3 || oeWorld.get(s.toks[a].h) || s.general(a) {
		return false
	}
	return s.fl(a+1)&wLast != 0 || !s.general(a+1)
}

// svAccount: words of an account or profile update.
var svAccount = wordSetTab("profile account contact contacts details updated update saved changed perfil cuenta actualizado actualizada datos")

// sphKeptVeto: the field makes a kept number the reader's.
func (s *scanner) sphKeptVeto() bool {
	for m := range s.toks {
		h := s.toks[m].h
		if recipientWords.get(h) || svAccount.get(h) {
			return true
		}
	}
	return false
}

// svColonBetween: a ": " gap between tokens a and b (exclusive of a).
func (s *scanner) svColonBetween(a, b int) bool {
	for m := a + 1; m <= b && m < len(s.toks); m++ {
		if s.gap(m) == ": " {
			return true
		}
	}
	return false
}

// scRecordExtra: segments naming a record beyond scRecordSegs.
var scRecordExtra = wordSetTab("hc nhc hcl mr exp chart mcr mcd")

// svInsurance: insurance words that make a code a card's number.
var svInsurance = wordSetTab("medicare medicaid insurance insurer insured seguro aseguradora")

// scInsuranceNotice: the notice holds an insurance word.
func (s *scanner) scInsuranceNotice() bool {
	for m := range s.toks {
		if svInsurance.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// rcRecordPrefix: the prefix token pre names or abbreviates the record
// word at token b.
func (s *scanner) rcRecordPrefix(pre, b int) bool {
	h := s.toks[pre].h
	if scRecordSegs.get(h) || scRecordExtra.get(h) {
		return true
	}
	return len(s.toks[pre].low) >= 2 && len(s.toks[b].low) > len(s.toks[pre].low) && s.toks[b].low[:len(s.toks[pre].low)] == s.toks[pre].low
}

// svOrder: words of one order ready, picked up or fitted.
var svOrder = wordSetTab("ready pickup fitting fitted custom listo lista listos listas recoger")

// ngOrderAfter: a word of svOrder in the sentence after the goods head.
func (s *scanner) ngOrderAfter(head int) bool {
	for m := head + 1; m < len(s.toks) && m <= head+12 && !s.toks[m].sent; m++ {
		if svOrder.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// headAwardPersonal: the award head k's sentence holds a reader's or kin
// word.
func (s *scanner) headAwardPersonal(k int) bool {
	return s.sentenceHas(k, &srReader) || s.sentenceHas(k, &kinWords)
}
