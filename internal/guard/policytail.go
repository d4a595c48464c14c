package guard

// policytail.go: the date a policy takes effect, said at the end of the
// policy's sentence (issue 15, sixteenth pass round two, helper pub2b,
// dev89, 2026-12-05).
//
// policydate.go reads a policy's start when its sentence opens with
// Effective / Beginning / A partir de and the date. Notices of a changed
// policy as often close the rule with it: "Updated no-show policy: missed
// visits without 24 hours' notice will be charged $40, effective Feb 1.";
// the rule's care words (no-show, visits) tied the date to a person.
// policyTail reads the date at tokens i..j as the policy's when
//   - "effective" / "vigente" stands right before it after a comma, and
//     the date closes its sentence;
//   - the sentence names a policy (policy, policies, política(s), rule(s),
//     norma(s), reglamento);
//   - the sentence has no reader's word (you, your, su, tu, le, lo…), no
//     kin word, no title and no capitalised word after its first that is a
//     given name: "Your no-show fee of $40 applies, effective Feb 1",
//     "Maria's no-show policy exception, effective Feb 1" keep the date.
// caredate.go's no-show frame ("No-show fee for March 3: $25", the
// reader's missed visit) yields to it too. Every other finding of the
// sentence is still reported.

var (
	ptEffective = wordSetTab("effective vigente")
	ptPolicy    = wordSetTab("policy policies politica politicas rule rules norma normas reglamento")
)

// policyTail: the date at tokens i..j closes a policy's sentence after
// ", effective" (see the file comment).
func (s *scanner) policyTail(i, j int) bool {
	if i < 2 || !ptEffective.get(s.toks[i-1].h) || s.gap(i-1) != ", " {
		return false
	}
	lo, hi := s.sentSpan(i)
	if j+1 < hi || i-1 <= lo {
		return false
	}
	if s.policyOne(lo, i-1) { // one person's date (policyone.go)
		return false
	}
	policy := false
	for m := lo; m < i-1; m++ {
		t := &s.toks[m]
		if recipientWords.get(t.h) || t.h == hLo || careKin.get(t.h) || kinWords.get(t.h) || s.fl(m)&wTitle != 0 {
			return false
		}
		if m > lo && t.cls&tCap != 0 && s.fl(m)&wFirst != 0 {
			return false
		}
		policy = policy || ptPolicy.get(t.h)
	}
	return policy
}
