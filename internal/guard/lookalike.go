package guard

import "strings"

// ASCII look-alike letters in clinical terms (issue 15, fifth pass:
// dev20): obfuscation.lookalike.
//
// Normalisation maps look-alike letters of other scripts to Latin, and
// leet.go reads digits and symbols for letters, but a sender can also swap
// one ASCII letter for another that looks the same in most fonts:
//
//   - a lower-case "l" for a capital "I" inside a capitals abbreviation
//     ("HlV", "MRl", "lUD"): a token of 3–6 letters, every letter a
//     capital but one or more "l", two capitals at least; read with "I"
//     for "l" it is a single-word clinical term of the lists (case as the
//     list writes it);
//   - "rn" for "m" ("rnetformin", "rnorphine"): a word in no vocabulary
//     with "rn" that, read with "m", is a single-word clinical term (or a
//     lower-case word of the operator's medical dictionary).
//
// Ambiguous terms are not read this way. Ordinary words are never read:
// "modern", "corn", "barn" are in the general lists, and "SlM" or "WlFI"
// read "SIM", "WIFI", which are no clinical terms.

// lookalike: token i is a clinical term written with ASCII look-alike
// letters; true when it reported it.
func (s *scanner) lookalike(i int) bool {
	t := &s.toks[i]
	if s.used[i] || t.cls&tAlpha == 0 || t.w != nil || len(t.low) < 3 || len(t.low) > 24 {
		return false
	}
	raw := s.t.s[t.s:t.e]
	if len(raw) != len(t.low) {
		return false
	}
	// a capital first ("HlV", "MRl") or an "l" standing for one ("lUD"):
	// the cheap test before the scan
	if len(raw) <= 6 && (t.cls&tCap != 0 || raw[0] == 'l') && strings.IndexByte(raw, 'l') >= 0 {
		caps, ok := 0, true
		for k := 0; k < len(raw); k++ {
			switch c := raw[k]; {
			case c >= 'A' && c <= 'Z':
				caps++
			case c != 'l':
				ok = false
			}
		}
		if ok && caps >= 2 {
			read := strings.ReplaceAll(raw, "l", "I")
			if k, ok := s.leetTerm(strings.ToLower(read), []byte(read), len(read) <= 4, true, false); ok {
				s.addTok(i, i, k, "obfuscation.lookalike", 0.75, "a lower-case 'l' written for a capital 'I' in a clinical abbreviation")
				return true
			}
		}
	}
	if len(t.low) >= 6 && strings.Contains(t.low, "rn") && !s.general(i) {
		read := strings.ReplaceAll(t.low, "rn", "m")
		if k, ok := s.leetTerm(read, []byte(read), false, false, false); ok {
			s.addTok(i, i, k, "obfuscation.lookalike", 0.75, "'rn' written for 'm' in a clinical word")
			return true
		}
	}
	return false
}
