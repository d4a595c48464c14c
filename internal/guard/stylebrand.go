package guard

// A brand used as a style ("Shutterfly-style") is no medication (issue 15,
// helper IDS, dev50-clean-135): "Your Meridian Photo order is confirmed.
// 1 × Shutterfly-style hardcover book, 20 pages. Pickup: Meridian
// Pharmacy". "Shutterfly" is in no vocabulary, and "Pharmacy" makes the
// notice one about health, so frame.notice read it as a drug's name. A
// capitalised word joined by a hyphen to "style", "inspired", "themed" or
// "look" describes goods by another maker's look; nobody writes a drug
// that way. A care word within two words after it (careWord: refill,
// pills, prescription, a clinical term) keeps the finding: "your
// Zorvaldo-style refill".
//
// styleBrand is asked only by frame.notice (the last reading of an
// unknown word in a notice about health). A listed clinical word before
// "-style" is matched by the phrase rules first and stays reported
// ("Ozempic-style pens").

// styleTail: token k is "style", "inspired", "themed" or "look" joined
// by a bare hyphen to the word before it. clinicalFrame reads through it
// (doseBetween, frame.go): "Your Zorvaldo-style refill", "Ozempo-style
// pens refill" keep the frame of the word before, as "Zorvaldo refill"
// does; an ordinary word after it ("Gillette-style razor refills") still
// makes it a household product (red team RED6, dev57r).
func (s *scanner) styleTail(k int) bool {
	return k > 0 && s.gap(k) == "-" && styleBrandTail.get(s.toks[k].h)
}

var styleBrandTail = wordSetTab("style inspired themed look")

// styleBrand: the unknown word i is a capitalised word joined to "-style"
// and no care word follows within two words.
func (s *scanner) styleBrand(i int) bool {
	if s.toks[i].cls&tCap == 0 || i+1 >= len(s.toks) || s.gap(i+1) != "-" || !styleBrandTail.get(s.toks[i+1].h) {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+3 && !s.toks[k].sent; k++ {
		if s.careWord(k, true) {
			return false
		}
	}
	return true
}
