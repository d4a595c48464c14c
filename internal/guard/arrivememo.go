package guard

// The notice-wide arrival scans asked once per token list (helper fuzzslow,
// 2026-12-06; no corpus rows: a speed fix, findings byte-identical on every
// development row, TestDumpFindings).
//
// What it reads: the token list and its text, as careArrival,
// sdOddClock(0, n) and sdArrival read them (no used marks, no findings).
//
// Why: schedDay (schedday.go) and careSignal (caresignal.go) ask
// "careArrival() || sdOddClock(0, n)", and senderDate asks sdArrival(),
// once per date, and each walks the whole field: a field of many dated
// sentences ("Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234. " to the
// 64 KiB cap) cost the square of its length, 0.2 s (3 µs a byte, 0.2 µs at
// 4 KiB; BenchmarkCheckWorstCase/mixed). The answers are the token list's,
// so they are kept in scanner.arrMemo as careMemo keeps the care scans'
// (caremo.go), and cleared wherever careMemo is: for every token list.

const (
	amArrOddAsked uint8 = 1 << iota
	amArrOddYes
	amSdArrAsked
	amSdArrYes
)

// arrivalOrOddClock: careArrival() || sdOddClock(0, len(s.toks)), once per
// token list.
func (s *scanner) arrivalOrOddClock() bool {
	return s.arrMemoOf(amArrOddAsked, amArrOddYes, func() bool {
		return s.careArrival() || s.sdOddClock(0, len(s.toks))
	})
}

// sdArrival: sdArrivalScan, once per token list.
func (s *scanner) sdArrival() bool {
	return s.arrMemoOf(amSdArrAsked, amSdArrYes, s.sdArrivalScan)
}

func (s *scanner) arrMemoOf(asked, yes uint8, scan func() bool) bool {
	return memoBits(&s.arrMemo, asked, yes, scan) // caremo.go
}
