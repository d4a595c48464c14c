package guard

// The address spans soOpSentence reads, gathered once per call (helper
// slow2, 2026-12-06; no corpus rows: a speed fix, findings byte-identical
// on every development row, TestDumpFindings).
//
// What it reads: the field's address findings in out, as soInAddress
// (siteop.go) reads them: Field equal, Kind KindAddress, their Start and
// End in original byte offsets.
//
// Why: soOpSentence asked soInAddress for every token of the sentence,
// and soInAddress walked every finding of out; dropSiteOps asks
// soOpSentence once per finding, so a field of one long sentence of many
// findings ("Xorblat " to the 64 KiB cap) cost findings × tokens ×
// findings: 1.09 s (16.7 µs a byte; BenchmarkCheckWorstCase/capunknown).
// out does not change inside one soOpSentence call (dropInViews rewrites
// it only between drop calls), so the address spans are gathered once at
// the top of the call and each token is read against them alone: the
// same answer, a walk of the field's addresses instead of all findings.

// soAddrSpans appends to buf the [Start, End] of every address finding of
// field in out, in out's order.
func soAddrSpans(buf [][2]int, out []Finding, field string) [][2]int {
	for _, f := range out {
		if f.Field == field && f.Kind == KindAddress {
			buf = append(buf, [2]int{f.Start, f.End})
		}
	}
	return buf
}

// soInAddrSpans: token k lies inside one of spans (soAddrSpans), as
// soInAddress answers for the out the spans were read from.
func soInAddrSpans(v *annView, spans [][2]int, k int) bool {
	if len(spans) == 0 {
		return false
	}
	a, b := v.t.orig(int(v.toks[k].s), int(v.toks[k].e))
	for _, sp := range spans {
		if sp[0] <= a && sp[1] >= b {
			return true
		}
	}
	return false
}
