package guard

// stmtperiod.go: a billing statement named by its period (dev36-clean-151
// "Statement #ST-2024-09 is ready. Pay online or call 800-555-0155.", issue
// 15, helper T36B). idprefix.go reports two to five letters, a hyphen and
// five or more digits after a statement word; "ST-2024-09" is a year 20xx
// and a month 01–12, the statement of a billing cycle, shared by every
// account billed that month and naming no one.
//
// statementPeriod passes the code when:
//   - the digits are exactly a year 20xx, a hyphen and a two-digit month
//     01–12 (no third group: "ST-2024-09-4471" stays reported);
//   - a statement word ("statement", "statements", or the letters STMT
//     themselves) is the code's letters or lies at most four tokens before
//     them in the same sentence;
//   - no care word lies within eight tokens before (invoiceCare: "statement
//     for your dialysis ST-2024-09") and the notice holds no record word
//     (shopRecordNotice: patient, member, claim, MRN, diagnosis …).
//
// Claim, account and member codes with a year ("Claim #CL-2024-09") stay
// reported: they name one person's claim or account.
func (s *scanner) statementPeriod(i, d0, e int) bool {
	if e != d0+1 || s.gap(e) != "-" {
		return false
	}
	y, m := s.toks[d0].low, s.toks[e].low
	if len(y) != 4 || y[0] != '2' || y[1] != '0' || len(m) != 2 || !allDigits(y) || !allDigits(m) {
		return false
	}
	if mm := int(m[0]-'0')*10 + int(m[1]-'0'); mm < 1 || mm > 12 {
		return false
	}
	stmt := s.toks[i].h == hStmtLetters
	for k := i - 1; !stmt && k >= 0 && k >= i-4; k-- {
		if s.toks[k].h == hStatement || s.toks[k].h == hStatements {
			stmt = true
		}
		if s.toks[k].sent {
			break
		}
	}
	return stmt && !s.invoiceCare(i) && !s.shopRecordNotice()
}

var hStmtLetters = hstr("stmt")

func allDigits(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return v != ""
}
