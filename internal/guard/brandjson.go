package guard

import "strings"

// brandJSONItem reports whether the listed name at tokens a..b fills a
// whole string of a JSON array, one element of a list of items:
// {"items":["Olay Regenerist Micro-Sculpting Cream","Neutrogena Hydro
// Boost"]} (dev29). The quotation and the bracket or comma that close it
// end the name's clause; an element of an array is a list item as a name
// between commas is (brandListItem), not a person named at the end of a
// clause ("Ship to: Kate Spade."). A value under a key ({"patient":"Sara
// Lee"}) is no array element and stays a person's.
func (s *scanner) brandJSONItem(a, b int) bool {
	if a == 0 || b >= len(s.toks) {
		return false
	}
	before := strings.ReplaceAll(s.gap(a), " ", "")
	after := strings.ReplaceAll(s.gap(b+1), " ", "")
	return (strings.HasSuffix(before, `["`) || strings.HasSuffix(before, `","`)) &&
		(strings.HasPrefix(after, `"]`) || strings.HasPrefix(after, `","`))
}

// jsonItemKeys: keys of a webhook's array of goods.
var jsonItemKeys = wordSetTab("items item products product lines skus goods cart articulos productos")

// brandJSONItems reports whether the JSON array holding token a is the
// value of a key of goods ("items":[…]): shop wording for a listed name
// that is an element of it (brandContext), as "Order:" is for a list.
func (s *scanner) brandJSONItems(a int) bool {
	for k := a; k > 0 && k > a-40; k-- {
		g := strings.ReplaceAll(s.gap(k), " ", "")
		if strings.ContainsAny(g, "]{}") {
			return false
		}
		if strings.Contains(g, "[") {
			return strings.HasSuffix(g, `":["`) && jsonItemKeys.get(s.toks[k-1].h)
		}
	}
	return false
}

// brandColonList reports whether the name at token a is a later item of a
// list opened by a colon in its sentence: a comma before it and a colon
// earlier ("Thanks for your order: Betty Crocker brownie mix, Sara Lee
// bread, Little Debbie Oatmeal Creme Pies."). brandAccept uses it only for
// a listed name followed by its product line, so that "Thanks for your
// payment, Sara Lee." (no colon, no product line) stays addressed.
func (s *scanner) brandColonList(a int) bool {
	if a == 0 || s.toks[a].sent || strings.TrimSpace(s.gap(a)) != "," {
		return false
	}
	for k := a - 1; k > 0 && !s.toks[k].sent; k-- {
		if strings.Contains(s.gap(k), ":") {
			return true
		}
	}
	return false
}
