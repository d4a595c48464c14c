package guard

// A lot of packaging, not of the reader's device (issue 15, helper IDS,
// dev50-clean-097): "our supplier notice about the Lot 24-118 shipping
// cartons was a packaging issue only". "lot" is a device cue (a recalled
// lot of the reader's pens or sensors is reported: "Your EpiPen from lot
// 7E12 is included in a recall"), but a lot number whose head noun is a
// shipping material names a batch of boxes.
//
// packagingLot passes the cue "lot" at i (one token) when:
//   - the word right after the lot's value is a packaging noun
//     (packLotHeads: cartons, boxes, mailers, envelopes, pallets, labels,
//     packaging, crates, totes, bags…), optionally after "shipping",
//     "outer" or "mailer" ("the Lot 24-118 shipping cartons", "Lot 3302
//     pallets");
//   - the lot's sentence has no reader word (your, you, su, sus, tu…) and
//     no recall word (recall, recalled, retiro…): "the Lot 24-118 boxes
//     you received are part of a recall" stays reported;
//   - the sentence has no health cue word either (wHealthCue: treatment,
//     prescription, medication, test, results, mmHg…): this rule never
//     reads what is inside the box.
//
// Another sentence may address the reader ("No action is needed on your
// DailyRoot orders.").

var (
	packLotCue   = wordSetTab("lot")
	packLotPre   = wordSetTab("shipping outer mailer inner")
	packLotHeads = wordSetTab("carton cartons box boxes mailer mailers envelope envelopes pallet pallets label labels packaging " +
		"crate crates tote totes bag bags sleeve sleeves wrap wrapping shipper shippers")
	packLotStop = wordSetTab("your you yours su sus tu tus usted recall recalled recalls retiro retirado retirada")
)

// packagingLot: the device cue i is a lot whose value ends at end and
// whose head noun is packaging; see the file comment.
func (s *scanner) packagingLot(i, j, end int) bool {
	if i != j || !packLotCue.get(s.toks[i].h) {
		return false
	}
	k := end + 1
	if k < len(s.toks) && !s.toks[k].sent && s.gap(k) == " " && packLotPre.get(s.toks[k].h) && k+1 < len(s.toks) && s.gap(k+1) == " " && packLotHeads.get(s.toks[k+1].h) {
		k++
	}
	if k >= len(s.toks) || s.toks[k].sent || s.gap(k) != " " || !packLotHeads.get(s.toks[k].h) {
		return false
	}
	a, b := s.sentence(i)
	for x := a; x <= b; x++ {
		if packLotStop.get(s.toks[x].h) || s.fl(x)&wHealthCue != 0 {
			return false
		}
	}
	return true
}
