package guard

// policy117.go: a rule for everyone from a date on, in a letter to a
// generic addressee, and a class of claims (issue 15, twenty-fourth pass,
// fix helper r117d, dev117, 2026-12-06).
//
// It reads the words policydate.go's policyOpener and billpolicy109.go's
// pd109BillClass read. Two clean rows of dev117 kept a policy's date as
// date.untied:
//
//   - "Estimado cliente:\n\nA partir del 1 de febrero, el CAT promedio de
//     nuestros créditos baja…" (dev117-clean-180): the letter's greeting
//     has no sentence end before the opener, so the opener did not stand at
//     its sentence's start, and ownHeadEnd reads only a capitalised sender's
//     header. pd117GreetHead reads a greeting to a generic addressee at the
//     notice's start ("Estimado cliente:", "Estimado asegurado:", "Dear
//     member,"; one or two words flagged generic addressee,
//     vocab/context_words.txt) followed by a line break as a header. A
//     greeting to a name ("Estimada María:") is no header: fail closed.
//   - "A partir del 1 de enero, los reclamos deben presentarse dentro de los
//     180 días…" (dev117-clean-243): "reclamos" is a care word (careWords),
//     so pdClassSubject read the subject as someone's care. A class of
//     claims, reimbursements or requests is paperwork for everyone like a
//     class of charges: pd117ClaimNouns joins bpBillNouns in pd109BillClass,
//     whose vetoes hold (no reader's word in the sentence, every subject
//     word lower case without digits, kin or child words; a clinical word
//     keeps its own finding). "A partir del 1 de febrero, sus reclamos…",
//     "Starting Jan 1, claims for Maria Lopez's dialysis…", "…los reclamos
//     de su hija deben…" keep their date (TestPolicy117).
var (
	pd117ClaimNouns = wordSetTab("claim claims reclamo reclamos reclamacion reclamaciones reembolso reembolsos " +
		"reimbursement reimbursements solicitud solicitudes")
	pd117Greet = wordSetTab("estimado estimada estimados estimadas apreciado apreciada dear")
)

// pd117GreetHead: the notice opens with a greeting to a generic addressee
// and a line break; it returns the greeting's last token, or -1.
func (s *scanner) pd117GreetHead() int {
	n := len(s.toks)
	if n < 3 || !pd117Greet.get(s.toks[0].h) {
		return -1
	}
	for e := 1; e < n && e <= 2; e++ {
		t := &s.toks[e]
		if t.sent || s.gap(e) != " " || t.cls&tAlpha == 0 || t.cls&tDigit != 0 || s.fl(e)&wGenericAddressee == 0 {
			return -1
		}
		if e+1 < n {
			g := s.gap(e + 1)
			if (g[0] == ':' || g[0] == ',') && len(g) > 1 && (g[1] == '\n' || g[1] == '\r') {
				return e
			}
		}
	}
	return -1
}
