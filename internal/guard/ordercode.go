package guard

// Clinical letters inside an order, confirmation or ticket code (issue 15,
// night session, dev26): "Order #A1C-88213 has shipped", "Your
// confirmation number is CBC-22041", "Your booking reference is
// MRI-77310". The letters of a code are no lab test when all of these hold:
//
//   - the finding is a lab test or a procedure (A1C, CBC, PSA, TSH, ECG,
//     MRI; a condition's letters — COPD, ADHD, PTSD, STD — tell more and
//     stay reported: "Order #ADHD-44120"), one token of 2 to 5 letters
//     (digits allowed: "A1C") written in capitals, joined by a hyphen to a number of three
//     or more digits that ends the code (not "A1C-8.2");
//   - an order, confirmation, ticket, booking, reservation, tracking or
//     reference word (refCodeCues) comes at most three words before it,
//     with only "#", "number", "no", "is", "id", "code" or ":" between
//     ("Order #A1C-88213", "confirmation number is CBC-22041");
//   - the letters are not ones that tell by themselves (tellingCodes:
//     HIV, HCV, PrEP…: "Order #HIV-44120" stays reported), and the
//     sentence holds no laboratory or record word (lab, test, result,
//     specimen, sample, requisition, draw, patient, MRN, chart: "Lab order
//     #CBC-22041: your specimen was received" stays reported).
//
// A result ("Your A1C 8.2 is above target", "Your A1C was 9.1%") has no
// hyphen and no code word and is reported as before.

var (
	codeBetween = wordSet("number no num nr is id code")
	codeLabCues = wordSet("lab labs laboratory test tests testing result results specimen specimens sample samples " +
		"requisition draw panel patient mrn chart level levels value values " +
		"laboratorio prueba pruebas resultado resultados muestra muestras paciente")
)

// orderCodeLetters: the clinical finding at tokens i..j is the letter part
// of an order or confirmation code.
func (s *scanner) orderCodeLetters(i, j int) bool {
	if i != j || i == 0 || i+1 >= len(s.toks) || s.toks[i].sent {
		return false
	}
	t := &s.toks[i]
	if t.cls&tUpper == 0 || len(t.low) < 2 || len(t.low) > 5 || tellingCodes[t.h] {
		return false
	}
	d := &s.toks[i+1]
	if s.gap(i+1) != "-" || d.cls&tDigit == 0 || d.cls&tAlpha != 0 || d.nd < 3 {
		return false
	}
	if i+2 < len(s.toks) && !s.toks[i+2].sent {
		if g := s.gap(i + 2); g == "." || g == "," || g == "-" || g == "/" {
			return false // "A1C-8.2", a number that goes on
		}
	}
	cue := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if refCodeCues[s.toks[k].h] || codeWords[s.toks[k].h] {
			cue = true
			break
		}
		if !codeBetween[s.toks[k].h] || s.toks[k+1].sent {
			return false
		}
	}
	if !cue {
		return false
	}
	lo, hi := sentenceSpan(s.toks, i)
	for m := lo; m < hi; m++ {
		if codeLabCues[s.toks[m].h] {
			return false
		}
	}
	return true
}
