package guard

// One reader's booking word asked once per token list (helper slow2,
// 2026-12-06; no corpus rows: a speed fix, findings byte-identical on
// every development row, TestDumpFindings).
//
// What it reads: the token list, as schedDayBookingScan (schedday.go)
// reads it (each token's hash and lower-case form; no used marks, no
// findings).
//
// Why: schedDay asks schedDayBooking once per date, and the scan walks
// the whole field: a field of many dated sentences ("Dear Maria Lopez,
// DOB 03/07/1984, MRN: 00451234. " to the 64 KiB cap) cost the square of
// its length (BenchmarkCheckWorstCase/mixed, 70 of its 110 ms). The
// answer is the token list's, so it is kept in scanner.arrMemo beside the
// arrival scans' (arrivememo.go), cleared with them in newTokenList.

const (
	amSchedBookAsked uint8 = 1 << 4 // after arrivememo.go's four bits
	amSchedBookYes   uint8 = 1 << 5
)

// schedDayBooking: schedDayBookingScan, once per token list.
func (s *scanner) schedDayBooking() bool {
	return s.arrMemoOf(amSchedBookAsked, amSchedBookYes, s.schedDayBookingScan)
}
