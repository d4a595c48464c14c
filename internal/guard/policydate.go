package guard

// policydate.go: the date a rule for everyone takes effect (issue 15,
// thirteenth pass, helper date13, dev75/dev64/dev77d).
//
// ownevent.go read "Beginning March 1, 2027, we require 24 hours' notice"
// as the sender's policy only with "we"/"our" after the comma and only at
// the sentence's start. A policy names its audience as often as itself:
// "Keystone Occupational Health Labs: Effective Sept 1, donors must present
// a government photo ID at all collection sites", "Hospital Infantil
// Rosewood: A partir del 1 de noviembre, cada paciente podrá tener 2
// visitantes a la vez", "As of Jan 1, we're no longer able to accept
// personal checks". policySpan reads the sentence:
//
//   - it opens, at its start or right after the sender's header ("…
//     Labs:", ownHeadEnd), with Beginning, Starting, Effective, From,
//     Desde, As of or A partir de(l), then only the date's words (digits,
//     months, weekdays, on, de, del, el) up to a comma;
//   - after the comma the subject is the sender (we, our, we're, a
//     Spanish -mos verb) or a class of people or things: an optional all, every, each,
//     any, todos, todas, cada, los, las, then one or two lower-case words,
//     then a modal or copula (must, will, may, can, need, should, are, is,
//     deberán, podrá, tendrán, necesitan, serán…): "donors must", "cada
//     paciente podrá", "all visitors will need";
//   - no reader's word (you, your, su, tu, le, lo…) anywhere in the
//     sentence, and no kin word (son, hija, familia…) in the subject;
//   - no care event in the subject (visits, infusions, curas, a health
//     cue…) unless all/every/each/any/todos/todas/cada opens it:
//     "Starting Oct 3, home visits will be Tuesdays" is someone's care,
//     "all visits will require a photo ID" a rule (red13/dev77x).
//
// A date between the opener and the comma (policyDate) is then no one's
// care: date() takes it as cued even beside a person cue ("paciente",
// "visitantes", "donors"), and careSignal skips the care words of the
// sentence and its header as before. Fail closed: "Effective Sept 1, your
// insulin dose changes", "A partir del 1 de noviembre, su hijo podrá…",
// "Starting Nov 15, your visits move" (a reader's word), "Effective Sept
// 1, Maria Lopez must…" (a capitalised subject: a person), "Starting March
// 3, son's sessions are…" (kin) keep the date; every other finding of the
// sentence (a drug, a test, a name) is still reported.

var (
	// pdUniversal: determiners that make the subject everyone's ("all
	// infusions will…"); an article ("las curas") does not.
	pdUniversal = wordSetTab("all every each any todos todas cada")
	// pdCareSubject: care events no other list holds.
	pdCareSubject = wordSetTab("checks check infusion infusions injection injections dose doses dressing dressings " +
		// red15 (dev87x): a programme's meetings and its rides to them
		"session sessions group groups ride rides " +
		"cura curas infusiones inyecciones dosis sesiones citas visitas terapias curaciones")
	pdDeterminer = wordSetTab("all every each any todos todas cada los las")
	pdModal      = wordSetTab("must will may can cannot need needs should are is shall " +
		"deben debera deberan podra podran podran tendra tendran necesitan necesitara necesitaran sera seran estara estaran")
)

// policySpan: token k's sentence states a policy from a date on; it
// returns the opener's index and the comma's (the first token after it).
func (s *scanner) policySpan(k int) (open, comma int, ok bool) {
	open, comma, hi, ok := s.policyOpener(k)
	if !ok {
		return 0, 0, false
	}
	for q := open; q < hi; q++ {
		if recipientWords.get(s.toks[q].h) && !s.pdOwnBill(q, hi) || s.toks[q].h == hLo {
			return 0, 0, false
		}
	}
	w := s.toks[comma].low
	if oeWe.get(s.toks[comma].h) || onApos.get(s.toks[comma].h) && int(s.toks[comma].e-s.toks[comma].s) != len(w) || len(w) > 5 && w[len(w)-3:] == "mos" && s.toks[comma].cls&tAlpha != 0 {
		return open, comma, true
	}
	return open, comma, s.pdClassSubject(comma, hi) || s.pd109BillClass(comma, hi) || s.opRuleState(comma, hi) || s.ooPleaseAll(comma, hi) || s.soHoursFrom(comma, hi) // an arrival rule for all visits (orthoops.go); a thing's state: "el uso de mascarilla es obligatorio" (senderops.go); a department's hours (senderopdate.go); a class of charges: "copays for specialty clinic visits are" (billpolicy109.go)
}

// policyOpener: token k's sentence opens with a date opener (Beginning,
// Effective, As of, A partir de…), the date's words and a comma; it
// returns the opener's index, the first token after the comma and the
// sentence's end. policySpan and careSchedDate (caresched.go) read the
// words after the comma.
func (s *scanner) policyOpener(k int) (open, comma, hi int, ok bool) {
	lo, hi := s.sentSpan(k)
	if lo == 0 {
		h := s.ownHeadEnd()
		if h < 0 {
			h = s.opHeadEnd() // a header with a possessive: "Bayview Children's Specialty Clinics:" (senderops.go)
		}
		if h < 0 {
			h = s.pd117GreetHead() // a greeting to a generic addressee: "Estimado cliente:" (policy117.go)
		}
		if h >= 0 && h+1 < hi {
			if m := h + 1; oePolicyOpen.get(s.toks[m].h) || s.toks[m].low == "as" || s.toks[m].low == "a" {
				lo = m
			}
		}
	}
	m := lo
	switch {
	case m < hi && oePolicyOpen.get(s.toks[m].h):
		m++
	case m+1 < hi && s.toks[m].low == "as" && s.toks[m+1].low == "of":
		m += 2
	case m+2 < hi && s.toks[m].low == "a" && s.toks[m+1].low == "partir" && (s.toks[m+2].low == "de" || s.toks[m+2].low == "del"):
		m += 3
	default:
		return 0, 0, 0, false
	}
	open = lo
	comma = -1
	for q := m; q < hi && q <= m+7; q++ {
		if q > m && s.gap(q) == ", " {
			comma = q
			break
		}
		c := s.toks[q].cls
		if c&tDigit == 0 && s.fl(q)&wMonth == 0 && !sdWeekdays.get(s.toks[q].h) && s.toks[q].low != "de" && s.toks[q].low != "del" && s.toks[q].low != "el" && s.toks[q].low != "on" {
			return 0, 0, 0, false
		}
	}
	if comma < 0 {
		return 0, 0, 0, false
	}
	if s.toks[comma].cls&tDigit != 0 && comma+1 < hi && s.gap(comma+1) == ", " {
		comma++ // "March 1, 2027, we"
	}
	return open, comma, hi, true
}

// pdClassSubject: the words from token a are a class of people or things
// and a modal ("donors must", "cada paciente podrá").
//
// Helper recall15 (dev82 "Starting Jan 1, self-pay visits require a $25
// deposit at check-in"): a word joined by "-" ("self-pay", "walk-in") is
// one word of the subject; a care event is a class of visits when a word
// of payment or admission qualifies it (pdClassMods: self-pay, cash,
// uninsured, walk-in, private-pay, particulares…), and "require(s)",
// "cost(s)", "requieren", "cuestan" are a rule's verbs (pdRuleVerbs).
// "Starting Oct 3, home visits will be Tuesdays" and "Starting Jan 5,
// weekly visits require a ride" (no such word: someone's care) keep
// their date. Red team red15 (dev87x): such a class takes a rule's verb
// (pdClassVerbs: require(s), cost(s), must, need(s), requieren, deben…),
// not will/are/is ("cash infusions will start at 7 AM"); a programme's
// sessions, groups and rides are care events ("Starting Dec 8, group will
// meet Tuesdays at 6 PM", "las sesiones serán los martes").
func (s *scanner) pdClassSubject(a, hi int) bool {
	q := a
	all := false
	if q < hi && pdDeterminer.get(s.toks[q].h) {
		all = pdUniversal.get(s.toks[q].h)
		q++
	}
	words := 0
	care, class := false, false
	for ; q < hi && words <= 2; q++ {
		t := &s.toks[q]
		joined := q > a && s.gap(q) == "-" && t.cls&tAlpha != 0 && s.toks[q-1].cls&tAlpha != 0
		if t.sent || s.gap(q) != " " && q > a && !joined {
			return false
		}
		if words > 0 && !joined && (pdModal.get(t.h) || pdRuleVerbs.get(t.h)) {
			// a class of care events takes a rule's verb: "self-pay visits
			// require", not "cash infusions will start at 7 AM" (red15)
			return !care || class && pdClassVerbs.get(t.h)
		}
		if t.cls&tAlpha == 0 || t.cls&tDigit != 0 || t.cls&(tCap|tUpper) != 0 || careKin.get(t.h) || kinWords.get(t.h) || careKidWords.get(t.h) {
			return false
		}
		if pdClassMods.get(t.h) || joined && pdClassMods.get(hstr(s.toks[q-1].low+"-"+t.low)) {
			class = true
		} else if !all && (invoiceCareWords.get(t.h) || careWords.get(t.h) || pdCareSubject.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0) {
			// "Effective Sept 1, wound checks are weekly": someone's care, not a rule for all (red13/dev77x)
			if joined || words == 0 && q+1 < hi && s.gap(q+1) == "-" {
				return false // a care word inside a joined word ("wound-care visits")
			}
			care = true
		}
		if !joined {
			words++
		}
	}
	return false
}

var (
	// pdClassMods: words that make a care event a class of visits by how
	// it is paid for or booked (recall15, dev82)
	pdClassMods = wordSetTab("self-pay selfpay cash uninsured walk-in private-pay prepaid particulares particular")
	// pdRuleVerbs: a rule's verbs besides the modals
	pdRuleVerbs = wordSetTab("require requires cost costs requieren requiere cuestan")
	// pdClassVerbs: the verbs a class of care events takes (red15, dev87x):
	// "Beginning Jan 5, cash infusions will start at 7 AM" and "Starting
	// Monday, walk-in wound checks will be at 9 AM" are the reader's
	// schedule and keep their date
	pdClassVerbs = wordSetTab("require requires cost costs must need needs requieren requiere cuestan deben deberan necesitan")
)

// policyDate: the date at token i stands between a policy's opener and
// its comma (see the file comment).
func (s *scanner) policyDate(i int) bool {
	open, comma, ok := s.policySpan(i)
	return ok && i > open && i < comma
}

// pdBillNouns: what a reader's word may own in a policy's sentence
// (recall15, dev82 "…self-pay visits require a $25 deposit at check-in,
// applied to your final bill").
var pdBillNouns = wordSetTab("bill bills account statement balance invoice cuenta boleta factura")

// pdOwnBill: the reader's word at token q owns a bill (at most one word
// between: "your final bill", "su cuenta"), and no care word stands
// between. "Effective Sept 1, your insulin dose changes" and "Starting Nov
// 15, your visits move" keep their date.
func (s *scanner) pdOwnBill(q, hi int) bool {
	if s.toks[q].h != hYour && s.toks[q].low != "su" {
		return false
	}
	for k := q + 1; k < hi && k <= q+2; k++ {
		t := &s.toks[k]
		if s.gap(k) != " " || t.cls&tAlpha == 0 {
			return false
		}
		if pdBillNouns.get(t.h) {
			return true
		}
		if careWords.get(t.h) || invoiceCareWords.get(t.h) || t.w != nil && t.w.flags&wHealthCue != 0 {
			return false
		}
	}
	return false
}
