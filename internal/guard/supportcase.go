package guard

// supportcase.go: a customer-service case number is no person's case
// (issue 15, eighth pass, helper MISC2, dev51: "Your customer care case
// #CS-40271 has been resolved. Reply to reopen it."). The identifier cue
// "case" (a legal or care-management case) took the shop's support case.
//
// supportCase(i, j): the cue is the single word "case"/"caso" right after a
// support word — "customer care", "customer service", support, helpdesk,
// help desk, technical, tech, feedback, complaint, warranty, return,
// soporte, atención al cliente ("support case #CS-11820", "caso de soporte"
// is not taken) — with no care word near the value (invoiceCare: "support
// case for your insulin pump") and no word of a person's record in the
// notice (invoiceRecordNotice: patient, member, claim, policy…). "Your care
// case #4471", "case #CS-40271" alone and "Case #CS-40271: your
// prescription for sertraline" stay reported. Cost: only for a "case"
// cue about to be reported.
var supportCaseWords = wordSetTab("support helpdesk desk technical tech feedback complaint complaints warranty return returns " +
	"soporte service servicio")

func (s *scanner) supportCase(i, j, start int) bool {
	if i != j || i == 0 || (s.toks[i].low != "case" && s.toks[i].low != "caso") || s.gap(i) != " " {
		return false
	}
	p := &s.toks[i-1]
	ok := supportCaseWords.get(p.h)
	// "customer care case"
	if !ok && p.low == "care" && i >= 2 && s.gap(i-1) == " " && s.toks[i-2].low == "customer" {
		ok = true
	}
	return ok && !s.invoiceCare(start) && !s.invoiceRecordNotice()
}
