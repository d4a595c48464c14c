package guard

// A Spanish post office box the sender names as its own (helper ES,
// dev30e): "Nuestra dirección para devoluciones: Apartado de Correos 1200",
// "Envíe su correspondencia al apartado postal 10-200 de la empresa".
// bizAddress (words.go) does not take them: "dirección" and "su" are
// person cues of context_words.txt. esOwnBox is poBoxES's second test: the
// box (tokens i..j) is the sender's when "de la empresa", "de la compañía"
// or "de nuestra(s) oficina(s)" follows it, or when, earlier in its
// sentence, "nuestra dirección", "nuestro apartado" or "devoluciones"
// (returns go to the shop) comes before it. "Su tarjeta se envió a su
// apartado de correos 455" and "Actualizamos su dirección: apartado postal
// 1234" stay reported.
func (s *scanner) esOwnBox(i, j int) bool {
	n := len(s.toks)
	k := j + 1
	for k < n && s.toks[k].cls&tAlpha == 0 && s.toks[k].nd > 0 && s.gap(k) == "-" { // "10-200"
		k++
	}
	if k+2 < n && s.low(k) == "de" && !s.toks[k].sent {
		switch s.low(k + 1) {
		case "la":
			if l := s.low(k + 2); l == "empresa" || l == "compania" {
				return true
			}
		case "nuestra", "nuestras":
			if l := s.low(k + 2); l == "oficina" || l == "oficinas" || l == "empresa" {
				return true
			}
		}
	}
	for k = i - 1; k >= 0 && k >= i-8; k-- {
		switch s.low(k) {
		case "devoluciones":
			return true
		case "nuestra", "nuestro":
			if k+1 < n {
				if l := s.low(k + 1); l == "direccion" || l == "apartado" || l == "casilla" {
					return true
				}
			}
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}
