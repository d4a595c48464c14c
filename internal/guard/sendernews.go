package guard

// sendernews.go: the sender's name opening a sentence of its own news
// (issue 15, tenth pass, dev63, helper MISC10, 2026-12-05).
//
// senderhead.go passes a specialty or care word inside the sender's name
// when the name sits where a From line goes (a header, a JSON title, a
// signature). The sender also names itself as the subject of its own news:
// "Hartwell Cardiology Associates has been named a 2026 Top Workplace…",
// "Hartwell Cardiology offers free hands-only CPR classes to the public…",
// "Tidewater Wound Center's Suffolk office is closed Feb 19…". snNewsSlot
// reads that as the header slot too: the name (a sender span, or a run of
// capitalised words with no business noun read by snHeadRun) opens a
// sentence, and right after it (past a possessive "'s", one capitalised
// branch word and an office word: "'s Suffolk office") comes a verb of the
// sender's news (snNewsVerb: "offers", "hosts", "has been named", "is
// closed", "is hiring", "will be closed", "remains open", and
// sendername.go's "welcomes", "will host"…); and nothing in that sentence
// speaks of the reader (snNewsQuiet): no "you/your/tu/su/usted", no listed
// given name, no word of care outside the name, no appointment or visit.
// The drop then needs what the header slot needs (senderhead.go): one care
// word in the name, no care content anywhere else in the notice.
//
// Still blocked: "Maplewood Cardiology will host your stress test",
// "Maplewood Cardiology Associates has received your referral for Dana
// Whitfield", "… offers you a follow-up echo after your heart attack",
// "Bayview Wound Center's Norfolk office will dress your diabetic foot
// ulcer", "Your appointment with Hartwell Cardiology Associates" (no news
// verb, a reader word), a name mid-sentence ("Join Hartwell Cardiology
// for…"; after "all" and before an office word it is read: snAllRun,
// "all Hartwell Cardiology offices open at 10 AM"), a disease's name of two
// words in the name ("Heart Failure Clinic"), every finding outside the
// name. Accepted risk: as senderhead.go, a tenant's name stating a
// specialty passes in its own news sentence. Speed: runs only from
// dropSenderName, i.e. on a field that already has a finding.

// snNewsSlot: the span a..e opens a sentence and is the subject of the
// sender's news (see the file comment).
func (s *scanner) snNewsSlot(a, e int) bool {
	if a > 0 && s.toks[a-1].low == "all" && s.gap(a) == " " && s.snOfficeWord(e+1) {
		// "Due to icy roads, all Hartwell Cardiology offices open at 10 AM"
		start := a - 1
		for start > 0 && !s.toks[start].sent && !s.toks[start].gapNL {
			start--
		}
		return s.snNewsAfter(e) && s.snNewsQuiet(start)
	}
	if !(a == 0 && len(s.toks) > 0 && isBlank(s.gap(0)) || s.toks[a].sent || s.toks[a].gapNL) {
		return false
	}
	return s.snNewsAfter(e) && s.snNewsQuiet(a)
}

// snAllRun: a run with no business noun after "all" and before an office
// word ("all Hartwell Cardiology offices open…"), the organisation's own
// word first, no listed given name in it, a word of a clinical finding
// after it; snNewsSlot then reads it.
func (s *scanner) snAllRun(fs []ifind) {
	n := len(s.toks)
	for k := 0; k+3 < n && s.snN < snMax; k++ {
		if s.toks[k].low != "all" || s.gap(k+1) != " " || !s.snCap(k+1) || s.snIn(k+1) || !s.snHeadOK(s.toks[k+1].h) {
			continue
		}
		a := k + 1
		if s.fl(a)&wFirst != 0 && s.fl(a)&wCommon == 0 || s.fl(a)&(wTitle|wGreeting|wNameCue|wStop) != 0 || recipientWords.get(s.toks[a].h) {
			continue
		}
		e := a
		for e+1 < n && e < a+3 && s.gap(e+1) == " " && s.snCap(e+1) && s.fl(e+1)&(wTitle|wStop) == 0 && !recipientWords.get(s.toks[e+1].h) {
			e++
		}
		if e == a || !s.snOfficeWord(e+1) || !s.snOwnWord(fs, a, a) {
			continue
		}
		clin := false
		for m := a + 1; m <= e; m++ {
			if f := s.fl(m); f&(wFirst|wLast) != 0 && f&wCommon == 0 {
				clin = false
				break
			}
			if snClinicalTok(fs, &s.toks[m]) {
				clin = true
			}
		}
		if clin && s.snNewsSlot(a, e) {
			s.snAdd(a, e, false)
		}
		k = e
	}
}

func isBlank(g string) bool {
	for i := 0; i < len(g); i++ {
		if g[i] != ' ' && g[i] != '\n' && g[i] != '\t' && g[i] != '\r' {
			return false
		}
	}
	return true
}

// snNewsAfter: a news verb follows the name ending at token e, past an
// optional "'s Branch office".
func (s *scanner) snNewsAfter(e int) bool {
	m := e + 1
	if s.snPossS(m) {
		m++
		if s.snCap(m) && s.gap(m) == " " && !s.snOfficeWord(m) {
			m++
		}
		if !s.snOfficeWord(m) || s.gap(m) != " " {
			return false
		}
		m++
	}
	if s.snOfficeWord(m) && s.gap(m) == " " && !s.snCap(m) {
		m++ // "Hartwell Cardiology offices open at 10 AM"
		switch s.low(m) {
		case "open", "close", "reopen":
			return s.gap(m) == " "
		}
	}
	return s.snNewsVerb(m)
}

// snOfficeWord: token m is a word for one of the sender's premises.
func (s *scanner) snOfficeWord(m int) bool {
	switch s.low(m) {
	case "office", "offices", "clinic", "location", "locations", "branch", "campus":
		return true
	}
	return false
}

// snNewsVerb: a verb of the sender's own news starts at token m.
func (s *scanner) snNewsVerb(m int) bool {
	if s.snSenderVerb(m) {
		return true
	}
	if m >= len(s.toks) || s.gap(m) != " " {
		return false
	}
	next := s.low(m + 1)
	switch s.low(m) {
	case "offers", "hosts", "announces", "invites":
		return true
	case "has":
		return next == "been" && snNewsHonour(s.low(m+2))
	case "was":
		return snNewsHonour(next)
	case "is", "are":
		return next == "hiring" || next == "closed" || next == "proud" || next == "open"
	case "will":
		return next == "be" && (s.low(m+2) == "closed" || s.low(m+2) == "open")
	case "remains", "remain":
		return next == "open" || next == "closed"
	}
	return false
}

func snNewsHonour(w string) bool {
	switch w {
	case "named", "recognized", "recognised", "awarded", "ranked", "selected", "voted":
		return true
	}
	return false
}

// snNewsQuiet: the sentence opening at token a speaks of no reader: no
// recipient word, no listed given name, no care word outside the sender's
// spans, no appointment or visit word.
func (s *scanner) snNewsQuiet(a int) bool {
	for m := a; m < len(s.toks); m++ {
		if m > a && s.toks[m].sent {
			break
		}
		t := &s.toks[m]
		if recipientWords.get(t.h) {
			return false
		}
		if s.snIn(m) {
			continue
		}
		if snSchedule.get(t.h) && t.low != "scheduled" && t.low != "schedule" {
			return false // "appointment", "visit", "reminder"
		}
		if f := s.fl(m); f&wFirst != 0 && f&wCommon == 0 && s.snCap(m) {
			return false // "… has received a referral for Dana"
		}
		if (s.sdCareTok(m) || careBits.may(t.h) && (careWords.get(t.h) && !snTrade.get(t.h) || careKin.get(t.h))) && !s.sdNamePart(m) && !s.sdTradeUse(m) {
			return false
		}
	}
	return true
}
