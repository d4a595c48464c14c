package guard

// billpolicy109.go: a billing rule for everyone from a date on (issue 15,
// twenty-second pass, fix helper r109, dev109, probe set dev109x).
// "Beginning Jan 1, copays for specialty clinic visits are collected at
// check-in." was date.untied: policydate.go's pdClassSubject reads one or
// two words before a modal and takes "visits" as someone's care, and
// "collected" is a person cue ("specimen collected").
//
// pd109BillClass, asked by policySpan beside pdClassSubject, reads the
// words after the opener's comma as a class of charges: an optional
// determiner or article (the, los, las, la, el, all…), at most one
// lower-case modifier, a charge noun (bpBillNouns: copay(s),
// copayment(s), deductible(s), fee(s), copago(s), cuota(s),
// deducible(s)), then at most one phrase of "for"/"de"/"del"/"por"/"on"
// and up to three lower-case words (the charge's object: "for specialty
// clinic visits", "de las consultas"), then a modal or a rule's verb
// (policydate.go's pdModal, pdRuleVerbs) or the Spanish passive "se" and a
// verb ("se cobrarán"). policySpan's own vetoes hold: no reader's word in
// the sentence (you, your, su, tu, le…), and every word of the subject is
// lower case, without digits, no kin or child word (a named patient:
// "copays for Maria Lopez's dialysis" stays reported; TestBillPolicy109).
// The clinical words of the sentence keep their own findings ("copays for
// HIV clinic visits").
var (
	bpBillNouns = wordSetTab("copay copays copayment copayments deductible deductibles fee fees " +
		"copago copagos cuota cuotas deducible deducibles")
	bpOf      = wordSetTab("for de del por on")
	bpArticle = wordSetTab("the la el los las all every each any todos todas cada")
)

// pd109BillClass: the words from token a are a class of charges and a
// modal (see the file comment).
func (s *scanner) pd109BillClass(a, hi int) bool {
	q := a
	plain := func(k int) bool {
		t := &s.toks[k]
		return k < hi && !t.sent && s.gap(k) == " " && t.cls&tAlpha != 0 && t.cls&(tCap|tUpper|tDigit) == 0 && t.nd == 0 &&
			!careKin.get(t.h) && !kinWords.get(t.h) && !careKidWords.get(t.h) && !recipientWords.get(t.h)
	}
	if q < hi && bpArticle.get(s.toks[q].h) {
		q++
	}
	bill := func(k int) bool { return bpBillNouns.get(s.toks[k].h) || pd117ClaimNouns.get(s.toks[k].h) } // claims (policy117.go)
	if q+1 < hi && !bill(q) && plain(q) && bill(q+1) {
		q++ // one modifier: "late fees"
	}
	if q >= hi || !bill(q) || q > a && !plain(q) {
		return false
	}
	claim := !bpBillNouns.get(s.toks[q].h) // a claim noun heads the class (policy117.go)
	q++
	if q < hi && bpOf.get(s.toks[q].h) && plain(q) {
		q++
		n := 0
		for q < hi && n < 3 && plain(q) && !pdModal.get(s.toks[q].h) && !pdRuleVerbs.get(s.toks[q].h) && s.toks[q].low != "se" {
			q++
			n++
		}
		if n == 0 || claim && !s.pd117ClaimObjectOK(q-n, q) { // "los reclamos de rosa" (claimobject24.go)
			return false
		}
	}
	if q >= hi || !plain(q) {
		return false
	}
	if pdModal.get(s.toks[q].h) || pdRuleVerbs.get(s.toks[q].h) {
		return true
	}
	return s.toks[q].low == "se" && q+1 < hi && plain(q+1)
}
