package guard

import "strings"

// gaps20.go: four rules of fix helper gaps20 (issue 15, twentieth pass,
// dev105's fam miss20 and the last pass's open leaks, probe set dev105g,
// 2026-12-06), run from one walk at their start words (g20Starts; the
// pass returns at once when its bit is clear: p20Gaps,
// pass20gate.go), and one date predicate read by date() (words.go):
//
//   - compose.scalp_photos (condition): a hair-loss patient's progress
//     photos. "Upload crown and hairline photos so your provider can
//     compare" and "Sube tus fotos de la coronilla y las entradas"
//     passed: crown, hairline and photo are plain words. Reported: a photo
//     noun (g20Photo) with, within eight words of its sentence, a scalp
//     word (g20ScalpStrong: hairline, scalp, coronilla, "cuero
//     cabelludo") or two different scalp-region words (g20ScalpWeak:
//     crown, temples, entradas, sienes), in a sentence with a reader's word
//     (your, you, tu, tus, su, sus, upload, sube…): the reader's own
//     photos. "photos of temples in Kyoto" (one region word), "crown
//     molding" (no photo noun), "Share your progress photos from our step
//     challenge" (no scalp word) pass.
//   - name.baby_cord (name): a baby's name with the baby's cord blood or
//     cord tissue. "Baby Aurora's cord blood unit has arrived at our lab"
//     passed: Aurora is a word as well as a name, and no name list holds
//     it. Reported: baby/bebé, then a capitalised word (two at most, not
//     the sentence's first) that is possessive ("Baby River's") or, in
//     Spanish, follows an article before bebé ("de la bebé Estrella"), in a
//     sentence holding a word of a newborn's sample (g20Cord: cord, cordón,
//     tissue, tejido, sample, muestra, unit, unidad, stem, specimen).
//     "Baby Week's free car-seat checks" (no sample word) and "Our Baby
//     Basics class covers cord blood banking" (not possessive) pass.
//   - id.ssn_words (ssn): an SSN's digits written as words. "the last four
//     of your social: four two one nine" passed (readertreat.go's
//     id.ssn_digits reads digits only). Reported: after "social security",
//     "seguro social", your/su/tu "social", or SSN, within sixteen words of
//     its sentence, four or more number words in a row (g20Num: zero, oh,
//     one … nine; cero, uno … nueve), joined by spaces, commas or hyphens.
//     "Social hour starts at four; two drinks included, one per guest" (no
//     run of four) and "We will never ask for the last four of your
//     social" pass.
//   - compose.implant_patient (procedure): the reader as an implant
//     patient. "Por ser paciente de implantes" and "As an implant patient"
//     passed. Reported: "implant patient(s)" after "as a/an" or a reader's
//     possessive; "paciente(s) de implante(s)" after "por ser", "como" or
//     a reader's possessive. "Por ser paciente de nuestra clínica" (no
//     implant) passes.
//   - association.device_user (association, strict mode only, as
//     becausebought.go's marketing by association): marketing to the users
//     of a care pump. "As a Veloria pump user, you qualify for early access
//     to our new tubeless patch system" (strict) passed: pump is a plain
//     word. Reported: "pump(s)" then user(s)/wearer(s)/patient(s), after "as
//     a/an", your or fellow with up to three brand or care words between
//     (none of g20PumpPlain: heat, sump, fuel, water, pool, air, tire…);
//     "usuario(a)(s)/paciente(s)/portador(a)(es) de (la) bomba" then a
//     capitalised brand, "de insulina/infusión/lactancia" or the clause's
//     end. "As a heat pump user", "As a sump pump owner", "usuario de la
//     bomba de calor" pass.
//   - g20CareReceived (date.person, words.go): a date after the care the
//     reader received ("the care you received with us on December 3", "la
//     atención que recibió con nosotros el 3 de diciembre"): a care noun
//     (g20CareNoun: care, treatment, services, atención, tratamiento…),
//     then "you"/"que" and received/recibió within three words, the date
//     after it within eight words of its sentence. "the package you
//     received on December 3" (no care noun) and "Our survey about the care
//     you received closes on December 15" (a closing word between: the
//     survey's date) pass.
//
// All findings are reader-tied (readerTiedRule). Left out (would cost clean
// rows or need a reading no rule makes, README): a care team named by a
// surname that is a word ("Care Team Whitfield"), a lower-case person whose
// surname is a word ("tobias reed's colostomy"), a surname as the label of
// a number, a surname before a clinical service as a sender header,
// "the <Surname> family".
var (
	g20Photo       = wordSetTab("photo photos picture pictures pics selfie selfies foto fotos fotografia fotografias imagen imagenes")
	g20ScalpStrong = wordSetTab("hairline hairlines scalp coronilla")
	g20ScalpWeak   = wordSetTab("crown temples temple entradas sienes sien")
	g20Reader      = wordSetTab("your you yours tu tus su sus usted upload uploading sube suba subir subes envie envia")
	g20Baby        = wordSetTab("baby bebe")
	g20Cord        = wordSetTab("cord cordon tissue tejido sample samples muestra muestras unit unidad stem specimen")
	g20EsArt       = wordSetTab("del el la al")
	g20Social      = wordSetTab("social ssn")
	g20Security    = wordSetTab("security")
	g20Num         = wordSetTab("zero oh one two three four five six seven eight nine cero uno una dos tres cuatro cinco seis siete ocho nueve")
	g20Implant     = wordSetTab("implant implants implante implantes")
	g20Patient     = wordSetTab("patient patients")
	g20Paciente    = wordSetTab("paciente pacientes")
	g20AsA         = wordSetTab("a an")
	g20Received    = wordSetTab("received recibio recibieron")
	g20CareNoun    = wordSetTab("care treatment treatments service services visit procedure atencion tratamiento tratamientos servicio servicios procedimiento consulta")
	g20CloseWord   = wordSetTab("closes close closed ends end expires due deadline cierra cierre vence termina")
	g20Pump        = wordSetTab("pump pumps bomba bombas")
	g20PumpUser    = wordSetTab("user users wearer wearers patient patients")
	g20PumpOpen    = wordSetTab("your fellow")
	g20PumpPlain   = wordSetTab("heat sump fuel water pool well bike bicycle air tire tyre gas beer oil vacuum bilge drain garden " +
		"fountain aquarium pond solar petrol diesel hand foot espresso soap lotion boat irrigation septic sewage grinder transfer")
	g20PumpEsUser = wordSetTab("usuario usuaria usuarios usuarias paciente pacientes portador portadora portadores portadoras")
	g20PumpEsOf   = wordSetTab("insulina infusion lactancia")
	g20Starts     = tabsFilter(g20Photo, g20Baby, g20Social, g20Implant, g20Pump)
	g20RecvFilter = tabsFilter(g20Received)
	hG20Cuero     = hstr("cuero")
	hG20Cabelludo = hstr("cabelludo")
	hG20Seguro    = hstr("seguro")
	hG20As        = hstr("as")
	hG20De        = hstr("de")
	hG20Por       = hstr("por")
	hG20Ser       = hstr("ser")
	hG20Como      = hstr("como")
	hG20You       = hstr("you")
	hG20Que       = hstr("que")
)

// scanGaps20 runs the four rules at their start words.
func (s *scanner) scanGaps20() {
	if s.p20&p20Gaps == 0 { // no start word of this pass (pass20gate.go)
		return
	}
	s.scanGaps20On()
}

// scanGaps20On is scanGaps20 past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanGaps20On() {
	for i := range s.toks {
		h := s.toks[i].h
		if !g20Starts.may(h) {
			continue
		}
		switch {
		case g20Photo.get(h):
			s.g20ScalpPhotos(i)
		case g20Baby.get(h):
			s.g20BabyCord(i)
		case g20Social.get(h):
			s.g20SSNWords(i)
		case g20Implant.get(h):
			s.g20ImplantPatient(i)
		case g20Pump.get(h):
			if s.m == Strict {
				s.g20PumpUserAt(i)
			}
		}
	}
}

// g20SpanFree: no token of a..b is used by an earlier finding.
func (s *scanner) g20SpanFree(a, b int) bool {
	for k := a; k <= b; k++ {
		if s.used[k] {
			return false
		}
	}
	return true
}

// g20ScalpPhotos: compose.scalp_photos at the photo noun i.
func (s *scanner) g20ScalpPhotos(i int) {
	lo, hi := s.sentSpan(i)
	strong, a, b := false, i, i
	var weak uint64
	nWeak := 0
	for k := max(lo, i-8); k < hi && k <= i+8; k++ {
		h := s.toks[k].h
		hit := false
		switch {
		case g20ScalpStrong.get(h):
			strong, hit = true, true
		case h == hG20Cuero && k+1 < hi && s.toks[k+1].h == hG20Cabelludo:
			strong, hit = true, true
		case g20ScalpWeak.get(h):
			if h != weak {
				nWeak++
				weak = h
			}
			hit = true
		}
		if hit {
			a, b = min(a, k), max(b, k)
		}
	}
	if !strong && nWeak < 2 {
		return
	}
	reader := false
	for k := lo; k < hi && !reader; k++ {
		reader = g20Reader.get(s.toks[k].h)
	}
	if reader && s.g20SpanFree(a, b) {
		s.addTok(a, b, KindCondition, "compose.scalp_photos", 0.8, reasonFor(KindCondition))
	}
}

// g20Possessive: token k is followed by 's (the tokenizer drops it).
func (s *scanner) g20Possessive(k int) bool {
	rest := s.t.s[s.toks[k].e:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// g20BabyCord: name.baby_cord at baby/bebé i.
func (s *scanner) g20BabyCord(i int) {
	n := len(s.toks)
	if i+1 >= n || s.toks[i+1].sent || s.toks[i+1].cls&tCap == 0 || s.toks[i+1].cls&tUpper != 0 || s.gap(i+1) != " " {
		return
	}
	j := i + 1
	if j+1 < n && !s.toks[j+1].sent && s.toks[j+1].cls&tCap != 0 && s.toks[j+1].cls&tUpper == 0 && s.gap(j+1) == " " && !s.g20Possessive(j) {
		j++ // two names: "Baby Mary Jane's"
	}
	ok := s.g20Possessive(j)
	if !ok && s.toks[i].low == "bebe" && i > 0 && !s.toks[i].sent {
		ok = g20EsArt.get(s.toks[i-1].h) // "de la bebé Estrella", "del bebé Sol"
	}
	if !ok {
		return
	}
	lo, hi := s.sentSpan(i)
	cord := false
	for k := lo; k < hi && !cord; k++ {
		cord = k != i && g20Cord.get(s.toks[k].h)
	}
	if cord && s.g20SpanFree(i+1, j) {
		s.addTok(i+1, j, KindName, "name.baby_cord", 0.8, reasonFor(KindName))
	}
}

// g20SSNWords: id.ssn_words at social/SSN i.
func (s *scanner) g20SSNWords(i int) {
	n := len(s.toks)
	t := &s.toks[i]
	switch {
	case t.low == "ssn":
	case i+1 < n && !s.toks[i+1].sent && g20Security.get(s.toks[i+1].h):
	case i > 0 && !t.sent && (s.toks[i-1].h == hG20Seguro || ppOwner.get(s.toks[i-1].h)):
	default:
		return
	}
	run, a := 0, -1
	for k := i + 1; k < n && k <= i+16; k++ {
		if s.toks[k].sent && k > i+1 {
			return
		}
		if !g20Num.get(s.toks[k].h) || s.toks[k].cls&tUpper != 0 && len(s.toks[k].low) > 1 {
			run, a = 0, -1
			continue
		}
		if run > 0 {
			g := strings.TrimSpace(s.gap(k))
			if g != "" && g != "," && g != "-" {
				run, a = 0, -1
			}
		}
		if run == 0 {
			a = k
		}
		run++
		if run >= 4 {
			b := k
			for b+1 < n && b+1 <= a+9 && !s.toks[b+1].sent && g20Num.get(s.toks[b+1].h) {
				g := strings.TrimSpace(s.gap(b + 1))
				if g != "" && g != "," && g != "-" {
					break
				}
				b++
			}
			if s.g20SpanFree(a, b) {
				s.addTok(a, b, KindSSN, "id.ssn_words", 0.85, reasonFor(KindSSN))
			}
			return
		}
	}
}

// g20ImplantPatient: compose.implant_patient at implant i.
func (s *scanner) g20ImplantPatient(i int) {
	n := len(s.toks)
	a, b := -1, -1
	// "as an implant patient", "your implant patients"
	if i+1 < n && !s.toks[i+1].sent && g20Patient.get(s.toks[i+1].h) && i > 0 && !s.toks[i].sent {
		p := s.toks[i-1].h
		if ppOwner.get(p) || g20AsA.get(p) && i > 1 && s.toks[i-2].h == hG20As {
			a, b = i, i+1
		}
	}
	// "por ser paciente de implantes", "como paciente de implantes"
	if a < 0 && i > 1 && !s.toks[i].sent && !s.toks[i-1].sent && s.toks[i-1].h == hG20De && g20Paciente.get(s.toks[i-2].h) && i > 2 && !s.toks[i-2].sent {
		p := s.toks[i-3].h
		if ppOwner.get(p) || p == hG20Como || p == hG20Ser && i > 3 && s.toks[i-4].h == hG20Por {
			a, b = i-2, i
		}
	}
	if a >= 0 && s.g20SpanFree(a, b) {
		s.addTok(a, b, KindProcedure, "compose.implant_patient", 0.8, reasonFor(KindProcedure))
	}
}

// g20CareReceived: the date at i..j follows, in its sentence, the care the
// reader received: a care noun, then you/que and received/recibió within
// three words, the date within eight words after it and no closing word
// (closes, ends, due, vence…) between. date() reports it as date.person.
func (s *scanner) g20CareReceived(i, j int) bool {
	lo, _ := s.sentSpan(i)
	for k := i - 1; k >= lo && k >= i-9; k-- {
		h := s.toks[k].h
		if g20CloseWord.get(h) {
			return false
		}
		if !g20RecvFilter.may(h) || !g20Received.get(h) {
			continue
		}
		// you/que within two words before received, a care noun right before that
		for m := k - 1; m >= lo && m >= k-2; m-- {
			if s.toks[m].h != hG20You && s.toks[m].h != hG20Que {
				continue
			}
			for c := m - 1; c >= lo && c >= m-2; c-- {
				if g20CareNoun.get(s.toks[c].h) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// g20PumpUserAt: association.device_user at pump/bomba i (strict mode).
func (s *scanner) g20PumpUserAt(i int) {
	n := len(s.toks)
	if s.toks[i].low == "bomba" || s.toks[i].low == "bombas" {
		// "usuario de la bomba Veloria", "usuaria de bomba de insulina"
		k := i - 1
		if k >= 0 && !s.toks[k+1].sent && (s.toks[k].low == "la" || s.toks[k].low == "las") {
			k--
		}
		if k < 1 || s.toks[k+1].sent || s.toks[k].h != hG20De || s.toks[k].sent || !g20PumpEsUser.get(s.toks[k-1].h) {
			return
		}
		b := i
		switch {
		case i+1 >= n || s.toks[i+1].sent || strings.TrimSpace(s.gap(i+1)) != "":
		case s.toks[i+1].cls&tCap != 0:
			b = i + 1
		case s.toks[i+1].h == hG20De && i+2 < n && !s.toks[i+2].sent && g20PumpEsOf.get(s.toks[i+2].h):
			b = i + 2
		default:
			return
		}
		if s.g20SpanFree(k-1, b) {
			s.addTok(k-1, b, KindAssociation, "association.device_user", 0.7, "is a care device the reader uses, named in marketing")
		}
		return
	}
	if i+1 >= n || s.toks[i+1].sent || !g20PumpUser.get(s.toks[i+1].h) {
		return
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if s.toks[k+1].sent {
			return
		}
		h := s.toks[k].h
		if g20PumpPlain.get(h) {
			return
		}
		if g20PumpOpen.get(h) || g20AsA.get(h) && k > 0 && !s.toks[k].sent && s.toks[k-1].h == hG20As {
			if s.g20SpanFree(k+1, i+1) {
				s.addTok(k+1, i+1, KindAssociation, "association.device_user", 0.7, "is a care device the reader uses, named in marketing")
			}
			return
		}
	}
}
