package guard

// staffcarefollow.go: a staff welcome that goes on about the reader's care
// (issue 15, sixteenth pass, fix helper red16b, dev87x/dev93x,
// 2026-12-05).
//
// Red team red15 (dev87x) found a staff introduction passing when the
// introduced person then acts on the reader's care: "Say hi to Dana, our
// new infusion coordinator! Dana will call tomorrow to set up the next
// dose", "Lupita, our new bilingual treatment coordinator, has the intake
// paperwork ready for Tuesday". The welcome alone is the sender's staff
// news (staffframe.go, carestaff.go); the follow-up makes the role the
// reader's own care team.
//
// scanStaffCareFollow reports the role's words (compose.staff_care_follow,
// kind procedure) when
//   - a capitalised name, ", our", at most four words and a role head of
//     scfHeads (coordinator, navigator, nurse, educator, specialist,
//     therapist, counselor, technician) stand in apposition, with a word
//     between "our" and the head that is no standing word (ownrole.go's
//     orStanding: new, lead…) — the role's topic ("infusion",
//     "dialysis", "treatment"); and
//   - the apposition goes on in its sentence after a comma with "has",
//     "will" or "is", or a later sentence opens with the same name and
//     "will", "has" or "is"; and that clause holds a cue of the reader's
//     care (scfCue: you, your, dose, intake, paperwork, session, run,
//     call, results, appointment, plan, ready…).
// "Meet Priya, our new front desk coordinator! Say hello when you visit"
// (no follow-up by Priya), "Lupita, our new bilingual treatment
// coordinator, joins us Monday" (no has/will/is) pass.
//
// Cost: gated on ", our " in the field; one pass over the tokens.

// scfHeads: a staff role's head word.
var scfHeads = wordSetTab("coordinator coordinators navigator nurse educator specialist therapist counselor counsellor technician")

// scfVerbs: the follow-up's verb after the name.
var scfVerbs = wordSetTab("has will is")

// scfCue: the reader's care in the follow-up clause.
var scfCue = wordSetTab("you your dose doses intake paperwork session sessions run runs call calls results appointment plan ready")

// scanStaffCareFollow reports the role words described in the file comment.
func (s *scanner) scanStaffCareFollow() {
	if len(s.toks) < 8 || !s.hasByte(',') || !hasSub(s.t.s, ", our ") {
		return
	}
	n := len(s.toks)
	for i := 1; i+3 < n; i++ {
		if s.toks[i].low != "our" || s.gap(i) != ", " {
			continue
		}
		name := i - 1
		if s.toks[name].cls&tCap == 0 || s.toks[name].cls&tAlpha == 0 || s.toks[name].sent && s.fl(name)&wFirst == 0 && !s.unknownCap(name) {
			continue
		}
		head, topic := -1, -1
		for k := i + 1; k < n && k <= i+5 && s.gap(k) == " "; k++ {
			if scfHeads.get(s.toks[k].h) {
				head = k
				break
			}
			if !orStanding.get(s.toks[k].h) {
				topic = k
			}
		}
		if head < 0 || topic < 0 {
			continue
		}
		if s.scfFollow(name, head) {
			a := i + 1
			for a < topic && orStanding.get(s.toks[a].h) {
				a++
			}
			s.addTok(a, head, KindProcedure, "compose.staff_care_follow", 0.6, "a staff welcome goes on about the reader's care")
		}
		i = head
	}
}

// scfFollow: the apposition at name..head goes on about the reader's care
// (see the file comment).
func (s *scanner) scfFollow(name, head int) bool {
	n := len(s.toks)
	// "Lupita, our … coordinator, has the intake paperwork ready"
	if head+1 < n && s.gap(head+1) == ", " && scfVerbs.get(s.toks[head+1].h) && s.scfClauseCue(head+2) {
		return true
	}
	// "… coordinator! Dana will call tomorrow …"
	for k := head + 1; k+1 < n; k++ {
		if s.toks[k].sent && s.toks[k].h == s.toks[name].h && s.gap(k+1) == " " && scfVerbs.get(s.toks[k+1].h) && s.scfClauseCue(k+2) {
			return true
		}
	}
	return false
}

// scfClauseCue: a word of scfCue from token k to its sentence's end.
func (s *scanner) scfClauseCue(k int) bool {
	for ; k < len(s.toks) && !s.toks[k].sent; k++ {
		if scfCue.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
