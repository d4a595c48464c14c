package guard

// maskednum.go: a masked number shows only its last digits (fix helper
// fix108, issue 15, twenty-first pass round two; dev108, probe set
// dev108x, 2026-12-06).
//
// Billing systems mask an account number but its last digits:
// {"event":"payment.received","account_ref":"ACCT-XXXX4471", …} was
// identifier.alnum, "Your account XXXX4471 was charged" id.account. The
// digits shown are those of "your card ending 4471" or "bank account
// ending in 0021" (payevent.go's bankLast4), which pass: no number that
// identifies anyone is left.
//
// maskedLast4 reads a token as masked when it is three or more mask
// letters (X or x, the same throughout) then two to four digits, nothing
// else. It clears identifier.alnum's token (words.go) and the value of an
// account cue (idValue, KindAccount only): a member, policy, claim or
// health-plan card's masked number stays reported (cardlast.go reports a
// health card's last digits on purpose), and so does "XXXX44712" (five
// digits) or "AB4471".
func maskedLast4(src string) bool {
	k := 0
	for k < len(src) && (src[k] == 'X' || src[k] == 'x') {
		if src[k] != src[0] {
			return false
		}
		k++
	}
	if k < 3 {
		return false
	}
	d := len(src) - k
	if d < 2 || d > 4 {
		return false
	}
	for ; k < len(src); k++ {
		if src[k] < '0' || src[k] > '9' {
			return false
		}
	}
	return true
}
