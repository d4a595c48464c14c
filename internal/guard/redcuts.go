package guard

// redcuts.go: tightenings of the seventh pass's false-positive cuts found
// by helper RED's red team (dev40r, not blind). Each test here is called
// from the cut it narrows, only after that cut has matched, so none sits
// on a per-token path and none needs a bit filter.
//
//   - closureAfter (closureafter.go): a clock time between the date and
//     the closing place ("March 3 at 10:40 AM — our clinic closes at
//     noon", "3 de marzo a las 9:00, nuestra clínica cerrará temprano"),
//     or an arrival instruction anywhere in the notice (arrive, llegue,
//     venga, traiga, bring, fasting, ayunas…), makes the date a visit's,
//     not the closure's: redClosureVisit.
//   - rewardCode (shoppay.go): a value holding five digits or more is a
//     prescription or record number whatever word opens it
//     ("RX-PTNT-4471920"; "RX-BONUS-500" keeps passing): redRewardDigits;
//     a value word that is a care word ("RX-XANAX-500") is the drug's,
//     not a reward's: redRewardCare;
//     and idValue now reads an RX value opening with a word of six
//     capitals or more ("RX-REFILL-2291"), which no rule read before:
//     redRxWord.
//   - zodiacSentence / zodiacDate (zodiac.go): "Cancer sign-up" is no sign
//     (redSignUp); a range of dates in a sentence with a reader word
//     ("Cancer season: your second round starts June 21 – July 22") is the
//     reader's span, not the sign's (redReaderSentence), and the sign in
//     such a sentence is read as the disease unless a zodiac word
//     (horoscope, zodiac, astrology…) is in it too (redZodiacReader).
//   - mediaQuoteGov (mediaquote.go): a quoted title in a sentence about
//     the reader's own collection — a playlist, a photo album or book, a
//     print, an upload, a share (playlist, photo, foto, print, imprimir,
//     shared, compartido, upload, subido, reproducción…) — is the
//     reader's title: its clinical words are not waived as a film's
//     ("Your photo album 'Chemo Round 3' is ready to print", "Your
//     playlist 'Dialysis Days' now has 40 songs"): redMediaPersonal.
//   - srRoleAfter (staffrole.go): "<Sender>'s Member/Guest/Resident/
//     Client/Participant of the Month" honours a person the sender serves,
//     not its staff: redAwardReader.
//
//   - goodsRunParen (goodsrun.go): a parenthesis holding only a number
//     after a run ("Chidinma Ezeoke (2) — 2 boxes") is no product
//     attribute: redParenCount.
//
// Word additions in place: carrierNotTransit (carrierhub.go: near,
// nearest, closest, miles, hometown, moved, vives, cerca…),
// shopRecordWords (shoppay.go: policyholder, enrollee, derechohabiente,
// copay, copago, deductible, HSA, EPS, socio, titular…), detoxAddictionCues
// (detoxgoods.go: DTs, AA, pills, taper, quitting, kicking, kratom,
// meth…).

var (
	redArrive = wordSetTab("arrive arrival arriving llegue lleguen llegar venga vengan traiga traigan bring fasting ayunas " +
		"ayuno check checkin")
	redPersonalMedia = wordSetTab("playlist playlists photo photos foto fotos print prints printed printing imprimir impresion " +
		"shared share compartido compartida compartir upload uploaded uploading subido subida subir reproduccion " +
		"scrapbook recuerdos memories slideshow")
	redAwardReaders = wordSetTab("member members guest guests resident residents client clients patient patients participant " +
		"participants customer customers neighbor neighbour student students senior seniors miembro socio socia " +
		"residente cliente clienta paciente participante huesped vecino vecina")
)

// redClosureVisit: a clock time between the date at i and token to, or an
// arrival instruction in the notice.
func (s *scanner) redClosureVisit(i, to int) bool {
	for k := i + 1; k < to && k < len(s.toks); k++ {
		if s.toks[k].cls&tDigit != 0 && k+1 < len(s.toks) && s.gap(k+1) == ":" && s.toks[k+1].cls&tDigit != 0 {
			return true
		}
	}
	for k := range s.toks {
		if redArrive.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// redRewardDigits: the value starting at token start (parts joined by
// hyphens) holds five digits or more.
func (s *scanner) redRewardDigits(start int) bool {
	d := 0
	for k := start; k < len(s.toks); k++ {
		if k > start && s.gap(k) != "-" {
			break
		}
		d += int(s.toks[k].nd)
	}
	return d >= 5
}

// redRewardCare: a word of the value starting at token start is a care
// word (a drug, a condition, refill…): "RX-XANAX-500", "RX-METFORMIN-500".
func (s *scanner) redRewardCare(start int) bool {
	for k := start; k < len(s.toks); k++ {
		if k > start && s.gap(k) != "-" {
			break
		}
		if s.toks[k].cls&tAlpha != 0 && s.careWord(k, false) {
			return true
		}
	}
	return false
}

// redSignUp: the zodiac word after the sign at k is "sign" in "sign-up".
func (s *scanner) redSignUp(k int) bool {
	return k+2 < len(s.toks) && s.toks[k+1].low == "sign" && s.gap(k+2) == "-" && s.toks[k+2].low == "up"
}

// redReaderSentence: a reader word in the sentence of token i.
func (s *scanner) redReaderSentence(i int) bool { return s.wholeSentenceHas(i, &recipientWords) }

// wholeSentenceHas: a word of set in the whole sentence of token i
// (sentenceSpan; vitals.go's sentenceHas reads a bounded window).
func (s *scanner) wholeSentenceHas(i int, set *setTab) bool {
	lo, hi := s.sentSpan(i)
	for k := lo; k < hi; k++ {
		if set.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// redZodiacReader: a reader word in the sentence of the sign at i and no
// zodiac word (horoscope, zodiac, astrology…) in it: "Cancer season: your
// second round …" is the reader's, "Su horóscopo de Cáncer" the sign's.
func (s *scanner) redZodiacReader(i int) bool {
	if !s.redReaderSentence(i) {
		return false
	}
	from, to := i, i+1
	for from > 0 && !s.toks[from].sent {
		from--
	}
	for to < len(s.toks) && !s.toks[to].sent {
		to++
	}
	for k := from; k < to; k++ {
		if zodiacWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// redParenCount: a parenthesis after a goods run holding only a number
// ("Ifeoma Chukwuemeka (2) items") counts what a person has waiting; a
// product's attribute names a colour, size or flavour.
func redParenCount(t *token) bool {
	return t.cls&tDigit != 0 && t.cls&tAlpha == 0 && t.cls&tMixed == 0
}

// redRxWord: after an "RX" cue at i, a word of six capitals or more
// joined by a hyphen to digits ("RX-REFILL-2291") is a value like
// "RX-4471920"; idValue read only words of up to five letters, and
// rewardCode then decides ("RX-BONUSES-500" beside points still passes).
func (s *scanner) redRxWord(i, k int) bool {
	v := &s.toks[k]
	return s.toks[i].h == hRx && v.cls&tUpper != 0 && v.cls&tDigit == 0 && v.e-v.s > 5 && k+1 < len(s.toks) &&
		s.gap(k+1) == "-" && s.toks[k+1].cls&(tDigit|tMixed) != 0
}

// redMediaPersonal: a word of the reader's own collection in the sentence
// of token i.
func (s *scanner) redMediaPersonal(i int) bool { return s.wholeSentenceHas(i, &redPersonalMedia) }

// redAwardReader: the word before "of the Month" at token m names a
// person the sender serves.
func redAwardReader(v *srView, m int) bool {
	return m > 0 && redAwardReaders.get(v.toks[m-1].h)
}
