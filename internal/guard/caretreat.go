package guard

// caretreat.go: two vetoes on the notice's dates from red team RED6
// (issue 15, dev57r), both fail closed.
//
//   - careSignal (caresignal.go) passed an untied date when the notice's
//     care meaning came from a treatment word no list held: "Your cast
//     comes off March 3", "Su lavado de oídos es el 3 de marzo", "Your
//     port flush: Tuesday, March 3", "Tu curación de la herida". A word
//     that names care given to the body (drip, goteo, suero, cast, yeso,
//     ear(s), oído(s), hydration, flush, dressing, curación, herida,
//     mammo, sperm, feeding; careTreat) within three words after the
//     reader's word (your, su, tu…) is a care signal: careTreatReader.
//     "Cold drip coffee is back March 3" and "The cast of Annie signs
//     autographs March 3" have no reader's word before it and pass as
//     before.
//   - a booking word (booked, reserved, held, saved…) is a cue of an
//     allowed date (wDateAllowed: "Your table is booked for March 3"), and
//     sdBookedSlot takes it back only in a sentence naming the sender's
//     place. "Your IV hydration drip is booked for March 3 at 2 PM" and
//     "Chair 4 is reserved for you on March 3 for your iron drip" named no
//     place and passed. careHeldSlot takes the allowance back as well when
//     the booking's sentence holds a care word (careTreat, a health cue of
//     the vocabulary, a one-word clinical term, or one of careHeldCare:
//     appointment, visit, exam, treatment, therapy…): the date is then a
//     booked slot, reported and kept whatever the notice's care signal.
//
// Cost: careTreatReader is asked only for a token careBits may hold (one
// map lookup then at most three); careHeldSlot only for a date a cue
// allowed, one pass over its sentence.

var (
	// careTreat: treatment words that name care given to the body
	careTreat = wordSetTab("drip drips goteo goteos suero sueros cast casts yeso ear ears oido oidos hydration hidratacion " +
		"flush flushes dressing dressings curacion curaciones herida heridas mammo mammos sperm semen feeding feedings")
	// careHeldWords: words that book a slot
	careHeldWords = wordSetTab("booked booking reserved reserve held hold saved blocked reservado reservada reservamos reservo apartado apartada")
	// careHeldCare: care words of a booked slot (beside careTreat, the
	// vocabulary's health cues and one-word clinical terms)
	careHeldCare = wordSetTab("appointment appointments appt visit visits exam examen consulta cita citas surgery cirugia " +
		"treatment treatments tratamiento therapy terapia nurse enfermera doctor dentist dentista extraction extraccion " +
		"chemotherapy chemo infusion infusion infusiones procedure procedimiento injection injections inyeccion shot shots")
)

// careTreatReader: token k is a treatment word (careTreat) with the
// reader's word within three words before it in its sentence.
func (s *scanner) careTreatReader(k int) bool {
	return careTreat.get(s.toks[k].h) && s.careReaderBefore(k, 3)
}

// careHeldSlot: the date at token i stands in a sentence with a booking
// word and a care word (see the file comment).
func (s *scanner) careHeldSlot(i int) bool {
	lo, hi := s.sentSpan(i)
	held := false
	for m := lo; m < hi && !held; m++ {
		held = s.toks[m].cls&tDigit == 0 && careHeldWords.get(s.toks[m].h) && !s.holdEvent(m) // "will hold a community open house" (holdevent.go)
	}
	if !held {
		return false // most sentences: the booking word first, the care words only then (speed helper SPD8)
	}
	for m := lo; m < hi; m++ {
		t := &s.toks[m]
		if t.cls&tDigit != 0 {
			continue
		}
		if careTreat.get(t.h) || careHeldCare.get(t.h) || t.w != nil && (t.w.flags&wHealthCue != 0 && !recipientWords.get(t.h) || careOneWord(t.w)) {
			return true
		}
	}
	return false
}
