package guard

import "strings"

// esadj.go: a Spanish adjective in -cial made from an ordinary noun in
// -cia (issue 15, sixteenth pass round two, helper pub2b, dev89,
// 2026-12-05).
//
// The Spanish lists (vocab/general_es, general_es_forms) lack some
// adjectives of Latin American and Rioplatense use whose noun they hold:
// "Sumá a tu familia con cuota preferencial" (preferencia), "tarifa
// preferencial", "zona residencial" is listed but not every such form is.
// frame.unknown's last resort read "preferencial" as a generic drug name
// written in lower case. esCialAdj: token i, of eight letters or more,
// ends in -cial / -ciales and its stem with -cia is an ordinary word
// (preferencia, presidencia, esencia, potencia, provincia); the word is
// then no unknown word. Only frame.unknown's last resort asks: every
// other rule (a misspelling of a drug, a clinical frame, a dictionary
// term) has read the word before it.
func (s *scanner) esCialAdj(i int) bool {
	low := s.toks[i].low
	stem, ok := strings.CutSuffix(low, "ciales")
	if !ok {
		stem, ok = strings.CutSuffix(low, "cial")
	}
	if !ok || len(low) < 8 || len(stem) < 4 {
		return false
	}
	return s.g.gen.has(hashBytes(hstr(stem), "cia"))
}
