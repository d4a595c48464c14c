package guard

import "strings"

// Commonwealth address shapes (issue 15, fifth pass: dev16):
// address.commonwealth.
//
//   - Australian and New Zealand unit/number: "9/41", an optional unit
//     word before it (Unit, U, Apt, Flat, Shop, Suite, Level, Lot, Villa,
//     Townhouse), and a capitalised street name that ends in a street
//     word or is followed by one ("Unit 9/41 Kingsway", "3/12 George
//     Street"); after a unit word also a name in no ordinary vocabulary
//     closed by a comma ("Unit 9/41 Kurrajong, Bondi"), not an ordinary
//     word ("Unit 3/4 Chemistry", a school unit);
//   - suburb, state, postcode: one to three capitalised words, an
//     Australian state or territory in capitals (NSW, VIC, QLD, WA, SA,
//     TAS, ACT, NT) and a four-digit postcode ("Glen Iris VIC 3146",
//     "Fitzroy, VIC 3065");
//   - Canadian province and postal code: a province or territory in
//     capitals (ON, BC, QC, AB…) and the A1A 1A1 shape ("Toronto, ON M5V
//     2T6").
//
// The checks run inside scanWords (commonwealthDigits for digit tokens,
// commonwealthWord for words in capitals), before the street, date and
// name rules. As for US addresses, the sender's own address ("Visit our store at …")
// passes (bizAddress). Bare "24/7" or "3/4" with no unit word and no street
// word, and a state with a year after a lower-case word ("valid in NSW
// 2026") are not addresses.

var (
	auStates       = wordSetTab("nsw vic qld wa sa tas act nt")
	auUnitWords    = wordSetTab("unit u apt flat shop suite level lot villa townhouse")
	caProvinces    = wordSetTab("on bc qc ab mb sk ns nb nl pe yt nt nu")
	auStreetEndsIn = []string{"way", "street", "road", "parade", "esplanade", "crescent", "terrace", "avenue", "highway", "boulevard"}
)

// commonwealthDigits: the unit/number shape at digit token i (called by
// scanWords for digit tokens, before the street and date rules).
func (s *scanner) commonwealthDigits(i int) bool {
	t := &s.toks[i]
	n := len(s.toks)
	if t.nd > 4 || i+2 >= n || s.gap(i+1) != "/" || s.toks[i+1].cls&tDigit == 0 || s.toks[i+1].nd > 5 || s.used[i+1] {
		return false
	}
	a, b, ok := s.unitSlash(i)
	return ok && s.commonwealth(a, b, "street address (unit/number and street)")
}

// commonwealthWord: a state or province in capitals at token i with its
// postcode after it (called by scanWords for word tokens, before the name
// rules of the same token).
func (s *scanner) commonwealthWord(i int) bool {
	t := &s.toks[i]
	n := len(s.toks)
	if t.cls&tUpper == 0 || len(t.low) > 3 || i == 0 || i+1 >= n || s.used[i+1] || s.gap(i+1) != " " {
		return false
	}
	if auStates.get(t.h) && s.toks[i+1].cls&tDigit != 0 && s.toks[i+1].nd == 4 &&
		(i+2 >= n || s.toks[i+2].cls&tDigit == 0 || s.gap(i+2) != " ") {
		a, ok := s.suburbBefore(i)
		return ok && s.commonwealth(a, i+1, "suburb, state and postcode of an address")
	}
	if caProvinces.get(t.h) && i+2 < n && s.gap(i+2) == " " && caPostal(&s.toks[i+1], &s.toks[i+2]) {
		a := i
		if b, ok := s.suburbBefore(i); ok {
			a = b
		}
		return s.commonwealth(a, i+2, "province and postal code of an address")
	}
	return false
}

// commonwealth reports the address a..b unless part of it was taken or
// it is the sender's own (bizAddress marks it seen); it reports whether
// the tokens are now taken.
func (s *scanner) commonwealth(a, b int, why string) bool {
	for k := a; k <= b; k++ {
		if s.used[k] {
			return false
		}
	}
	if s.bizAddress(a, b) {
		return true
	}
	s.addTok(a, b, KindAddress, "address.commonwealth", 0.8, why)
	return true
}

// unitSlash: "9/41" at i, i+1, then a capitalised street name that ends
// in a street word ("Kingsway") or is followed by one ("George St",
// "Beach Road"); after a unit word, a name in no ordinary vocabulary
// followed by a comma or the end will do ("Unit 9/41 Kurrajong, Bondi").
func (s *scanner) unitSlash(i int) (int, int, bool) {
	n := len(s.toks)
	j := i + 2
	if j >= n || s.gap(j) != " " || !s.isCapWord(j) || s.fl(j)&(wStop|wMonth) != 0 {
		return 0, 0, false
	}
	a := i
	if i > 0 && auUnitWords.get(s.toks[i-1].h) && s.toks[i-1].cls&(tCap|tUpper) != 0 && (s.gap(i) == " " || s.gap(i) == ". ") {
		a = i - 1
	}
	b := j
	if j+1 < n && s.nameGap(j+1) && s.auStreetWord(j+1) {
		b = j + 1
	} else if j+2 < n && s.nameGap(j+1) && s.isCapWord(j+1) && s.nameGap(j+2) && s.auStreetWord(j+2) {
		b = j + 2
	}
	if b == j {
		// no street word after the name: the name must end in one
		// ("Kingsway", "Beachroad"), or, after a unit word, be no ordinary
		// word and close the phrase ("Unit 9/41 Kurrajong, Bondi"); "Unit
		// 3/4 Chemistry" is a school unit
		ends := false
		for _, e := range auStreetEndsIn {
			if strings.HasSuffix(s.toks[j].low, e) && len(s.toks[j].low) > len(e)+2 {
				ends = true
				break
			}
		}
		if !ends && (a == i || s.general(j) || !(j+1 >= n || strings.HasPrefix(s.gap(j+1), ","))) {
			return 0, 0, false
		}
	}
	return a, b, true
}

// auStreetWords: street words of Australia and New Zealand that the US
// street suffixes of places.txt lack.
var auStreetWords = wordSetTab("parade pde esplanade esp crescent cres terrace tce close grove gr circuit cct promenade " +
	"mews rise row quay strand track walk")

// auStreetWord: token k is a capitalised street word.
func (s *scanner) auStreetWord(k int) bool {
	return s.toks[k].cls&(tCap|tUpper) != 0 && (s.fl(k)&wStreetSuffix != 0 || auStreetWords.get(s.toks[k].h))
}

// suburbBefore: one to three capitalised words (not stop words, months
// or the sentence's first word alone) end right before token i,
// separated from it by a space or a comma; it returns the first.
func (s *scanner) suburbBefore(i int) (int, bool) {
	g := s.gap(i)
	if g != " " && g != ", " {
		return 0, false
	}
	k := i - 1
	if s.used[k] || !s.isCapWord(k) || s.toks[k].cls&tUpper != 0 || s.fl(k)&(wStop|wMonth) != 0 {
		return 0, false
	}
	a := k
	for a > 0 && a > k-2 && s.nameGap(a) && s.isCapWord(a-1) && s.toks[a-1].cls&tUpper == 0 && !s.used[a-1] && s.fl(a-1)&(wStop|wMonth) == 0 {
		a--
	}
	// a lone capitalised word opening the sentence ("Valid NSW 2026")
	// needs a comma before the state
	if a == k && s.toks[k].sent && g != ", " {
		return 0, false
	}
	return a, true
}

// caPostal: the Canadian postal code shape A1A 1A1 in capitals.
func caPostal(a, b *token) bool {
	la, lb := a.low, b.low
	if len(la) != 3 || len(lb) != 3 || a.cls&tUpper == 0 || b.cls&tUpper == 0 {
		return false
	}
	return isLetterByte(la[0]) && isDigitByte(la[1]) && isLetterByte(la[2]) && isDigitByte(lb[0]) && isLetterByte(lb[1]) && isDigitByte(lb[2])
}
