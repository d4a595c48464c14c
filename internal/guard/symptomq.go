package guard

import "strings"

// symptomq.go: a marketing question that presumes the reader's ongoing
// trouble, then ties the reader to the group that has it (issue 15,
// seventeenth pass, helper misc17, dev95's fam-misc, strict mode):
//
//	"Still waking up with night sweats? Members like you are loving our
//	 new sleep program."
//	"Struggling in the bedroom again? As a returning patient, save 20% on
//	 your next ED consult."
//	"¿Sigue despertándose empapada de sudor? Socias como usted …"
//
// The symptom itself may be in no list ("night sweats", "in the bedroom",
// "leaking when you laugh"): the structure tells it. scanSymptomQuestion
// reports association.symptom_question (kind association, strict mode
// only, README "Modes") on a question sentence (the gap after its last
// word holds "?") when
//
//   - the question presumes a state that goes on (sqPersist: still,
//     again, anymore, lately, keep(s/ing), todavía, sigue, otra vez, de
//     nuevo, aún);
//   - it seeks or plans nothing, names no task left undone, no goods of
//     the sender's and no money (sqSeek: need, looking, planning, not,
//     haven't, our, using, paying, price, app, order, busca, nuestra…):
//     "Still looking for a gift?", "Still haven't booked your checkup?",
//     "Still paying full price?";
//   - it is about the body, sleep or mood (sqBody: night, sweats, pain,
//     aching, sleep, bedroom, leaking, flashes, memory, struggling; noche,
//     sudores, sofocos, dolor, doliendo, intimidad…): the symptom itself
//     may be in no list, its setting is;
//   - after it, the notice ties the reader to a group or to a care slot of
//     their own: "like you", "como usted/tú", "returning patient", "your
//     next", "su/tu próxima/próximo".
//
// Passes: "Tired of waiting rooms? Book a video visit" (no persistence,
// no tie), "Still up early for the gym? Our 6 AM class is open to
// everyone" (no tie), "Struggling to keep track of your appointments? Try
// our app" (no tie), all of standard mode. Cost: strict mode only; the
// question walk after a byte search for "?". Test `TestSymptomQuestion`.
//
// The same file reports "your next ED consult" (strict): one of
// strictabbr.go's everyday-word abbreviations (ED, RA, UC, PE, HBP) in
// capitals right after "your next" and before a visit word (consult,
// visit, check-in, appointment, follow-up, session) is the reader's own
// condition or care, whichever sense it has.
var (
	sqPersist = wordSetTab("still again anymore lately keep keeps keeping todavia sigue sigues siguen seguir aun nuevo vez")
	sqSeek    = wordSetTab("need needs looking searching thinking planning want wanting shopping wondering hunting " +
		"busca buscando necesita necesitas piensa pensando planea quiere quieres " +
		// a task not done, the sender's goods, money: "Still haven't booked
		// your checkup?", "Still using paper statements?", "Still paying full
		// price?", "¿Todavía no ha descargado nuestra app?"
		"not haven't havent hasn't yet no our nuestro nuestra nuestros nuestras using paying pay price prices deal deals " +
		"app statement statements order orders membership account online waiting fence pagando precio")
	// sqBody: the question is about the body, sleep or mood (a small set of
	// experience words; the symptom itself may be in no list)
	sqBody = wordSetTab("night nights nightly sweats sweat sweating waking wake pain pains aching ache aches achy hurting hurts hurt sore " +
		"exhausted fatigue fatigued sleep sleeping sleepless bedroom leaking leaks bladder pee peeing bathroom flashes flaring flare " +
		"itching itchy bloated bloating heartburn snoring foggy fog memory forgetting forgetful thought stiff stiffness knees knee " +
		"joints joint dizzy breath breathing anxious stressed mood headaches headache migraines migraine cramps cramping " +
		"struggling " +
		"noche noches sudor sudores sofocos dolor dolores duele duelen doliendo cansancio agotada agotado dormir sueno " +
		"despertandose despertando intimidad rodilla rodillas espalda articulaciones mareos ansiedad estres memoria olvidos " +
		"calambres hinchazon picazon ronquidos")
	sqLike    = wordSetTab("like como")
	sqYou     = wordSetTab("you usted tu ti ustedes")
	sqNext    = wordSetTab("next proxima proximo")
	sqYour    = wordSetTab("your su tu")
	sqReturn  = wordSetTab("returning")
	sqPatient = wordSetTab("patient patients member members customer customers client clients")
	sqVisit   = wordSetTab("consult consults consultation visit visits check-in checkin appointment appt follow-up followup session")
)

func (s *scanner) scanSymptomQuestion() {
	if s.m != Strict {
		return
	}
	s.scanSymptomQuestionOn()
}

// scanSymptomQuestionOn is scanSymptomQuestion past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanSymptomQuestionOn() {
	n := len(s.toks)
	q := s.hasByte('?')
	for a := 0; q && a < n; {
		b := a
		for b+1 < n && !s.toks[b+1].sent {
			b++
		}
		if strings.IndexByte(s.gap(b+1), '?') >= 0 && s.symptomQuestion(a, b) {
			s.addTok(a, b, KindAssociation, "association.symptom_question", 0.7, "asks about the reader's ongoing trouble and ties the reader to the people who have it, in marketing")
		}
		a = b + 1
	}
	for k := 2; k+1 < n; k++ {
		t := &s.toks[k]
		if t.cls&tUpper == 0 || !condAbbrSet.get(t.h) || s.used[k] {
			continue
		}
		if s.toks[k-1].low == "next" && s.toks[k-2].h == hstrYour && s.gap(k) == " " && s.gap(k+1) == " " && sqVisit.get(s.toks[k+1].h) {
			s.addTok(k, k, KindCondition, "compose.condition_abbr", 0.7, "names a condition by its abbreviation in marketing aimed at people who have it")
		}
	}
}

var hstrYour = hstr("your")

// symptomQuestion: the question at tokens a..b presumes the reader's
// ongoing state and the text after it ties the reader to a group or slot.
func (s *scanner) symptomQuestion(a, b int) bool {
	persist := false
	for k := a; k <= b; k++ {
		h := s.toks[k].h
		if sqSeek.get(h) {
			return false
		}
		if sqPersist.get(h) {
			switch s.toks[k].low {
			case "vez": // "otra vez"
				persist = persist || k > a && s.toks[k-1].low == "otra"
			case "nuevo": // "de nuevo"
				persist = persist || k > a && s.toks[k-1].low == "de"
			default:
				persist = true
			}
		}
	}
	if !persist {
		return false
	}
	body := false
	for k := a; k <= b && !body; k++ {
		body = sqBody.get(s.toks[k].h)
	}
	if !body {
		return false
	}
	for k := b + 1; k+1 < len(s.toks); k++ {
		h, h2 := s.toks[k].h, s.toks[k+1].h
		switch {
		case sqLike.get(h) && sqYou.get(h2):
			return true
		case sqYour.get(h) && sqNext.get(h2):
			return true
		case sqReturn.get(h) && sqPatient.get(h2):
			return true
		}
	}
	return false
}
