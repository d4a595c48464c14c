package guard

import "strings"

// shopslotof.go: two more product slots of a shop notice (issue 15, tenth
// pass, dev63, helper MISC10, 2026-12-05).
//
// shopslot.go marks a capitalised run as goods when it sits in a product
// slot of a shop notice that names no reader and no care. Two slots of
// order notices were not read, and the product was taken for a person's
// name (name.capitalized): "Rate your recent purchase of Turmeric Curcumin
// with Black Pepper" (dev63-clean-118) and "your return for order
// GV-770981 (Collagen Peptides Unflavored) was received" (dev63-clean-095).
// shopSlotOf adds, for a run of two words or more that reads as a brand
// or product (shopSlotBrandLike: three words, or a word that is no listed
// given or family name):
//   - the object of "purchase/return/exchange/review/order of" (and
//     Spanish "compra/devolución/pedido de");
//   - a run in parentheses right after an order code that "order",
//     "pedido" or "orden" opens within four tokens.
//
// Still blocked: "purchase of Turmeric Curcumin, Dana Whitfield" (a listed
// given name after a comma: the run would join it as a list item, so the
// slot is not taken), "(Dana Whitfield)" and "purchase of Dana Whitfield" (both
// words listed names: not brand-like), a notice with a care word or a
// reader's name anywhere (shopslot.go's notice checks: "Turmeric Curcumin
// for your arthritis" keeps its condition), a run after a person's slot
// word. Accepted risk: as shopslot.go, an unlisted person's name of two
// words in these slots of a shop notice with no care word passes. Speed:
// shopSlotIn runs only on goods notices with a capitalised run.
func (s *scanner) shopSlotOf(a, b int) bool {
	if b == a || a < 2 || s.toks[a].sent || !s.shopSlotBrandLike(a, b) {
		return false
	}
	if b+1 < len(s.toks) && s.gap(b+1) == ", " {
		if f := s.fl(b + 1); f&wFirst != 0 && f&wCommon == 0 {
			return false // "purchase of Turmeric Curcumin, Dana Whitfield —": the reader named after it
		}
	}
	if s.gap(a) == " " && s.gap(a-1) == " " {
		switch s.toks[a-1].low {
		case "of":
			switch s.toks[a-2].low {
			case "purchase", "purchases", "return", "returns", "exchange", "review", "order":
				return true
			}
		case "de":
			switch s.toks[a-2].low {
			case "compra", "devolución", "devolucion", "pedido":
				return true
			}
		}
	}
	if s.gap(a) == " (" && b+1 < len(s.toks) && strings.HasPrefix(s.gap(b+1), ")") && s.toks[a-1].cls&tDigit != 0 {
		for k := a - 1; k >= 0 && k >= a-4; k-- {
			switch s.toks[k].low {
			case "order", "pedido", "orden":
				return true
			}
		}
	}
	return false
}
