package guard

import "strings"

// surnameslot.go: a listed family name in a slot that names a patient,
// after a first word that is no given name (issue 15, eighteenth pass, fix
// helper gaps18, dev99x-leak-007/049, dev97x-leak-015, probe set dev100g,
// 2026-12-06), rule name.slot_surname, kind name.
//
// "Your call with Stonefield Vu is confirmed", "Fairbanks Moreno: a new
// message about your claim…" and "Harbor Ridge Cardiology: Baker echo
// moved to Tuesday 9:40" passed: the name rules want a listed given name
// or two unknown words, and "Stonefield" and "Fairbanks" are place-like
// words, "Baker" an ordinary one. scanSurnameSlot reports:
//   - after a visit noun and "with" (call, visit, appointment, appt,
//     session, consult, meeting, telehealth, video; at most one word
//     between: "your telehealth call with"), two capitalised words whose
//     second is a listed family name that is no common word nor place
//     (strongSurname) and whose first is no title, given name, brand or
//     organisation word, with no capitalised word after them: "Your call
//     with Stonefield Vu";
//   - the same two words alone as a header (the field's or a line's
//     opening, then ":" or a dash) in a notice that speaks to the reader
//     (recipientWords) within its first sentence: "Fairbanks Moreno: a new
//     message about your claim";
//   - right after a header's colon, a capitalised listed family name (a
//     common word too: "Baker") before a lower-case term of the clinical
//     vocabularies (ambiguous ones included: "echo") and, within three
//     words after it, a scheduling word (moved, rescheduled, confirmed,
//     booked, cancelled, is, at, on, today, tomorrow): "Harbor Ridge
//     Cardiology: Baker echo moved to Tuesday 9:40".
//
// Passes: "Your appointment with Lakeside Ortiz Dental" (a capitalised word
// after), "Your call with Harbor Ridge Cardiology" (no family name),
// "Granite Valley Clinic: a new message…", "Lakeview Heart Partners: Ortiz
// Hall entrance closed Friday" (no clinical term after), "Summit
// Cardiology: Main Street lot is closed". A sender named by two family
// names ("Harris Moreno:") writes its display name (Context.Sender), which
// clears it. Gated on a colon in the field or the word "with"
// (fb3SurnameSlot).
var (
	ssVisit    = wordSetTab("call calls visit visits appointment appointments appt session sessions consult consultation meeting telehealth video")
	ssWith     = wordSetTab("with")
	ssSchedule = wordSetTab("moved rescheduled confirmed booked scheduled cancelled canceled is at on today tomorrow changed")
)

// ssStartFilter: the word scanSurnameSlot starts from besides a colon
// (fb3SurnameSlot).
var ssStartFilter = tabsFilter(ssWith)

// scanSurnameSlot: see the file comment.
func (s *scanner) scanSurnameSlot() {
	colon := s.hasByte(':')
	if !colon && s.fbAll3&fb3SurnameSlot == 0 {
		return
	}
	with := s.fbAll3&fb3SurnameSlot != 0 // a "with" may be in the notice
	n := len(s.toks)
	ci := 0
	for a := s.nextCap(0, &ci); a < n; a = s.nextCap(a+1, &ci) {
		if s.used[a] {
			continue
		}
		if with && a >= 2 && ssWith.get(s.toks[a-1].h) && (ssVisit.get(s.toks[a-2].h) || a >= 3 && ssVisit.get(s.toks[a-3].h)) {
			if b, ok := s.ssPair(a); ok {
				s.addTok(a, b, KindName, "name.slot_surname", 0.6, "a person's family name after a place-like word names whom a visit is with")
				a = b
			}
			continue
		}
		if !colon {
			continue
		}
		// both header readings below need the token to open the text or a
		// line, or to follow a colon or a JSON value's quote
		if a > 0 && !s.toks[a].gapNL {
			if c := s.t.s[s.toks[a-1].e]; c != ':' && c != '"' {
				continue
			}
		}
		if s.hsSlot(a) {
			if b, ok := s.ssPair(a); ok && s.ssHeadReader(b) {
				s.addTok(a, b, KindName, "name.slot_surname", 0.6, "a person's name with a place-like first word heads the reader's notice")
				a = b
			}
			continue
		}
		if a > 0 && ssColonBefore(s.gap(a)) && s.ssSurnameCare(a) {
			s.addTok(a, a, KindName, "name.slot_surname", 0.6, "a patient's family name before their care in the notice's header")
		}
	}
}

// ssColonBefore: the gap before a token closes a header label (": ").
func ssColonBefore(g string) bool {
	return strings.HasPrefix(g, ": ") || g == ":"
}

// ssWord: token k is a capitalised word a person's first word may be:
// alphabetic, no title, given name, brand, organisation or compass word,
// and a place or a word in no general list ("Fairbanks", "Stonefield";
// not "Hostel", "Granite").
func (s *scanner) ssWord(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || len(t.low) < 3 || s.brandTok(k) || orgAfter.get(t.h) || hsCompass.get(t.h) {
		return false
	}
	f := s.fl(k)
	if f&(wFirst|wTitle|wStop|wGreeting|wNameCue|wMonth) != 0 {
		return false
	}
	return f&wPlace != 0 || !s.general(k) // "Fairbanks", "Stonefield"; not "Hostel"
}

// strongSurname: token k is a capitalised listed family name that is no
// common word, place, title or month ("Vu", "Moreno", "Ortiz").
func (s *scanner) strongSurname(k int) bool {
	t := &s.toks[k]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || s.brandTok(k) {
		return false
	}
	f := s.fl(k)
	return f&wLast != 0 && f&(wCommon|wPlace|wStop|wTitle|wGreeting|wNameCue|wMonth) == 0 && !hsSurnameHeads.get(t.h)
}

// ssPair: tokens a and a+1 are a first word (ssWord) and a strong family
// name, with no capitalised word after them; it returns a+1.
func (s *scanner) ssPair(a int) (int, bool) {
	n := len(s.toks)
	b := a + 1
	if b >= n || s.gap(b) != " " || !s.ssWord(a) || !s.strongSurname(b) {
		return 0, false
	}
	if b+1 < n && s.gap(b+1) == " " && s.toks[b+1].cls&(tCap|tUpper) != 0 {
		return 0, false // "Lakeside Ortiz Dental"
	}
	return b, true
}

// ssHeadReader: the gap after token b closes a header label and a reader's
// word stands in the sentence after it.
func (s *scanner) ssHeadReader(b int) bool {
	if b+1 >= len(s.toks) {
		return false
	}
	g := s.gap(b + 1)
	if !(strings.HasPrefix(g, ":") && !strings.HasPrefix(g, "://") && !strings.Contains(g, "\n") || snDashGap(g)) {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+14; k++ {
		if k > b+1 && s.toks[k].sent {
			break
		}
		if recipientWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// ssSurnameCare: token a, right after a header's colon, is a capitalised
// listed family name (common words too) before a lower-case clinical term
// and a scheduling word within three words after it.
func (s *scanner) ssSurnameCare(a int) bool {
	t := &s.toks[a]
	n := len(s.toks)
	if t.cls&tCap == 0 || t.cls&tUpper != 0 || t.cls&tAlpha == 0 || s.fl(a)&wLast == 0 || s.fl(a)&(wFirst|wTitle|wMonth) != 0 || s.brandTok(a) {
		return false
	}
	c := a + 1
	if c >= n || s.gap(c) != " " || s.toks[c].cls&(tCap|tUpper) != 0 || !s.clinicalTok(c) {
		return false
	}
	for k := c + 1; k < n && k <= c+3; k++ {
		if s.toks[k].sent {
			return false
		}
		if ssSchedule.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
