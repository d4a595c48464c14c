package guard

// goodsDimension (helper MISC2, dev42): "Camilla plegable de aluminio
// 185x60 cm": a token of two or three numbers joined by "x" and followed by
// a unit of length (cm, mm, m, in, pulgadas) is an item's size, not an
// identifier (identifier.alnum).
//
// Stays reported: the same shape without a unit ("Ref 185x60"), a token
// with other letters ("185x60B cm"), and numbers of more than four digits
// ("123456x60 cm").
func (s *scanner) goodsDimension(i int) bool {
	if i+1 >= len(s.toks) || !dimensionUnits.get(s.toks[i+1].h) || s.gap(i+1) != " " {
		return false
	}
	l := s.toks[i].low
	parts, run := 0, 0
	for k := 0; k < len(l); k++ {
		switch c := l[k]; {
		case c >= '0' && c <= '9':
			run++
			if run > 4 {
				return false
			}
		case c == 'x' && run > 0:
			parts++
			run = 0
		default:
			return false
		}
	}
	return run > 0 && parts >= 1 && parts <= 2
}

var dimensionUnits = wordSetTab("cm mm m in inch inches pulgadas pulg cms mts")
