package guard

// biznoun.go: a capitalised word followed by a business-type noun is a
// company, not a person (issue 15, dev53a/dev55a, helper ADDR2,
// 2026-12-05).
//
// The two-unknown-capitals rule (words.go c2, name.capitalized), the name
// after "Pickup:" (compose.go nameAfterColon, compose.name_cue) and the
// frame after a name cue (frame.go personalFrame, frame.name) read
// "Brightwater Utilities", "Clearview Photo Downtown", "Gearhouse Cycles"
// and "Summit Hardware" as people: the first word is in no vocabulary and
// the second is a capital. A word of a business's type in the SECOND
// place (Utilities, Photo, Cycles, Optical, Rentals, Supply, Fitness,
// Hardware, Bakery, Florist, Pharmacy, Dental, Clinic…; bnNouns) makes the
// run a company: "Alder Dental has a new mailing address", "send rolls to
// Lakeside Photo, PO Box 880", "Checks payable to Kestrel Rentals". A
// capitalised branch run of inner capitals and a street ("CareCart Elm
// Street") is the sender's branch too.
//
// Stays a person: a lower-case word after the run that is no verb or glue
// of the sender's news ("Bronwyn Photo session", "Nkechi Photo shoot"), the
// noun anywhere but right after the first word
// ("Bronwyn Achterberg Dental": a given name and surname before it), a
// title, greeting or name cue before the run (c2: "Dr. Achterberg
// Dental"; the colon cue "Pickup:" passes only when the run is followed
// by ", " and a house number or a box: "Pickup: Summit Hardware, 400 Elm
// St"), a listed given name as the first word.
//
// Speed: it runs only where those rules already found a run to report.

var bnNouns = wordSetTab("utilities utility photo photos cycles cycle optical optics rentals rental supply supplies fitness " +
	"hardware bakery bakeries florist florists pharmacy pharmacies dental clinic clinics outfitters motors electric " +
	"plumbing roofing realty insurance bank foods grocery cafe coffee brewing gallery studio studios books printing " +
	"cleaners laundry salon barbers nursery furniture jewelers jewelry pets veterinary imaging labs services solutions " +
	"logistics fulfillment wireless energy tire tires shoes sports outdoors apparel boutique optometry eyecare hearing " +
	"audiology orthodontics wellness farmacia optica ferreteria panaderia floreria")

// bizNounRun: the capitalised run i..end (two words or more) has a
// business's type noun right after its first word.
func (s *scanner) bizNounRun(i, end int) bool {
	n := len(s.toks)
	if end <= i || i+1 >= n {
		return false
	}
	if s.fl(i)&wFirst != 0 && s.fl(i)&wCommon == 0 {
		return false // "Maria Photo": a listed given name first
	}
	if bnNouns.get(s.toks[i+1].h) && s.isCapWord(i+1) {
		return s.bnSlotAfter(end)
	}
	// "CareCart Elm Street": a name with inner capitals, then a street
	return end == i+1 && s.toks[i].cls&tInnerUp != 0 && end+1 < n && s.gap(end+1) == " " && s.fl(end+1)&wStreetSuffix != 0
}

// bnSlotAfter: what follows the run ending at token end is punctuation,
// the end, a capital, or a verb or glue word of the sender's news
// ("Brightwater Utilities has", "Northgate Imaging accepts", "Clearview
// Photo Downtown,"), never a lower-case noun that makes the run a
// product or a person's session ("Bronwyn Photo session", "Nkechi Photo
// shoot" stay reported).
func (s *scanner) bnSlotAfter(end int) bool {
	k := end + 1
	if k >= len(s.toks) || s.toks[k].sent || s.gap(k) != " " || s.toks[k].cls&(tCap|tUpper) != 0 {
		return true
	}
	return spGlue.get(s.toks[k].h) || bnVerbs.get(s.toks[k].h)
}

var bnVerbs = wordSetTab("accepts accept may was were offers offer closes close closing welcomes thanks invites corporate " +
	"headquarters office store lab will would can cierra abre acepta ofrece")

// bnPersonBefore: a title, greeting or name cue stands right before token
// i in its sentence ("Dr. Achterberg Dental").
func (s *scanner) bnPersonBefore(i int) bool {
	return i > 0 && !s.toks[i].sent && s.fl(i-1)&(wTitle|wGreeting|wNameCue) != 0
}

// bizBeforeAddr: the capitalised run from token i is a company's
// (bizNounRun) and ", " and a house number or a box follow it ("Pickup:
// Gearhouse Cycles, 1020 Elm St").
func (s *scanner) bizBeforeAddr(i int) bool {
	n := len(s.toks)
	e := i
	for e+1 < n && e < i+3 && s.isCapWord(e+1) && s.gap(e+1) == " " {
		e++
	}
	if !s.bizNounRun(i, e) || e+1 >= n || s.gap(e+1) != ", " {
		return false
	}
	t := &s.toks[e+1]
	return t.cls&tDigit != 0 && t.nd <= 6 || poBoxWord(t.low)
}
