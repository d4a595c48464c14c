package guard

// eventcue.go: the date of a group event whose only person cues are the
// event's own words (issue 15, twenty-second pass, fix helper r109,
// dev109-dev111, probe set dev109x). "The hospital's blood drive is Dec 11
// in the lobby of the imaging center" and "Free training for clinic
// front-desk staff: How to book captioned telehealth visits, Dec 8" were
// date.person: "hospital" and "visits" are person cues ("hospital stay",
// "visit on Dec 8") within the date's reach, and publicdate.go's public
// event needs no person cue.
//
// eventOwnCueDay, read in date() beside hostEventDay, makes such a date the
// sender's calendar (standard mode only) when every person cue within the
// date's reach (cueNear's window: eight words before, four after, in the
// sentence) lies before the date and is one of:
//
//   - the event's owner: "hospital" with an event noun (drive, fair, gala,
//     party, workshop, talk, colecta, feria…: ecEventNoun) within the three
//     words after it ("the hospital's blood drive", "the hospital holiday
//     gala") or, after "del"/"de", within the four words before it ("la
//     feria de salud del hospital");
//   - the event's topic: the sentence opens with a heading of at most
//     eight words holding an event noun and closed by a colon ("Staff
//     workshop:", "Community talk:", "Capacitación para personal de
//     recepción:"), and the cue is a care noun of ecTopicCue (visits,
//     appointments, discharge, surgery, citas, consulta…) between the colon
//     and the date.
//
// Stays reported (TestEventOwnCue): a word of the reader's anywhere in the
// field (your, su, tu…: recipientWords), a birth or death word (heBirth), a
// cue after the date or of any other kind ("admitted", "transplant"), a
// capitalised word between the heading's colon (or the sentence's first
// word) and the date — a patient named in the topic or beside the
// hospital —, a person's word (his, her, hijo, Mr…), a kin (grandpa,
// abuela, baby, twins), "man"/"lady" or a bed or room anywhere in the
// sentence before the date, or one of those or a person cue anywhere in
// the sentence after it (red team red22, dev113r), a year before 2010,
// strict mode. Every other finding of the notice keeps its own rule.
//
// Cost: only in date(), for a date with a person cue (the rare path).

import "strings"

var (
	ecEventNoun = wordSetTab("drive drives fair fairs festival gala galas party parties picnic luncheon walk run " +
		"workshop workshops class classes seminar seminars talk talks lecture lectures webinar session sessions " +
		"training trainings night q&a feria ferias colecta colectas fiesta fiestas caminata carrera taller talleres " +
		"charla charlas clase clases capacitacion capacitación jornada jornadas conferencia")
	ecTopicCue = wordSetTab("visit visits appointment appointments appt appts discharge admission admissions " +
		"surgery procedure test testing screening vaccine vaccination immunization exam checkup therapy hospital " +
		"cita citas consulta consultas cirugia cirugía vacuna vacunacion vacunación chequeo prueba pruebas " +
		"examen terapia")
	ecOwner = wordSetTab("hospital hospitales")
	// ecPerson: a person's words that make a topic someone's
	ecPerson = wordSetTab("his her him he she hers mr mrs ms son daughter husband wife mom dad patient patients " +
		"el ella hijo hija esposo esposa paciente pacientes senor señor senora señora sr sra")
	ecDel = wordSetTab("del de")
	// ecSomeone: one person or a patient's place (red team red22,
	// dev113r): "the twins' checkup", "the man in bed four", "la cita del
	// bebé"
	ecSomeone = wordSetTab("twin twins man men woman women lady ladies gentleman boy girl hombre mujer " +
		"senorita señorita child kid nino niño nina niña baby babies bebe bebé infant newborn toddler mother father " +
		"madre padre grandson granddaughter nieto nieta brother sister hermano hermana nephew niece sobrino sobrina " +
		"bed beds room cama camas habitacion habitación cuarto")
)

// ecSomeone: token k names one person, a kin or a patient's bed or room
// (red team red22, dev113r: "Grandpa's hospital run is Dec 11", "Parent
// workshop: baby's discharge …, Dec 8", "surgery for the lady in room
// four, Dec 8"); read from the sentence's first word on, the heading
// included.
func (s *scanner) ecSomeone(k int) bool {
	h := s.toks[k].h
	return ecPerson.get(h) || ecSomeone.get(h) || kinWords.get(h)
}

// eventOwnCueDay: see the file comment.
func (s *scanner) eventOwnCueDay(i, j, y int) bool {
	if s.m != Standard || y > 0 && y < publicEventFirstYear {
		return false
	}
	lo, hi := sentenceSpan(s.toks, i)
	colon := s.ecHeading(lo, i)
	seen := false
	for k := max(0, i-8); k < len(s.toks) && k <= j+4; k++ {
		if k >= i && k <= j || s.fl(k)&wDatePerson == 0 {
			continue
		}
		if k < lo || k >= hi || k > j || heBirth.get(s.toks[k].h) {
			return false
		}
		switch {
		case s.ecOwnerAt(k, lo, i):
		case colon > 0 && k >= colon && ecTopicCue.get(s.toks[k].h):
		default:
			return false
		}
		seen = true
	}
	if !seen {
		return false
	}
	from := lo + 1
	if colon > 0 {
		from = colon + 1
	}
	for k := lo; k < i; k++ {
		if k >= from && s.toks[k].cls&(tCap|tUpper) != 0 || s.ecSomeone(k) {
			return false
		}
	}
	// after the date, beyond cueNear's reach too: "The hospital's holiday
	// party is Dec 11, right after Dad's surgery" (red team red22)
	for k := j + 1; k < hi; k++ {
		if s.ecSomeone(k) || s.fl(k)&wDatePerson != 0 {
			return false
		}
	}
	for k := range s.toks {
		if recipientWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}

// ecOwnerAt: token k is "hospital" owning an event noun of sentence lo..i
// (three words after it, or four before it with "del"/"de" right before
// it).
func (s *scanner) ecOwnerAt(k, lo, i int) bool {
	if !ecOwner.get(s.toks[k].h) {
		return false
	}
	for m := k + 1; m < i && m <= k+3; m++ {
		if ecEventNoun.get(s.toks[m].h) {
			return true
		}
	}
	if k-1 <= lo || !ecDel.get(s.toks[k-1].h) {
		return false
	}
	for m := k - 2; m >= lo && m >= k-5; m-- {
		if ecEventNoun.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// ecHeading: sentence lo opens with a heading of at most eight words
// holding an event noun, closed by a colon before token i; it returns the
// heading's last token + 1 (the first after the colon), or -1.
func (s *scanner) ecHeading(lo, i int) int {
	ev := false
	for k := lo; k < i && k <= lo+8; k++ {
		if k > lo && strings.Contains(s.gap(k), ":") {
			if ev {
				return k
			}
			return -1
		}
		if ecEventNoun.get(s.toks[k].h) || s.openHouse(k) {
			ev = true
		}
	}
	return -1
}
