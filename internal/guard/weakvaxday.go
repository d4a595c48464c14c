package guard

// weakvaxday.go: a vaccination day whose name carries an adjective between
// the day noun and "de" (issue 15, tenth pass, helper DATE10, dev63).
//
// weakPersonCue (weakcue.go) reads "jornada/campaña/feria/día de
// vacunación" as a public day when the sentence has no reader's word and
// the notice says it is open to all. "Jornada abierta de vacunación
// antigripal para toda la comunidad: sábado 4/4" (dev63-clean-205) puts an
// adjective between the day noun and "de", so the cue stayed a person's and
// the date date.person. wkVaxAdjDay reads one adjective there (abierta,
// gratuita, comunitaria, nacional, anual, masiva, solidaria and their
// plurals); every other condition of weakPersonCue stays (no reader's word
// in the sentence, an audience of all in the notice), and the date is then
// untied, so the care gate still decides. "Tu jornada abierta de
// vacunación es el 4/4" (a reader's word) and "Jornada abierta de
// vacunación para pacientes con EPOC" (the condition's own finding) stay
// reported. The adjective itself is no audience of all (red-team pass
// RED10, dev66r): "abierta" and "gratuita" are also words of wkPublic, and
// "Jornada abierta de vacunación para pacientes trasplantados: sábado 4/4"
// passed on its own adjective; another audience word must stand in the
// notice ("para toda la comunidad"). Cost: only when a vaccination cue is
// near a date.

var wkVaxAdj = wordSetTab("abierta abiertas gratuita gratuitas comunitaria comunitarias nacional nacionales anual anuales " +
	"masiva masivas solidaria solidarias")

// wkVaxAdjDay: vaccination cue k follows "<day noun> <adjective> de".
func (s *scanner) wkVaxAdjDay(k int) bool {
	if k < 3 {
		return false
	}
	for m := k - 2; m <= k; m++ {
		if s.toks[m].sent {
			return false
		}
	}
	return s.toks[k-1].low == "de" && wkVaxAdj.get(s.toks[k-2].h) && wkVaxPrev.get(s.toks[k-3].h)
}
