package guard

import "strings"

// cliniclabel.go: compose.clinical_label (condition), fix helper fix108
// (issue 15, twenty-first pass, round two; dev108, probe set dev108x,
// 2026-12-06).
//
// A line of a clinical record pasted into a notice: "Dx: early childhood
// caries, needs GA" passed, visible or in a CSS-hidden span (htmlhidden.go
// sets a hidden element apart by line breaks, so its first word opens a
// sentence; obfuscation.hidden reads only a run of at most four clinical
// words, and caries is in no list: dental marketing says it to everyone).
// The record's label says what the words after it are, whatever they are.
//
// Reported: a label of a clinical record (clLabel: dx, ddx, diagnosis,
// diagnoses, diagnóstico(s), hx, sx, tx, rx, impression, assessment,
// indication(s); "impresión (diagnóstica)", "motivo de (la) consulta",
// "chief complaint") opening a sentence or a line, or after one modifier
// word that opens it (clBefore: final, primary, working, admitting,
// discharge, clinical …, "Final diagnosis:"), with up to two Spanish
// modifiers after it ("Diagnóstico principal:", "Diagnóstico de
// ingreso:"), then a colon alone (not a JSON key's quoted colon: jsonvalue.go
// reads {"dx":"HLH"}), then a first word of 3+ letters (or an
// abbreviation in capitals) that is no opener of the sender's own
// wording (clOpen: a pronoun, a status or a pointer: ready, due, pending,
// see, call, none, free, new, our, your, listo, pendiente, vea …). The
// finding spans the label and at most eight words of the sentence after
// the colon; a sentence one of whose words another rule reported is left
// to that rule.
//
// Clean look-alikes: a brand ending in Rx before a colon ("ClearPath Rx:
// your order shipped": the label does not open the sentence); "Rx: ready
// for pickup", "Assessment: due Friday", "Dx: see your portal",
// "Impression: we loved seeing everyone" (a status, pointer or pronoun
// first); "Indicaciones: llegue 15 minutos antes" (Spanish indicación is
// an instruction, not listed); "Diagnosis codes on your statement" (no
// colon). Decided: a bare "Rx:" before a status word is a pharmacy's
// pickup notice, as "Your prescription is ready" is clean in the corpora.
//
// Tied to the reader (readerTiedRule): a record's label in a notice is the
// reader's record; no drop of the sender's wording clears it.
var (
	clLabel = wordSetTab("dx ddx diagnosis diagnoses diagnostico diagnosticos hx sx tx rx impression impresion " +
		"assessment indication indications motivo chief")
	clBefore = wordSetTab("final primary secondary working clinical admitting admission discharge principal " +
		"provisional differential presumptive preliminary")
	clAfterEs = wordSetTab("principal presuntivo presuntiva definitivo definitiva de ingreso egreso alta final " +
		"diagnostica diagnostico clinico clinica")
	clOpen = wordSetTab("we our us you your yours i my me tu tus su sus usted nuestro nuestra nuestros nuestras le les " +
		"the this that these it its esto este esta estos estas " +
		"ready available pending due complete completed done shipped sent delivered scheduled confirmed " +
		"see call click tap visit log sign book none na n free new coming open closed today tomorrow please " +
		"here check read learn update important reminder thanks thank welcome " +
		"listo lista listos listas disponible disponibles pendiente pendientes enviado enviada confirmado confirmada " +
		"vea llame visite ingrese revise ninguno ninguna gratis nuevo nueva aqui hoy manana gracias recuerde")
	clStarts       = tabsFilter(clLabel, clBefore)
	hClMotivo      = hstr("motivo")
	hClChief       = hstr("chief")
	hClComplaint   = hstr("complaint")
	hClDe          = hstr("de")
	hClLa          = hstr("la")
	hClConsulta    = hstr("consulta")
	hClImpresion   = hstr("impresion")
	hClDiagnostica = hstr("diagnostica")
)

// scanClinLabel runs compose.clinical_label at its start words.
func (s *scanner) scanClinLabel() {
	if s.p20&p20ClinLabel == 0 { // no start word of this pass (pass20gate.go)
		return
	}
	s.scanClinLabelOn()
}

// scanClinLabelOn is scanClinLabel past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanClinLabelOn() {
	// a label opens a sentence (i == 0, sent) or follows a markup tag
	// (clAfterTag, which needs a '>' in the field): without one, only a
	// sentence's first token is read, its flag tested before its hash
	// (helper speed21)
	tagged := s.hasByte('>')
	for i := range s.toks {
		if !(i == 0 || s.toks[i].sent || tagged) {
			continue
		}
		h := s.toks[i].h
		if !clStarts.may(h) || !(i == 0 || s.toks[i].sent || s.clAfterTag(i)) {
			continue
		}
		l := i
		if !clLabel.get(h) {
			// one modifier opening the sentence: "Final diagnosis:"
			if !clBefore.get(h) || i+1 >= len(s.toks) || s.toks[i+1].sent || !clLabel.get(s.toks[i+1].h) {
				continue
			}
			l = i + 1
		}
		s.clinLabelAt(i, l)
	}
}

// clAfterTag: the gap before token i ends a markup tag ("…display:none">Dx:"
// in a field sent as plain text, so no line break set the label apart).
func (s *scanner) clAfterTag(i int) bool {
	g := strings.TrimRight(s.gap(i), " \t")
	return strings.HasSuffix(g, ">")
}

// clinLabelAt: the label word l (the sentence opens at a, a <= l).
func (s *scanner) clinLabelAt(a, l int) {
	n := len(s.toks)
	b := l // the label's last word
	switch s.toks[l].h {
	case hClMotivo: // "motivo de (la) consulta"
		k := l + 1
		if k < n && s.toks[k].h == hClDe {
			k++
		} else {
			return
		}
		if k < n && s.toks[k].h == hClLa {
			k++
		}
		if k >= n || s.toks[k].h != hClConsulta {
			return
		}
		b = k
	case hClChief:
		if l+1 >= n || s.toks[l+1].h != hClComplaint {
			return
		}
		b = l + 1
	case hClImpresion:
		if l+1 < n && s.toks[l+1].h == hClDiagnostica && !s.gapHas(l, ':') {
			b = l + 1
		}
	}
	// up to two Spanish modifiers after the label: "Diagnóstico de ingreso:"
	for k := 0; k < 2 && !s.gapHas(b, ':') && b+1 < n && !s.toks[b+1].sent && clAfterEs.get(s.toks[b+1].h); k++ {
		b++
	}
	if b+1 >= n || strings.TrimSpace(s.gap(b+1)) != ":" { // a colon alone: no JSON key ("dx":"HLH", jsonvalue.go's)
		return
	}
	for k := a + 1; k <= b; k++ {
		if s.toks[k].sent {
			return
		}
	}
	c := b + 1 // the first word after the colon
	ft := &s.toks[c]
	if ft.cls&tAlpha == 0 || clOpen.get(ft.h) {
		return
	}
	if len(ft.low) < 3 && !(ft.cls&tUpper != 0 && len(ft.low) >= 2) {
		return
	}
	_, hi := s.sentSpan(c)
	e := c
	for e+1 < hi && e+1 <= c+7 && !strings.Contains(s.gap(e+1), "<") { // a markup tag ends the run
		e++
	}
	for k := a; k <= e; k++ {
		if s.used[k] {
			return
		}
	}
	s.addTok(a, e, KindCondition, "compose.clinical_label", 0.8, reasonFor(KindCondition))
}
