package guard

// The chain memo of bareDomain (helper fuzzslow, 2026-12-06; no corpus
// rows: a speed fix, findings byte-identical on every development row,
// TestDumpFindings).
//
// What it reads: the tokens joined by "." or "-" after a token that a
// lone dot follows ("H.I.V.", "a.b-c.example"), as bareDomain does.
//
// Why: bareDomain walked the whole chain forward to its last label, then
// back to the last dot, once per token of the chain that scanWords asked
// it about. A field that is one long chain ("H.I.V.H.I.V.…", "1.2.3.…",
// what the fuzz engine writes) cost the square of its tokens: 0.86 s for
// the 64 KiB cap, 13 µs a byte (FuzzCheck's pauses; BenchmarkCheckWorstCase's
// dotted run). Every token of a chain reaches the same end, and the same
// last dot whenever that dot lies after the token, so the two indices are
// kept for the chain and read again by its later tokens: linear.
//
// The chain's end: from token i+1, the next token while the gap after it
// is "." or "-". For a later token k of the same chain (from < k < end)
// the walk from k+1 crosses the same gaps and stops at the same end. The
// last dot: the last token m in (from, end] whose gap before it is ".";
// bareDomain's walk back from end stops at m when m > k, else at k.
type domainChain struct {
	ok         bool
	from, end  int // the token bareDomain first walked from, the chain's last token
	lastDot    int // the last token in (from, end] after a lone ".", or from
	toksLength int // len(s.toks) when kept (a new token list starts a new memo)
}

// chainEnd returns the chain's end and the last label's token for token i,
// as bareDomain's two walks find them, from the memo when i lies inside
// the chain last walked (scanWords' order: increasing i).
func (s *scanner) chainEnd(i int) (j, last int) {
	c := &s.dchain
	n := len(s.toks)
	if !(c.ok && c.toksLength == n && i > c.from && i < c.end) {
		j = i + 1
		for j+1 < n && (s.gap(j+1) == "." || s.gap(j+1) == "-") {
			j++
		}
		last = j
		for last > i && s.gap(last) != "." {
			last--
		}
		*c = domainChain{ok: true, from: i, end: j, lastDot: last, toksLength: n}
		return j, last
	}
	if c.lastDot > i {
		return c.end, c.lastDot
	}
	return c.end, i
}
