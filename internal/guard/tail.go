package guard

// scanTail runs the long-tail detectors of issue 15's fifth pass (dev20)
// in one pass over the tokens, after every other word rule, so it only
// sees words no other rule took: clinical values under JSON keys
// (jsonvalue.go), clinical words in CSS-hidden HTML text (htmlhidden.go),
// clinical terms written with ASCII look-alike letters
// (lookalike.go) and capitalised words in no vocabulary that open a
// sentence in a clinical frame (initialcap.go).
func (s *scanner) scanTail() {
	n := len(s.toks)
	var hiddenOK []bool // per hidden span: a short bare run (htmlhidden.go), computed once
	// a text with no double quote has no quoted key: one byte scan
	// instead of a test per token
	quoted := s.hasByte('"')
	// (used resliced to n, the walk's bound: the compiler drops its index
	// test, helper speed19)
	toks, used, txt, hidden := s.toks, s.used[:n], s.t.s, len(s.hidden) > 0
	for i := 0; i < n; i++ {
		// the tokens none of the tests below can take (not quoted, no
		// hidden span, a vocabulary word or a number, no capital of six
		// letters or more opening a sentence) passed over in a loop of
		// their own, with no call to spill its values for (helper SPEED16)
		for i < n && (used[i] || toks[i].cls&(tAlpha|tDigit) == 0 ||
			!hidden && !(quoted && toks[i].s > 0 && txt[toks[i].s-1] == '"') && !(toks[i].cls&tAlpha != 0 && toks[i].w == nil) &&
				!((i == 0 || toks[i].sent) && toks[i].cls&tCap != 0 && len(toks[i].low) >= 6)) {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		// a quoted key: the gap test first, most words are not quoted
		if quoted && t.s > 0 && s.t.s[t.s-1] == '"' {
			if k, ok := jsonClinicalKeys[t.h]; ok {
				if a, b, ok := s.jsonValue(i); ok {
					s.addTok(a, b, k, "compose.json_value", 0.7, "is the value of a '"+t.low+"' key in a payload")
					i = b
					continue
				}
			}
			if a, b, ok := s.jsonProgram(i); ok { // jsonprogram.go: {"program":"IOP-opioid"}
				s.addTok(a, b, KindCondition, "compose.json_program", 0.7, "is a treatment programme named under a programme key in a payload")
				i = b
				continue
			}
		}
		if len(s.hidden) > 0 {
			if hiddenOK == nil {
				hiddenOK = s.hiddenRuns()
			}
			if k, ok := s.hiddenTerm(i, hiddenOK); ok {
				s.addTok(i, i, k, "obfuscation.hidden", 0.7, "is a clinical word in a short run of text hidden by CSS")
				continue
			}
		}
		if t.cls&tAlpha != 0 && t.w == nil && s.lookalike(i) {
			continue
		}
		if (i == 0 || t.sent) && t.cls&tCap != 0 && len(t.low) >= 6 {
			if head, ok := s.initialClinical(i); ok {
				k := KindCondition
				if clinicalAfter.get(hstr(head)) {
					k = KindMedication
				}
				s.addTok(i, i, k, "frame.initial", 0.65, "opens a sentence, is in no vocabulary and comes before '"+head+"'")
				continue
			}
		}
	}
}
