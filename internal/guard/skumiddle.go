package guard

import "strings"

// skumiddle.go: an abbreviation in the middle of a SKU under a JSON
// product-code key (issue 15, helper RENT44, dev44: {"sku":"HB-STD-01",
// "qty":12} of a rental order, STD for "standard").
//
// everyday.go passes a clinical abbreviation joined to a number after a
// product-code word ("SKU HRT-4420") but keeps the telling codes (HIV, STD,
// PrEP …: redteam.go) reported. skuMiddle reports that the one upper-case
// token i of 2 to 5 letters is the middle segment of a code of three or
// more hyphen-joined parts — an upper-case segment of 1 to 4 letters
// before, a segment of digits after ("HB-STD-01", "TC-ER-18") — which is
// the quoted value of a JSON key that is a product-code word of everyday.go
// ("sku", "item", "model", "part", "upc", also "item_sku"), and that the
// notice names no sexual or reproductive health word (skuMiddleTells).
//
// Stays reported: the code in prose ("SKU HB-STD-01 for your visit"), a
// code opening with the abbreviation ("STD-4420", redteam.go's "Item
// HIV-4420"), a notice with a telling word ("testing", "kit", "clinic",
// "results", "sexual" …), and any clinical finding that is not the middle
// segment.
var skuMiddleTells = wordSetTab("test tests testing kit kits clinic clinics result results screening screenings " +
	"sexual sexually transmitted infection infections hiv prep pep treatment patient prueba pruebas resultado " +
	"resultados clinica sexual infeccion")

func (s *scanner) skuMiddle(i int) bool {
	n := len(s.toks)
	if i < 2 || i+1 >= n {
		return false
	}
	t := &s.toks[i]
	if t.cls&tUpper == 0 || t.cls&tDigit != 0 || len(t.low) < 2 || len(t.low) > 5 {
		return false
	}
	p, q := &s.toks[i-1], &s.toks[i+1]
	if s.gap(i) != "-" || s.gap(i+1) != "-" || p.cls&tUpper == 0 || p.cls&tDigit != 0 || len(p.low) > 4 ||
		q.cls&tAlpha != 0 || q.nd == 0 {
		return false
	}
	if strings.ReplaceAll(s.gap(i-1), " ", "") != `":"` || !codeWords.get(s.toks[i-2].h) {
		return false
	}
	for k := range s.toks {
		if skuMiddleTells.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
