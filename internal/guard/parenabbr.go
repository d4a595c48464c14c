package guard

import "strings"

// parenabbr.go — an abbreviation spelled out in parentheses as a care
// programme ("iop group (intensive outpatient) starts mon."; helper
// REC34, from dev34). Programme abbreviations (IOP, PHP, ICT…) are short
// and collide with ordinary words and codes, so none is listed; a notice
// that spells one out names the care. Reported (procedure) when a token of
// 2–5 letters is followed, right away or after one word, by a parenthesis
// of 1–4 words whose first word starts with the token's first letter and
// which holds a care word (outpatient, inpatient, hospitalization,
// therapy, treatment, rehabilitation, detox, psychiatric, behavioral,
// dialysis, infusion, counseling). "pto group (intensive outdoor)", "SUV
// (sport utility vehicle)", "PTO (paid time off)" pass: no care word, or
// the letters do not match.

var parenCareWords = wordSetTab("outpatient inpatient hospitalization therapy treatment rehabilitation detox psychiatric behavioral dialysis infusion counseling")

// gapOpensParen reports whether the gap before token j (0 < j < len(toks))
// ends with "(": strings.HasSuffix(s.gap(j), "(") read as one byte, for
// scanCompose's call site of parenAbbr (helper SPEED2).
func (s *scanner) gapOpensParen(j int) bool {
	st := s.toks[j].s
	return st > s.toks[j-1].e && s.t.s[st-1] == '('
}

// parenAbbr: token i may open such an abbreviation; true when it reported.
func (s *scanner) parenAbbr(i int) bool {
	n := len(s.toks)
	t := &s.toks[i]
	if len(t.low) < 2 || len(t.low) > 5 || t.cls&tAlpha == 0 || t.cls&tDigit != 0 || s.used[i] {
		return false
	}
	o := i + 1 // the first word inside the parenthesis
	if o < n && !strings.HasSuffix(s.gap(o), "(") && o+1 < n && s.gap(o) == " " && strings.HasSuffix(s.gap(o+1), "(") {
		o++ // "iop group (…)"
	}
	if o >= n || !strings.HasSuffix(s.gap(o), "(") || s.toks[o].low[0] != t.low[0] {
		return false
	}
	care := false
	e := o
	for ; e < n && e-o < 4; e++ {
		if e > o && s.gap(e) != " " && s.gap(e) != "-" {
			break
		}
		if parenCareWords.get(s.toks[e].h) {
			care = true
		}
	}
	e--
	if !care || e+1 < n && !strings.HasPrefix(s.gap(e+1), ")") || e+1 >= n && !strings.HasPrefix(s.gap(e+1), ")") {
		return false
	}
	s.addTok(i, e, KindProcedure, "compose.abbrev", 0.7, "is an abbreviation spelled out in parentheses as a care programme")
	return true
}
