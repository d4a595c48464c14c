package guard

import "strings"

// labsample.go: a lab test's name as the label of the sender's sample
// logistics, with no reader in the notice (issue 15, eighteenth pass, fix
// helper gaps18, dev99r-clean-006, probe set dev100g, 2026-12-06).
//
// "Riverside Medical Centre: from January the practice will send FBC and
// U&E samples to the new hospital lab. Nothing changes for patients." was
// flagged twice (clinical.lab_test): the British lab names (vocab/
// uklabs.txt) read alone. The names label the practice's samples — which
// tubes go where — and no one's test.
//
// dropLabLogistics drops a clinical.lab_test finding when all hold:
//   - the term, alone or in a run of listed lab terms joined by "and", "&",
//     "or" or commas, stands right before a sample noun (samples,
//     specimens, tubes, bottles; muestras): "FBC and U&E samples";
//   - its sentence has a logistics word (send, collect, go, pick, courier,
//     transport, deliver, process; enviar, recoger, llevar…): the sample's
//     route, not its result;
//   - no word of the notice speaks to the reader (recipientWords: you,
//     your, su, usted…) and the finding is not reader-tied.
//
// Stays reported: "Your FBC sample was sent to the lab" (your), "Dana's
// FBC samples go to the lab today" (no, it is dropped only if nothing
// else names her: the name finding itself stays and blocks), "FBC results
// are back" (no sample noun), "FBC samples showed anaemia" (no logistics
// word; a condition is reported anyway). Fail closed: any reader word
// anywhere in the field keeps every finding.
var (
	lsSample    = wordSetTab("sample samples specimen specimens tube tubes bottle bottles muestra muestras")
	lsLogistics = wordSetTab("send sends sent sending collect collects collected collecting collection go goes going pick picks picked " +
		"courier couriers van transport transported transports deliver delivered delivers delivery process processed processing " +
		"enviar envia envian enviara enviaran recoger recoge recogen llevar lleva llevan transporte mensajero")
	lsJoin = wordSetTab("and or y o")
)

// dropLabLogistics: see the file comment.
func (s *scanner) dropLabLogistics() {
	if len(s.fs) == 0 {
		return
	}
	s.dropLabLogisticsOn()
}

// dropLabLogisticsOn is dropLabLogistics past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropLabLogisticsOn() {
	// a lab finding first (a walk of the findings), the text's words after
	lab := false
	for _, f := range s.fs {
		if f.rule == "clinical.lab_test" && !f.readerTied() {
			lab = true
			break
		}
	}
	if !lab {
		return
	}
	// a word of the reader (most notices have one) before the five
	// substring searches: either returns (helper speed20); a token outside
	// recipientBits (fbRecipient, tokfilter.go) is none
	if s.fbAll&fbRecipient != 0 {
		for k := range s.toks {
			if s.toks[k].fb&fbRecipient != 0 && recipientWords.get(s.toks[k].h) {
				return
			}
		}
	}
	if !strings.Contains(s.t.low, "sample") && !strings.Contains(s.t.low, "specimen") &&
		!strings.Contains(s.t.low, "muestra") && !strings.Contains(s.t.low, "tube") && !strings.Contains(s.t.low, "bottle") {
		return
	}
	if s.lsOnePerson() {
		return // "Mother's FBC samples", "Bed 4: INR samples" (narrow18c.go)
	}
	m := 0
	for _, f := range s.fs {
		if f.rule == "clinical.lab_test" && !f.readerTied() && s.lsLogistic(f) {
			continue
		}
		s.fs[m] = f
		m++
	}
	s.fs = s.fs[:m]
}

// lsLogistic: finding f is a lab term (run) before a sample noun in a
// sentence with a logistics word.
func (s *scanner) lsLogistic(f ifind) bool {
	n := len(s.toks)
	e := -1 // the term's last token
	for k := range s.toks {
		if int(s.toks[k].s) >= f.a && int(s.toks[k].e) <= f.b {
			e = k
		}
	}
	if e < 0 {
		return false
	}
	k := e + 1
	for k < n {
		if lsSample.get(s.toks[k].h) {
			break
		}
		// another listed lab term of the run: "FBC and U&E", "FBC, LFT and TFT"
		g := strings.TrimSpace(s.gap(k))
		if g != "" && g != "," && g != "&" || s.toks[k].sent {
			return false
		}
		if lsJoin.get(s.toks[k].h) {
			k++
			continue
		}
		if !s.lsLabTerm(k) {
			return false
		}
		k++
		for k < n && s.gap(k) == "&" || k < n && s.gap(k) == "" { // "U&E", "HbA1c" split by the tokenizer
			k++
		}
	}
	if k >= n || s.toks[k].sent {
		return false
	}
	lo, hi := s.sentSpan(e)
	for q := lo; q < hi; q++ {
		if lsLogistics.get(s.toks[q].h) {
			return true
		}
	}
	return false
}

// lsLabTerm: a listed lab test's phrase starts at token k.
func (s *scanner) lsLabTerm(k int) bool {
	if w := s.toks[k].w; w != nil {
		for _, p := range w.phrases {
			if p.class == pClinical && p.kind == KindLabTest {
				return true
			}
		}
	}
	return false
}
