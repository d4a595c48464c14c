package guard

import "strings"

// military reports US military and diplomatic addresses (issue 15):
// "APO AE 09012", "FPO AP 96522", "DPO AA 34001" and the unit line
// "PSC 1234, Box 5678", "CMR 480 Box 1234", "Unit 2050 Box 4190".
func (s *scanner) military(i int) bool {
	n := len(s.toks)
	switch s.low(i) {
	case "apo", "fpo", "dpo":
		if i+1 < n && s.toks[i+1].cls&tAlpha != 0 {
			switch s.low(i + 1) {
			case "aa", "ae", "ap":
				j := i + 1
				if j+1 < n && s.toks[j+1].cls&tDigit != 0 && s.toks[j+1].nd == 5 {
					j++
				}
				s.addTok(i, j, KindAddress, "address.military", 0.9, "military or diplomatic post address (APO/FPO/DPO)")
				return true
			}
		}
	case "psc", "cmr", "unit":
		if i+3 < n && s.toks[i+1].cls&tDigit != 0 && s.low(i+2) == "box" && s.toks[i+3].cls&tDigit != 0 &&
			len(strings.TrimSpace(s.gap(i+2))) <= 1 {
			s.addTok(i, i+3, KindAddress, "address.military", 0.85, "military unit and box number")
			return true
		}
	}
	return false
}
