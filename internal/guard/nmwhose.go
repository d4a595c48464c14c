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
	nmRange = wordSetTab("we weve us our ours all every everyone everybody anyone any each " +
		"community public families caregivers members staff team teams " +
		"free join joins joined invite invites invited welcome welcomes " +
		"open opens opening closed close closes closing hours available offer offers offering offered " +
		"event events webinar webinars class classes session sessions training trainings workshop workshops " +
		"talk fair expo awareness holiday holidays policy policies " +
		"nosotros nos nuestro nuestra nuestros nuestras todos todas toda todo cada cualquier " +
		"comunidad publico familias equipo personal gratis gratuito gratuita gratuitos gratuitas " +
		"invitamos invita bienvenidos bienvenidas participa abierto abierta abiertos abiertas cerrado cerrada cerrados " +
		"cierra cerramos abre abrimos horario horarios disponible disponibles ofrecemos ofrece " +
		"evento eventos taller talleres charla charlas jornada jornadas feria politica politicas " +
		"accept accepts accepting hiring recall recalling recalled meet sale off " +
		"aceptamos tenemos estamos contamos conozca reclutando oferta ofertas descuento descuentos promo " +
		"law laws require requires required ley requiere requieren national nacional world mundial prevention prevencion")
	nmOne = wordSetTab("confirmed authorized approved shipped mailed delivered overdue hold aside " +
		"account statement charge charges result results refill refills renewed filled collected booked scheduled " +
		"enrolled enrollment referral came positive negative " +
		"usted confirmado confirmada autorizado autorizada autorizo aprobado aprobada enviado enviada enviados enviadas " +
		"entregado entregada toca vence recordatorio pendiente resultado resultados surtida surtido " +
		"retirar nombre reserved reservado reservada ready listo lista")
	nmOrg = wordSetTab("institute institutes clinic clinics center centers centre centres pharmacy pharmacies " +
		"hospital hospitals lab labs laboratory laboratories associates group practice " +
		"partners network specialists society foundation " +
		"instituto clinica clinicas centro centros farmacia farmacias laboratorio laboratorios salud " +
		"sanatorio policlinica consultorio " +
		"pediatrics urology neurology podiatry cardiology dermatology orthopedics orthopaedics dentistry dental " +
		"optometry audiology oncology rheumatology gastroenterology staffing rx market")
)

// nmRangeSpans: the byte spans (in the field's own bytes) where the drop
// may clear a weak finding: each sentence holding a range cue, the words
// before a colon among the field's first six, and each capitalised run
// naming an organisation.
func (s *scanner) nmRangeSpans() [][2]int {
	var sp [][2]int
	n := len(s.toks)
	for lo := 0; lo < n; {
		_, hi := sentenceSpan(s.toks, lo)
		rng, one := false, false
		for k := lo; k < hi; k++ {
			rng = rng || nmRange.get(s.toks[k].h)
			one = one || nmOne.get(s.toks[k].h)
		}
		if rng && !one {
			a, b := s.t.orig(int(s.toks[lo].s), int(s.toks[hi-1].e))
			sp = append(sp, [2]int{a, b})
		}
		lo = hi
	}
	// the sender's name as the field's header: two to six capitalised
	// words before a colon, none saying one reader's ("Costa Asma y
	// Alergia: …"; a drug before "pickup" or "ready" is kept by nmAddrSpans)
	for k := 0; k+1 < n && k < 6; k++ {
		if !nmCap(s, k) && !nmJoin(s.toks[k].low) || nmOne.get(s.toks[k].h) {
			break
		}
		if gap := s.t.s[s.toks[k].e:s.toks[k+1].s]; containsByte(gap, ':') {
			if k >= 1 {
				a, b := s.t.orig(int(s.toks[0].s), int(s.toks[k].e))
				sp = append(sp, [2]int{a, b})
			}
			break
		}
	}
	// an organisation's name: a run of capitalised words that starts or
	// ends with a word naming one ("Cadence Hearing Institute", "Clínica
	// Santa Inés"), in a sentence with no word saying one reader's
	for k := 0; k < n; {
		if !nmCap(s, k) {
			k++
			continue
		}
		j := k
		for j < n && (j == k || !s.toks[j].sent && !nmPunctGap(s, j)) && (nmCap(s, j) || nmJoin(s.toks[j].low) && j+1 < n && nmCap(s, j+1)) {
			j++
		}
		if j-k >= 2 && (nmOrgTok(&s.toks[k]) || nmOrgTok(&s.toks[j-1])) && !s.nmOneIn(k) {
			a, b := s.t.orig(int(s.toks[k].s), int(s.toks[j-1].e))
			sp = append(sp, [2]int{a, b})
		}
		k = j
	}
	return sp
}

// nmOrgTok: t names an organisation (nmOrg), possessive too
// ("Lakeshore Neurology's").
func nmOrgTok(t *token) bool {
	return nmOrg.get(t.h) || len(t.low) > 3 && t.low[len(t.low)-1] == 's' && nmOrg.get(hstr(t.low[:len(t.low)-1]))
}

// nmOneIn: the sentence holding token k has a word saying one reader's
// (nmOne).
func (s *scanner) nmOneIn(k int) bool {
	lo, hi := sentenceSpan(s.toks, k)
	for m := lo; m < hi; m++ {
		if nmOne.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

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
		in := false
		if nmBrandRule(o.Rule) {
			in = f.brand && o.Start < f.brandEnd
			for _, sp := range f.caps {
				in = in || o.Start >= sp[0] && o.Start < sp[1]
			}
		}
		for _, sp := range f.rng {
			if o.Start >= sp[0] && o.Start < sp[1] {
				in = true
				break
			}
		}
		if !in {
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
	for k := range s.toks {
		if s.toks[k].sent || !nmCap(s, k) || s.nmOneIn(k) {
			continue
		}
		a, b := s.t.orig(int(s.toks[k].s), int(s.toks[k].e))
		sp = append(sp, [2]int{a, b})
	}
	return sp
}
