package guard

// esplural_head.go: the plural of a Spanish condition head (issue 15,
// seventh pass, helper REC35, dev35: "Tus infecciones urinarias
// recurrentes requieren un cultivo").
//
// compose.condition takes "infección X" whatever X is. The plural
// "infecciones" is also the word of computer-security and cleaning-product
// notices ("infecciones de malware", "protege tu casa de infecciones"), so
// it is a condition head only before a plural adjective ("infecciones
// urinarias / respiratorias / recurrentes / vaginales") or "de" + a body
// part ("infecciones de oído", "infecciones de la piel" is left: an
// article between is not read). Accepted risk: "infecciones virales" of a
// computer is reported (fail closed).

var hInfecciones = hstr("infecciones")

// pluralInfection: "infecciones" at i, its modifier ending at j.
func (s *scanner) pluralInfection(i, j int) bool {
	if j == i+2 { // "infecciones de X"
		return s.tp[j]&tpBodyPart != 0 || painPlacesES.get(s.toks[j].h)
	}
	low := s.toks[j].low
	return len(low) >= 5 && low[len(low)-1] == 's' && s.toks[j].cls&tCap == 0
}
