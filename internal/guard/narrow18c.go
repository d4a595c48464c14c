package guard

import "strings"

// narrow18c.go: one person's matter in the eighteenth pass's sender and
// public shapes (red team and fix helper red18c, eighteenth pass, probe
// set dev101x, 2026-12-06). Each reading narrows a drop where it decides;
// no new pass, no new drop.
//
//   - condjoin.go's trade-name run (cjRun, cjName): a body line's opening
//     is a header slot only on the line right after the field's "Subject:"
//     line or after a sign-off ("Thanks,", "Atentamente,"): an itemised
//     statement's or a referral's line ("Your March statement:\nCentro
//     Cáncer y Quimioterapia: $120.00", "Referral sent:\nEastside
//     Parkinson & Movement Clinic") names the clinic of the reader's care,
//     not the sender. A brand word that is a document's adjective
//     (ncHeadAdj: Latest, Updated, Pending, Annual, Control…), a service
//     word that is a care document or test (ncDocNoun: Panel, Labs,
//     Studies, Report, Plan, Biopsy, Results…) and a cancer word
//     (ncCancer: Cancer, Lymphoma, Leukemia, Cáncer…: the reader's most
//     sensitive care, like chSensitive) make the run no trade name:
//     "Subject: Latest Diabetes & Kidney Panel", "[Kessler Cancer & Chemo
//     Unit] {…}".
//   - senderops.go's idle department (opNoService): a child's, a
//     relative's, one patient's or one bed's word between the cue and the
//     negation ("la consulta del niño no se atenderá", "la consulta de la
//     bebé no funcionará") is one person's consult.
//   - senderops.go's opt-out line (opOptOutPhone): the number is the
//     sender's only after "by / or / o / via calling" or the opt-out word
//     itself ("darse de baja llamando al"); "we will stop calling 303-…",
//     "dejaremos de seguir llamando al …" name the reader's own number.
//   - senderops.go's rule state (opRuleState): a mobility or care aid, a
//     diet or one patient in the rule's sentence (ncAid: andador, walker,
//     arnés, pañal, sonda, thickened, cama, paciente…) is one resident's
//     care regime: "A partir del 3 de marzo, el uso del andador será
//     obligatorio al caminar por el pasillo".
//   - pubopen.go's talk topic (poEventTopic): the topic must open with a
//     quotation mark between the event words and the finding ("Charla
//     gratuita “Hipertensión…”"); "Free community event: prostate biopsy
//     Monday 7 AM in bay 4" is a booked slot and audienceSlot reads it.
//   - staffapposit.go's second person joined by "and" (apPerson): only a
//     name followed by a listed credential ("…, CCLS, and Devon Ellis,
//     CCLS"); "…, CCLS, and Devon Ellis from bed 12" is a patient.
//   - labsample.go's sample logistics (dropLabLogistics): no one person in
//     the field: a kin or child's word, his / her / their, a possessive
//     "'s" (but an organisation's), a title, a singular patient word, or a
//     bed, room, bay or chair with its number ("Mother's FBC and ferritin
//     samples were sent to the lab", "Bed 4: HbA1c and INR samples
//     collected").
//
// Stays clear (TestNarrow18c, dev101x's clean rows): the trade name on the
// field's first line, after "Subject:" or a sign-off; "la consulta
// externa no funcionará"; "by calling", "o llamando al", "darse de baja
// llamando al"; masks and food rules; quoted talk topics; credentialed
// pairs; a practice's sample route "Nothing changes for patients".

var (
	// ncHeadAdj: a document's adjective in place of a brand word
	ncHeadAdj = wordSetTab("latest updated update pending annual current final revised routine repeat abnormal preliminary " +
		"upcoming monthly quarterly yearly baseline initial interim last next first second third recent control followup follow " +
		"seguimiento reciente ultimo ultima ultimos ultimas anual pendiente pendientes actualizado actualizada proximo proxima " +
		"primer primera segundo segunda nuevo nueva nuevos nuevas")
	// ncDocNoun: a care document or test in place of a service word
	ncDocNoun = wordSetTab("panel panels labs studies study report reports results result plan plans biopsy biopsies test tests " +
		"screening screenings scan scans exam exams levels level count counts workup informe informes resultados resultado estudio " +
		"estudios examen examenes prueba pruebas analisis perfil biopsia biopsias")
	// ncCancer: a cancer named in a trade-name run
	ncCancer = wordSetTab("cancer cancers lymphoma lymphomas leukemia leukaemia myeloma melanoma carcinoma sarcoma tumor tumour " +
		"tumors tumours linfoma linfomas leucemia mieloma tumores")
	// ncSignOff: a sign-off line's last word before the signature
	ncSignOff = wordSetTab("thanks thank regards sincerely best cheers warmly gracias atentamente saludos cordialmente")
	// ncOneCared: one person cared for
	ncOneCared = wordSetTab("nena nene bebe baby newborn infant toddler paciente patient residente resident " +
		"cama bed habitacion cuarto room bay box chair sillon")
	// ncCallJoin: the word before "calling" that makes the number the
	// sender's line
	ncCallJoin = wordSetTab("by or o u via baja out unsubscribe desuscribirse")
	// ncAid: a care aid, a diet or one patient in a rule's sentence
	ncAid = wordSetTab("andador andadores walker walkers arnes grua panal panales sonda sondas baston cane canes crutch crutches " +
		"muleta muletas brace braces ferula faja collarin oxigeno oxygen cpap bipap espesante espesado espesados thickened thickener " +
		"dieta diet pureed pure dentadura dentures audifono audifonos protesis prosthesis cama bed " +
		"paciente patient residente resident")
	// ncOrgOwner: an organisation that may own samples ("the practice's")
	ncOrgOwner = wordSetTab("practice surgery lab laboratory hospital clinic centre center trust courier practices")
	// ncNumbered: a place that holds one patient when numbered
	ncNumbered = wordSetTab("bed beds room rooms bay bays chair chairs cama camas habitacion cuarto sillon box")
)

// ncHeadLine: the line opening at token st (gapNL) may hold the sender's
// trade name: the field's first line, the line right after a "Subject:"
// line opening the field, or the line after a sign-off.
func (s *scanner) ncHeadLine(st int) bool {
	if st == 0 {
		return true
	}
	p := st - 1
	for p > 0 && !s.toks[p].gapNL {
		p--
	}
	if p == 0 && (s.toks[0].low == "subject" || s.toks[0].low == "asunto") {
		return true
	}
	if st-p <= 3 && strings.HasPrefix(strings.TrimSpace(s.gap(st)), ",") {
		for m := p; m < st; m++ {
			if ncSignOff.get(s.toks[m].h) {
				return true
			}
		}
	}
	return false
}

// ncNotTrade: the run a..e (brand, clinical and service words) is no
// trade name: a document's adjective as a brand word, a care document or
// test as a service word, a cancer anywhere in it.
func (s *scanner) ncNotTrade(a, j, e int) bool {
	for k := a; k <= e && k < len(s.toks); k++ {
		t := &s.toks[k]
		if ncCancer.get(t.h) || k < j && ncHeadAdj.get(t.h) || k >= j && ncDocNoun.get(t.h) {
			return true
		}
	}
	return false
}

// ncOneCaredTok: token m names one person cared for (a child, a relative,
// a patient, a bed) or is a possessive "'s".
func (s *scanner) ncOneCaredTok(m int) bool {
	t := &s.toks[m]
	if kinWords.get(t.h) || careKidWords.get(t.h) || careKin.get(t.h) || oneKin.get(t.h) || ncOneCared.get(t.h) || opPossessive.get(t.h) {
		return true
	}
	return t.low == "s" && m > 0 && (s.gap(m) == "'" || s.gap(m) == "\u2019")
}

// ncCallFromSender: the verb of calling at token v (calling, llamando)
// follows a word that makes the number the sender's line.
func (s *scanner) ncCallFromSender(v int) bool {
	return v > 0 && ncCallJoin.get(s.toks[v-1].h)
}

// ncRuleAid: the rule's sentence a..hi names a care aid, a diet or one
// patient.
func (s *scanner) ncRuleAid(a, hi int) bool {
	for m := a; m < hi && m < len(s.toks); m++ {
		if ncAid.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// ncQuotedTopic: a quotation mark stands between the event words at token
// k and the finding at token fa.
func ncQuotedTopic(text string, toks []token, k, fa int) bool {
	for m := k + 1; m <= fa && m < len(toks); m++ {
		if strings.ContainsAny(pubGap(text, toks, m), "\"\u201c\u201d\u00ab\u2018") {
			return true
		}
	}
	return false
}

// ncCredAfter: the name opening at token a is followed, after a comma, by
// a listed credential ("Devon Ellis, CCLS").
func ncCredAfter(v *srView, a, hi int) bool {
	b := a
	for b+1 < hi && b-a < 3 && ssNameTok(v, b+1) && strings.TrimSpace(srGap(v, b, b+1)) == "" {
		b++
	}
	m := b + 1
	if m >= hi || strings.TrimSpace(srGap(v, b, m)) != "," {
		return false
	}
	tk := &v.toks[m]
	return tk.cls&tCap != 0 && (srCreds.get(tk.h) || ssCreds.get(tk.h) || saCreds.get(tk.h))
}

// lsOnePerson: the field names one person whose samples these may be (see
// the file comment).
func (s *scanner) lsOnePerson() bool {
	n := len(s.toks)
	for m := 0; m < n; m++ {
		t := &s.toks[m]
		if s.fl(m)&wTitle != 0 {
			return true
		}
		if t.low == "s" && m > 0 && (s.gap(m) == "'" || s.gap(m) == "\u2019") {
			if !ncOrgOwner.get(s.toks[m-1].h) {
				return true // "Mother's", "Baby's", "The patient's"
			}
			continue
		}
		if ncNumbered.get(t.h) && m+1 < n && s.toks[m+1].cls&tDigit != 0 {
			return true // "Bed 4", "room 14"
		}
		if ncNumbered.get(t.h) {
			continue
		}
		if s.ncOneCaredTok(m) {
			return true
		}
	}
	return false
}
