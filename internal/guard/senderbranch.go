package guard

// senderbranch.go: the sender's branch named before "office" (issue 15,
// tenth pass, dev63/dev65s, helper SEND10, 2026-12-05).
//
// A tenant whose name sendername.go has found names its branches by their
// towns: "Delgado Chiropractic Gilbert office: parking lot repaving this
// weekend", "Sat May 9, Gilbert office. All welcome", "our Tempe office".
// The town can be a listed given name ("Gilbert", "Florence", "Tyler"),
// which the name rules report. A capitalised word directly followed by a
// lower-case branch noun (office, offices, location, branch, campus), with
// no possessive between ("Gilbert's office" is a person's) and no title,
// greeting, name cue, "for" or "para" before it ("Dr. Gilbert office
// hours"), is read as the sender's branch in a notice where the sender's
// own name was found (snBranchWords, called by dropSenderName): a names-only
// span, so only a name finding on that word passes.
//
// Still blocked: the same word with a comma after it ("Gilbert, your
// adjustment is Monday": a vocative), a second name word before the
// branch noun ("Gilbert Ruiz office"), every finding of another rule, and
// every notice where no sender's name was found. Accepted risk: a person's
// given name used bare before "office" in a notice that names its sender
// ("call Gilbert office") passes as a place.

// snBranchNoun: lower-case nouns of a sender's branch.
var snBranchNoun = wordSetTab("office offices location locations branch campus")

// snBranchWords adds a names-only span for each branch town before a
// branch noun (see the file comment).
func (s *scanner) snBranchWords() {
	n := len(s.toks)
	for m := 0; m+1 < n && s.snN < snMax; m++ {
		if !s.snCap(m) || s.snIn(m) || s.toks[m].cls&tUpper != 0 || s.fl(m)&wStop != 0 || recipientWords.get(s.toks[m].h) || s.gap(m+1) != " " || !snBranchNoun.get(s.toks[m+1].h) || s.toks[m+1].cls&(tCap|tUpper) != 0 {
			continue
		}
		if m > 0 && (s.snPersonBefore(m) || s.snPossS(m)) {
			continue
		}
		if m > 0 && s.gap(m) == " " && s.snCap(m-1) && !s.snIn(m-1) && s.fl(m-1)&(wFirst|wLast) != 0 && s.fl(m-1)&wCommon == 0 {
			continue // "Gilbert Ruiz office": a person's
		}
		s.snAdd(m, m, true)
	}
}
