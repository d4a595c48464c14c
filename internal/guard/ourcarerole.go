package guard

// ourcarerole.go: "Our <care role> <verb> …" opening a sentence about the
// reader's session (issue 15, sixteenth pass, fix helper red16b,
// dev87x/dev93x, 2026-12-05).
//
// Red team red15 (dev87x) found the reader's procedure told through the
// one practitioner who performs it: "Our phlebotomist arrives at 7 AM.
// Nothing to eat after midnight", "Our sonographer will need a full
// bladder at 8 AM", "Our psychometrist will begin the memory testing at 9
// AM Tuesday", "Our hypnotherapist has moved the smoking-cessation session
// to 4 PM", "Our electrologist has 3 sessions left on the hirsutism
// package". The role words are in the general vocabulary (or only the
// medical dictionary has them), so nothing reads them; ownrole.go already
// keeps such findings when some rule makes them.
//
// scanOurCareRole reports the role word (compose.our_care_role, kind
// procedure) when
//   - "Our" opens a sentence, with at most one word of standing between
//     (new, certified, lead, staff…, ownrole.go's orStanding), then a
//     singular role word of ocRoles — practitioners whose one job is a
//     procedure (phlebotomist: a blood draw; sonographer, mammographer: an
//     imaging study; psychometrist: cognitive testing; hypnotherapist,
//     electrologist; prosthetist, orthotist: a limb or a brace), and
//   - a verb of ocVerbs follows it (will, has, arrives, asks, needs,
//     moved…): the practitioner acts, not the trade's team, position or
//     opening ("Our phlebotomist team is hiring", "Our sonographer position
//     is open" pass), and
//   - the field has a cue of one reader's slot: a reader's word, a clock
//     time (digits then am/pm, or h:mm), a weekday, today/tonight/tomorrow,
//     or a session's word (ocSlot: session, testing, scan, draw, fast,
//     bladder, package, socket, ready, pickup…).
// Staff news in the same words ("Our sonographer has 20 years of
// experience") has no such cue and passes; with a weekday or a time
// ("… joins us Monday") it is reported (fail closed; the sender rewords
// "our sonography team"). Strict mode the same.
//
// Cost: gated on "Our " in the field; one pass over the tokens.

// ocRoles: practitioners whose one job is a procedure on the reader.
var ocRoles = wordSetTab("phlebotomist sonographer ultrasonographer mammographer radiographer psychometrist psychometrician " +
	"hypnotherapist electrologist perfusionist polysomnographer prosthetist orthotist")

// ocVerbs: the practitioner acting on the reader's slot.
var ocVerbs = wordSetTab("will would can may has had arrives arrived arrive asks asked needs needed moved rescheduled " +
	"finished adjusted begins began starts started wants requests recommends comes came")

// ocSlot: words of one reader's session.
var ocSlot = wordSetTab("session sessions testing test tests scan draw fast fasting eat drink bladder package socket brace " +
	"ready pickup today tonight tomorrow morning monday tuesday wednesday thursday friday saturday sunday")

// ocClock: a clock time's words after its digits.
var ocClock = wordSetTab("am pm a.m p.m")

// scanOurCareRole reports the role words described in the file comment.
func (s *scanner) scanOurCareRole() {
	// a capitalised "our" among the capitalised words first (capToks, a
	// few compares), the byte search after it: the walk below reads only
	// such a token (helper speed22)
	if len(s.toks) < 4 || !s.capTokHash(hOur) || !hasSub(s.t.s, "Our ") {
		return
	}
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if s.toks[i].low != "our" || !s.toks[i].sent || s.toks[i].cls&tCap == 0 {
			continue
		}
		r := i + 1
		if orStanding.get(s.toks[r].h) && r+1 < n {
			r++
		}
		if !ocRoles.get(s.toks[r].h) || r+1 >= n || s.gap(r+1) != " " || !ocVerbs.get(s.toks[r+1].h) {
			continue
		}
		if s.ocSlotCue() {
			s.addTok(r, r, KindProcedure, "compose.our_care_role", 0.6, "a practitioner of one procedure acts on the reader's session")
		}
	}
}

// ocSlotCue: the field holds a cue of one reader's slot.
func (s *scanner) ocSlotCue() bool {
	for k := range s.toks {
		t := &s.toks[k]
		if recipientWords.get(t.h) || ocSlot.get(t.h) {
			return true
		}
		if t.cls&tDigit != 0 && k+1 < len(s.toks) && (ocClock.get(s.toks[k+1].h) || s.gap(k+1) == ":" && s.toks[k+1].cls&tDigit != 0) {
			return true
		}
	}
	return false
}
