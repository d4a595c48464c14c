package guard

import "strings"

// oneinshape.go: one reader's or one named person's care dressed in the
// seventeenth pass's sender shapes (issue 15, eighteenth pass, red team and
// fix helper red18a, probe set dev100a, 2026-12-06).
//
// Three drops of the seventeenth pass read a sender's wording by its frame
// and cleared what stood in its slots; red18a put one reader's care in
// those slots and narrowed each:
//
//   - clinhead.go (a clinical word in the sender's trade-name header): the
//     clinical word may be any care word but chSensitive's. A medicine in
//     that slot ("Wrenfield Ozempic Care:", "Wrenfield Lithium Services:",
//     "Centro de Insulina Wrenfield:") names the reader's prescription, not
//     a trade: chDrugTok (a clinical.medication or compose.drug_class
//     finding on the word) makes the run no trade name. And the reader's
//     most sensitive care beyond chSensitive's (chSensitiveMore: alcohol,
//     tobacco and smoking, sexual and erectile health, fertility and
//     pregnancy, dementia, ADHD, autism, obesity and bariatric care, in
//     English and Spanish) keeps the header reported, as senderhead.go
//     decided for HIV, addiction and psychiatry.
//   - headerclosure.go (a service stop under the sender's header): the stop
//     clause may hold no second-person word, but a third person ("her
//     deliveries", "Mom's deliveries", "while he is in the hospital"), one
//     delivery of one household ("the next delivery", "the pump delivery
//     scheduled for that day", "his courier pickup"), a residence ("the Elm
//     Street apartment") or a care word of the reader's own ("until the new
//     prescription is signed") is no public stop: hcOnePerson keeps the date.
//   - staffline.go (the sender's staff line): a third person's staff ("Her
//     transplant coordinators", "Mom's transplant team", "Their …"), a single visit
//     ("are here Thursday at 8 AM", "ready for Friday's dose") and a
//     reader's word after the availability phrase that is no question, call
//     or order ("while you wait for a match", "about your listing") keep the
//     care role: slOnePerson.
//
// Still passing: "Cedarbrook Pain Clinic: Your statement is ready",
// "OxyNest Oxygen: Your order … has shipped", "Lakeside Home Infusion: there
// will be no delivery on Dec 25", "… couriers will not run their routes on
// Dec 25", "Infusion pharmacists are available 24/7 at … to answer your
// questions", "Infusion nurses are here Monday to Friday, 8 AM to 6 PM".
// No new pass: each reading runs inside the drop it narrows. Test
// `TestOneInShape`.

// chSensitiveMore: the reader's most sensitive care past chSensitive's.
var chSensitiveMore = wordSetTab("alcohol alcoholism alcoholic alcoholics tobacco smoking cessation erectile sexual " +
	"fertility infertility ivf pregnancy pregnant dementia alzheimers alzheimer adhd autism autistic obesity bariatric bariatrics " +
	"alcoholismo tabaquismo sexual fertilidad infertilidad embarazo demencia tdah autismo obesidad bariatrica bariatrico")

// chSensitiveTok: token t names the reader's most sensitive care.
func chSensitiveTok(t *token) bool {
	return chSensitive.get(t.h) || chSensitiveMore.get(t.h)
}

// chDrugTok: token t is covered by a medicine's finding (a listed drug or
// a class of drugs): a prescription, no trade.
func chDrugTok(fs []ifind, t *token) bool {
	for i := range fs {
		if r := fs[i].rule; (r == "clinical.medication" || r == "compose.drug_class") && fs[i].a < int(t.e) && fs[i].b > int(t.s) {
			return true
		}
	}
	return false
}

// oneKin: a relative named as the one cared for ("Mom's deliveries").
var oneKin = wordSetTab("mom mum mommy mama mamma dad daddy papa grandma grandpa granny grandmother grandfather nana " +
	"mother father husband wife son daughter spouse partner baby child brother sister aunt uncle " +
	"madre padre abuela abuelo esposo esposa hijo hija bebe hermano hermana tia tio")

// oneThird: a third person's pronoun or possessive.
var oneThird = wordSetTab("he she her hers his him ella")

// hcOneDet: words before a single delivery that make it one household's.
var hcOneDet = wordSetTab("the this that next his her their la el su esta este proxima proximo")

// hcOneStop: a single delivery, pickup or shipment.
var hcOneStop = wordSetTab("delivery pickup shipment entrega envio despacho reparto")

// hcServiceNoun: a word after a single stop noun that makes it the
// service's ("the delivery service", "delivery routes").
var hcServiceNoun = wordSetTab("service services route routes schedule schedules team drivers driver window windows hours center centre servicio rutas horario")

// hcResidence: one household's place.
var hcResidence = wordSetTab("apartment apt apartamento departamento domicilio address direccion")

// oneOwner: token k-1 owns a possessive "'s" that names a person: a
// relative or a lower-case word ("the patient's"), not a capitalised brand
// ("Lakeside's").
func (s *scanner) oneOwner(k int) bool {
	if !s.possessiveS(k) {
		return false
	}
	o := &s.toks[k-1]
	return oneKin.get(o.h) || o.cls&(tCap|tUpper) == 0
}

// hcOnePerson: the text after the header's colon names one person's or one
// household's delivery (see the file comment); read to the text's end, as
// "…: deliveries will not run on Dec 25; the next delivery is Dec 24 at 9
// AM" names the household in the sentence after the stop.
func (s *scanner) hcOnePerson(colon int) bool {
	n := len(s.toks)
	for k := colon + 1; k < n; k++ {
		t := &s.toks[k]
		switch {
		case oneThird.get(t.h) || oneKin.get(t.h) || s.oneOwner(k) || hcResidence.get(t.h):
			return true
		case hcOneStop.get(t.h):
			if k+1 < n && s.gap(k+1) == " " && hcServiceNoun.get(s.toks[k+1].h) {
				continue // "the delivery service"
			}
			for d := k - 1; d >= colon+1 && d >= k-2; d-- {
				l := s.toks[d].low
				if l == "no" || l == "any" || l == "sin" || l == "ninguna" {
					break // "there will be no delivery"
				}
				if hcOneDet.get(s.toks[d].h) {
					return true // "the next delivery", "the pump delivery"
				}
			}
		case s.careWord(k, false) && !hcStop.get(t.h) && !hcNeg.get(t.h):
			return true // "until the new prescription is signed"
		}
	}
	return false
}

// slOccasion: words of one visit or one dose.
var slOccasion = wordSetTab("dose doses session sessions visit visits appointment appointments access start admission workup " +
	"today tomorrow tonight dosis sesion cita visita hoy manana")

// slGeneric: what the sender's line answers for everyone ("your
// questions", "if you have a question about an order").
var slGeneric = wordSetTab("question questions call calls order orders account bill billing help concern concerns refill refills " +
	"pregunta preguntas llamada llamadas pedido pedidos cuenta ayuda")

// slRange: words of an hours range ("Monday to Friday", "8 AM to 6 PM").
var slRange = wordSetTab("to through thru until till hasta")

// slOnePerson: the staff line at finding tokens i..j, availability at n,
// sentence a..b, names one person's staff or visit (see the file comment).
func (s *scanner) slOnePerson(a, i, n, b int) bool {
	for k := a; k < i; k++ {
		if oneThird.get(s.toks[k].h) || oneKin.get(s.toks[k].h) || s.oneOwner(k) || s.toks[k].low == "their" {
			return true // "Her transplant coordinators", "Mom's transplant team", "Their …"
		}
	}
	presence := slAvail.get(s.toks[n+1].h) && (s.toks[n+1].low == "here" || s.toks[n+1].low == "ready")
	when, rng := false, false
	for k := n + 1; k <= b && k < len(s.toks); k++ {
		t := &s.toks[k]
		switch {
		case slOccasion.get(t.h):
			return true // "ready for Friday's dose"
		case slReader.get(t.h):
			ok := false
			for m := k + 1; m <= k+4 && m <= b && m < len(s.toks); m++ {
				if slGeneric.get(s.toks[m].h) {
					ok = true
					break
				}
			}
			if !ok {
				return true // "while you wait for a match"
			}
		case chWhen.get(t.h):
			if k+1 < len(s.toks) && s.possessiveS(k+1) {
				return true // "Friday's"
			}
			when = true
		case t.low == "am" || t.low == "pm":
			when = true
		case slRange.get(t.h) || strings.ContainsAny(s.gap(k), "–—"):
			rng = true
		}
	}
	return presence && when && !rng // "are here Thursday at 8 AM": a visit
}
