package guard

// caredate.go: a date beside a noun of the reader's own care that no date
// cue names (issue 15, fix helper MISS3, dev53d/dev57x).
//
// date()'s person cues are care events (visit, appointment, surgery…).
// Some of the reader's care is named by another noun, and a business word
// beside it (starts, booked, fee, expires) let the date pass:
//
//   - a carer: caregiver(s), carer(s), aide(s), cuidador(a)(s), in a
//     sentence with a reader's word or a relative ("Your caregiver starts
//     Monday, March 2", "Su cuidadora empieza el lunes 2 de marzo");
//   - a medical ride (ambulette, paratransit, NEMT, a wheelchair van), the
//     same way: "Your wheelchair van pickup is booked for Dec 11";
//   - transport after the reader's or a relative's possessive, or
//     "transporte de su/tu …" ("Your mother's transport is booked for Dec
//     4", "El transporte de su madre está reservado para el 4 de
//     diciembre");
//   - a prescription or receta that expires (expire(s/d), vence, caduca):
//     "Your glasses prescription expires March 3";
//   - a no-show ("No-show fee for March 3: $25", inasistencia): the reader
//     missed a visit that day;
//   - an arrival instruction, "N minutes early" / "N minutos antes" after
//     arrive/be here/llegue, unless the sentence names an ordinary event
//     (concert, show, game, flight, tour, movie, class…): "Please be here 15
//     minutes early on March 3".
//
// careNounDate answers for the date's sentence; date() reports such a date
// as date.person. A hashFilter over the trigger words skips every other
// token before any map lookup.

var (
	cdCarer = wordSetTab("caregiver caregivers carer carers aide aides cuidador cuidadora cuidadores cuidadoras " +
		"ambulette ambulettes paratransit nemt wheelchair") // a medical ride: "Your paratransit ride", "Your wheelchair van pickup"
	cdTransport = wordSetTab("transport transportation transporte")
	cdRx        = wordSetTab("prescription prescriptions receta recetas")
	cdExpire    = wordSetTab("expire expires expired expiring vence vencera vencio caduca caducara")
	cdEarly     = wordSetTab("early antes")
	cdArrive    = wordSetTab("arrive arrival here llegue llegar lleguen presentese")
	cdEvent     = wordSetTab("concert concerts show shows game games flight flights tour tours movie movies film performance " +
		"match class classes party ceremony event festival race boarding concierto partido vuelo funcion evento fiesta")
	hShowCD, hNoCD, hNoshow, hInasistencia = hstr("show"), hstr("no"), hstr("noshow"), hstr("inasistencia")
	hMinutes, hMinutos, hMins, hDeCD       = hstr("minutes"), hstr("minutos"), hstr("mins"), hstr("de")
	cdBits                                 = tabsFilter(cdCarer, cdTransport, cdRx, cdEarly, wordSetTab("show noshow inasistencia"))
)

// careNounDate: the date at i..j sits in a sentence holding one of the
// frames of the file comment.
func (s *scanner) careNounDate(i, j int) bool {
	lo, hi := s.sentSpan(i)
	for k := lo; k < hi; k++ {
		h := s.toks[k].h
		if !cdBits.may(h) || k >= i && k <= j {
			continue
		}
		switch {
		case cdCarer.get(h):
			if s.cdReaderOrKin(lo, hi) {
				return true
			}
		case cdTransport.get(h):
			if s.cdPossessed(k) {
				return true
			}
		case cdRx.get(h):
			for m := lo; m < hi; m++ {
				if cdExpire.get(s.toks[m].h) {
					return true
				}
			}
		case h == hNoshow || h == hInasistencia:
			if !s.policyTail(i, j) { // "Updated no-show policy: … effective Feb 1" (policytail.go)
				return true
			}
		case h == hShowCD:
			if k > lo && s.toks[k-1].h == hNoCD && (s.gap(k) == "-" || s.gap(k) == " ") && !s.cdEventIn(lo, hi, k) && !s.policyTail(i, j) {
				return true
			}
		case cdEarly.get(h):
			if k-1 > lo && (s.toks[k-1].h == hMinutes || s.toks[k-1].h == hMinutos || s.toks[k-1].h == hMins) && s.toks[k-2].cls&tDigit != 0 && s.cdArriveIn(lo, k) && !s.cdEventIn(lo, hi, -1) && !s.ooArrivalPolicy(i) { // "starting Feb 1, please arrive 30 minutes early for all visits": a rule (orthoops.go)
				return true
			}
		}
	}
	return false
}

// cdReaderOrKin: a reader's word or a relative in tokens lo..hi-1.
func (s *scanner) cdReaderOrKin(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		h := s.toks[m].h
		if recipientWords.get(h) || kinCareWords.get(h) || kinWords.get(h) {
			return true
		}
	}
	return false
}

// cdPossessed: token k after "your/su/tu", after a relative's possessive
// ("mother's transport"), or before "de su/tu" ("transporte de su madre").
func (s *scanner) cdPossessed(k int) bool {
	if k > 0 && recipientWords.get(s.toks[k-1].h) {
		return true
	}
	if k >= 3 && s.toks[k-1].low == "s" && (kinCareWords.get(s.toks[k-2].h) || kinWords.get(s.toks[k-2].h)) {
		return true
	}
	return k+2 < len(s.toks) && s.toks[k+1].h == hDeCD && recipientWords.get(s.toks[k+2].h)
}

// cdArriveIn: an arrival word in tokens lo..k-1.
func (s *scanner) cdArriveIn(lo, k int) bool {
	for m := lo; m < k; m++ {
		if cdArrive.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// cdEventIn: an ordinary event word in tokens lo..hi-1 (other than skip).
func (s *scanner) cdEventIn(lo, hi, skip int) bool {
	for m := lo; m < hi; m++ {
		if m != skip && cdEvent.get(s.toks[m].h) {
			return true
		}
	}
	return false
}
