package guard

import "strings"

// State abbreviations inside reference codes (issue 15, fifth pass:
// dev16): a false positive cut of zip.code.
//
// A five-digit number after a state abbreviation is a ZIP code
// ("Austin, TX 78701", "TX-78701" in an address line), but not when the
// abbreviation is the first part of a code: joined to the digits by a
// hyphen and itself glued to what comes before it — "#TX-55201",
// "REF-TX-55201", "ID:TX-55201" — or coming right after an order,
// confirmation, ticket or reference word ("Confirmation TX-55201"). A
// state and ZIP written with a space ("Confirmation for Austin, TX
// 78701") are still reported.

var refCodeCues = wordSetTab("confirmation confirmations order orders ticket tickets ref reference booking reservation " +
	"request requests tracking shipment return rma po quote code " +
	"pedido pedidos") // Spanish orders (goodsrun.go, helper GOODS: "Pedido LH-21577 confirmado")

// stateCodeRef: the digits at first follow a state abbreviation (first-1)
// that is part of a code.
func (s *scanner) stateCodeRef(first int) bool {
	st := first - 1
	if st < 0 || s.gap(first) != "-" {
		return false
	}
	g := s.gap(st)
	if st > 0 && (g == "#" || g == "-" || g == ":" || g == "/" || g == " #" || g == "_") {
		return true
	}
	if st == 0 {
		return g == "#"
	}
	if strings.Trim(g, "\"' ") == ":" && s.shopKey(st-1, st-1) {
		// a JSON value under an order key: "transaction.id":"TX-88213-A"
		// (red team, dev28r)
		return true
	}
	if g == " " || g == ": " || g == " # " || g == " no. " {
		return refCodeCues.get(s.toks[st-1].h)
	}
	return false
}
