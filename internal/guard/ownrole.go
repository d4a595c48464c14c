package guard

import "strings"

// ownrole.go: a profession of the sender's own staff named by a word the
// vocabularies lack (issue 15, fifteenth pass, helper recall15, dev82:
// "Summit Foot & Ankle webinar: "Choosing the right running shoe" with our
// pedorthist, Tuesday 7 PM.").
//
// Allied-health and trade professions are written with a role ending
// (-ist, -ician, -grapher: pedorthist, orthotist, prosthetist,
// electrologist, trichologist, phlebotomist, sonographer); many are in no
// general list and the medical dictionary has some, so frame.unknown,
// frame.misspelling, dictionary.term or compose.root reported them.
// dropOwnRole drops such a finding (standard mode) when it covers the one
// role word, the word is no physician's or dentist's specialty
// (orClinicalEnds: -ologist, -iatrist, -iatrician, -odontist; a held-out
// set lost a leak naming one after "our"), and
//
//   - "our" or "nuestro/a(s)" stands right before it, or with at most two
//     words of a staff member's standing between (new, certified,
//     board-certified, staff, own, resident, lead, senior, licensed,
//     in-house, visiting, expert): "with our pedorthist", "Meet our new
//     electrologist"; or "the" before the plural ("Ask the pedorthists!");
//   - or a job advert's "hiring/recruiting/seeking a(n)", "buscamos un/una"
//     stands before it, with at most two standing words between ("we are
//     hiring an orthotist", recall17b);
//   - the sentence has no reader's word (you, your, su, tu…), no kin
//     word and no visit or its outcome (orVisit: visit(ed/ing),
//     appointment, seen, saw, referral, results, treatment, cita,
//     consulta…): the sender's staff, not the reader's clinician.
//
// Red team red15 (dev87x): after "our", a word presenting the staff
// member must stand right before it (orIntro: with, meet, ask, from, by,
// welcome, join, introducing, hosted, led, con, conozca…): "Our
// prosthetist has the new socket ready for pickup", "Our phlebotomist
// arrives at 7 AM. Nothing to eat after midnight", "Our sonographer will
// need a full bladder at 8 AM" name the reader's care through the role's
// action and stay reported.
//
// Stays reported: "your pedorthist", "your prosthetist fitting", "our
// orthotist will adjust your brace", "our trichologist will review your
// scalp biopsy" (a reader's word), "the pedorthist" (singular after
// "the"), every other finding of the sentence, and every other word
// (only role endings), and all of strict mode.
var (
	orStanding = wordSetTab("new certified board-certified staff own resident lead senior licensed in-house visiting expert")
	orOurs     = wordSetTab("our nuestro nuestra nuestros nuestras")
	// orVisit: a visit or its outcome in the sentence makes the role the
	// reader's clinician ("Thanks for visiting our oncologist today")
	orVisit = wordSetTab("visit visits visited visiting appointment appointments appt seen saw referral referred " +
		"result results consult consultation treated treatment followup cita citas consulta")
)

// orRoleForm: the word is a profession by its ending.
func orRoleForm(w string) (role, plural bool) {
	if strings.HasSuffix(w, "s") {
		w, plural = w[:len(w)-1], true
	}
	if len(w) < 7 {
		return false, false
	}
	// a physician's or dentist's specialty (oncologist, podiatrist,
	// periodontist) names the reader's care whoever's staff it is
	for _, c := range orClinicalEnds {
		if strings.HasSuffix(w, c) {
			return false, false
		}
	}
	return strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ician") || strings.HasSuffix(w, "grapher"), plural
}

// orHiring, orArticle: a job advert's "hiring a/an <role>" (helper
// recall17b, dev99r: "we are hiring an orthotist to join our casting
// team"): the sender's staff to be, with the sentence test below.
var (
	orHiring  = wordSetTab("hiring hire recruiting seeking contratando contratamos buscamos busca")
	orArticle = wordSetTab("a an un una")
)

// orIntro: the words that present a staff member right before "our"
// (red15, dev87x).
var orIntro = wordSetTab("with meet ask from by welcome welcomes welcoming join joins introducing introduce " +
	"hosted led presented con conozca conoce")

// orClinicalEnds: the endings of a physician's or dentist's specialty,
// never the sender's trade: "A message from our rheumatologist" tells the
// reader's care.
var orClinicalEnds = []string{"ologist", "iatrist", "iatrician", "odontist"}

func (s *scanner) dropOwnRole() {
	if len(s.fs) == 0 || s.m == Strict {
		return
	}
	s.dropOwnRoleOn()
}

// dropOwnRoleOn is dropOwnRole past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropOwnRoleOn() {
	k := 0
	for _, f := range s.fs {
		if !f.readerTied() && s.ownRole(f) { // readertied.go
			continue
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

func (s *scanner) ownRole(f ifind) bool {
	switch f.rule {
	case "frame.unknown", "frame.misspelling", "dictionary.term", "compose.root":
	default:
		return false
	}
	i, j := s.tokSpan(f.a, f.b)
	if i <= 0 || i != j || s.toks[i].cls&tAlpha == 0 || s.toks[i].cls&tDigit != 0 {
		return false
	}
	role, plural := orRoleForm(s.toks[i].low)
	if !role {
		return false
	}
	p := i - 1
	for m := 0; m < 2 && p > 0 && orStanding.get(s.toks[p].h) && !s.toks[p+1].sent; m++ {
		p--
	}
	if s.toks[p+1].sent && p+1 != i || !strings.HasSuffix(s.gap(p+1), " ") {
		return false
	}
	hiring := p > 0 && orArticle.get(s.toks[p].h) && orHiring.get(s.toks[p-1].h) // "hiring an orthotist"
	if !hiring && !orOurs.get(s.toks[p].h) && !(plural && s.toks[p].h == hThe && p+1 == i) {
		return false
	}
	// the role presented, not acting: a word of meeting or company right
	// before "our" ("with our pedorthist", "Meet our new electrologist");
	// "Our prosthetist has the new socket ready" is the reader's care
	// (red15, dev87x)
	if orOurs.get(s.toks[p].h) && (p == 0 || s.toks[p].sent || !orIntro.get(s.toks[p-1].h)) {
		return false
	}
	lo, hi := s.sentSpan(i)
	for q := lo; q < hi; q++ {
		h := s.toks[q].h
		if recipientWords.get(h) || kinWords.get(h) || careKin.get(h) || orVisit.get(h) {
			return false
		}
	}
	return true
}
