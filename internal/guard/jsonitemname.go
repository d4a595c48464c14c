package guard

import "strings"

// jsonitemname.go — the "name" of a JSON goods item (helper MISC3, dev45):
// {"items":[{"sku":"SONY-WH1000XM5","name":"Sony WH-1000XM5
// headphones","qty":1}]}. goodsrun.go already marks such a value a product
// (goodsRunJSON: a "name" in an object with a SKU, qty, size, price …
// key, or in an "items" array) and drops name findings that lie wholly on
// product words, but name.cue's span starts at the key "name" itself, so it
// stayed. goodsRunDrop now reads such a finding from the word after the
// key when the key is "name"/"nombre" written as a JSON key (a quotation
// mark, a colon and a quotation mark between) and its value has three
// words or more, or a word with digits or in lower case ({"name":"Tobenna
// Okeke","qty":1} stays reported, dev40r). The value's words must all
// still be marked product words: {"patient":{"name":"Harold Pemberton"}},
// {"customer":{"name":"Zorvaldo Kremnitz"}} and a "name" in an object
// without a goods key stay reported.
//
// The key "name" is a name cue, which goodsRunCare excused as a JSON key
// only when a space followed the colon (`"name": "…"`); written without
// the space (`"name":"…"`) it kept every goods run of the notice, so it is
// excused the same way now (jsonNameGap).

// goodsJSONNameKey: token i is a JSON "name" key whose value starts at
// token i+1 (≤ j).
func (s *scanner) goodsJSONNameKey(i, j int) bool {
	if i+1 > j {
		return false
	}
	if low := s.toks[i].low; low != "name" && low != "nombre" {
		return false
	}
	if !jsonNameGap(s.gap(i+1)) || i == 0 || !strings.HasSuffix(s.gap(i), `"`) {
		return false
	}
	// the value must look like goods, not a person: three words or more, or
	// a word with digits or in lower case ("Sony WH-1000XM5 headphones",
	// "Pelluci Nest Swaddle"); one or two capitalised words alone
	// ({"items":[{"name":"Tobenna Okeke","qty":1}]}, dev40r) stay a name
	words := 0
	for k := i + 1; k < len(s.toks); k++ {
		if k > i+1 && strings.ContainsRune(s.gap(k), '"') {
			break
		}
		t := &s.toks[k]
		if t.cls&tDigit != 0 || t.cls&(tCap|tUpper) == 0 {
			return true
		}
		words++
	}
	return words >= 3
}

// jsonNameGap: g joins a JSON key to its string value, with or without
// spaces (`":"`, `": "`, `" : "`).
func jsonNameGap(g string) bool {
	return strings.ReplaceAll(g, " ", "") == `":"`
}
