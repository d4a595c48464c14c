package guard

import "strings"

// practicehead.go: an allied-health trade word opening the sender's header
// before one family name (issue 15, twenty-second pass, fix helper r113f,
// dev113/dev113f, 2026-12-06).
//
// Small practices are named by their trade and their owner's family name
// or their neighbourhood, and head every notice with it: "Kinesio Núñez:
// tenés un mensaje nuevo…", "Kinesiología Ramírez: atendemos de lunes a
// viernes…", "Fonoaudiología Sosa:", "Osteopatía Ferreyra:", "Physio
// Barrett: you have a new secure message". The trade word is in no
// vocabulary, so the two-unknown-capitals rule (words.go c2,
// name.capitalized) reads the pair as a person; "Farmacia Núñez:" passes
// only because "farmacia" is an ordinary word and orgnames.go's
// orgBefore. orgRun asks practiceHeadRun, which reads the run as the
// sender's name when all of these hold:
//
//   - the run is exactly two words and opens the field;
//   - its first word is a capitalised trade word of phTrade (kinesiology,
//     speech therapy, osteopathy and physiotherapy, Spanish and English,
//     whole or clipped: Kinesio, Kine, Fisio, Physio);
//   - a colon follows the run (the header slot);
//   - its second word is no listed given name ("Kinesio Martina:") and the
//     two words are no listed given and family name (personAfter).
//
// Stays reported: a given name in the header ("Kinesio Laura Núñez: tu
// sesión…", three words), a run not at the opening, a dash instead of
// the colon ("Kinesio Núñez - paciente Ramón Gutiérrez"), and every name,
// relative, date or care word after the header, which the other rules
// read as before (this only vetoes the header's own name.capitalized
// finding). Accepted risk: a lone family name after a trade word heading
// a notice is read as the practice, as "Farmacia Núñez:" already is.
//
// Speed: asked from orgRun, i.e. only where a name rule already found a
// capitalised run to report; one set look-up and a few byte tests.

// phTrade: allied-health trade words a practice is named by.
var phTrade = wordSetTab("kinesio kine kinesiologia kinesiologo kinesiologa fonoaudiologia fono osteopatia osteopathy " +
	"fisio physio physiotherapy")

// phCount: a count of people in the notice keeps the header reported
// ("Kinesio Núñez: ambos chicos tienen clase el sábado"); phCountNoun: a
// digit before one of these is a count too ("2 chicos").
var (
	phCount     = wordSetTab("both ambos ambas twins mellizos gemelos")
	phCountNoun = wordSetTab("kids children chicos chicas hijos hijas ninos niños nenes pacientes patients")
)

// practiceHeadRun: the capitalised run i..end is a practice's name in the
// header slot (the file comment).
func (s *scanner) practiceHeadRun(i, end int) bool {
	if i != 0 || end != i+1 || end+1 >= len(s.toks) || !phTrade.get(s.toks[i].h) || s.toks[i].cls&tCap == 0 {
		return false
	}
	if !s.nameGap(end) || !strings.HasPrefix(s.gap(end+1), ":") || !s.isCapWord(end) {
		return false
	}
	if f := s.fl(end); f&wFirst != 0 && f&wCommon == 0 {
		return false // "Kinesio Martina:" names a person
	}
	if s.personAfter(i) {
		return false
	}
	// a count of people ("ambos chicos", "both kids") or another name
	// after the header ("Kinesio Núñez: Ramírez confirmó"): a capital
	// inside a sentence that is a listed given or family name or in no
	// vocabulary, other than the header's own words ("en la sede Núñez")
	for k := end + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if phCount.get(t.h) || t.cls&tDigit != 0 && k+1 < len(s.toks) && s.gap(k+1) == " " && phCountNoun.get(s.toks[k+1].h) {
			return false
		}
		if t.sent || t.cls&(tCap|tUpper) == 0 || t.cls&tAlpha == 0 || t.h == s.toks[i].h || t.h == s.toks[end].h {
			continue
		}
		if f := s.fl(k); f&(wFirst|wLast) != 0 && f&wCommon == 0 || !s.general(k) {
			return false
		}
	}
	// the notice's care or person signal (caresignal.go): "Kinesio Núñez:
	// traé la valva de muñeca a la próxima sesión", "… agendado tu
	// drenaje linfático" (dev113) keep the header as it was
	return !s.careSignal()
}
