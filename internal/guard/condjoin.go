package guard

import "strings"

// condjoin.go: a condition or clinical word joined to a service word by
// "&", "and" or "y" inside the sender's own trade name heading an ordinary
// notice, with no tenant context (issue 15, eighteenth pass, helper head18,
// dev100 fam-head / dev100h, 2026-12-06).
//
// A tenant whose trade name is "<Brand> <clinical word> & <service>
// [<business noun>]" ("Harbor Asthma & Allergy:", "Coastal Pain & Spine:",
// "Costa Asma y Alergia:", "Pinegate Vein & Vascular:") heads every notice
// with it: statements, account locks, hours, closures, surveys, queue calls,
// visitor policy. With no context.sender the clinical word is a condition
// (or a learned head, "Coastal Pain"), and clinhead.go's chName misses the
// header: the word after the joint is no business noun and no care word
// of its lists ("Neurorehab", "Spine", "Balance", "Bracing"), and the brand
// is no coined camel-case word.
//
// dropCondJoin reads the structure (cjName): in a header slot (the field's
// or a line's opening, after an optional "Subject:"), one or two brand words
// (capitalised, no listed given or family name, no title or stop word, no
// care word of their own, no adjective of a condition: cjAdjective
// "Severe", "Chronic", "Suspected"), one or two clinical words (covered by
// a clinical, compose, frame or dictionary finding, or a care word), the
// joint ("&", "and", "y"), one or two capitalised service words (no
// person's name, no reader's word), up to two business nouns, then what
// closes a header (clinhead.go's chSlotAfter: ":", a dash, the line's end,
// a document word, a news verb). No word of the run names the reader's most
// sensitive care (chSensitive), and no condition finding spans two words of
// it (chDisease: "Chronic Migraine & Depression:" is a diagnosis).
//
// Then, as clinhead.go, the findings wholly inside the run are dropped when
// the notice speaks of no reader's care: no reader-tied finding, no
// clinical, compose, frame or dictionary finding outside the run, no care
// word outside it (chCareOutside, "your" only before the reader's account
// or a scheduling word), and no concrete visit of the reader (cjVisitWhen:
// clinhead.go's chVisitWhen, but a phone number after "at", "call billing
// at (720) 555-0187", sets no time). "Harbor Asthma & Allergy: your allergy
// shots resume Tuesday", "Coastal Pain & Spine: your epidural injection is
// confirmed for Monday at 9 AM" keep every finding. Accepted risk (as
// clinhead.go and senderhead.go): a tenant whose name states a clinical word
// passes in the header of its own ordinary notices, where the From line
// shows the same name.
//
// Speed: runs from finish only when the field has a finding of those rules
// and no reader-tied finding; a few token lookups at each line's opening.

// cjAdjective: words before a condition that make the header a diagnosis,
// not a brand ("Severe Asthma & Allergy:", "Suspected Concussion &
// Whiplash:").
var cjAdjective = wordSetTab("severe chronic acute suspected confirmed possible probable mild moderate recurrent recurring " +
	"persistent new recent early late advanced untreated uncontrolled diagnosed post pre childhood adult juvenile " +
	"your my his her their our patient patients severa cronica cronico aguda agudo sospecha leve moderada moderado")

// dropCondJoin removes the findings inside a "<Brand> <clinical word> &
// <service>" header (see the file comment).
func (s *scanner) dropCondJoin(fs []ifind) []ifind {
	return s.dropTradeHead(fs, 4, s.cjRun, func(a, e int) bool {
		return s.chCareOutside(a, e) || s.cjVisitWhen(a, e)
	})
}

// cjRun: the trade-name run a..e in a header slot: the field's opening or a
// line's, after an optional "Subject:".
func (s *scanner) cjRun(fs []ifind) (a, e int, ok bool) {
	n := len(s.toks)
	for st := 0; st < n; st++ {
		g0 := strings.TrimSpace(s.gap(0))
		if !(st == 0 && (g0 == "" || g0 == "[") || s.toks[st].gapNL && s.ncHeadLine(st)) {
			continue // a body line's opening is no header slot (narrow18c.go)
		}
		a = st
		if (s.toks[a].low == "subject" || s.toks[a].low == "asunto") && a+1 < n && strings.HasPrefix(s.gap(a+1), ":") {
			a++
		}
		if e, ok = s.cjName(fs, a); ok {
			return a, e, true
		}
	}
	return 0, 0, false
}

// cjBrand: token m may be a word of the brand.
func (s *scanner) cjBrand(fs []ifind, m int) bool {
	t := &s.toks[m]
	if !s.snCap(m) || len(t.low) < 3 || cjAdjective.get(t.h) || snBefore.get(t.h) || recipientWords.get(t.h) {
		return false
	}
	if f := s.fl(m); f&(wTitle|wGreeting|wNameCue|wStop) != 0 || f&(wFirst|wLast) != 0 && f&wCommon == 0 {
		return false // "Diane Asthma & Allergy": a person's
	}
	return !s.careWord(m, false) && !s.chOwnFinding(fs, m)
}

// cjClin: token m is a clinical word of the name.
func (s *scanner) cjClin(fs []ifind, m int) bool {
	return s.snCap(m) && (snClinicalTok(fs, &s.toks[m]) || s.chFound(fs, m) || s.careWord(m, false))
}

// cjJoint: the joint after token m: " & " in the gap (next word m+1), or an
// "and"/"y"/"&" token (next word m+2). next is the first service word.
func (s *scanner) cjJoint(m int) (next int, ok bool) {
	n := len(s.toks)
	if m+1 >= n {
		return 0, false
	}
	if s.gap(m+1) == " & " {
		return m + 1, true
	}
	if s.gap(m+1) == " " && m+2 < n && s.gap(m+2) == " " {
		if l := s.toks[m+1].low; l == "and" || l == "y" || l == "&" {
			return m + 2, true
		}
	}
	return 0, false
}

// cjName: the run opening at a is "<Brand> <clinical> & <service> [nouns]"
// in a header slot; e its end.
func (s *scanner) cjName(fs []ifind, a int) (e int, ok bool) {
	n := len(s.toks)
	if !s.snHeadOK(s.toks[a].h) || !s.cjBrand(fs, a) {
		return 0, false
	}
	m := a + 1 // the first clinical word
	if m < n && s.gap(m) == " " && !s.cjClin(fs, m) && s.cjBrand(fs, m) {
		m++ // "Blue Ridge Asthma & Allergy"
	}
	if m >= n || s.gap(m) != " " || !s.cjClin(fs, m) {
		return 0, false
	}
	j, ok := s.cjJoint(m)
	if !ok && m+1 < n && s.gap(m+1) == " " && s.cjClin(fs, m+1) {
		m++ // two clinical words before the joint
		j, ok = s.cjJoint(m)
	}
	if !ok || j >= n {
		return 0, false
	}
	e = j - 1
	for k := j; k < n && k < j+4 && (k == j || s.gap(k) == " "); k++ {
		t := &s.toks[k]
		if !s.snCap(k) || t.sent || recipientWords.get(t.h) {
			break
		}
		if f := s.fl(k); f&(wTitle|wGreeting|wNameCue|wStop) != 0 || f&(wFirst|wLast) != 0 && f&wCommon == 0 && !snClinicalTok(fs, t) {
			return 0, false // a person's name after the joint
		}
		e = k
	}
	if e < j || !s.chSlotAfter(e) {
		return 0, false
	}
	for k := a; k <= e; k++ {
		if t := &s.toks[k]; chSensitive.get(t.h) {
			return 0, false // "Harbor Addiction & Recovery"
		}
	}
	if s.chDisease(fs, a, e) || s.ncNotTrade(a, j, e) {
		return 0, false // "Latest Diabetes & Kidney Panel", a cancer (narrow18c.go)
	}
	return e, true
}

// cjVisitWhen: clinhead.go's chVisitWhen, but a number after "at" in
// brackets or of five characters or more is a phone number, no time ("call
// billing at (720) 555-0187").
func (s *scanner) cjVisitWhen(a, e int) bool { return s.visitWhen(a, e, true) }
