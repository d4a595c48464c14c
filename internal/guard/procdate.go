package guard

// Processing dates (helper D29A, night of 2026-12-04: dev29 "Your
// auto-refill is scheduled to process on Dec 12. To change it, visit …").
//
// A date right after a processing verb and "on" — "process on",
// "be processed on", "charge on", "be charged on", "bill on", "billed
// on", "renew(s) on", "ship(s) on", "debit on" — is when a system runs a
// charge or a job, a billing date, not a person's. processDate makes it
// allowed in scanner.date (after the person cues of date(): "your
// surgery on Dec 12", "the test is scheduled to process on Dec 12 for
// your biopsy" keep theirs through wDatePerson). Deliberately taken with
// an auto-refill: the refill word is the notice's clinical part and is
// judged by the other rules (a refill alone passes; a drug or a name
// beside it is reported whatever the date); the date itself adds no
// health fact. Not taken: "on" missing ("process Dec 12"), any other verb
// ("is scheduled on Dec 12").
var procDateVerbs = wordSetTab("process processes processed charge charges charged bill bills billed renew renews renewed " +
	"ship ships debit debits debited")

// processDate: the date starting at token i follows a processing verb and
// "on".
func (s *scanner) processDate(i int) bool {
	if i < 2 || s.toks[i-1].low != "on" || s.toks[i].sent || s.toks[i-1].sent {
		return false
	}
	return procDateVerbs.get(s.toks[i-2].h) && s.gap(i-1) == " " && s.gap(i) == " "
}
