package guard

// A shop named "Word & Word" and its branch (issue 15, helper IDS,
// dev50-clean-045): "Stitch & Stride Eastgate is closing permanently".
// The capitalised pair "Stride Eastgate" was read as a person's name
// (name.capitalized); "Stride" belongs to the shop's name, bound to
// "Stitch" by the ampersand, and "Eastgate" is the branch.
//
// ampShopBranch passes a capitalised run i..end of exactly two words
// when the text before i is "A & " where:
//   - A and the run's first word are both capitalised ordinary words
//     (general English or Spanish vocabulary) that are in neither name
//     list (wFirst, wLast): "Stitch & Stride", "Sole & Sable",
//     "Thread & Needle";
//   - no greeting, title or name cue stands right before A.
//
// What stays reported: people joined by "&" ("Laura & Tomas Ortega": a
// listed given name), a run of three or more words, a run after a
// greeting ("Dear Salt & Pepper Whitcomb" is not a shop's slot), a branch
// word that is a listed given or family name in no general vocabulary
// ("Sole & Sable Martinez", red team RED6, dev57r).

// ampShopBranch: see the file comment.
func (s *scanner) ampShopBranch(i, end int) bool {
	if end != i+1 || i < 1 || s.gap(i) != " & " {
		return false
	}
	a := i - 1
	for _, k := range [2]int{a, i} {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || t.cls&tCap == 0 || s.fl(k)&(wFirst|wLast|wTitle|wGreeting|wNameCue) != 0 || !s.general(k) {
			return false
		}
	}
	if a > 0 && s.fl(a-1)&(wTitle|wGreeting|wNameCue) != 0 {
		return false
	}
	// the branch word a listed name in no general vocabulary: "Sole &
	// Sable Martinez: your prescription is ready" (a person's family name
	// after a couple's given names, red team RED6, dev57r)
	if s.fl(end)&(wFirst|wLast) != 0 && !s.general(end) {
		return false
	}
	return true
}
