package guard

import "strings"

// brandslot.go: a specialty word inside the sender's own name, read by the
// sender's slot the name stands in (issue 15, seventeenth pass, helper
// brand17, dev95/dev98b, 2026-12-06).
//
// A tenant named after its specialty ("Northbridge Urology", "Westfield
// Urology & Men's Health", "Urología del Valle") writes its own news,
// policy updates, referral offers, closures and branch addresses with no
// context.sender: "Northbridge Urology offices closed Thursday…",
// "Northbridge Urology updated its terms of use…", "Refer a friend to
// Northbridge Urology & Men's Health and you both get…", "Las oficinas de
// Urología del Valle cierran el 25 de diciembre". The condition list reads
// the specialty ("Urology") as the reader's care, and the sender-name
// reading (sendername.go, senderhead.go, sendernews.go) took a name with no
// business noun only in a header, as the subject of a few news verbs, or
// after "all"; it had no referral offer, no "updated", "sponsors",
// "offices closed", no possessive before a lower-case office word, no
// Spanish name opened by its specialty.
//
// snBrandRun reads, around one capitalised token that a condition,
// composed-care or dictionary finding covers alone and that names a
// specialty (snSpecialtyWord: "-ology", "-ología", never "psych…"), the
// proper-noun run it sits in: capitalised words joined by spaces or " & ",
// a possessive inside ("Men's Health"), Spanish glue words before a
// capital ("del Valle"), the organisation's own word in it (snOwnWord), no
// other clinical word in it, no title or greeting before it. The run is a
// sender span (marked brand, so that senderhead.go's snHeadSlot takes it)
// when it stands in a sender's slot (bsSlot):
//
//   - the place a friend is referred to: "Refer a friend/coworker/family
//     member to X", "Recomiende a un amigo a X";
//   - the account one follows: "Follow X on Instagram";
//   - the subject opening a sentence of the sender's own news: a verb of the
//     sender (sendernews.go's, and "updated", "has updated", "sponsors",
//     "supports", "moved", "reopens", "actualizó", "patrocina", "cambió",
//     "se muda"…), its offices before a verb of opening or closing ("X
//     offices closed Thursday"), or its possessive before its own thing
//     ("X's billing office will be closed", "X's new website is live");
//   - the owner of offices in Spanish order: "Las oficinas de X",
//     "La sucursal norte de X";
//   - a header opening the field or a line before ":" or a dash (Spanish
//     order, "Urología del Valle:");
//   - an address line: X followed by ", <number> <Street>", opening a
//     sentence or after "address:"/"dirección:".
//
// And the notice speaks of no reader (bsQuiet): no you/your/su/tu/usted
// (but inside the referral offer's own sentence, "and you both get", and a
// "su/its" before the sender's own document, "actualizó su aviso de
// privacidad"), no appointment, visit or reminder word anywhere. The drop
// itself stays dropSenderName's (sendername.go): a single specialty word
// in the span, no care word outside the spans anywhere in the notice.
// Nothing is marked when the field holds a finding of a reader-tied rule
// (readerTiedRule).
//
// Still blocked: "Northbridge Urology: your ED consult is Monday" (a
// reader word and a care word), "Dr. Lee at Northbridge Urology reviewed
// your PSA" (no slot), "your urology visit", "Your appointment with
// Harbor Ridge Cardiology", "Thanks for visiting Cedar Point Urology",
// "Harbor Ridge Cardiology will see you as a new patient", "… has received
// your referral", "Refer a friend to X. Your prostate biopsy results are
// ready", "Las oficinas de Urología del Valle cierran el viernes; su
// cistoscopia pasa al lunes", a psychiatry or psychology practice's name,
// a disease in the name ("Ashgrove HIV Clinic"). Accepted risk (as
// senderhead.go): a tenant whose name states a specialty passes in its own
// news, offers and addresses. Speed: runs only from dropSenderName, i.e. on
// a field that already has a finding.

// bsReferNoun: whom a reader refers ("Refer a friend to …").
var bsReferNoun = wordSetTab("friend friends coworker coworkers colleague colleagues neighbor neighbors neighbour neighbours " +
	"member members one ones relative relatives amigo amiga amigos amigas familiar familiares vecino vecina vecinos companero companera conocido conocida")

// bsReferVerb: the imperative of a referral offer.
var bsReferVerb = wordSetTab("refer recommend recomiende recomienda recomienden refiera refiere refieran invite invita")

// bsReferDet: the determiner before bsReferNoun.
var bsReferDet = wordSetTab("a an your any un una unos unas sus tus su tu")

// bsNewsVerb: one-word verbs of the sender's own news (past the ones
// sendernews.go reads).
var bsNewsVerb = wordSetTab("updated updates sponsors sponsored supports moved moves reopens reopened closes closed expands " +
	"actualizo actualiza patrocina celebra agradece ofrece abre abrira cierra cerrara cambio cambia estrena invita anuncia amplia")

// bsOfficeES: Spanish words for the sender's premises before "de X".
var bsOfficeES = wordSetTab("oficina oficinas sucursal sucursales sede sedes instalaciones consultorio consultorios clinica clinicas")

// bsOwnThing: the sender's own things after its possessive ("X's billing
// office", "X's new website") or after "su"/"its" in its news ("actualizó
// su aviso de privacidad"): premises, sites, lines and policies.
var bsOwnThing = wordSetTab("office offices location locations branch branches campus website site app portal hours address newsletter phone line " +
	"parking building lobby policy policies terms notice " +
	"aviso politica politicas terminos condiciones horario horarios sitio pagina direccion telefono oficina oficinas sucursal sucursales sede")

// bsImperative: a sentence's first word that opens a slot, never part of
// the name after it ("Follow Pinecrest Gastroenterology on Instagram").
var bsImperative = wordSetTab("follow refer recommend visit join meet call contact thank thanks welcome like siga sigue recomiende visite")

// snBrandRun marks the specialty-named sender runs in a sender's slot (see
// the file comment).
func (s *scanner) snBrandRun(fs []ifind) {
	for i := range fs {
		if fs[i].tied {
			return
		}
	}
	for i := range fs {
		if s.snN >= snMax || snKindOf(fs[i].rule) != 3 || fs[i].ctx {
			continue
		}
		lo, hi := s.tokOverlap(fs[i].a, fs[i].b)
		if hi != lo+1 || !s.snCap(lo) || !snSpecialtyWord(&s.toks[lo]) {
			continue
		}
		a, e, ok := s.bsRun(fs, lo)
		if !ok {
			continue
		}
		if referral, ok := s.bsSlot(a, e); ok && s.bsQuiet(a, e, referral) {
			s.snAdd(a, e, false)
			s.sn[s.snN-1].brand = true
			if referral && a >= 3 && careKin.get(s.toks[a-3].h) && s.snN < snMax {
				s.snAdd(a-3, a-3, true) // "Refer a family member to X": whom the reader refers, no reader's kin
			}
		}
	}
}

// bsRun: the proper-noun run around the specialty token m (see the file
// comment).
func (s *scanner) bsRun(fs []ifind, m int) (a, e int, ok bool) {
	n := len(s.toks)
	a, e = m, m
	for a > 0 && m-a < 4 && !s.toks[a].sent && !s.toks[a].gapNL && (s.gap(a) == " " || s.gap(a) == " & ") && s.bsNameWord(a-1) {
		if s.toks[a-1].sent && bsImperative.get(s.toks[a-1].h) {
			break
		}
		a--
	}
	for e+1 < n && e-a < 6 {
		switch g := s.gap(e + 1); {
		case (g == " " || g == " & ") && s.bsNameWord(e+1) && !s.toks[e+1].sent:
			e++
		case e > m && s.snPossS(e+1) && e+2 < n && s.gap(e+2) == " " && s.bsNameWord(e+2):
			e += 2 // "Men's Health"
		case g == " " && snGlue.get(s.toks[e+1].h) && e+2 < n && s.gap(e+2) == " " && s.bsNameWord(e+2):
			e += 2 // "del Valle"
		default:
			goto done
		}
	}
done:
	if e == a || s.snPersonBefore(a) || !s.snHeadOK(s.toks[a].h) || !s.snOwnWord(fs, a, e) || s.bsPersonPair(a, e, m) { // a given and a family name (brandperson.go)
		return 0, 0, false
	}
	for k := a; k <= e; k++ {
		if f := s.fl(k); f&wFirst != 0 && f&wCommon == 0 {
			return 0, 0, false // "Dana Whitfield Cardiology": a person's name
		}
		if k != m && snClinicalTok(fs, &s.toks[k]) {
			return 0, 0, false // a second care word: "Heart Failure Cardiology"
		}
	}
	return a, e, true
}

// bsNameWord: token k can be a word of an organisation's name.
func (s *scanner) bsNameWord(k int) bool {
	return s.snCap(k) && s.fl(k)&(wTitle|wGreeting|wNameCue|wStop) == 0 && !recipientWords.get(s.toks[k].h) && !s.snOfficeWord(k)
}

// bsSlot: the run a..e stands in a sender's slot; referral when it is the
// place of a referral offer (see the file comment).
func (s *scanner) bsSlot(a, e int) (referral, ok bool) {
	n := len(s.toks)
	if s.bsReferral(a) {
		return true, true
	}
	if a >= 1 && s.low(a-1) == "follow" && s.gap(a) == " " && e+2 < n && s.low(e+1) == "on" && s.snCap(e+2) {
		return false, true // "Follow X on Instagram"
	}
	if a >= 2 && (s.low(a-1) == "de" || s.low(a-1) == "del") && s.gap(a) == " " {
		k := a - 2
		if k >= 1 && !bsOfficeES.get(s.toks[k].h) && s.toks[k].cls&tCap == 0 && s.gap(k) == " " {
			k-- // "la sucursal norte de X"
		}
		if bsOfficeES.get(s.toks[k].h) {
			return false, true
		}
	}
	opens := a == 0 && isBlank(s.gap(0)) || s.toks[a].sent || s.toks[a].gapNL
	if opens {
		if e+1 < n && (strings.HasPrefix(s.gap(e+1), ":") || snDashGap(s.gap(e+1))) && !s.toks[e+1].sent {
			return false, true // a header: "Urología del Valle:"
		}
		if s.snNewsAfter(e) || s.bsNewsAfter(e) {
			return false, true
		}
	}
	if e+2 < n && s.gap(e+1) == ", " && s.toks[e+1].cls&tDigit != 0 && s.gap(e+2) == " " && s.snCap(e+2) {
		// an address line: "X, 22 Oak Ave"
		if opens || a >= 1 && s.gap(a) == ": " && (s.low(a-1) == "address" || s.low(a-1) == "direccion" || s.low(a-1) == "location") {
			return false, true
		}
	}
	return false, false
}

// bsReferral: the run at a follows "Refer a friend to", "Recomiende a un
// amigo a".
func (s *scanner) bsReferral(a int) bool {
	k := a - 1
	if k < 2 || s.gap(a) != " " || s.low(k) != "to" && s.low(k) != "a" {
		return false
	}
	k--
	if !bsReferNoun.get(s.toks[k].h) {
		return false
	}
	if (s.low(k) == "member" || s.low(k) == "members" || s.low(k) == "one" || s.low(k) == "ones") && k > 0 {
		k-- // "family member", "loved one"
	}
	k--
	if k >= 0 && bsReferDet.get(s.toks[k].h) {
		k--
	}
	if k >= 0 && s.low(k) == "a" {
		k-- // "Recomiende a un amigo"
	}
	return k >= 0 && bsReferVerb.get(s.toks[k].h)
}

// bsNewsAfter: after the run ending at e comes a verb of the sender's news
// (bsNewsVerb, "has updated", "is updating", "is sponsoring", "se muda",
// "da la bienvenida", "estará cerrada"), its offices before a verb of
// opening or closing, or its possessive before one of its own things.
func (s *scanner) bsNewsAfter(e int) bool {
	m := e + 1
	if m >= len(s.toks) {
		return false
	}
	if s.snPossS(m) {
		m++
		if s.gap(m) != " " {
			return false
		}
		if !bsOwnThing.get(s.toks[m].h) && m+1 < len(s.toks) && s.gap(m+1) == " " && !s.careWord(m, false) {
			m++ // "'s billing office", "'s new website", "'s Westside office"
		}
		return bsOwnThing.get(s.toks[m].h)
	}
	if s.gap(m) != " " {
		return false
	}
	if s.snOfficeWord(m) {
		m++
		if s.gap(m) != " " {
			return false
		}
		switch s.low(m) {
		case "closed", "close", "closing", "open", "opens", "reopen", "reopens", "will", "are", "is", "remain", "remains", "moved", "move", "moves":
			return true
		}
		return false
	}
	next := s.low(m + 1)
	if bsNewsVerb.get(s.toks[m].h) {
		return true
	}
	switch s.low(m) {
	case "has", "have":
		return next == "updated" || next == "moved" || next == "reopened"
	case "is":
		return next == "updating" || next == "sponsoring" || next == "closed" || next == "relocating"
	case "proudly":
		return next == "sponsors" || next == "supports"
	case "ha":
		return next == "actualizado" || next == "cambiado"
	case "se":
		return next == "muda" || next == "mudo" || next == "mudara" || next == "traslada"
	case "da":
		return next == "la" && s.low(m+2) == "bienvenida"
	case "estara", "permanecera", "estaran", "permaneceran":
		return strings.HasPrefix(next, "cerrad") || strings.HasPrefix(next, "abiert")
	}
	return false
}

// bsQuiet: the notice speaks of no reader beside the run a..e (see the
// file comment); referral lets the reader's words of the offer's own
// sentence pass ("and you both get a $25 gift card").
func (s *scanner) bsQuiet(a, e int, referral bool) bool {
	start := a
	for start > 0 && !s.toks[start].sent && !s.toks[start].gapNL {
		start--
	}
	end := e + 1
	for end < len(s.toks) && !s.toks[end].sent && !s.toks[end].gapNL {
		end++
	}
	for m := range s.toks {
		if m >= a && m <= e || s.snIn(m) {
			continue
		}
		t := &s.toks[m]
		if snSchedule.get(t.h) && t.low != "scheduled" && t.low != "schedule" {
			return false // "appointment", "visit", "cita", "reminder"
		}
		if !recipientWords.get(t.h) {
			continue
		}
		if referral && m >= start && m < end {
			continue
		}
		if (t.low == "su" || t.low == "sus") && m+1 < len(s.toks) && bsOwnThing.get(s.toks[m+1].h) {
			continue // "actualizó su aviso de privacidad"
		}
		return false
	}
	return true
}
