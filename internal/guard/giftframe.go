package guard

// giftframe.go: a person's name that is a town or ordinary words, in a
// gift's or a thank-you's frame (issue 15, fourteenth pass, helper red14,
// dev77x/dev80x, 2026-12-05).
//
// Two capitalised ordinary words ("Rose Hill", "Grace Lake") or a town of
// the gazetteer after "from" ("Carol Stream", townrun.go) are no name to
// the name rules, so "Flowers from Carol Stream arrived for you today" and
// "Please thank Rose Hill for the ride to your appointment" passed: a
// relative's or friend's name beside the reader's stay or appointment.
// scanGiftFrame reports name.cue over a capitalised run of two words, or
// one listed given name (not all capitals, not already in a finding, no
// stop word, month, listed brand, template word or organisation head:
// pharmacy, clinic, church, school, staff…)
// in one of two frames, each in a sentence that holds a reader's word
// (you, your, su…) or a favour noun (ride, flowers, card, gift, meal…):
//
//   - a gift noun (flowers, card, gift, balloons, basket, note, flores,
//     tarjeta, regalo, globos), then "from" or "de", then the run, then a
//     verb of arriving or being, "for"/"para", a comma or the sentence's
//     end ("Flowers from Carol Stream arrived for you", "A card from Rose
//     Hill is waiting for you");
//   - "thank" (not "thanks to", not "thank you"), the run, then "for"
//     ("Please thank Rose Hill for the ride to your appointment").
//
// Stays clean: "Flowers from Carol Stream growers are on sale in our gift
// shop" (a noun after the run, no reader's word), "Please thank Rose Hill
// Pharmacy staff for the food drive" (three words, an organisation head),
// "Thank you, Eau Claire!", "Now delivering in Carol Stream", "Your gift
// from Amazon arrived" (one word, no given name), "Your gift card from
// Olive Garden arrived" (a gift card is a shop's). Cost: one
// look at each gift noun and each "thank".

var (
	gfGift  = wordSetTab("flowers flower card cards gift gifts balloons basket bouquet note letter flores tarjeta tarjetas regalo regalos globos ramo")
	gfVerb  = wordSetTab("arrived arrive arrives came is are was were waiting llegaron llego llegara esta estan fue for para")
	gfFavor = wordSetTab("ride rides lift flowers card cards gift gifts meal meals visit visits balloons basket bouquet")
	gfOrg   = wordSetTab("pharmacy pharmacies clinic clinics hospital hospitals center centre church school library club team staff " +
		"department foundation farms farm growers florist florists market bakery inc llc co corp ltd group store shop company " +
		"county city village township elementary academy school college university class students")
)

// gfStartFilter holds the words a frame starts with (gfGift's and
// "thank"): a field with no token that may be one (fb3Gift, tokfilter.go)
// skips the walk (helper SPEED14).
var gfStartFilter = func() *hashFilter {
	f := tabsFilter(gfGift)
	f.add(hThank)
	return f
}()

// scanGiftFrame: see the file comment.
// gfGiftBits: gfGift's filter, tested before the set for every token.
var gfGiftBits = tabsFilter(gfGift)

func (s *scanner) scanGiftFrame() {
	if s.fbAll3&fb3Gift == 0 { // no gift word and no "thank" in the field (tokfilter.go)
		return
	}
	s.scanGiftFrameOn()
}

// scanGiftFrameOn is scanGiftFrame past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanGiftFrameOn() {
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		h := s.toks[i].h
		a := -1
		thank := false
		switch {
		case gfGiftBits.may(h) && gfGift.get(h) && (s.toks[i+1].low == "from" || s.toks[i+1].low == "de") && s.gap(i+1) == " ": // (its filter bit first, helper SPEED15)
			a = i + 2
		case s.toks[i].low == "thank" && s.gap(i+1) == " ":
			a, thank = i+1, true
		default:
			continue
		}
		if s.gap(a) != " " {
			continue
		}
		e := a
		for e+1 < n && e-a < 2 && s.nameGap(e+1) && s.isCapWord(e+1) {
			e++
		}
		if e-a > 1 || !s.gfRun(a, e) || a == e && s.fl(a)&wFirst == 0 {
			continue // one word must be a listed given name: "Your gift from Amazon arrived"
		}
		if !thank && i > 0 && s.toks[i-1].low == "gift" {
			continue // "your gift card from Olive Garden": a shop's card
		}
		nx := e + 1
		switch {
		case thank:
			if nx >= n || s.gap(nx) != " " || s.toks[nx].low != "for" && s.toks[nx].low != "por" {
				continue
			}
		case nx < n && !s.toks[nx].sent && s.gap(nx) == " " && !gfVerb.get(s.toks[nx].h):
			continue
		}
		lo, hi := s.sentSpan(a)
		personal := false
		for k := lo; k < hi && !personal; k++ {
			personal = recipientWords.get(s.toks[k].h) || gfFavor.get(s.toks[k].h) && k != i
		}
		if personal {
			s.addTok(a, e, KindName, "name.cue", 0.8, "name introduced by a context word")
			i = e
		}
	}
}

// gfRun: tokens a..e are a capitalised run that may be a person's name.
func (s *scanner) gfRun(a, e int) bool {
	for k := a; k <= e; k++ {
		t := &s.toks[k]
		if !s.isCapWord(k) || t.cls&tUpper != 0 || s.used[k] || s.fl(k)&(wStop|wMonth|wGreeting) != 0 || gfOrg.get(t.h) ||
			s.brandTok(k) || s.p != nil && s.p.isTemplate(t.h) {
			return false
		}
	}
	return true
}
