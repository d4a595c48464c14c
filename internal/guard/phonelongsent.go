package guard

// A phone number in a sentence too long to read for the sender's own line
// (helper fuzzslow, 2026-12-06; no corpus rows: a speed fix, findings
// byte-identical on every development row, TestDumpFindings).
//
// What it reads: the span of the sentence holding a number's first token
// (sentSpan, kept per token list).
//
// Why: the readings that clear a phone number as the sender's own line
// (senderPhone, phoneOffer, senderLine, phoneCTA, ownNumber, ctaCallNamed,
// opOptOutPhone, pvSenderPhone) each walk the number's whole sentence, once
// per number. A field that is one sentence of numbers ("(617) 555-0142 "
// repeated, as the fuzz engine writes) cost the square of its length:
// 1.1 s for the 64 KiB cap, 17 µs a byte (BenchmarkCheckWorstCase/phones).
// In a sentence of more than phoneClearReach tokens those readings are not
// asked: the number stays reported. That fails closed (a clearing reading
// left out keeps the finding), and no sentence of the development notices
// comes near the reach (the longest sentence a number of theirs reaches
// the gate in holds 29 tokens), so every finding there is unchanged.
const phoneClearReach = 1000

// phoneSentLong: the sentence of token first holds more than
// phoneClearReach tokens.
func (s *scanner) phoneSentLong(first int) bool {
	lo, hi := s.sentSpan(first)
	return hi-lo > phoneClearReach
}
