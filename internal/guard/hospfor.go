package guard

// hospfor.go: compose.hospitalized_for (condition), the reason of one
// person's hospital stay after "hospitalización por" (issue 15,
// twenty-fourth pass, fix helper r117d, dev117-leak-078, 2026-12-06).
//
// It reads the word after a hospital stay's noun or participle and
// "por"/"for". "Su reclamación fue objetada: la hospitalización por dengue
// grave ocurrió dentro del periodo de carencia" passed: dengue is in no
// clinical list (public prevention talks name it: "Charla gratuita
// «Prevención del dengue»"), and the stay's word is only a care cue. The
// word after "hospitalización por" is the stay's reason, a condition or
// an injury, whatever list holds it.
//
// Reported: a start word (hfStart: hospitalización, internación,
// hospitalization, hospitalisation, hospitalizado/a, internado/a,
// hospitalized, hospitalised), "por" or "for", an optional article (un,
// una, el, la, a, an), then a lower-case word of four letters or more,
// not yet reported, not a stop word and not a stay's generic reason or
// length (hfGeneric: enfermedad, accidente, cualquier, causa, día(s),
// observación, illness, injury, any, reason, days…). The stay must be
// one person's: a noun after a determiner or possessive (la, su, tu,
// the, your, his, her), or a participle; and no condition word of a
// policy (si, if, cada, each, any, cualquier, en caso) opens the
// sentence before it: "La póliza paga por cada día de hospitalización por
// enfermedad", "Si es hospitalizado por dengue, …" and "hospitalization
// for any reason" pass (TestHospFor). Tied to the reader
// (readerTiedRule). Gated by pass20gate.go (p20HospFor).
var (
	hfStart = wordSetTab("hospitalizacion hospitalización internacion internación hospitalization hospitalisation " +
		"hospitalizado hospitalizada hospitalized hospitalised internado internada")
	hfNoun    = wordSetTab("hospitalizacion hospitalización internacion internación hospitalization hospitalisation")
	hfOwner   = wordSetTab("la su tu the your his her their sus")
	hfArticle = wordSetTab("un una el la a an")
	hfGeneric = wordSetTab("enfermedad enfermedades accidente accidentes cualquier causa causas motivo motivos " +
		"dia dias día días noche noches semana semanas hora horas mas más menos evento eventos siniestro siniestros " +
		"observacion observación emergencia emergencias urgencia urgencias cobertura tiempo periodo período " +
		"illness illnesses injury injuries accident accidents any reason reasons more less least observation " +
		"days nights night weeks week hours emergency emergencies covered coverage")
	hfPolicy = wordSetTab("si if cada each any every cualquier caso whenever cuando when")
)

// scanHospFor runs compose.hospitalized_for at its start words.
func (s *scanner) scanHospFor() {
	if s.p20&p20HospFor == 0 { // no stay's or implant's word (pass20gate.go)
		return
	}
	s.implantedDefib() // implanted117.go, sharing the gate
	n := len(s.toks)
	for i := range s.toks {
		if !hfStart.get(s.toks[i].h) || i+2 >= n {
			continue
		}
		p := i + 1
		if (s.toks[p].low != "por" && s.toks[p].low != "for") || s.toks[p].sent || s.gap(p) != " " {
			continue
		}
		r := p + 1
		if hfArticle.get(s.toks[r].h) && r+1 < n && s.gap(r+1) == " " && !s.toks[r+1].sent {
			r++
		}
		t := &s.toks[r]
		if s.used[r] || t.sent || s.gap(r) != " " || t.cls&tAlpha == 0 || t.cls&(tDigit|tCap|tUpper) != 0 ||
			len(t.low) < 4 || s.fl(r)&wStop != 0 || hfGeneric.get(t.h) {
			continue
		}
		if hfNoun.get(s.toks[i].h) && (i == 0 || s.toks[i].sent || !hfOwner.get(s.toks[i-1].h)) {
			continue // "cada día de hospitalización por…": no one's stay
		}
		lo, _ := s.sentSpan(i)
		policy := false
		for k := lo; k < i; k++ {
			if hfPolicy.get(s.toks[k].h) {
				policy = true
				break
			}
		}
		if policy {
			continue
		}
		s.addTok(r, r, KindCondition, "compose.hospitalized_for", 0.75, reasonFor(KindCondition))
	}
}
