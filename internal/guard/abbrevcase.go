package guard

// Mixed-case clinical abbreviations (issue 15, fifth pass:
// compose.abbrev_case). Clinicians write a lower-case modifier before a
// capitals abbreviation — vEEG (video), cEEG (continuous), rTMS
// (repetitive), hsCRP (high-sensitivity), iFOBT (immunochemical), aPTT
// (activated), eGFR (estimated) — and some abbreviations in mixed case
// (hCG, IgE). The lists hold the capitals form (`EEG|u`, `HCG|u`), which
// a mixed-case token does not match. mixedAbbrev reports token i when
//
//   - it is 1–2 lower-case letters and then 3–5 capitals, and the capitals
//     are a single-word clinical term of the lists ("vEEG", "rTMS"); or
//   - it mixes lower and upper case other than Title Case, and written in
//     capitals it is a capitals-only abbreviation of the lists ("hCG").
//
// Condition abbreviations are left out: with a lower-case prefix they are
// rarely clinical and often something else ("uPVC" windows, not premature
// ventricular contractions). Consumer shapes pass because their capitals
// are no clinical term: "eSIM", "vCPU", "iOS", "eBay", "macOS", "mAh",
// "kWh", "dB"; "pH" (one capital) is never read — a pool, soil, shampoo
// or aquarium word far more often than the oesophageal study.

import "strings"

// mixedAbbrev: token i is a clinical abbreviation written in mixed case;
// true when it reported it.
func (s *scanner) mixedAbbrev(i int) bool {
	t := &s.toks[i]
	if !mixedCaseMay(t) || s.used[i] || t.cls&tAlpha == 0 {
		return false
	}
	if t.cls&tCap != 0 && t.w == nil {
		return false // a capital first: only "IgE"-like words of the lists
	}
	raw := s.t.s[t.s:t.e]
	if len(raw) != len(t.low) || raw[1:] == t.low[1:] {
		return false // an apostrophe or a letter outside ASCII; no capital after the first letter
	}
	lower := 0
	for lower < len(raw) && raw[lower] >= 'a' && raw[lower] <= 'z' {
		lower++
	}
	if lower == len(raw) {
		return false // lower case
	}
	upper := 0
	for k := lower; k < len(raw) && raw[k] >= 'A' && raw[k] <= 'Z'; k++ {
		upper++
	}
	// "vEEG", "hsCRP": a lower-case prefix and a capitals abbreviation
	if lower >= 1 && lower <= 2 && upper >= 3 && upper <= 5 && lower+upper == len(raw) {
		if k, ok := s.abbrevKind(hstr(t.low[lower:]), false); ok {
			s.addTok(i, i, k, "compose.abbrev_case", 0.75, "is a clinical abbreviation with a lower-case modifier")
			return true
		}
	}
	// "hCG", "IgE": mixed case, not Title Case
	if t.w != nil && (lower > 0 || strings.ToLower(raw[1:]) != raw[1:]) && strings.ToLower(raw) != raw {
		if k, ok := s.abbrevKind(t.h, true); ok {
			s.addTok(i, i, k, "compose.abbrev_case", 0.75, "is a clinical abbreviation written in mixed case")
			return true
		}
	}
	return false
}

// mixedCaseMay is mixedAbbrev's first test, copied inline where
// scanCompose calls it: 3-7 letters, not all capitals, and a capital after
// the first letter (tInnerUp) or a letter outside ASCII, without which the
// word's text after its first letter is its lower case (raw[1:] ==
// t.low[1:] below).
func mixedCaseMay(t *token) bool {
	return t.cls&tUpper == 0 && t.cls&(tInnerUp|tNonASCII) != 0 && len(t.low) >= 3 && len(t.low) <= 7
}

// abbrevKind: h is a single-word clinical term of the lists that is no
// condition (with onlyUpper, a capitals-only one); it returns its kind.
func (s *scanner) abbrevKind(h uint64, onlyUpper bool) (Kind, bool) {
	w := s.v.get(h)
	if w == nil {
		return "", false
	}
	for _, p := range w.phrases {
		if len(p.toks) != 1 || p.class != pClinical || p.kind == KindCondition || p.flags&fAmbig != 0 {
			continue
		}
		if onlyUpper && p.flags&fUpper == 0 {
			continue
		}
		return p.kind, true
	}
	return "", false
}

// camelWord: token i starts with a lower-case letter and has a capital
// later ("eCheck", "iPad", "eBook"): a product or service coinage, which
// frame.unknown (a lower-case word in no vocabulary, most often a generic
// drug name) does not take for a drug. Generic drug and condition names
// are never written so.
func (s *scanner) camelWord(i int) bool {
	raw := s.t.s[s.toks[i].s:s.toks[i].e]
	if len(raw) < 2 || raw[0] < 'a' || raw[0] > 'z' {
		return false
	}
	for k := 1; k < len(raw); k++ {
		if raw[k] >= 'A' && raw[k] <= 'Z' {
			return true
		}
	}
	return false
}
