package guard

// Lower-case clinical abbreviations (issue 15, compose.abbrev). The lists
// hold many abbreviations as capitals only (`|u`: STD, CBC, MRI, COPD,
// PTSD…), because written in lower case some are words ("all", "aids",
// "pap"); lower case, they are matched only near a health cue (words.go).
// A notice writes "your std test" or "su ets" as often. compose.abbrev
// reports a capitals-only abbreviation of the lists written in lower case
// when it is 2–5 letters, not an ordinary English or Spanish word (nor the
// plural of one) and stands in a personal or health frame:
//
//   - after a possessive (your, my, his, her, their, su, sus, tu, mi…):
//     "Your std test is scheduled", "Results of your cbc";
//   - before a head word: a lab test, equipment, clinical subject or
//     health-programme head, or a learned clinical head (learned.go): "mri
//     scan", "copd education", "ptsd support group";
//   - after about/sobre with an information word before it: "Questions
//     about copd?", "Información sobre ets".

// abbrevWord: token i is a capitals-only clinical abbreviation of the
// lists written in lower case and not an ordinary word; it returns the
// abbreviation's kind.
func (s *scanner) abbrevWord(i int) (Kind, bool) {
	t := &s.toks[i]
	if t.w == nil || len(t.low) < 2 || len(t.low) > 5 || t.cls&(tUpper|tDigit) != 0 || t.cls&tAlpha == 0 || s.used[i] {
		return "", false
	}
	// Title Case ("Copd action plan"; helper REC34, dev34): 3+ letters, the
	// rest in lower case, no name, and only before a head (abbrevFrame)
	if t.cls&tCap != 0 && (len(t.low) < 3 || t.cls&tInnerUp != 0 || s.fl(i)&(wFirst|wLast) != 0) {
		return "", false
	}
	k := t.w.upperKind // the first one-word capitals-only clinical phrase's (vocab.addPhrase)
	if k == "" || s.general(i) || s.fl(i)&(wStop|wCommon|wMonth) != 0 {
		return "", false
	}
	if s.p != nil && (s.p.isTemplate(t.h)) {
		return "", false
	}
	return k, true
}

// abbrevFrame: the cue that puts token i in a personal or health frame,
// for the reason (a word of the fixed cue lists or the lists' heads).
func (s *scanner) abbrevFrame(i int) (string, bool) {
	n := len(s.toks)
	if j := i + 1; j < n && (s.gap(j) == " " || s.gap(j) == "-") && s.toks[j].cls&tAlpha != 0 {
		if s.tp[j]&(tpLab|tpDevice|tpSubject|tpOrdHead|tpBodyHead|tpCondHead) != 0 || s.v.learned.get(s.toks[j].h)&(lHead1|lHeadES) != 0 {
			return "comes before '" + s.toks[j].low + "'", true
		}
	}
	// "Copd action plan", "ptsd care plan" (helper REC34, dev34)
	if j := i + 2; j < n && s.toks[j].h == hPlan && planWords.get(s.toks[i+1].h) && s.gap(i+1) == " " && s.gap(j) == " " {
		return "comes before '" + s.toks[i+1].low + " plan'", true
	}
	if i == 0 || s.gap(i) != " " || s.toks[i].cls&tCap != 0 { // Title Case: only before a head
		return "", false
	}
	p := &s.toks[i-1]
	if ordPossessive.get(p.h) {
		return "follows '" + p.low + "'", true
	}
	j := i - 1
	if ordArticles.get(s.toks[j].h) && j > 0 && s.gap(j) == " " {
		j--
	}
	q := &s.toks[j]
	if (q.h == hAbout || q.h == hSobre) && j > 0 && ordInfo.get(s.toks[j-1].h) && s.gap(j) == " " {
		return "follows '" + q.low + "'", true
	}
	return "", false
}
