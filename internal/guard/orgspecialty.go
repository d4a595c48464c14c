package guard

// orgspecialty.go: a specialty named by two words inside the sender's own
// name (issue 15, fourteenth pass, helper sender14, dev78/dev80p,
// 2026-12-05).
//
// senderhead.go passes a composed-care finding inside the sender's name in
// its header or signature slot when the finding holds one word that is no
// business noun and that word names a specialty (snSpecialtyWord). An
// oral-surgery practice's name, "Summit Oral Surgery (& Implant Center)",
// has compose.head's finding on "Oral" (a modifier right before
// "Surgery"), a word that names no specialty alone, so every notice the
// practice headed or signed was blocked (dev78: nine clean rows).
//
// snTwoWordSpecialty reads the modifier with its head: "oral" or
// "maxillofacial" right before surgery/surgeons/surgical, or "oral" right
// before "&"/"and" and "maxillofacial" ("Oral & Maxillofacial Surgery"),
// names the dental specialty. It only widens what counts as a specialty
// inside a span senderhead.go already reads as the sender's own name in the
// header or signature slot; every other test there stays: a care word
// outside the spans, a person opening the header, a condition or drug in
// the name ("Summit Oral Cancer Clinic:", "Ashgrove HIV Clinic:"), a care
// place named mid-sentence ("Your appointment with Summit Oral Surgery is
// on May 29") stay reported.

// snTwoWordSpecialty: token m ("Oral") and the word after it name a
// two-word specialty (see the file comment).
func (s *scanner) snTwoWordSpecialty(m int) bool {
	if m+1 >= len(s.toks) || s.gap(m+1) != " " && s.gap(m+1) != " & " {
		return false
	}
	switch s.toks[m].low {
	case "oral", "maxillofacial":
	default:
		return false
	}
	switch s.toks[m+1].low {
	case "surgery", "surgeons", "surgical":
		return true
	case "and", "maxillofacial":
		return s.toks[m].low == "oral" && m+2 < len(s.toks) && (s.toks[m+2].low == "maxillofacial" || s.toks[m+1].low == "maxillofacial")
	}
	return false
}

// snAccountSlot: the sender's name between a sentence-opening
// your/su/tu and a noun of the reader's sign-in with the sender (login,
// sign-in, verification or security code, password, portal, account,
// app): "Your Summit Oral Surgery login code is 118407." A name there is
// the service's own, as on a From line. It only adds a slot to
// senderhead.go's snHeadSlot, so the specialty test and the care test
// still run: "Your HIV Care Center login code" (no specialty) and "Your
// Summit Oral Surgery appointment for your wisdom teeth extraction" (no
// sign-in noun; a care word outside) stay reported.
func (s *scanner) snAccountSlot(a, e int) bool {
	if a < 1 || e+1 >= len(s.toks) || !s.toks[a-1].sent || s.gap(a) != " " || s.gap(e+1) != " " {
		return false
	}
	switch s.toks[a-1].low {
	case "your", "su", "tu":
	default:
		return false
	}
	switch s.toks[e+1].low {
	case "login", "password", "portal", "account", "app":
		return true
	case "sign", "verification", "security":
		return e+2 < len(s.toks) && (s.toks[e+2].low == "code" || s.toks[e+2].low == "in")
	}
	return false
}

// snAccountRun: the run of snAccountSlot when no business noun closes it
// ("Your Summit Oral Surgery login code"): two to five capitalised words
// joined by spaces or " & " after a sentence-opening your/su/tu and before
// a sign-in noun, read as snHeadRun reads a header run (the
// organisation's own word first, no listed given or family name, no
// title, greeting or name cue, a word of a clinical finding inside).
func (s *scanner) snAccountRun(fs []ifind) {
	n := len(s.toks)
	for a := 1; a+2 < n && s.snN < snMax; a++ {
		if !s.toks[a-1].sent || s.snIn(a) || !s.snCap(a) || !s.snHeadOK(s.toks[a].h) {
			continue
		}
		if f := s.fl(a); f&wFirst != 0 && f&wCommon == 0 || f&(wTitle|wGreeting|wNameCue|wStop) != 0 || recipientWords.get(s.toks[a].h) {
			continue
		}
		e := a
		for e+1 < n && e < a+4 && (s.gap(e+1) == " " || s.gap(e+1) == " & ") && s.snCap(e+1) && s.fl(e+1)&(wTitle|wStop) == 0 && !recipientWords.get(s.toks[e+1].h) {
			e++
		}
		if e == a || !s.snAccountSlot(a, e) || !s.snOwnWord(fs, a, a) {
			continue
		}
		clin := false
		for m := a + 1; m <= e; m++ {
			if f := s.fl(m); f&(wFirst|wLast) != 0 && f&wCommon == 0 {
				clin = false
				break // "Your Dana Whitfield account": a person
			}
			if snClinicalTok(fs, &s.toks[m]) {
				clin = true
			}
		}
		if clin {
			s.snAdd(a, e, false)
		}
		a = e
	}
}
