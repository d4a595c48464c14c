package guard

// prenatalgoods.go: prenatal goods of the reader named by a brand (issue
// 15, helper REC4, dev41 leak-050 "Subscription reminder: your Ritual
// Essential Prenatal (30 ct) ships every 30 days").
//
// Prenatal vitamins tell a pregnancy; otc.go reports "prenatal vitamin(s)",
// "prenatal gummies", "vitaminas prenatales" in a personal frame. A brand's
// product name puts "Prenatal" alone after the brand ("Ritual Essential
// Prenatal", "Nature Made Prenatal Multi", "One A Day Prenatal"), so no
// phrase of otcTelling matched. prenatalAt reports the word "prenatal"
// alone when it is the reader's: otc.go's frame (a
// possessive within three words before it, or a shipping or pickup word
// in its sentence), or a possessive (your, my, su, tu…) up to six words
// before it in the same sentence — a brand name is long. It runs from
// otcAt, behind the same bit filter ("prenatal" is a first word of
// otcTelling). Standard mode and strict alike.
//
// What passes: "Shop our prenatal vitamins sale - 20% off this week",
// "Prenatal vitamins are buy one, get one free" (a shop's offer to
// everyone: strict mode's association rule reads them). Accepted risk:
// "your guide to prenatal care" is reported (it tells as much).

var hPrenatal = hstr("prenatal")

// prenatalAt reports the lone word "prenatal" at i in the reader's frame.
func (s *scanner) prenatalAt(i int) bool {
	if s.toks[i].h != hPrenatal || s.used[i] {
		return false
	}
	ok := s.otcFrame(i, i)
	for k := i - 1; !ok && k >= 0 && k >= i-6; k-- {
		if otcPossessive.get(s.toks[k].h) {
			ok = true
		}
		if s.toks[k].sent {
			break
		}
	}
	if !ok {
		return false
	}
	s.addTok(i, i, KindMedication, "otc.personal", 0.7, "names an item sold over the counter that tells about the recipient's health")
	return true
}
