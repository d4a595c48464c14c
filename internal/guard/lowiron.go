package guard

// lowiron.go — the reader's low iron or hemoglobin (issue 15, tenth pass,
// helper MISS10B, dev64-leak-066, strict: "Iron running low after your
// last few donations? Pick up our iron + vitamin C chews").
//
// Iron is a golf club, a clothes iron and a supplement; low iron is a
// state of the body. Rule compose.low_iron (kind lab_test) reports
// "iron"/"hemoglobin"/"haemoglobin"/"ferritin"/"hierro"/"hemoglobina" with
// "low"/"bajo"/"baja" after it at most four words on, only linking words
// between (is, was, running, levels, stores, está, muy …: "iron running low",
// "iron is low", "hierro bajo") or "low" right before it ("low iron",
// "low hemoglobin"), when the low word is not followed by "on"/"price"/
// "prices"/"cost" ("running low on water", "low iron prices") and a
// question mark ends its sentence (a question to the reader) or a reader's
// word (recipientWords) stands in its sentence or the next one.
//
// Passes: "The new Titan 7 iron is 20% off" (no low), "Steam iron running
// low on water?" ("low on"), "iron + vitamin C chews for every donor" (no
// low). Accepted risk: "Low iron skillets in stock?" is blocked. Speed:
// runs from scanReaderSlots (readerslots.go) at the iron words only.

var (
	lowIronFirst  = wordSetTab("iron hemoglobin haemoglobin ferritin hierro hemoglobina ferritina")
	lowIronLow    = wordSetTab("low bajo baja bajos bajas")
	lowIronNot    = wordSetTab("on price prices cost costs de")
	lowIronBefore = wordSetTab("low")
	// the words that may stand between the iron word and "low"
	lowIronLink = wordSetTab("is was are were running levels level stores store count getting been too still so very a bit little has esta está estan están muy algo un poco")
)

// lowIron: token i is one of lowIronFirst.
func (s *scanner) lowIron(i int) {
	n := len(s.toks)
	a, b := -1, -1
	if i > 0 && s.gap(i) == " " && lowIronBefore.get(s.toks[i-1].h) {
		a, b = i-1, i
	} else {
		for k := i + 1; k < n && k <= i+4 && s.sameSentence(i, k); k++ {
			if lowIronLow.get(s.toks[k].h) {
				a, b = i, k
				break
			}
			if !lowIronLink.get(s.toks[k].h) {
				break // "iron prices low"
			}
		}
	}
	if a < 0 {
		return
	}
	if k := b + 1; k < n && s.sameSentence(b, k) && lowIronNot.get(s.toks[k].h) {
		return
	}
	lo, hi := s.sentSpan(i)
	if g := s.gap(hi); len(g) > 0 && g[0] == '?' {
		s.addTok(a, b, KindLabTest, "compose.low_iron", 0.7, "says the reader's iron or hemoglobin is low")
		return
	}
	if hi < n {
		_, hi = s.sentSpan(hi)
	}
	for k := lo; k < hi; k++ {
		if recipientWords.get(s.toks[k].h) {
			s.addTok(a, b, KindLabTest, "compose.low_iron", 0.7, "says the reader's iron or hemoglobin is low")
			return
		}
	}
}
