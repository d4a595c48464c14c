package guard

// Ordinary abbreviations and codes that look clinical (issue 15, dev32,
// helper F32C). dropAbbrevLookalikes runs after the other passes and drops
// a finding (not a context one) whose tokens are all marked as one of
// these look-alikes:
//
//   - MS before a Microsoft product (Word, Teams, Excel, Windows, Outlook,
//     PowerPoint…; Office only with a software word in the sentence); MS as a US state: beside another state
//     abbreviation ("MS and AL", "AR, MS and TX") or after in/to, in a
//     sentence with a shop or shipping word ("ships to MS", "store in MS")
//     and not before a clinical head ("CA and MS labs");
//   - STD before shipping, delivery, ground, post or "(standard)";
//   - TB after a number ("2 TB") or before storage words ("TB of storage");
//   - PT after a time or "Pacific" ("9–11 am PT"), before "=" or "Pacific",
//     and in "PT Cruiser" (the car);
//   - a model name: RX/ER/OR/… in capitals, then a model number, in a
//     sentence with a car or computer-part word ("RX 7900 XT graphics card",
//     "Lexus RX 350 floor liners"); "Rx 7731 is ready" stays;
//   - a clinical abbreviation before -themed/-style/-inspired/-print/
//     -pattern ("DNA-themed wall art", "MRI-style poster");
//   - a vehicle id ("vehicle ID RV-12": vehicle/van/truck/unit, ID, the
//     code) in a sentence naming the sender's fleet (fleet, or company +
//     van/truck);
//   - a shop platform's order id: the value of "id" in a JSON notice
//     holding "line_items" and a "topic" of orders/.
//
// Each stays reported in a clinical frame: "Your MS diagnosis", "STD test
// results", "TB skin test", "Your PT session", "MRI of your knee".

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	laMSProducts = wordSetTab("office word teams excel windows outlook powerpoint access onenote dos edge paint project visio")
	laStates     = wordSetTab("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc")
	laShipWords  = wordSetTab("ship ships shipping shipped deliver delivers delivery deliveries store stores shop shops order orders warehouse location locations branch pickup opens open opening weather")
	laSTDNext    = wordSetTab("shipping delivery ground post mail rate rates")
	laTBNext     = wordSetTab("storage drive drives ssd hdd cloud")
	laTimeWords  = wordSetTab("am pm a.m p.m noon")
	laModelAbbr  = wordSetTab("rx er or ms pt tb acs")
	// laUpperWord: the words lookalikeMarks reads in capitals (the switch and laModelAbbr)
	laUpperWord = wordSetTab("ms std tb gb mb pt rx er or acs")
	// laUpperBits: laUpperWord's filter (hashfilter.go), tested first for
	// every token lookalikeMarks reads (helper SPEED12)
	laUpperBits = tabsFilter(laUpperWord)
	laModelCues = wordSetTab("graphics gpu radeon amd nvidia geforce floor liners liner mats mat roof rack cargo wiper wipers blades blade seat covers cover lexus mazda toyota honda ford grinder espresso tires tyres headlight bumper trunk console laptop monitor " +
		// custom in-ear monitors for musicians ("ACS Pro17 in-ear monitors", helper DEVANN, dev33)
		"monitors earphones headphones earbuds iem iems")
	laStyleNext = wordSetTab("themed style inspired print printed pattern patterned shaped look")
	laFleetVeh  = wordSetTab("van vans truck trucks car")
	laFleetID   = wordSetTab("vehicle van truck unit fleet car")
	laSoftware  = wordSetTab("365 2019 2021 2024 license licence key download install subscription suite apps app microsoft training templates software word excel outlook")
)

func (s *scanner) dropAbbrevLookalikes() {
	if len(s.fs) == 0 || !s.laMayMark() { // no token can be marked: no finding is dropped (helper SPEED15)
		return
	}
	var mark []bool
	k := 0
	for _, f := range s.fs {
		if !f.readerTied() { // readertied.go
			if mark == nil {
				mark = s.lookalikeMarks()
			}
			if i, j := s.tokSpan(f.a, f.b); i >= 0 && s.allMarked(mark, i, j) {
				continue
			}
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

// isUpperStr: strings.ToUpper(x) == x, without building the upper-case
// string.
func isUpperStr(x string) bool {
	for i := 0; i < len(x); i++ {
		c := x[i]
		if c >= utf8.RuneSelf {
			for x = x[i:]; len(x) > 0; {
				r, w := utf8.DecodeRuneInString(x)
				if r == utf8.RuneError && w == 1 || unicode.ToUpper(r) != r {
					return false // an invalid byte turns into U+FFFD
				}
				x = x[w:]
			}
			return true
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

func (s *scanner) allMarked(mark []bool, i, j int) bool {
	for m := i; m <= j; m++ {
		if !mark[m] {
			return false
		}
	}
	return true
}

func (s *scanner) rawTok(i int) string { return s.t.s[s.toks[i].s:s.toks[i].e] }

// laMarkBits: the words lookalikeMarks' readings need besides its
// upper-case words (laUpperBits): the word after a dash (laStyleNext),
// "ear" of "in-ear", "fleet" and "company" of the fleet sentences.
var laMarkBits = func() *hashFilter {
	f := tabsFilter(laStyleNext)
	for _, w := range []string{"ear", "fleet", "company"} {
		f.add(hstr(w))
	}
	return f
}()

// laMayMark: lookalikeMarks may mark a token of the list — the text has
// a JSON order's "line_items", or a token has a bit of laMarkBits, or of
// laUpperBits written without a lower-case ASCII letter (tUpper; a token
// with a letter past ASCII is asked too). Otherwise no reading of
// lookalikeMarks holds and dropAbbrevLookalikes drops nothing: one bit
// test per token instead of the readings' (helper SPEED15;
// TestLaMayMark). A reading added to lookalikeMarks adds its words here.
func (s *scanner) laMayMark() bool {
	if strings.Contains(s.t.s, `"line_items"`) {
		return true
	}
	for i := range s.toks {
		t := &s.toks[i]
		if laMarkBits.may(t.h) || laUpperBits.may(t.h) && t.cls&(tUpper|tNonASCII) != 0 {
			return true
		}
	}
	return false
}

// lookalikeMarks marks the tokens of the look-alikes above.
func (s *scanner) lookalikeMarks() []bool {
	n := len(s.toks)
	if cap(s.laMark) < n {
		s.laMark = make([]bool, n)
	}
	mark := s.laMark[:n]
	clear(mark)
	next := func(i int) int { // the next token in the sentence after a space, or -1
		if i+1 < n && !s.toks[i+1].sent && s.gap(i+1) == " " {
			return i + 1
		}
		return -1
	}
	jsonOrder := strings.Contains(s.t.s, `"line_items"`) && strings.Contains(s.t.s, `"topic":"orders/`)
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		raw := s.rawTok(i)
		if jsonOrder && t.cls&tDigit != 0 && i > 0 && s.toks[i-1].low == "id" && strings.TrimSpace(s.gap(i)) == `":` && strings.HasSuffix(s.gap(i-1), `"`) {
			mark[i-1], mark[i] = true, true // the "id" key and its number
			continue
		}
		if s.inEarAudio(i) { // "in-ear monitors" (helper DEVANN, dev33)
			mark[i], mark[i+1], mark[i+2] = true, true, true
			continue
		}
		if i+1 < n && s.gap(i+1) == "-" && laStyleNext.get(s.toks[i+1].h) && t.cls&tUpper != 0 {
			mark[i], mark[i+1] = true, true
			continue
		}
		if t.cls&tDigit != 0 || !laUpperBits.may(t.h) || !laUpperWord.get(t.h) || !isUpperStr(raw) { // only the words below count (a bit of laUpperBits before the set)
			continue
		}
		nx := next(i)
		switch t.low {
		case "ms":
			if nx >= 0 && laMSProducts.get(s.toks[nx].h) && (s.toks[nx].low != "office" || s.sentenceHas(i, &laSoftware)) {
				mark[i] = true // "MS Office" only with a software word: "the MS office" may be a clinic's
			} else if (s.stateBeside(i) || s.stateAfterPrep(i)) && !s.laHeadAfter(i) && s.sentenceHas(i, &laShipWords) {
				mark[i] = true
			}
		case "std":
			if nx >= 0 && laSTDNext.get(s.toks[nx].h) {
				mark[i] = true
			} else if i+2 < n && s.toks[i+1].low == "standard" && strings.HasSuffix(s.gap(i+1), "(") {
				mark[i] = true
			}
		case "tb", "gb", "mb":
			if i > 0 && !t.sent && s.toks[i-1].cls&tDigit != 0 && (s.gap(i) == " " || s.gap(i) == "") && !s.laHeadAfter(i) {
				mark[i] = true
			} else if nx >= 0 && (laTBNext.get(s.toks[nx].h) || s.toks[nx].low == "of" && nx+1 < n && s.toks[nx+1].low == "storage") {
				mark[i] = true
			}
		case "pt":
			if i > 0 && !t.sent && s.gap(i) == " " && (laTimeWords.get(s.toks[i-1].h) || s.toks[i-1].low == "pacific" || s.toks[i-1].cls&tDigit != 0) && !s.laHeadAfter(i) {
				mark[i] = true
			} else if nx >= 0 && (s.toks[nx].low == "cruiser" || s.toks[nx].low == "pacific") {
				mark[i], mark[nx] = true, true
			} else if i+1 < n && strings.TrimSpace(s.gap(i+1)) == "=" && s.toks[i+1].low == "pacific" {
				mark[i], mark[i+1] = true, true
				if i+2 < n {
					mark[i+2] = true
				}
			}
		}
		if laModelAbbr.get(t.h) && nx >= 0 && (s.modelNumber(nx) || t.low == "acs" && s.modelCode(nx)) && s.sentenceHas(i, &laModelCues) {
			mark[i], mark[nx] = true, true
			if m := next(nx); m >= 0 && s.toks[m].cls&tUpper != 0 && len(s.toks[m].low) <= 3 {
				mark[m] = true // "XT"
			}
			if i > 0 && !t.sent && laModelCues.get(s.toks[i-1].h) {
				mark[i-1] = true // "Lexus"
			}
		}
	}
	// fleet vehicles: in a sentence naming the sender's fleet, a vehicle's
	// "ID" and the code after it ("vehicle ID RV-12")
	for i := 0; i < n; i++ {
		if s.toks[i].low != "fleet" && !(s.toks[i].low == "company" && i+1 < n && laFleetVeh.get(s.toks[i+1].h)) {
			continue
		}
		lo, hi := s.sentSpan(i)
		for m := lo + 1; m < hi; m++ {
			if (s.toks[m].low != "id" && s.toks[m].low != "number" && s.toks[m].low != "no") || !laFleetID.get(s.toks[m-1].h) {
				continue
			}
			mark[m-1], mark[m] = true, true
			for c := m + 1; c < hi && c <= m+3 && s.toks[c].cls&(tDigit|tUpper) != 0; c++ {
				mark[c] = true
				if c+1 < hi && s.gap(c+1) != "-" {
					break
				}
			}
		}
	}
	return mark
}

// modelNumber: token i is a model number: digits, or digits then 1–2
// lower-case letters ("450h").
func (s *scanner) modelNumber(i int) bool {
	raw := s.rawTok(i)
	d := 0
	for d < len(raw) && raw[d] >= '0' && raw[d] <= '9' {
		d++
	}
	return d >= 1 && d <= 5 && len(raw)-d <= 2
}

// modelCode: token i is a product model code written as a capitalised
// word of one to four letters then one to four digits ("Pro17", "X5").
func (s *scanner) modelCode(i int) bool {
	raw := s.rawTok(i)
	l := 0
	for l < len(raw) && (raw[l] >= 'a' && raw[l] <= 'z' || raw[l] >= 'A' && raw[l] <= 'Z') {
		l++
	}
	d := len(raw) - l
	if l < 1 || l > 4 || d < 1 || d > 4 || raw[0] < 'A' || raw[0] > 'Z' {
		return false
	}
	for k := l; k < len(raw); k++ {
		if raw[k] < '0' || raw[k] > '9' {
			return false
		}
	}
	return true
}

// inEarAudio: tokens i..i+2 are "in-ear" and an audio product in the
// plural or singular (monitor, monitors, headphones, earbuds, earphones):
// a musician's or a listener's gear, not a medical monitor.
func (s *scanner) inEarAudio(i int) bool {
	return i+2 < len(s.toks) && s.toks[i].low == "in" && s.gap(i+1) == "-" && s.toks[i+1].low == "ear" &&
		s.gap(i+2) == " " && laInEarHeads.get(s.toks[i+2].h)
}

var laInEarHeads = wordSetTab("monitor monitors headphones headphone earbuds earbud earphones earphone")

// stateBeside: token i (capitals) stands beside another US state
// abbreviation in capitals: "MS and AL", "AR, MS and TX", "MS/TN".
func (s *scanner) stateBeside(i int) bool {
	isState := func(m int) bool {
		return m >= 0 && m < len(s.toks) && laStates.get(s.toks[m].h) && isUpperStr(s.rawTok(m)) && s.toks[m].cls&tDigit == 0
	}
	if i+1 < len(s.toks) && !s.toks[i+1].sent {
		g := strings.TrimSpace(s.gap(i + 1))
		if (g == "," || g == "/") && isState(i+1) {
			return true
		}
		if g == "" && (s.toks[i+1].low == "and" || s.toks[i+1].low == "or") && isState(i+2) {
			return true
		}
	}
	if i > 0 && !s.toks[i].sent {
		g := strings.TrimSpace(s.gap(i))
		if (g == "," || g == "/") && isState(i-1) {
			return true
		}
		if g == "" && (s.toks[i-1].low == "and" || s.toks[i-1].low == "or") && i >= 2 && isState(i-2) {
			return true
		}
	}
	return false
}

// stateAfterPrep: token i follows in/to: "ships to MS", "The ABC store in
// MS" (the caller asks for a shop or shipping word in the sentence).
func (s *scanner) stateAfterPrep(i int) bool {
	return i > 0 && !s.toks[i].sent && s.gap(i) == " " && (s.toks[i-1].low == "in" || s.toks[i-1].low == "to")
}

// laHeadAfter: the word right after token i is a clinical head (a lab test,
// device, clinical subject, care head or a learned head), as compose.abbrev
// reads it: "to MS clinic", "2 TB tests", "9 am PT session" stay clinical.
func (s *scanner) laHeadAfter(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].sent || (s.gap(j) != " " && s.gap(j) != "-") || s.toks[j].cls&tAlpha == 0 {
		return false
	}
	return s.tp[j]&(tpLab|tpDevice|tpSubject|tpOrdHead|tpBodyHead|tpCondHead) != 0 || s.v.learned.get(s.toks[j].h)&(lHead1|lHeadES) != 0 ||
		therapyHeads.get(s.toks[j].h)
}
