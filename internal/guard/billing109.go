package guard

// billing109.go: the sender's billing in a deposit notice and a one-letter
// invoice series (issue 15, twenty-second pass, fix helper r109,
// dev109-dev111, probe set dev109x). dev111's "Direct deposit update: your
// new bank account ending 0923 will be used from the next pay cycle." was
// id.account and "Su factura F-2026-12001 fue emitida." identifier.number:
// payevent.go's bankLast4 read a bank account's last four digits only
// after "ending in" and with a payment word, and shoppay.go's invoiceSeries
// took only FAC/FACT/FA/FE/FT/INV before a year and a serial.
//
//   - bankLast4 (payevent.go) also takes "ending" right before the four
//     digits ("bank account ending 0923"), and a deposit word
//     (bl109Deposit: deposit, payroll, paycheck, reimbursement, nómina,
//     depósito, reembolso) as the notice's payment word. Everything else
//     holds: "bank", "checking" or "savings" before "account", exactly four
//     digits, no record word in the notice (member, claim, patient,
//     cuenta…), no care word beside the digits.
//   - invoiceSeries (shoppay.go) also takes one capital letter F
//     (bl109InvoiceF) when an invoice word (invoice, factura, bill) stands
//     at most three words before it in its sentence: "Su factura
//     F-2026-12001", "Invoice F-2026-00412". The series' own tests hold: a
//     year 20xx, a serial of at most five digits, no care word beside it
//     and no record word in the notice.
//
// Stays reported (TestBilling109): a deposit notice with a care word
// anywhere (visit, session, consulta: a reimbursement of care), six digits
// after "ending", a whole
// account number, "member account ending 4471", a bare "F-2026-12001"
// with no invoice word, an invoice series beside a patient's record or
// care ("Invoice F-2026-12001 for your chemotherapy infusion"), a year
// before 2000 ("F-1961-03042"). Cost: only on a number another rule is
// about to report.
var (
	bl109Deposit = wordSetTab("deposit deposits payroll paycheck paychecks reimbursement reimbursements " +
		"nomina nómina deposito depósito depositos depósitos reembolso reembolsos")
	bl109InvoiceWords = wordSetTab("invoice invoices factura facturas bill")
)

// bl109DepositNotice: a deposit word stands in the notice, and no care
// word (invoicecare.go's invoiceCareWords: visit, therapy, consulta…)
// anywhere in it: a reimbursement for the reader's care is theirs (red
// team red22, dev113r: "Reimbursement for your visit last week will be
// deposited to your bank account ending 0923").
func (s *scanner) bl109DepositNotice() bool {
	dep := false
	for k := range s.toks {
		if invoiceCareWords.get(s.toks[k].h) {
			return false
		}
		if bl109Deposit.get(s.toks[k].h) {
			dep = true
		}
	}
	return dep
}

// bl109InvoiceF: token k is a capital "F" after an invoice word at most
// three words before it in its sentence.
func (s *scanner) bl109InvoiceF(k int) bool {
	if s.toks[k].low != "f" || s.toks[k].cls&(tCap|tUpper) == 0 {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if bl109InvoiceWords.get(s.toks[m].h) {
			return true
		}
		if s.toks[m+1].sent {
			return false
		}
	}
	return false
}
