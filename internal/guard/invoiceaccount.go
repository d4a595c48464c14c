package guard

// invoiceaccount.go: "in your account" is the reader's online account, not
// a record the invoice number would identify (issue 15, eighth pass, helper
// MISC2, dev51/dev52: "Invoice INV-2025-00733 is available in your
// account", "Invoice INV-2025-00988 for your business account is ready to
// download", "Invoice INV-2026-01187 for your team's jersey and tape order
// is attached in your account"). invoiceSeries (shoppay.go) kept a shop's
// invoice series reported whenever a record word (account, cuenta, member,
// claim…) was in the notice.
//
// invoiceRecordNotice: shopRecordNotice for an invoice series, except that
// "account"/"cuenta" does not count where it is the online account: after
// in/to/into/from/on (en/a) and an optional your/su/tu ("in your account",
// "sign in to your account", "en su cuenta"), or right after business,
// online, team, company or web ("your business account"). Every other
// record word (patient, member, claim, policy…) and "account" elsewhere
// ("your account 4417…", "account balance") still keeps the series
// reported, as do the care words (invoiceCare: "Invoice INV-2025-00733 for
// your MRI"). Cost: only for an invoice series about to be reported.
var (
	onlineAccountPreps = wordSetTab("in to into from on en a")
	onlineAccountMods  = wordSetTab("business online team company web store shop club")
	hAccounts, hCuenta = hstr("accounts"), hstr("cuenta")
)

func (s *scanner) invoiceRecordNotice() bool { return s.recordWordNotice(false) }

// recordWordNotice: a record word of a shop (shopRecordWords) stands in the
// notice, but "account" as the reader's online account ("in your online
// account") and, with statement, "estado de cuenta" (a statement:
// sendercode.go).
func (s *scanner) recordWordNotice(statement bool) bool {
	for k := range s.toks {
		h := s.toks[k].h
		if !shopRecordWords.get(h) {
			continue
		}
		if (h == hAccount || h == hAccounts || h == hCuenta) && s.onlineAccount(k) {
			continue
		}
		if statement && h == hCuenta && k >= 2 && s.toks[k-1].low == "de" && s.toks[k-2].low == "estado" {
			continue
		}
		return true
	}
	return false
}

// onlineAccount: the account word at k is the reader's online account.
func (s *scanner) onlineAccount(k int) bool {
	if k == 0 || s.gap(k) != " " {
		return false
	}
	if onlineAccountMods.get(s.toks[k-1].h) {
		return true
	}
	p := k - 1
	switch s.toks[p].low {
	case "your", "su", "tu":
		if p == 0 || s.gap(p) != " " {
			return false
		}
		p--
	}
	return onlineAccountPreps.get(s.toks[p].h) && p < k-1
}
