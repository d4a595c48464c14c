package guard

import "strings"

// ownnotice.go: the care words of a notice whose every untied date is the
// sender's own (issue 15, tenth pass, helper DATE10, dev60/dev63/dev65d).
//
// The care gate (caresignal.go) keeps a notice's untied dates when any care
// word stands anywhere in it. In the sender's own notices those words are
// the sender's: its name in the opening header ("Beaumont Dental:",
// "St. Agnes Hospital Foundation:"), its own services, portal and fair
// ("We're updating our patient portal on March 15", "You're invited to our
// Wellness Fair, April 25", "las consultas externas permanecerán cerradas"),
// a holiday shift ("Pickups scheduled for Dec 24 will move to Dec 26 due to
// the holiday"), a colleague's send-off ("congratulates Dr. Ruth Kim on her
// retirement"). The reading is by the date's place, not by the care word:
//
//   - every untied date of the field (the findings the gate is asked about)
//     stands either in an own sentence (ownSentence) or in the reader's
//     account frame: the reader's possessive and an account noun (gift,
//     donation, payment, password, contraseña, pago…) at most eight words
//     before the date with no care word between ("thank you for your gift of
//     $100 on 03/14", "cambiaste tu contraseña el 11/3");
//   - an own sentence holds no reader's word (you, your, su, tu, te, le,
//     lo…; "you're invited" excepted) and the sender's doing or audience:
//     a closure, a holiday or opening hours (closed, cerradas, holiday,
//     feriado, reopens, abierto), an audience of all (everyone, public,
//     público, ciudadanía), a send-off or welcome (congratulates, felicita,
//     welcomes), an invitation (invited, "join us"), "free/gratis" with an
//     event noun (day, fair, class, workshop, jornada…: "Free Kids' Day on
//     Oct 10"), or we/we're/our/nuestro with a change verb (updating,
//     moving, relocating, launching, actualizamos, estrenamos…: "We're
//     updating our patient portal on March 15"). The first person alone is
//     no mark: "Our midwife will stop by on Dec 4", "Thanks for visiting us
//     on Nov 28", "presentarse en nuestra oficina el 3 de marzo" are the
//     reader's. A visit or a stop (visit, stop by, pasará, home, domicilio)
//     makes no own sentence: "Our nurse will stop by on Dec 4 while the
//     office is closed". Nor does a person's stay or treatment (onStay:
//     admission, discharge, internación, alta, ingreso, surgery, dialysis,
//     infusion…): "Clínica Santa Rita: internación el 3 de marzo;
//     consultorios cerrados por feriado" is the reader's admission beside a
//     closure (red-team pass RED10, dev66r; careWords now holds
//     internación and hospitalización too, caresignal.go).
//
// When every date is so placed, careSignal skips the plain care words (its
// care lists, date()'s person cues, health cues, one-word clinical terms)
// inside the sender's opening header and inside own sentences. Everything
// else still counts: a kin word, a given name or a vocative, an arrival
// ("see you"), a clock time beside a reader's word or an odd clock time,
// "le esperamos", "your kit", a care word in any sentence that speaks to
// the reader; date.person and every other finding are not touched (the
// gate runs only when every finding is an untied date), so a procedure,
// test, drug, condition or specialty in the notice blocks it as before.
// Accepted risk: an untied date in an own sentence that names a care word
// without the reader ("Free cleaning day on Oct 17") passes; a notice with
// no person in it says nothing about anyone's care.
// Cost: runs only inside the care gate, on notices whose findings are all
// untied dates; nothing on clean text.

var (
	// onMark: a closure, a holiday, opening hours, an audience of all, a
	// send-off or welcome: the sentence speaks of the sender's own doings
	onMark = wordSetTab("everyone everybody public publico ciudadania " +
		"closed closes closing closure closures cerrado cerrada cerrados cerradas cerrara cerraran cierra cierran cierre cerramos " +
		"holiday holidays feriado feriados festivo reopen reopens reopening reabre reabrira reabrimos open abierto abierta abiertos abiertas " +
		"congratulates congratulate congratulations felicita felicitamos felicidades welcomes invited invitados invitadas")
	// onWe: the sender's first person, a mark only with a change verb
	// (onChange) or "join us"; "Our midwife will stop by on Dec 4",
	// "Thanks for visiting us on Nov 28" are the reader's
	onWe = wordSetTab("we our us nuestro nuestra nuestros nuestras")
	// onApos: the contracted "we" forms, read only with their apostrophe
	// ("We're", not the past tense "were")
	onApos = wordSetTab("were well weve")
	// onChange: the sender changing its own thing ("We're updating our
	// patient portal", "estrenamos sede")
	onChange = wordSetTab("updating update updates upgrading upgrade upgrades moving moves relocating relocates renovating " +
		"launching launches retiring switching actualizamos actualizando mudamos trasladamos renovamos estrenamos estrena " +
		"inauguramos inaugura")
	// onVisit: a visit or a stop at the reader's: no own sentence ("Our
	// nurse will stop by on Dec 4 while the office is closed")
	onVisit = wordSetTab("visit visits visiting visited visita visitas visitara visitaremos pasara pasaremos stop stops drop drops " +
		"home casa domicilio")
	// onStay: a person's stay or treatment on the date: no own sentence
	// ("internación el 3 de marzo; consultorios cerrados por feriado",
	// red-team pass RED10, dev66r)
	onStay = wordSetTab("admission admitted admit discharge discharged internacion internado internada internamos " +
		"ingreso ingresa ingresara alta egreso surgery cirugia operacion dialysis dialisis infusion chemo quimioterapia " +
		"procedure procedimiento")
	onFree = wordSetTab("free gratis gratuito gratuita gratuitos gratuitas")
	// onFreeEvent: the event noun a "free" sentence needs (publicEventNouns
	// and groupEventNouns too)
	onFreeEvent = wordSetTab("day days dia fair party festival open house celebration")
	onAccount   = wordSetTab("gift gifts donation donations contribution contributions pledge payment payments password " +
		"contrasena clave pago pagos donacion donaciones donativo donativos aporte aportes")
)

// ownNoticeDates: every untied date of the field being read again
// (s.ownDates, set by dropCareFreeDates) stands in an own sentence or an
// account frame. Fail closed: a date whose token is not found keeps the
// care words.
func (s *scanner) ownNoticeDates() bool {
	seen := false
	for _, f := range s.ownDates {
		if f.Field != s.field {
			continue
		}
		k := -1
		for i := range s.toks {
			a, b := s.t.orig(int(s.toks[i].s), int(s.toks[i].e))
			if a < f.End && b > f.Start {
				k = i
				break
			}
		}
		if k < 0 || !s.ownSentence(k) && !s.onAccountDate(k) {
			return false
		}
		seen = true
	}
	return seen
}

// ownSentence: token k's sentence is the sender's own (see the file
// comment).
func (s *scanner) ownSentence(k int) bool {
	lo, hi := s.sentSpan(k)
	mark, free, event, we, change := false, false, false, false, false
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		h := t.h
		if recipientWords.get(h) || h == hLo || t.low == "you" || t.low == "vos" {
			if (t.low == "youre" || t.low == "you") && m+1 < hi && (s.toks[m+1].low == "invited" ||
				m+2 < hi && (s.toks[m+1].low == "are" || s.toks[m+1].low == "re") && s.toks[m+2].low == "invited") {
				continue // "You're invited to our Wellness Fair"
			}
			return false
		}
		if onVisit.get(h) || onStay.get(h) {
			return false
		}
		switch {
		case onMark.get(h):
			mark = true
		case onWe.get(h):
			we = true
			if t.low == "us" && m > lo && s.toks[m-1].low == "join" {
				mark = true // "Join us for cake on June 12!"
			}
		case onApos.get(h):
			we = we || int(t.e-t.s) != len(t.low) // "We're"
		case onChange.get(h):
			change = true
		case onFree.get(h):
			free = true
		case onFreeEvent.get(h) || publicEventNouns.get(h) || groupEventNouns.get(h):
			event = true
		}
	}
	return mark || free && event || we && change
}

// ownHeadEnd: the last token of the notice's opening header when it is a
// run of at most six capitalised words (or their "de", "of", "&") before a
// colon ("St. Agnes Hospital Foundation:", "Clínica San Telmo:"); -1 when
// there is none. senderHead (senderlisting.go) reads company runs; this
// one reads any capitalised run the colon closes.
func (s *scanner) ownHeadEnd() int {
	for e := 0; e < len(s.toks) && e < 6; e++ {
		t := &s.toks[e]
		if e > 0 && t.sent || t.cls&tDigit != 0 || recipientWords.get(t.h) {
			return -1
		}
		if t.cls&(tCap|tUpper) == 0 && t.low != "de" && t.low != "del" && t.low != "of" && t.low != "the" && t.low != "&" {
			return -1
		}
		if e+1 < len(s.toks) && strings.HasPrefix(s.gap(e+1), ":") {
			return e
		}
	}
	return -1
}

// onAccountDate: date token k follows the reader's account noun (see the
// file comment).
func (s *scanner) onAccountDate(k int) bool {
	for m := k - 1; m >= 1 && m >= k-8; m-- {
		t := &s.toks[m]
		if s.toks[m+1].sent {
			return false
		}
		if onAccount.get(t.h) {
			return !t.sent && careReaderPossessive.get(s.toks[m-1].h)
		}
		if t.w != nil && (t.w.flags&(wDatePerson|wHealthCue) != 0 || careOneWord(t.w)) || careBits.may(t.h) && (careWords.get(t.h) || sdCare.get(t.h) || sdHeld.get(t.h) || careKin.get(t.h) || kinWords.get(t.h)) {
			return false
		}
	}
	return false
}
