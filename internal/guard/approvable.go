package guard

// Exported readings for callers that review many notices at once
// (internal/guardreview): which findings a tenant's approved term can clear,
// and whether a proposed term is a person's name.

// Approvable reports whether a tenant's approved term (KindApproved) can
// clear f: a name-like finding, a word in no vocabulary or a word of the
// operator's medical dictionary (approve.go). Its Fix then offers approval.
func Approvable(f Finding) bool { return approvable(f.Kind, f.Rule) }

// PersonName reports whether term is a person's name: leaving out
// greetings, titles and stop words, every word left is one the name lists
// hold and ordinary vocabulary does not ("Maria", "Hi Maria", "Dr. Okafor",
// "Renée Adler"). Approved, such a term passes wherever it occurs in the
// tenant's notices — after a greeting too when it is one word (approve.go's
// accepted risk) — so a review proposing it says so: a staff member's name
// is the tenant's to approve, a patient's never.
func (g *Guard) PersonName(term string) bool {
	if g == nil {
		return false
	}
	names := 0
	for _, h := range termTokens(term) {
		f := g.v.flags(h)
		switch {
		case f&(wGreeting|wTitle|wStop) != 0:
		case f&(wFirst|wLast) != 0 && f&wCommon == 0:
			names++
		default:
			return false
		}
	}
	return names > 0
}
