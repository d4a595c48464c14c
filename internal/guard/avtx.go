package guard

// avtx.go: the reader's dialysis access and transplant care named with the
// short forms "AV" and "Tx" (issue 15, eleventh pass, red team RED11,
// dev70x, 2026-12-05): rule compose.av_tx, kind procedure.
//
// REC11 listed "AV fistula", "AV graft" and "Tx eval" (labs_procedures.txt)
// and made av and tx learned stop words, since "AV receiver" and "TX
// office" (Texas) are everyday. The same short forms with another head
// still passed: "your AV access check is Tuesday", "your AV shunt", "your
// Tx coordinator will call you Friday". A word can't be added to the lists
// for them without shifting the letter-shape model (shape.go: "access",
// "coordinator" are new words there), so they are read here: a reader's
// possessive (your, su, tu) right before "AV" (capitals) or "Tx" (so
// written: "TX" is Texas as often, "your TX team"), then
//   - after AV: access, shunt, site, fistula, graft, arm, cannulation,
//     needle(s) — the reader's dialysis access;
//   - after Tx: coordinator, nurse, workup, surgery, listing,
//     candidacy, clinic, labs, eval, evaluation — the reader's transplant.
//
// What passes: "your AV receiver order shipped", "our TX office is closed",
// "your TX driver's license" (no head of the lists), "AV access panel" (no
// reader's possessive), "av" in lower case, "Cheer on your TX team".
// Accepted risk: "Tx" for treatment before one of those heads ("your Tx
// nurse") is reported as a transplant; either is the reader's care. Cost:
// none for a field without "av" or "tx" (the notice-level bit fb2AVTx,
// tokfilter.go); otherwise two hash comparisons per token.

var (
	hAV       = hstr("av")
	hTx       = hstr("tx")
	avtxAV    = wordSetTab("access shunt site fistula graft arm cannulation needle needles")
	avtxTx    = wordSetTab("coordinator nurse workup surgery listing candidacy clinic labs eval evaluation")
	avtxOwner = wordSetTab("your su tu")
	// avtxFirst: the pass's start words, for fb2AVTx (tokfilter.go)
	avtxFirst = newHashFilter(map[uint64]bool{hAV: true, hTx: true})
)

// scanAVTx reports compose.av_tx.
func (s *scanner) scanAVTx() {
	if s.fbAll2&fb2AVTx == 0 { // no "av"/"tx" in the field (tokfilter.go)
		return
	}
	s.scanAVTxOn()
}

// scanAVTxOn is scanAVTx past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanAVTxOn() {
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		t := &s.toks[k]
		if t.h != hAV && t.h != hTx || t.sent || s.toks[k+1].sent || s.gap(k+1) != " " || !avtxOwner.get(s.toks[k-1].h) {
			continue
		}
		next := s.toks[k+1].h
		switch {
		case t.h == hAV && t.cls&tUpper != 0 && avtxAV.get(next):
		case t.h == hTx && s.t.s[t.s:t.e] == "Tx" && avtxTx.get(next):
		default:
			continue
		}
		s.addTok(k-1, k+1, KindProcedure, "compose.av_tx", 0.75, "names the reader's dialysis access (AV) or transplant care (Tx)")
		k++
	}
}
