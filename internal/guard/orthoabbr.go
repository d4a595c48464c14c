package guard

// orthoabbr.go: an unlisted abbreviation in capitals before the work of
// an orthotics and prosthetics clinic (issue 15, ninth pass, helper
// MISS9, dev54: "Your AFO adjustment appointment is Thursday", "Your
// KAFO and TLSO invoice"). supplies.txt lists the common orthoses by
// abbreviation (AFO, KAFO, TLSO, SMO…); a clinic writes many more
// (HKAFO, WHFO, CTLSO, KO, a maker's DAFO). What an abbreviation is, the
// sentence says: a fitting, a casting or an adjustment is done to a
// device worn on the body, and a shop's codes (SKU, UPS, PIN, ATM, HSA)
// are never fitted, cast or adjusted.
//
// clinical.ortho_abbrev reports a token of 2–6 capitals (letters only, in
// no vocabulary list and no ordinary English or Spanish word) followed,
// one space or "-" apart, by fitting(s), casting(s), refitting, recasting,
// molding or moulding, or by adjustment(s) when an appointment or visit
// word, a brace, orthosis, prosthesis or clinic word is in the notice —
// optionally through one part word (socket, liner, brace, insert, strap,
// strut, shell: "Your BK socket adjustment appointment") — in a sentence
// said to the reader or scheduled (your, you, su, reminder, scheduled,
// confirmed, a weekday…; therapyabbr.go's lists). In Spanish the head
// comes first: ajuste, prueba, molde, toma de medidas… de (su|la|el) +
// capitals ("el ajuste de su AFO").
//
// What passes: "Your SKU order has shipped" (no head), "Your HVAC
// maintenance appointment" (no head), "Your SAG casting call" (a casting
// call, director, agency, notice or audition is an actor's), "Your VIP
// fitting room" (a room), "Your HVAC adjustment is complete" (an
// adjustment with no appointment or care word in the notice).
//
// Accepted risks: an unlisted trade abbreviation fitted or cast in a
// personal frame ("Your RV hitch fitting" — hitch is no part word, so it
// passes; "Your RV fitting appointment" is reported).

var (
	orthoHeads     = wordSetTab("fitting fittings casting castings refitting recasting molding moulding")
	orthoAdjust    = wordSetTab("adjustment adjustments")
	orthoParts     = wordSetTab("socket sockets liner liners brace braces insert inserts strap straps strut struts shell shells")
	orthoAdjustCue = wordSetTab("appointment appointments appt visit visits brace braces orthosis orthoses orthotic orthotics " +
		"orthotist prosthesis prostheses prosthetic prosthetics prosthetist clinic limb splint cita")
	// orthoNotAfter: a casting call, a fitting room
	orthoNotAfter = wordSetTab("call calls director directors agency agent agents notice notices audition auditions tape tapes " +
		"room rooms session sessions")
	orthoHeadsES = wordSetTab("ajuste ajustes prueba pruebas molde moldes moldeo adaptacion entrega")
	orthoGlueES  = wordSetTab("su sus la el los las tu")
	orthoFilter  = tabsFilter(orthoHeads, orthoAdjust, orthoHeadsES)
)

// orthoCaps: token i is 2–6 capitals in no list and no ordinary word.
func (s *scanner) orthoCaps(i int) bool {
	t := &s.toks[i]
	if t.cls&tUpper == 0 || t.cls&tAlpha == 0 || len(t.low) < 2 || len(t.low) > 6 || t.w != nil || s.used[i] {
		return false
	}
	if s.general(i) || s.g.gen.extended(t.h) {
		return false
	}
	return s.p == nil || !s.p.isTemplate(t.h)
}

// scanOrthoAbbrev reports clinical.ortho_abbrev. A token pays one bit test
// (orthoFilter) for a head word; only a head looks back for capitals.
func (s *scanner) scanOrthoAbbrev() {
	if s.fbAll2&fb2Ortho == 0 { // no token passes orthoFilter (tokfilter.go)
		return
	}
	s.scanOrthoAbbrevOn()
}

// scanOrthoAbbrevOn is scanOrthoAbbrev past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanOrthoAbbrevOn() {
	n := len(s.toks)
	for k := 1; k < n; k++ {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || t.fb2&fb2Ortho == 0 {
			continue
		}
		if orthoHeadsES.get(t.h) {
			s.orthoSpanish(k)
			continue
		}
		adj := orthoAdjust.get(t.h)
		if !adj && !orthoHeads.get(t.h) || t.sent {
			continue
		}
		if g := s.gap(k); g != " " && g != "-" {
			continue
		}
		if k+1 < n && !s.toks[k+1].sent && s.gap(k+1) == " " && orthoNotAfter.get(s.toks[k+1].h) {
			continue
		}
		i := k - 1
		if orthoParts.get(s.toks[i].h) && i > 0 && !s.toks[i].sent && s.gap(i) == " " {
			i-- // "BK socket adjustment"
		}
		if !s.orthoCaps(i) {
			continue
		}
		if adj && !s.noticeHasAny(&orthoAdjustCue) {
			continue
		}
		if !s.sentenceHas(i, &recipientWords) && !s.sentenceHas(i, &therapySchedule) {
			continue
		}
		s.addTok(i, k, KindDevice, "clinical.ortho_abbrev", 0.7, "is an abbreviation in capitals fitted, cast or adjusted in a personal frame, as an orthosis or prosthesis is")
	}
}

// orthoSpanish: "el ajuste de su AFO", "prueba de la KAFO".
func (s *scanner) orthoSpanish(k int) {
	n := len(s.toks)
	j := k + 1
	if j >= n || s.toks[j].h != hDe || s.gap(j) != " " {
		return
	}
	j++
	if j < n && orthoGlueES.get(s.toks[j].h) && s.gap(j) == " " {
		j++
	}
	if j >= n || s.toks[j].sent || s.gap(j) != " " || !s.orthoCaps(j) {
		return
	}
	if !s.sentenceHas(k, &recipientWords) && !s.sentenceHas(k, &therapySchedule) {
		return
	}
	s.addTok(k, j, KindDevice, "clinical.ortho_abbrev", 0.7, "is an abbreviation in capitals fitted, cast or adjusted in a personal frame, as an orthosis or prosthesis is")
}
