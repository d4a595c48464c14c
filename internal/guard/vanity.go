package guard

import "strings"

// scanVanity reports phone numbers written with letters ("1-415-CARE-NOW",
// "(646) GET-WELL"): an area code that is not toll-free followed by seven
// capital letters or digits (at least three letters) in up to three groups.
// Toll-free vanity numbers (1-800-FLOWERS) are business numbers and pass.
func (s *scanner) scanVanity() {
	n := len(s.toks)
	next := 0                     // past a number found: the token after its last
	for _, x := range s.numToks { // the tokens with digits (numToks)
		i := int(x)
		t := &s.toks[i]
		if i < next || s.used[i] || t.cls&tDigit == 0 || len(t.low) != 3 || isTollFree(t.low) {
			continue
		}
		total, letters, j := 0, 0, i
		for k := i + 1; k < n && k <= i+3 && total < 7; k++ {
			g := s.gap(k)
			if g != "-" && g != " " && g != "." && g != ") " && g != ")" {
				break
			}
			tk := &s.toks[k]
			if tk.cls&tDigit == 0 && tk.cls&tUpper == 0 {
				break
			}
			for _, c := range []byte(tk.low) {
				if c >= 'a' && c <= 'z' {
					letters++
				}
			}
			total += len(tk.low)
			j = k
		}
		if letters < 3 || total != 7 && (total < 6 || total > 8 || !s.vanityLooseCue(i, j)) {
			continue
		}
		// "415 SHIPPED" is not a phone number: the area code is set off
		// by a hyphen, a dot or parentheses
		if g := s.gap(i + 1); g == " " && (i == 0 || !strings.HasSuffix(s.gap(i), "(")) {
			continue
		}
		a := i
		if i > 0 && s.toks[i-1].low == "1" && (s.gap(i) == "-" || s.gap(i) == " " || s.gap(i) == ".") {
			a = i - 1
		}
		s.addTok(a, j, KindPhone, "phone.vanity", 0.8, "phone number written with letters")
		next = j + 1
	}
}
