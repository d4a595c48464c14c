package guard

// claimobject24.go: a class of claims "of" someone is that person's
// claims (issue 15, twenty-fourth pass, red team helper red24c,
// dev117p-leak-001..007 and -037, 2026-12-06).
//
// policy117.go let claims, reimbursements and requests (pd117ClaimNouns)
// head billpolicy109.go's pd109BillClass, whose charge's object takes up
// to three lower-case words after for/de/del/por/on. A charge's object is
// a service ("copays for specialty clinic visits"); a claim's object is
// often its claimant, and a name written in lower case or a role passes
// the capital-letter veto: "A partir del 3 de marzo, los reclamos de rosa
// deben presentarse", "los reclamos del paciente", "los reembolsos de
// lucia", "las solicitudes de carmen" cleared one reader's date.
// pd117ClaimObjectOK: when the head is a claim noun, every word of its
// object must itself be a claim or charge noun ("las solicitudes de
// reembolso deben…"); any other object keeps the date (fail closed).
// A class of claims without an object ("los reclamos deben presentarse",
// dev117-clean-243) stays a rule for everyone (TestClaimObject24).

// pd117ClaimObjectOK: the object words a..b-1 after a claim noun are all
// claim or charge nouns.
func (s *scanner) pd117ClaimObjectOK(a, b int) bool {
	for k := a; k < b; k++ {
		if !pd117ClaimNouns.get(s.toks[k].h) && !bpBillNouns.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
