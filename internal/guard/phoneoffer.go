package guard

import "strings"

// phoneoffer.go: the sender's number offered in the structures of a bulk
// notice (issue 15, tenth pass, helper CODES10, dev60/dev63/dev65c,
// 2026-12-05).
//
// senderPhone (senderphone.go) vetoes any sentence holding reply, confirm
// or emergency, and sphCallToAct leaves a booking purpose reported. Yet the
// tenants' templates offer their own line in exactly those words:
//   - a keyword reply or a call: "Reply C to confirm or call (603)
//     555-0100", "reply STOP or call 260-555-0170" — "or call" right before
//     the number, after reply/text and a keyword in capitals;
//   - a line named by the sender's sites: "Chesapeake and Suffolk emergency
//     line: 757-555-0143" — the sentence is capitalised words (joined by
//     and, &, ","), at most two lower-case words, a line noun and ": ";
//   - an imperative with a booking purpose or questions: "Call
//     757-555-0143 to reschedule", "Call (603) 555-0123 with statement
//     questions" — "Call" opens the sentence, the number follows, then
//     "to"/"para" and reschedule/cancel/change (and at most "your
//     appointment"; "to confirm", "to book" stay as phonecalltoact.go
//     leaves them, reported), or
//     "with" and at most three words before questions/concerns, and the
//     sentence ends;
//   - an hours line's "Tel.": "Horario de lunes a viernes de 8:00 a 20:00.
//     Tel. 910 123 400." — Tel./Teléfono opens the number's sentence, the
//     number closes it, and the notice gives opening hours (telHours, from
//     the long-number rule, where a Spanish 3-3-3 number is read);
//   - Argentine 0800/0810 numbers (arTollFree): 0800 is free to the
//     caller and 0810 shared-cost, both business lines only, as US
//     toll-free numbers are (isTollFree).
//
// Vetoes (all but arTollFree): phoneSentTo, "for"/"para" right before the
// number, an extension, and in the number's sentence a reader's word
// (except "your" of "your appointment" in the purpose), a kin word, a title
// or name cue, a lone given name, or a word of a personal line (mobile,
// cell, home, callback, personal, direct, private, file, patient, member,
// child…). "Maria Lopez, your home phone 503-555-0144 is on file", "Reply
// C to confirm your colonoscopy or call …" (a reader's word; the
// colonoscopy is reported anyway), "Emergency contact for Maria Lopez:
// 503-555-0144" stay reported.
//
// Accepted risk: a third party's office line offered the same way passes
// (an office's number, not a person's). Cost: only for a number about to
// be reported; a few scans of its sentence.

var (
	poPersonal = wordSetTab("mobile cell cellphone home callback personal direct private file contact contacts celular movil casa " +
		"domicilio patient paciente member caregiver child guardian parent verified saved updated registered registrado registrada " +
		"family familia household")
	poReply      = wordSetTab("reply text respond responde responda responde responda")
	poCall       = wordSetTab("call llame llama llamanos llamenos")
	poLineNouns  = wordSetTab("line lines hotline helpline number phone telephone linea telefono")
	poBookVerbs  = wordSetTab("reschedule cancel change reprogramar cancelar cambiar")
	poBookNouns  = wordSetTab("appointment appointments visit visits booking bookings reservation cita turno visita reserva")
	poQuestions  = wordSetTab("questions question concerns preguntas dudas consultas")
	poTelCues    = wordSetTab("tel telefono tfno tlf phone")
	poHoursWords = wordSetTab("hours horario horarios")
)

// phoneOffer: the number at tokens first..last (ext: an extension follows)
// is offered by the sender (see the file comment).
func (s *scanner) phoneOffer(first, last int, ext bool) bool {
	if ext || first < 1 || last+1 > len(s.toks) {
		return false
	}
	lo, hi := s.sdSpan(first)
	you := -1
	ok := s.poReplyOrCall(lo, first)
	if !ok {
		ok = s.poSiteLine(lo, first)
	}
	if !ok {
		ok, you = s.poCallPurpose(lo, hi, first, last)
	}
	if !ok && s.poFooter(lo, hi, first, last) {
		return !s.phoneSentTo(first)
	}
	return ok && !s.poVeto(lo, hi, first, last, you)
}

// poFooter: "4100 Far Hills Ave, Dayton, OH 45429 | (937) 555-0150": the
// number follows " | " or " · " in a line that opens with a street a rule
// passed as the sender's (its tokens used, no address or ZIP reported),
// holds no lower-case word and closes the field (footerAddr, visitaddr.go).
func (s *scanner) poFooter(lo, hi, first, last int) bool {
	g := strings.TrimSpace(s.gap(first))
	if g != "|" && g != "·" && g != "(" && g != "| (" && g != "· (" || hi != last+1 || !s.used[lo] || s.toks[lo].cls&tDigit == 0 {
		return false
	}
	if g == "(" && !strings.Contains(s.gap(first), "|") {
		return false
	}
	for m := lo; m < first; m++ {
		t := &s.toks[m]
		if t.cls&tAlpha != 0 && t.cls&tDigit == 0 && !s.isCapWord(m) && t.cls&tUpper == 0 {
			return false
		}
	}
	for m := hi; m < len(s.toks); m++ {
		if !s.sdTag(m) {
			return false
		}
	}
	for i := range s.fs {
		if s.fs[i].kind == KindAddress || s.fs[i].kind == KindZIP {
			return false
		}
	}
	return true
}

// poVeto: a word of lo..hi outside first..last (and but token you) makes
// the number a person's.
func (s *scanner) poVeto(lo, hi, first, last, you int) bool {
	if s.phoneSentTo(first) {
		return true
	}
	switch s.toks[first-1].low {
	case "for", "para":
		return true
	}
	for m := lo; m < hi; m++ {
		if m >= first && m <= last || m == you {
			continue
		}
		h := s.toks[m].h
		if recipientWords.get(h) || kinWords.get(h) || kinCareWords.get(h) || poPersonal.get(h) || s.fl(m)&(wTitle|wNameCue) != 0 {
			return true
		}
		if s.isCapWord(m) && s.spLoneName(m, lo, hi) {
			return true
		}
	}
	return false
}

// poReplyOrCall: "Reply C to confirm or call NUMBER", "reply STOP or call
// NUMBER".
func (s *scanner) poReplyOrCall(lo, first int) bool {
	c := first - 1
	if c-1 <= lo || !poCall.get(s.toks[c].h) || s.toks[c-1].low != "or" && s.toks[c-1].low != "o" {
		return false
	}
	for m := lo; m+1 < c-1; m++ {
		k := &s.toks[m+1]
		if poReply.get(s.toks[m].h) && k.cls&tUpper != 0 && k.cls&tDigit == 0 && len(k.low) <= 5 {
			return true
		}
	}
	return false
}

// poSiteLine: "Chesapeake and Suffolk emergency line: NUMBER": the
// sentence before the number is capitalised words joined by and/&/",", at
// most two lower-case words and a line noun, then ": ".
func (s *scanner) poSiteLine(lo, first int) bool {
	n := first - 1
	if n <= lo || !poLineNouns.get(s.toks[n].h) || s.gap(first) != ": " {
		return false
	}
	k := n - 1
	low := 0
	for k >= lo && !s.isCapWord(k) {
		if s.toks[k].cls&tAlpha == 0 || low == 2 {
			return false
		}
		low++
		k--
	}
	caps := 0
	for ; k >= lo; k-- {
		switch {
		case s.isCapWord(k):
			caps++
		case s.toks[k].low == "and" || s.toks[k].low == "y" || s.toks[k].low == "&":
		default:
			return false
		}
		if k > lo {
			if g := s.gap(k); g != " " && g != ", " && g != " & " {
				return false
			}
		}
	}
	return caps > 0
}

// poCallPurpose: "Call NUMBER to reschedule", "Call NUMBER with statement
// questions."; it returns the token of a "your" allowed in the purpose.
func (s *scanner) poCallPurpose(lo, hi, first, last int) (bool, int) {
	p := first - 1
	if p > lo && s.toks[p].low == "al" {
		p--
	}
	if p != lo || !poCall.get(s.toks[p].h) || s.toks[p].cls&tCap == 0 {
		return false, -1
	}
	q := last + 1
	if q+1 >= hi {
		return false, -1
	}
	switch s.toks[q].low {
	case "to", "para":
		if !poBookVerbs.get(s.toks[q+1].h) {
			return false, -1
		}
		switch hi - (q + 2) {
		case 0:
			return true, -1
		case 2:
			if y := q + 2; (s.toks[y].low == "your" || s.toks[y].low == "su" || s.toks[y].low == "tu") && poBookNouns.get(s.toks[y+1].h) {
				return true, y
			}
		}
		return false, -1
	case "with", "con":
		e := hi - 1
		if e-q < 2 || e-q > 4 || !poQuestions.get(s.toks[e].h) {
			return false, -1
		}
		for m := q + 1; m < e; m++ {
			if s.toks[m].cls&tAlpha == 0 || s.isCapWord(m) || careWords.get(s.toks[m].h) || sdCare.get(s.toks[m].h) {
				return false, -1
			}
		}
		return true, -1
	}
	return false, -1
}

// telHours: "Tel. 910 123 400" closing an hours notice (see the file
// comment); first..last the number.
func (s *scanner) telHours(first, last int) bool {
	p := first - 1
	if p < 0 || !poTelCues.get(s.toks[p].h) {
		return false
	}
	lo, hi := s.sdSpan(first)
	if !(p == lo || first == lo && s.toks[p].sent) || hi != last+1 {
		return false
	}
	hours := false
	for m := range s.toks {
		h := s.toks[m].h
		if (s.toks[m].low == "paciente" || s.toks[m].low == "patient") && m > 0 && (s.toks[m-1].low == "al" || s.toks[m-1].low == "del") {
			continue // "Atención al Paciente": the sender's department
		}
		if recipientWords.get(h) || kinWords.get(h) || poPersonal.get(h) || s.fl(m)&(wTitle|wNameCue) != 0 {
			return false
		}
		hours = hours || poHoursWords.get(h)
	}
	return hours
}

// arTollFree: an Argentine 0800 or 0810 number, 4-3-4 digits.
func arTollFree(c []group) bool {
	if len(c) < 3 || len(c[1].d) != 3 || len(c[2].d) != 4 {
		return false
	}
	return c[0].d == "0800" || c[0].d == "0810"
}
