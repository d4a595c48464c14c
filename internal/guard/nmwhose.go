package guard

// nmwhose.go: whose care a weak finding is, as the notice model's drop
// reads it (noticemodel.go; twenty-third pass). The drop clears the weak
// findings of a field the model scores as plainly ordinary; its narrowings
// until now were word windows that keep a finding near a sign of one reader
// (your, you requested, a relative, ready). This is the other side, read
// per sentence: the drop clears a finding only where its own sentence says
// it is the sender's or everyone's —
//
//   - a range cue in the sentence (nmRange: we, our, all, everyone, free,
//     join, open, closed, hours, available, an event or a class, staff,
//     the community; nosotros, nuestro, todos, gratis, horario, jornada…),
//   - or the finding lies in the sender's name: before a colon that ends
//     the field's first words ("Costa Asma y Alergia: …"), or in a run of
//     capitalised words holding a word that names an organisation
//     ("… en su cuenta de Cadence Hearing Institute").
//
// A finding in a sentence with neither ("The Xarelto refill is at the Elm
// St counter." inside a holiday-hours notice) is kept: fail closed.

var (
	nmRange = wordSetTab("all every everyone everybody anyone any each " +
		"community public families caregivers members " +
		"free join joins joined invite invites invited welcome welcomes " +
		"open opens opening closed close closes closing hours available offer offers offering offered " +
		"event events webinar webinars class classes session sessions training trainings workshop workshops " +
		"talk fair expo awareness holiday holidays policy policies " +
		"todos todas toda todo cada cualquier " +
		"comunidad publico familias gratis gratuito gratuita gratuitos gratuitas " +
		"invitamos invita bienvenidos bienvenidas participa abierto abierta abiertos abiertas cerrado cerrada cerrados " +
		"cierra cerramos abre abrimos horario horarios disponible disponibles ofrecemos ofrece " +
		"evento eventos taller talleres charla charlas jornada jornadas feria politica politicas " +
		"accept accepts accepting hiring recall recalling recalled meet sale off " +
		"aceptamos contamos conozca reclutando oferta ofertas descuento descuentos promo " +
		"law laws require requires required ley requiere requieren national nacional world mundial prevention prevencion " +
		"award awards honored honoured recognized recognition proud premio premios reconocimiento orgullosos orgullosas")
	nmOne = wordSetTab("confirmed authorized approved shipped mailed delivered overdue hold aside " +
		"account statement charge charges result results refill refills renewed filled collected booked scheduled " +
		"enrolled enrollment referral came positive negative " +
		"usted confirmado confirmada autorizado autorizada autorizo aprobado aprobada enviado enviada enviados enviadas " +
		"entregado entregada toca vence recordatorio pendiente resultado resultados surtida surtido " +
		"retirar nombre reserved reservado reservada ready listo lista " +
		"visit appointment cita turno dose dosis reactive reactiva reactivo positivo positiva negativo negativa " +
		"detected detectado detectada")
	// nmPerson and nmThe: "the patient", "this patient", "esta paciente" —
	// one person, named by role (red team red23b: "we are notifying this
	// patient that …")
	nmPerson = wordSetTab("patient paciente member miembro client cliente customer")
	nmThe    = wordSetTab("the this that esta este esa ese la el del al")
	nmOrg    = wordSetTab("institute institutes clinic clinics center centers centre centres pharmacy pharmacies " +
		"hospital hospitals lab labs laboratory laboratories associates group practice " +
		"partners network specialists society foundation " +
		"instituto clinica clinicas centro centros farmacia farmacias laboratorio laboratorios salud " +
		"sanatorio policlinica consultorio " +
		"pediatrics urology neurology podiatry cardiology dermatology orthopedics orthopaedics dentistry dental " +
		"optometry audiology oncology rheumatology gastroenterology staffing rx market")
)

// nmRangeSpans: the byte spans (in the field's own bytes) where the drop
// may clear a weak finding (rng: any weak finding; names: only a word of
// no clinical vocabulary, nmBrandRule): each sentence holding a range cue
// and no word saying one reader's (rng); the words before a colon among
// the field's first six, all capitalised (names); each capitalised run
// naming an organisation (names, or rng after "a message from", "un
// mensaje de": the sender's name as the sender of the message).
func (s *scanner) nmRangeSpans() (rng, names [][2]int) {
	n := len(s.toks)
	for lo := 0; lo < n; {
		hi := s.nmSentEnd(lo)
		if s.nmRangeSent(lo, hi) && !s.nmOneSent(lo, hi) {
			a, b := s.t.orig(int(s.toks[lo].s), int(s.toks[hi-1].e))
			rng = append(rng, [2]int{a, b})
		}
		lo = hi
	}
	// the sender's name as the field's header ("Lumina Fertility: …"; a
	// clinical word there stays a finding: red team red23b, "Suboxone
	// Induction Visit: bring a photo ID …")
	for k := 0; k+1 < n && k < 6; k++ {
		if !nmCap(s, k) && !nmJoin(s.toks[k].low) || nmOne.get(s.toks[k].h) {
			break
		}
		if gap := s.t.s[s.toks[k].e:s.toks[k+1].s]; containsByte(gap, ':') {
			if k >= 1 {
				a, b := s.t.orig(int(s.toks[0].s), int(s.toks[k].e))
				names = append(names, [2]int{a, b})
			}
			break
		}
	}
	// one reader's sentences, once for the field (runs below ask per token)
	one := make([]bool, n)
	for lo := 0; lo < n; {
		hi := s.nmSentEnd(lo)
		if s.nmOneSent(lo, hi) {
			for k := lo; k < hi; k++ {
				one[k] = true
			}
		}
		lo = hi
	}
	// an organisation's name: a run of capitalised words that starts or
	// ends with a word naming one ("Cadence Hearing Institute", "Clínica
	// Santa Inés"), in a sentence with no word saying one reader's; a
	// clinical word in it is cleared only where the run is the sender of
	// a message ("Tiene un mensaje nuevo de Tri-County Urology") — "check
	// in at the HIV Care Clinic" is the reader's care (red team red23b)
	for k := 0; k < n; {
		if !nmCap(s, k) {
			k++
			continue
		}
		j := k
		for j < n && (j == k || !s.toks[j].sent && !nmPunctGap(s, j)) && (nmCap(s, j) || nmJoin(s.toks[j].low) && j+1 < n && nmCap(s, j+1)) {
			j++
		}
		if j-k >= 2 && (nmOrgTok(&s.toks[k]) || nmOrgTok(&s.toks[j-1])) && !one[k] {
			a, b := s.t.orig(int(s.toks[k].s), int(s.toks[j-1].e))
			if s.nmMessageFrom(k) {
				rng = append(rng, [2]int{a, b})
			} else {
				names = append(names, [2]int{a, b})
			}
		}
		k = j
	}
	return rng, names
}

// nmMessage: words naming what a sender sends.
var nmMessage = wordSetTab("message messages notice update updates newsletter news statement document documents " +
	"mensaje mensajes aviso avisos boletin noticias documento documentos")

// nmMessageFrom: token k follows "from"/"de"/"del" with a word naming a
// message among the three words before it ("a new message from X", "un
// mensaje nuevo de X").
func (s *scanner) nmMessageFrom(k int) bool {
	if k < 2 {
		return false
	}
	switch s.toks[k-1].low {
	case "from", "de", "del":
	default:
		return false
	}
	for m := k - 2; m >= 0 && m >= k-4; m-- {
		if nmMessage.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// nmSentEnd: the end (exclusive) of the sentence starting at token lo: the
// next sentence start, or a double quote between two tokens (a JSON
// value: `"item":"Zepbound 5 mg pens"` is no part of the body beside it,
// red team red23b).
func (s *scanner) nmSentEnd(lo int) int {
	hi := lo + 1
	for hi < len(s.toks) && !s.toks[hi].sent && !containsByte(s.t.s[s.toks[hi-1].e:s.toks[hi].s], '"') {
		hi++
	}
	return hi
}

// nmRangeSent: tokens [lo, hi) hold a range cue (nmRange).
func (s *scanner) nmRangeSent(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if nmRange.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// nmOneSent: tokens [lo, hi) hold a word saying one reader's (nmOne), or a
// role named with a definite or demonstrative word ("this patient", "la
// paciente").
func (s *scanner) nmOneSent(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if nmOne.get(s.toks[k].h) && (k == lo || !nmNo(s.toks[k-1].low)) || k > lo && nmPerson.get(s.toks[k].h) && nmThe.get(s.toks[k-1].h) {
			return true
		}
	}
	return false
}

// nmOrgTok: t names an organisation (nmOrg), possessive too
// ("Lakeshore Neurology's").
func nmOrgTok(t *token) bool {
	return nmOrg.get(t.h) || len(t.low) > 3 && t.low[len(t.low)-1] == 's' && nmOrg.get(hstr(t.low[:len(t.low)-1]))
}

// nmNo: a word negating the one-reader word after it ("no appointment
// needed", "sin cita").
func nmNo(low string) bool { return low == "no" || low == "sin" || low == "without" }

// nmPunctGap: the gap before token j (j > 0) holds punctuation that ends
// a name (a colon, a comma, a sentence's end, a bracket, a quote).
func nmPunctGap(s *scanner, j int) bool {
	for _, c := range []byte(s.t.s[s.toks[j-1].e:s.toks[j].s]) {
		switch c {
		case ':', ';', ',', '.', '!', '?', '(', ')', '"', '[', ']':
			return true
		}
	}
	return false
}

// nmCap: token k starts with a capital letter.
func nmCap(s *scanner, k int) bool {
	c := s.t.s[s.toks[k].s]
	return c >= 'A' && c <= 'Z'
}

// nmJoin: a small word inside an organisation's name.
func nmJoin(low string) bool {
	switch low {
	case "y", "de", "del", "la", "and", "of", "the", "for", "en":
		return true
	}
	return false
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// nmOutsideRange: a weak finding of field f starts outside every span
// where the drop may clear it (nmRangeSpans): the drop keeps the field's
// findings.
func nmOutsideRange(f *nmField, out []Finding) bool {
	for _, o := range out {
		if o.Field != f.name {
			continue
		}
		in := inSpans(o.Start, f.rng) ||
			nmBrandRule(o.Rule) && (f.brand && o.Start < f.brandEnd || inSpans(o.Start, f.caps) || inSpans(o.Start, f.names))
		if !in {
			return true
		}
	}
	return false
}

// inSpans: byte offset at lies in one of the spans [a, b).
func inSpans(at int, sps [][2]int) bool {
	for _, sp := range sps {
		if at >= sp[0] && at < sp[1] {
			return true
		}
	}
	return false
}

// nmBrandAt: the field's first word, capitalised, ends at byte e of the
// field: a word of no clinical vocabulary there is the sender's brand
// ("Lumina: Autopay is set.", "ClearView has updated its Notice of Privacy
// Practices"), nmBrandRule.
func (s *scanner) nmBrandAt() (e int, ok bool) {
	if len(s.toks) == 0 || !nmCap(s, 0) {
		return 0, false
	}
	_, e = s.t.orig(int(s.toks[0].s), int(s.toks[0].e))
	return e, true
}

// nmBrandRule: rules that report a word for being in no general vocabulary
// or only in a large dictionary, not for being a known clinical term, a
// misspelling of one or a drug's stem: as the field's first word, such a
// word is read as the sender's brand.
func nmBrandRule(rule string) bool {
	switch rule {
	case "frame.unknown", "frame.initial", "compose.learned", "dictionary.term", "dictionary.cognate":
		return true
	}
	return false
}

// nmCapSpans: the capitalised words inside a sentence (not its first word)
// whose sentence has no word saying one reader's (nmOne): a word of no
// clinical vocabulary there (nmBrandRule) is a proper name — a brand, a
// product, a place ("Nueva colección Oakley Holbrook en la sede
// Unicentro", "We're hiring! DrawDirect needs …") — not one reader's care;
// "Zepbound pens shipped this week" keeps its finding ("shipped").
func (s *scanner) nmCapSpans() [][2]int {
	var sp [][2]int
	for lo := 0; lo < len(s.toks); {
		hi := s.nmSentEnd(lo)
		if !s.nmOneSent(lo, hi) {
			for k := lo + 1; k < hi; k++ {
				if nmCap(s, k) {
					a, b := s.t.orig(int(s.toks[k].s), int(s.toks[k].e))
					sp = append(sp, [2]int{a, b})
				}
			}
		}
		lo = hi
	}
	return sp
}

// nmWhoseMinToks: the reading applies to fields of at least this many
// tokens. Padding is what lets the model score one reader's care as
// ordinary (the score is scaled by 1/√n): every red-team leak the drop
// cleared had 39 words or more (dev114r, dev115d, dev116d), and ten short
// padded leaks written for the floor (10–20 words: "Free parking all week.
// The HIV test came back reactive. Happy holidays to all!", "We sent the
// new Eliquis prescription to the Elm St counter this morning. Happy
// holidays!") were not cleared even without the reading. Below the floor
// the drop is as before (the word windows of nmAddrSpans): over the
// development files the floor keeps 76 of the reading's 136 added FP lines
// away (12 tokens: 8; 16: 33).
const nmWhoseMinToks = 20
