package guard

// Digits and symbols written for letters (issue 15, fifth pass:
// obfuscation.leet). compose.go's leet (obfuscation.digits) reads a word
// of 5+ characters with one or two digits in it as the letters the digits
// look like. A notice that wants past a filter writes more: "s3rtr4l1ne"
// (three digits), "4nx13ty", "8ipolar" (8 for b), "h3p@t1t1s" (digits
// and a symbol together), and short abbreviations "H1V", "5TD", "A1DS",
// "Pr3P". leetTok tries, for a token mixing letters and digits (and the
// pieces joined to it by @ $ ! | without a space), every reading of its
// digits (0→o, 1→i or l, 3→e, 4→a, 5→s, 7→t, 8→b; @→a, $→s, !→i, |→l)
// and reports the token, with the kind of the term, when a reading is:
//
//   - 5+ characters, 3+ letters and no more digits than letters: a
//     single-word term of the clinical lists (an ambiguous one, such as
//     "anxiety", only with a health cue near it: "your 4nx13ty"), or a
//     lower-case entry of the operator's medical dictionary (sysvocab.go);
//     a digit that stands for no letter (2, 6, 9) rules the token out
//     ("SPR1NG25", "B3ST20");
//   - 3–4 characters, 2+ letters written in capitals (or an entry of exact
//     spelling such as "PrEP" whose letters are written as listed): a
//     clinical abbreviation of the lists, and only with a word of a test,
//     result, clinic or treatment within three words in the same sentence
//     ("Your H1V test", "Sus resultados de V1H"). Short shapes are model
//     numbers and codes far more often ("PS4" reads PSA, "3DS" reads EDS,
//     "1PM" reads LPM), so the cue is required; two-character tokens
//     ("M5", "P7", "A4") are never read.
//
// A token that is a word of the vocabularies as written ("A1C", "B12",
// "T1D") is never rewritten. Codes, order numbers and promo codes rarely
// read as a clinical word once their digits are letters, and those with a
// digit that stands for no letter never do.

import "strings"

// leetDigit maps a digit to the letter it is written for (0: none); 1 is
// tried as i and as l.
var leetDigit = [10]byte{'o', 'i', 0, 'e', 'a', 's', 0, 't', 'b', 0}

// leetSym maps a symbol written inside a word to its letter.
func leetSym(g string) byte {
	switch g {
	case "@":
		return 'a'
	case "$":
		return 's'
	case "!":
		return 'i'
	case "|":
		return 'l'
	}
	return 0
}

// leetCues are the words that make a short disguised abbreviation
// ("H1V", "5TD") health information: a test, result, clinic or treatment.
var leetCues = wordSetTab("test tests testing tested result results panel screening clinic status positive negative " +
	"viral load treatment therapy meds medication medications prescription refill diagnosis diagnosed counseling insertion removal " +
	"resultado resultados prueba pruebas examen clinica tratamiento positivo negativo diagnostico carga receta")

// leetUnits: letters after a number that make it a quantity or a time,
// not a word ("1PM", "5MG", "4TH").
var leetUnits = wordSetTab("am pm st nd rd th mg mcg ml kg lb lbs oz mm cm km ft hr hrs min gb tb mb kb hz mp")

// leetTok reads token i (letters and digits), with the pieces joined to it
// by a symbol, as letters; true when it reported something.
func (s *scanner) leetTok(i int) bool {
	if strings.ContainsAny(s.toks[i].low, "269") {
		return false // a digit that stands for no letter: a number or code
	}
	a, b := i, i
	for k := 0; k < 2 && a > 0 && leetSym(s.gap(a)) != 0 && s.leetPiece(a-1); k++ {
		a--
	}
	for k := 0; k < 2 && b+1 < len(s.toks) && leetSym(s.gap(b+1)) != 0 && s.leetPiece(b+1); k++ {
		b++
	}
	if a == b && (s.toks[i].w != nil || s.leet(i)) { // a word as written ("A1C"); one or two digits: obfuscation.digits (compose.go)
		return s.used[i] || s.leetSent(i)
	}
	return s.leetSpan(a, b) || s.leetSent(i) // two disguised words of one sentence (leetsent.go)
}

// leetPiece: token k can be part of a disguised word: letters or letters
// and digits, not yet reported.
func (s *scanner) leetPiece(k int) bool {
	return !s.used[k] && s.toks[k].cls&(tAlpha|tMixed) != 0
}

// leetSpan: the tokens a..b, joined by their symbols, read as a clinical
// word.
func (s *scanner) leetSpan(a, b int) bool {
	for k := a; k <= b; k++ {
		if s.used[k] {
			return false
		}
	}
	// the characters as written (case kept) and lower-cased, symbols
	// between pieces kept as written
	var raw []byte
	for k := a; k <= b; k++ {
		if k > a {
			raw = append(raw, s.gap(k)[0])
		}
		raw = append(raw, s.t.s[s.toks[k].s:s.toks[k].e]...)
	}
	if len(raw) < 3 || len(raw) > 40 {
		return false
	}
	letters, digits, ones, upper := 0, 0, 0, true
	for _, c := range raw {
		switch {
		case c >= 'a' && c <= 'z':
			letters++
			upper = false
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			if leetDigit[c-'0'] == 0 {
				return false
			}
			digits++
			if c == '1' {
				ones++
			}
		case leetSym(string(c)) != 0:
		default:
			return false // a letter outside ASCII
		}
	}
	short := len(raw) <= 4
	switch {
	case digits == 0 && a == b:
		return false
	case short && (letters < 2 || s.leetQuantity(raw) || !s.leetCue(a, b)):
		return false
	case short && !upper && leetInnerLower(raw) && !s.leetResultCue(a, b):
		return false // "h1v test kit": lower case wants a result word ("h1v test result", leetsent.go)
	case !short && (letters < 3 || digits > letters):
		return false
	}
	// an ambiguous term ("anxiety", "lice") only with a health cue near it
	ambigOK := s.healthCue(a, b)
	// every reading of the ones (i or l); more than three ones: all i or all l
	combos := 1 << ones
	if ones > 3 {
		combos = 2
	}
	for m := 0; m < combos; m++ {
		w := make([]byte, 0, len(raw))
		one := 0
		for _, c := range raw {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				r := leetDigit[c-'0']
				if c == '1' {
					l := m>>one&1 == 1
					if ones > 3 {
						l = m == 1
					}
					if l {
						r = 'l'
					}
					one++
				}
				c = r
			case c < 'a' || c > 'z':
				c = leetSym(string(c))
			}
			w = append(w, c)
		}
		if k, ok := s.leetTerm(string(w), raw, short, upper, ambigOK); ok {
			s.addTok(a, b, k, "obfuscation.leet", 0.75, "digits or symbols written for letters in a clinical word")
			return true
		}
		if digits > 0 && !short {
			if p, e := s.obfPhrase(string(w), b); p != nil { // "f0lic acid", "b1rth c0ntrol" (obfphrase.go)
				s.addTok(a, e, p.kind, "obfuscation.leet", 0.75, "digits or symbols written for letters in the first word of a clinical term")
				return true
			}
		}
		if digits > 0 && !short && s.leetPair(string(w), b) { // "0pi0id taper" (leetpair.go)
			s.addTok(a, b, KindCondition, "obfuscation.leet", 0.7, "digits or symbols written for letters in a word that starts clinical terms, before a head word")
			return true
		}
	}
	return false
}

// leetTerm: w (a reading of raw, lower case) is a single-word clinical
// term, or a lower-case word of the operator's medical dictionary; it
// returns the term's kind.
func (s *scanner) leetTerm(w string, raw []byte, short, upper, ambigOK bool) (Kind, bool) {
	h := hstr(w)
	if wi := s.v.get(h); wi != nil {
		for _, p := range wi.phrases {
			if len(p.toks) != 1 || p.class != pClinical || p.flags&fAmbig != 0 && !ambigOK {
				continue
			}
			switch {
			case p.flags&fExact != 0:
				if !leetSameCase(raw, p.exact) {
					continue
				}
			case short && !upper && !leetInnerLower(raw):
				continue // "a1c", "x5" in lower case: a code more often; "h1v" (a digit between lower-case letters) is read (leetsent.go)
			}
			return p.kind, true
		}
	}
	if !short && s.g.med != nil && len(w) >= dictMinLen && s.g.med.lookup(h)&dLower != 0 && !s.g.gen.has(h) {
		if k, _, ok := stemKind(w); ok {
			return k, true
		}
		return KindMedication, true
	}
	return "", false
}

// leetSameCase: the letters of raw are written as in exact ("Pr3P" and
// "PrEP"); digits and symbols stand for any letter.
func leetSameCase(raw []byte, exact string) bool {
	if len(raw) != len(exact) {
		return false
	}
	for k, c := range raw {
		if isLetterByte(c) && c != exact[k] {
			return false
		}
	}
	return true
}

// leetCue: a word of leetCues within three words of a..b in the same
// sentence; a household refill ("refill pods") is none.
func (s *scanner) leetCue(a, b int) bool {
	return s.leetNear(a, b, func(k int) bool { return leetCues.get(s.toks[k].h) && !s.householdRefill(k) })
}

// leetNear: a token within three words before a..b or after it, in the
// same sentence, answers true for is (leetCue, leetsent.go's leetResultCue).
func (s *scanner) leetNear(a, b int, is func(k int) bool) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if is(k) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := b + 1; k < len(s.toks) && k <= b+3; k++ {
		if s.toks[k].sent {
			break
		}
		if is(k) {
			return true
		}
	}
	return false
}

// leetQuantity: raw is a number and a unit or time ("1PM", "5mg", "4th").
func (s *scanner) leetQuantity(raw []byte) bool {
	k := 0
	for k < len(raw) && isDigitByte(raw[k]) {
		k++
	}
	return k > 0 && leetUnits.get(hstr(strings.ToLower(string(raw[k:]))))
}
