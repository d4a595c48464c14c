package guard

// releasedose.go: a release suffix between an unknown word and its dose
// (issue 15, fix helper MISS3, dev56/dev57x).
//
// compose.dose reports a word in no vocabulary right before a dose ("Your
// order of Aderal 20 mg"). A drug's extended- or modified-release suffix
// often sits between the two ("Aderal XR 20 mg", "Zolvexa ER 50 mg",
// "Lamictol ODT 25 mg", "Su pedido de Adderol XR 20 mg"), and hid the
// dose. releaseDoseAt reads past one such suffix (XR ER SR CR XL LA DR
// ODT CD, written as its own token right after the word) and asks the same
// dose test (doseUnitAt: mg, mcg, ml, units, tablets…). Goods keep their
// measures: "Makita XR 20 V", "Sony XR 65 inch", "Philips XL 20 cm" have no
// dose unit. The caller gates it on a digit two tokens on, so almost no
// token pays the lookup.

var releaseSuffix = wordSetTab("xr er sr cr xl la dr odt cd xr-odt")

// releaseDoseAt: token i+1 is a release suffix after a plain space and a
// dose follows it; it returns the dose unit's token, or -1.
func (s *scanner) releaseDoseAt(i int) int {
	if i+3 >= len(s.toks) || s.gap(i+1) != " " || s.gap(i+2) != " " || !releaseSuffix.get(s.toks[i+1].h) || s.used[i+1] {
		return -1
	}
	if s.toks[i+1].cls&tUpper == 0 { // "XR", not "la" or "dr" in a sentence
		return -1
	}
	return s.doseUnitAt(i + 2)
}
