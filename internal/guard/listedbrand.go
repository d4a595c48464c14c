package guard

// listedbrand.go: a one-word brand of vocab/brands.txt before "refills" or
// in a notice about health (issue 15, helper RENT44, dev44).
//
// frame.clinical reports a word in no vocabulary before "refill(s)" ("Your
// Xylorex refills are ready"): an unlisted drug brand reads that way. A shop
// also sells "Buy 2 Swiffer refills, get 1 free": Swiffer is a household
// brand of vocab/brands.txt, which holds no medication, device or
// medical-supply brand. listedBrandWord reports that token i is a one-word name
// of that list, spelled as listed or in capitals, outside its [title] and
// [media] sections, so the refill is a household one. markBrands' own
// acceptance is not needed (it declines beside "refills", a care word for
// names).
//
// The same word passes frame.notice, the last resort that reports a word in
// no vocabulary anywhere in a notice about health: "Harbor Pharmacy: order
// shipped! Olaplex No.3 … and Maybelline Sky High mascara" (a pharmacy's
// front store).
//
// Before "refill(s)" the brand passes only in shop wording (brandRefillShop):
// no possessive right before it (skipping a count) and no pharmacy word in
// the notice; "Your Similac refill is ready at the pharmacy counter" stays
// reported (a formula refill of the reader's, brandline_test.go).
//
// Stays reported: any unlisted word before "refills" ("Buy 2 Xylorex
// refills") or in a pharmacy notice, and listed brands before any other
// clinical cue of frame.clinical (this is read only before "refill"/
// "refills"); the name rules still judge the brand as a name (brandlist.go). Accepted risk: a brand of the list that
// is also a drug's name; the list's maintainers leave those out.
func (s *scanner) listedBrandWord(i int) bool {
	t := &s.toks[i]
	if t.fb&fbBrand == 0 || t.cls&(tCap|tUpper) == 0 {
		return false
	}
	for _, e := range brandWords.first[t.h] {
		if len(e.h) != 1 || e.title || e.media {
			continue
		}
		if _, ok := s.brandMatch(i, e); ok {
			return true
		}
	}
	return false
}

// listedBrandLine reports that the capitalised token i closes a product
// line of a listed one-word brand: up to three capitalised words or numbers
// between, in the same sentence, joined by spaces or a dot ("Olaplex No.3
// Hair Perfector"). Read by frame.notice only; an unlisted drug brand after
// a listed brand in one capitalised run is an accepted risk.
func (s *scanner) listedBrandLine(i int) bool {
	if s.toks[i].cls&(tCap|tUpper) == 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if g := s.gap(k + 1); g != " " && g != "." && g != ". " || s.toks[k+1].sent {
			return false
		}
		if s.listedBrandWord(k) {
			return true
		}
		if s.toks[k].cls&(tCap|tUpper|tDigit) == 0 {
			return false
		}
	}
	return false
}

var brandRefillPharmacy = wordSetTab("pharmacy pharmacist counter prescription prescriptions rx refill-ready pickup " +
	"farmacia farmaceutico receta recetas mostrador")

// brandRefillShop: the listed brand at i before "refill(s)" is sold, not
// the reader's: no "your"/"su"/"tu"/"my" right before it (a count may sit
// between: "Buy 2 Swiffer refills") and no pharmacy word in the notice.
func (s *scanner) brandRefillShop(i int) bool {
	k := i - 1
	if k >= 0 && s.toks[k].cls&tDigit != 0 && s.toks[k].cls&tAlpha == 0 {
		k--
	}
	if k >= 0 {
		switch s.toks[k].low {
		case "your", "su", "sus", "tu", "tus", "my", "his", "her", "their":
			return false
		}
	}
	for x := range s.toks {
		if brandRefillPharmacy.get(s.toks[x].h) {
			return false
		}
	}
	return true
}
