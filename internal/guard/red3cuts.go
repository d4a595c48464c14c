package guard

import "strings"

// red3cuts.go (helper RED3, dev44r): vetoes on the latest false-positive
// cuts, for leaks written into their slots. Each runs only after its cut
// has matched, so none sits on a per-token path.
//
//   - senderTagCare (sendertag.go): the opening tag "MS: your refill is
//     ready", "COPD: your refill is ready", "ALS: su cita de seguimiento…"
//     is the reader's condition, not the sender's initials, when the
//     notice speaks to the reader (your/su/tu/usted…) about care: a care
//     word (careWord, sdCare) anywhere in it. "CFS: Su código de
//     verificación es 482913" and "CFS: El laboratorio … se mudó" (no
//     reader word) still pass.
//   - payPersonalCode / payPersonalCue (payevent.go): "Receipt MBR-4481290",
//     "Receipt CLM-2026-55120", "Comprobante NSS 12345678901": a receipt
//     word before a member's, claim's, chart's or a national id's prefix or
//     cue names the person's number, not the payment's.
//     The same prefix in capitals glued to the number keeps an
//     allow_number cue ("receipt") from passing it (allowNumPersonal).
//   - roleMailboxSentTo (scan.go): "We emailed your test results to
//     careers@nkechiobi.com", "Tu receta fue enviada a donaciones@…": a role
//     mailbox something was sent to ("sent/emailed/enviada … to/a") is the
//     reader's address (a person's domain may hold any local part); "Send
//     your resume to careers@…" (an imperative), "se envió desde
//     noresponder@…" (from) and "Your resume was sent to careers@…" (the
//     reader's own application, CV, RSVP) still pass.
//   - socialHandlePersonal (socialhandle.go): a handle glued to a birth
//     year ("@nkechiobi1962") or holding a care word
//     ("@dorothysimms_recovery") is a person's.
//   - srLotBirth (staffmore.go): "Auction lot 3: a quilt signed by Maria
//     Lopez, born 1962": a birth or age word in the field keeps the lot's
//     author reported (a person's birth year and name together).
//   - branchDelFamily, branchVerbPersonal (branchrun.go): "Del Valle
//     Ramírez Ortega: su receta…" (two family names after "Del Valle" and
//     a colon: a person addressed), "Nkechi Obi opens a new file with our clinic" (a
//     branch verb with his/her/su or a record word after it).
var (
	payPersonalPrefixes = wordSetTab("mrn pt pat pid dob mbr mem mr emr ehr chart clm claim pol nss curp rut dni ssn rfc nie cuil cuit mbi hicn nhs cedula exp hc")
	payPersonalCues     = wordSetTab("nss curp rut dni ssn rfc nie cuil cuit mbi hicn nhs cedula afiliacion afiliado poliza policy claim reclamo member miembro expediente paciente patient")
	sentToWords         = wordSetTab("emailed sent forwarded mailed delivered enviada enviado enviadas enviados enviamos envio reenviada reenviado reenviamos remitida remitido mandamos mandada mandado")
	senderTagCareWords  = wordSetTab("refill refills resurtido session sessions sesion sesiones pacing formula therapy terapia group grupo infusion diet dieta slip lab labs")
	sentToOwnWords      = []string{"resume", "cv", "curriculum", "application", "solicitud", "postulacion", "hoja de vida", "rsvp", "registration", "inscripcion"}
	senderTagReader     = wordSetTab("your yours su sus tu tus usted you")
	red3HandleCare      = wordSetTab("recovery journey survivor warrior fighter strong diagnosis recuperacion dialisis quimio chemo")
	branchVerbPerson    = wordSetTab("his her their file chart expediente account cuenta historia archivo " +
		// RED (dev53r): "Okonkwo Adebayo abrirá su tratamiento en …"
		"tratamiento treatment terapia therapy quimioterapia chemotherapy chemo rehabilitacion rehabilitación rehab dialisis diálisis dialysis")
)

// senderTagCare: the notice holds a reader word and a care word.
func (s *scanner) senderTagCare() bool {
	reader, care := false, false
	for k := 1; k < len(s.toks); k++ {
		if senderTagReader.get(s.toks[k].h) {
			reader = true
		} else if !care && (sdCare.get(s.toks[k].h) || senderTagCareWords.get(s.toks[k].h) || s.careWord(k, false)) {
			care = true
		}
	}
	return reader && care
}

// payPersonalCode: the letters of a receipt's code at token i are a
// person's record or id prefix.
func (s *scanner) payPersonalCode(i int) bool {
	return payPersonalPrefixes.get(s.toks[i].h)
}

// payPersonalCue: a record or national-id word stands between the
// receipt word at k and the number at first.
func (s *scanner) payPersonalCue(k, first int) bool {
	for m := k + 1; m < first; m++ {
		if payPersonalCues.get(s.toks[m].h) || payPersonalPrefixes.get(s.toks[m].h) && s.toks[m].cls&tUpper != 0 {
			return true
		}
	}
	return false
}

// roleMailboxSentTo: the sentence before the address at byte a of the
// lower-case text holds a word saying something was sent to it.
func roleMailboxSentTo(low string, a int) bool {
	start := a - 120
	if start < 0 {
		start = 0
	}
	seg := low[start:a]
	if i := strings.LastIndexAny(seg, ".!?\n"); i >= 0 {
		seg = seg[i+1:]
	}
	for _, w := range sentToOwnWords {
		if strings.Contains(seg, w) {
			return false // "Your resume was sent to careers@…": the reader's own application
		}
	}
	seg = strings.TrimRight(seg, " ")
	if !(strings.HasSuffix(seg, " to") || strings.HasSuffix(seg, " a") || strings.HasSuffix(seg, " al")) {
		return false // "se envió desde noresponder@…": sent from, not to
	}
	w := 0
	for j := 0; j <= len(seg); j++ {
		if j == len(seg) || !isLetterByte(seg[j]) {
			if j > w && sentToWords.get(hstr(seg[w:j])) {
				return true
			}
			w = j + 1
		}
	}
	return false
}

// socialHandlePersonal: the handle starting at token i is glued to a
// birth year or holds a care word.
func (s *scanner) socialHandlePersonal(i int) bool {
	for k := i; k < len(s.toks); k++ {
		if k > i {
			g := s.gap(k)
			if g != "" && g != "_" && g != "." {
				break
			}
		}
		t := &s.toks[k]
		if l := len(t.low); t.cls&tDigit != 0 && l >= 4 {
			y := t.low[l-4:]
			if (y[:2] == "19" || y[:3] == "200" || y[:3] == "201") && y[2] >= '0' && y[2] <= '9' && y[3] >= '0' && y[3] <= '9' && (l == 4 || !isDigitByte(t.low[l-5])) {
				return true
			}
		}
		if k > i && s.careWord(k, false) {
			return true
		}
		if k > i && (red3HandleCare.get(t.h) || sdCare.get(t.h)) {
			return true
		}
	}
	return false
}

// branchDelFamily: a run "Del X Y" of family names followed by a colon.
func (s *scanner) branchDelFamily(a, b int) bool {
	if b+1 < len(s.toks) && !strings.HasPrefix(s.gap(b+1), ":") {
		return false
	}
	for j := a + 2; j <= b; j++ {
		if s.fl(j)&wLast == 0 || s.fl(j)&wPlace != 0 {
			return false
		}
	}
	return b >= a+3 // two family names after "Del Valle": "Del Valle Juárez:" may be a branch
}

// branchVerbPersonal: a possessive or a record word within four words
// after the branch verb at token k.
func (s *scanner) branchVerbPersonal(k int) bool {
	for m := k + 1; m < len(s.toks) && m <= k+4 && !s.toks[m].sent; m++ {
		if branchVerbPerson.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// allowNumPersonal: the number at token first is glued by a hyphen or a
// space to a person's record or id prefix in capitals ("MBR-4481290",
// "CLM-2026-55120").
func (s *scanner) allowNumPersonal(first int) bool {
	if first == 0 {
		return false
	}
	g, p := s.gap(first), &s.toks[first-1]
	return (g == "-" || g == " ") && p.cls&tUpper != 0 && payPersonalPrefixes.get(p.h)
}

var srLotBirthWords = wordSetTab("born birth dob age aged nacido nacida nacio nacimiento edad")

// srLotBirth: a birth or age word in the field of an auction lot.
func srLotBirth(v *srView) bool {
	for k := range v.toks {
		if srLotBirthWords.get(v.toks[k].h) {
			return true
		}
	}
	return false
}
