package guard

// bracesassoc.go: association.braces (association, strict mode only), fix
// helper fix108 (issue 15, twenty-first pass round two; dev108, 2026-12-06).
//
// Strict marketing to a group named by an orthodontic appliance: "Parents
// of kids with braces: show this message for a free orthodontic-safe
// toothbrush kit" passed (braces is an ordinary word). "Parents of kids
// with asthma: …" is reported in strict mode (README "Modes": strict mode
// reports association); braces, brackets, frenillos, retainers, aligners
// worn by a person group are the same association.
//
// Reported in strict mode only: braces, brackets, frenillos, retainer(s),
// aligners, retenedor(es) right after with/con or a verb of wearing (wear,
// wears, wearing, usa, usan, lleva, llevan), itself right after a person
// or group word (kids, children, teens, patients, people, anyone, those,
// you, students; niños, hijos, pacientes, personas, quienes,
// adolescentes…). "Hang your jacket on the braces" and "Our new braces
// colors are here" (no group word with with/wear before) pass; standard
// mode is unchanged.
var (
	baAppliance = wordSetTab("braces brackets frenillos retainer retainers aligners retenedor retenedores")
	baWith      = wordSetTab("with con wear wears wearing usa usan lleva llevan")
	baGroup     = wordSetTab("kids kid children child teens teen teenagers adults patients people anyone those you someone students " +
		"ninos ninas nino nina hijos hijas hijo hija pacientes personas quienes adolescentes alumnos usted ustedes")
)

// scanBracesAssoc runs association.braces at its start words.
func (s *scanner) scanBracesAssoc() {
	if s.m != Strict || s.p20&p20Braces == 0 { // strict only; no appliance word (pass20gate.go)
		return
	}
	s.scanBracesAssocOn()
}

// scanBracesAssocOn is scanBracesAssoc past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanBracesAssocOn() {
	for i := 2; i < len(s.toks); i++ {
		if !baAppliance.get(s.toks[i].h) || s.used[i] || s.toks[i].sent || s.toks[i-1].sent {
			continue
		}
		if !baWith.get(s.toks[i-1].h) || !baGroup.get(s.toks[i-2].h) {
			continue
		}
		s.addTok(i, i, KindAssociation, "association.braces", 0.7, "is an orthodontic appliance the reader wears, named in marketing")
	}
}
