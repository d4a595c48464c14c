package guard

import (
	"strings"
)

// scanWords runs the token detectors: vocabulary phrases (clinical,
// association, tenant terms, identifier cues), dates written with month
// names, names, street addresses, codes, disguised spellings.
func (s *scanner) scanWords() {
	s.dchain = domainChain{} // (domainchain.go: a memo per walk)
	n := len(s.toks)
	toks, txt, terms := s.toks, s.t.s, len(s.p.terms) > 0
	for i := 0; i < n; i++ {
		// the words none of the tests below can take (most lower-case
		// words) passed over in a loop of their own, with no call to spill
		// its values for (helper speed19): each test of this walk stops it
		// where a test below may act (the test's own first condition, or a
		// stricter one), so a word it passes over is one the loop would
		// pass over too (TestDumpFindings)
		for ; i < n; i++ {
			if s.used[i] {
				continue // (the loop's first test: passed over there too)
			}
			t := &toks[i]
			// jsonSchemaKey, the digit and code tests, the capitalised
			// words' (intlStreet, commonwealthWord, names), spaced, and
			// every word when the tenant has terms (phrases)
			if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 || t.h == hCTA || t.e-t.s == 1 || terms {
				break
			}
			// bareDomain; phrases' plural; euStreet; the words of
			// swStartBits (military, poBox, poBoxES, ageWord, obfEmail)
			tl := len(t.low)
			if i+1 < n && txt[t.e] == '.' && toks[i+1].s == t.e+1 || tl >= 4 && t.low[tl-1] == 's' || euStreetCandidate(t) || swStartBits.may(t.h) {
				break
			}
			// phrases, monthDate, names' and cityState's word flags
			// syllSplitAt: a short word in no vocabulary (syllsplit.go)
			if t.w == nil && tl <= 5 {
				break
			}
			if w := t.w; w != nil && (len(w.phrases) > 0 || w.flags&(wMonth|wTitle|wGreeting|wNameCue|wFirst|wLast|wStateCode|wStateName) != 0) {
				break
			}
		}
		if i == n {
			break
		}
		if s.used[i] {
			continue
		}
		t := &s.toks[i]
		w := t.w
		var wf uint64
		if w != nil {
			wf = w.flags
		}
		if t.h == hCTA && s.jsonSchemaKey(i) { // jsonkey.go: a campaign's "cta" key
			s.used[i] = true
			continue
		}
		// the inlined first tests of the detectors below (the gap before
		// the next token is a lone dot, the words a detector starts with,
		// a capital, a flag) spare most tokens the calls
		if i+1 < n && s.t.s[t.e] == '.' && s.toks[i+1].s == t.e+1 && s.bareDomain(i) { // (the byte first: a next token makes it one of the text)
			continue
		}
		// (phrases: a word that starts phrases, the tenant's terms, or a
		// plural of four letters or more)
		if (w != nil && len(w.phrases) > 0 || len(s.p.terms) > 0 || len(t.low) >= 4 && t.low[len(t.low)-1] == 's') && s.phrases(i, w) {
			continue
		}
		if wf&wMonth != 0 && s.monthDate(i, w) {
			continue
		}
		// (commonwealthDigits needs a "/" right after, dayMonthDate a day
		// of one or two digits: parseDay; tested inline, helper SPEED15)
		if t.cls&tDigit != 0 {
			if t.nd <= 2 && int(t.e) < len(s.t.s) && s.t.s[t.e] == '.' && s.clRUN(i) { // "RUN 15.842.377-K" (clrun.go)
				continue
			}
			if i+2 < n && s.gapStarts(i+1, '/') && s.commonwealthDigits(i) || t.nd <= 2 && s.dayMonthDate(i) || addressMay(s, i) && s.address(i) || s.age(i) {
				continue
			}
			continue
		}
		if t.cls&tMixed != 0 {
			if t.nd <= 2 && s.dayMonthDate(i) || addressMay(s, i) && s.address(i) || s.mixedCode(i) {
				continue
			}
			continue
		}
		if t.cls&tAlpha != 0 {
			// (one bit of swStartBits before the five word compares below)
			st := swStartBits.may(t.h)
			// (intlStreetMay: intlStreet's first tests, inline; helper SPEED15)
			if s.icd(i) || st && militaryWord(t.low) && s.military(i) || t.cls&(tCap|tUpper) != 0 && intlStreetMay(s.toks, i) && s.intlStreet(i) || euStreetCandidate(t) && s.euStreet(i) ||
				t.cls&tUpper != 0 && s.commonwealthWord(i) || nameMay(t, wf) && s.names(i, wf) || st && poBoxWord(t.low) && s.poBox(i) || st && poBoxESWord(t.low) && s.poBoxES(i) ||
				wf&(wStateCode|wStateName) != 0 && s.cityState(i) || st && ageWordStart(t.low) && s.ageWord(i, wf) || t.e-t.s == 1 && (s.spaced(i) || s.spacedChain(i)) ||
				st && t.low == "at" && s.obfEmail(i) ||
				w == nil && t.e-t.s <= 5 && t.cls&(tCap|tUpper) == 0 && s.syllSplitAt(i) { // "qui mio te ra pia" (syllsplit.go)
				continue
			}
		}
	}
}

// swStartWords: every word the five inlined word tests of scanWords accept
// (militaryWord, poBoxWord, poBoxESWord, ageWordStart, "at"); a word added
// to one of them goes here too (TestSwStartWords). swStartBits, their
// filter, spares most tokens the five compares (helper SPEED12).
var swStartWords = []string{"apo", "fpo", "dpo", "psc", "cmr", "unit", // militaryWord
	"po", "pob", "p", "post", "rural", "rr", "hc", // poBoxWord
	"apartado", "apdo", "casilla", // poBoxESWord
	"ninety", "hundred", // ageWordStart
	"at"} // obfEmail

var swStartBits = func() *hashFilter {
	f := &hashFilter{}
	for _, w := range swStartWords {
		f.add(hstr(w))
	}
	return f
}()

// ---------------------------------------------------------------------------
// phrases

// matchPhrase returns the number of tokens p matches at i, or 0.
func (s *scanner) matchPhrase(i int, p *phrase) int {
	if i+len(p.toks) > len(s.toks) {
		return 0
	}
	for k, h := range p.toks {
		t := &s.toks[i+k]
		if t.h != h {
			if k != len(p.toks)-1 || singularHash(t.low) != h {
				return 0
			}
		}
		if k > 0 {
			g := s.gap(i + k)
			// a colon right after one letter is part of a product name, as
			// the list writes it ("t:slim", 2026-12-04: the entries of
			// supplies.txt never matched before)
			if len(g) > 3 || strings.ContainsAny(g, ".,;:!?\n") && g != "-" && g != "." && !(g == ":" && len(s.toks[i+k-1].low) == 1) {
				return 0
			}
		}
	}
	if p.flags&fUpper != 0 {
		for k := range p.toks {
			if s.toks[i+k].cls&(tUpper|tDigit) == 0 {
				if p.class == pClinical && s.healthCue(i, i+len(p.toks)-1) && s.toks[i+k].cls&tCap == 0 && !s.kinNotAbbrev(i+k) && !s.lowerAbbrevWord(i+k) { // "hi tia," (kinship.go), "paid its portion" (lowerabbrev.go)
					continue
				}
				return 0
			}
		}
	}
	if p.flags&fCap != 0 && s.toks[i].cls&(tCap|tUpper) == 0 {
		return 0
	}
	if p.flags&fExact != 0 && (len(p.toks) != 1 || s.t.s[s.toks[i].s:s.toks[i].e] != p.exact) {
		return 0
	}
	return len(p.toks)
}

// singularHash hashes a crude singular of an English plural.
func singularHash(low string) uint64 {
	n := len(low)
	if n < 4 || low[n-1] != 's' {
		return 0
	}
	switch {
	case strings.HasSuffix(low, "ies"):
		return hashBytes(hstr(low[:n-3]), "y")
	case strings.HasSuffix(low, "ss"), strings.HasSuffix(low, "us"), strings.HasSuffix(low, "is"):
		return 0
	case strings.HasSuffix(low, "ches"), strings.HasSuffix(low, "shes"), strings.HasSuffix(low, "xes"), strings.HasSuffix(low, "ses"):
		return hstr(low[:n-2])
	}
	return hstr(low[:n-1])
}

func (s *scanner) phrases(i int, w *wordInfo) bool {
	var best *phrase
	bestN := 0
	// the next word's hash (and, for a two-word phrase, its singular's,
	// computed once): a phrase whose second word is neither cannot match
	// (matchPhrase would return 0), so it is skipped without the call;
	// "your" starts dozens of phrases
	var h1, sh1 uint64
	has1, sh1Done := i+1 < len(s.toks), false
	if has1 {
		h1 = s.toks[i+1].h
	}
	try := func(ps []*phrase) {
		for _, p := range ps {
			if p.class == pAssoc && s.m != Strict {
				continue
			}
			if has1 && len(p.toks) >= 2 && p.toks[1] != h1 {
				if len(p.toks) > 2 {
					continue
				}
				if !sh1Done {
					sh1, sh1Done = singularHash(s.toks[i+1].low), true
				}
				if p.toks[1] != sh1 {
					continue
				}
			}
			if n := s.matchPhrase(i, p); n > bestN || (n == bestN && n > 0 && p.class < best.class) {
				best, bestN = p, n
			}
		}
	}
	// no key can pass the tests below (one-word phrases always pass; a
	// longer one needs the next word or, for two words, its singular as
	// its second word): the walk would read no phrase
	wk := w // w itself is read again below (a strict reading of an ambiguous phrase)
	if wk != nil && !wk.phOne {
		if !has1 {
			wk = nil
		} else if wk.phT1[(h1>>6)&1]&(1<<(h1&63)) == 0 {
			if wk.phTwo == [2]uint64{} {
				wk = nil
			} else {
				sh1, sh1Done = singularHash(s.toks[i+1].low), true
				if wk.phTwo[(sh1>>6)&1]&(1<<(sh1&63)) == 0 {
					wk = nil
				}
			}
		}
	}
	if wk != nil {
		// try over phKeys: the same tests, the phrase read only when they pass
		for x := range wk.phKeys {
			key := &wk.phKeys[x]
			if key.assoc && s.m != Strict {
				continue
			}
			if has1 && key.n >= 2 && key.t1 != h1 {
				if key.n > 2 {
					continue
				}
				if !sh1Done {
					sh1, sh1Done = singularHash(s.toks[i+1].low), true
				}
				if key.t1 != sh1 {
					continue
				}
			}
			p := w.phrases[x]
			if n := s.matchPhrase(i, p); n > bestN || (n == bestN && n > 0 && p.class < best.class) {
				best, bestN = p, n
			}
		}
	}
	if len(s.p.terms) > 0 {
		try(s.p.terms[s.toks[i].h])
	}
	if bestN == 0 && len(s.toks[i].low) >= 4 {
		if sh := singularHash(s.toks[i].low); sh != 0 {
			if w2 := s.v.get(sh); w2 != nil {
				for _, p := range w2.phrases {
					if len(p.toks) == 1 && (p.class != pAssoc || s.m == Strict) {
						best, bestN = p, 1
						break
					}
				}
			}
		}
	}
	if bestN == 0 {
		return false
	}
	return s.phraseAt(i, w, best, bestN)
}

// phraseAt judges the phrase best, bestN tokens from i, that phrases
// chose at i (w: the word at i).
func (s *scanner) phraseAt(i int, w *wordInfo, best *phrase, bestN int) bool {
	j := i + bestN - 1
	for k := i; k <= j; k++ {
		if s.used[k] {
			return false
		}
	}
	switch best.class {
	case pIDCue:
		return s.idValue(i, j, best) || s.idNamedAfter(i, j, best) // "88213407, your Medicaid number" (idafter.go)
	case pClinical:
		if best.kind == KindMedication && i == j && s.cocktailDrug(i) { // "Try the Penicillin (scotch, honey, ginger)" (cocktaildrug.go)
			s.used[i] = true
			return true
		}
		if best.rule == "clinical.supply" && s.supplyNotItem(i, j) {
			return false
		}
		if best.rule == "clinical.supply" && s.bulkSupply(i, j) { // bulk goods for a venue (bulksupply.go): judged, so no later rule reads them again
			for m := i; m <= j; m++ {
				s.used[m] = true
			}
			return true
		}
		if best.kind == KindLabTest && s.labNotTest(i, j) { // "PSA: store closes at 6", "INR 499" (vitals.go)
			return false
		}
		if i == j && s.audDegree(i) { // "Dr. Lena Varga, AuD" (orgclin.go)
			return false
		}
		if best.kind == KindLabTest && i == j && s.electrolyteGoods(i) { // "Nuun Sport Electrolytes, 10 servings" (electrolytegoods.go)
			return false
		}
		if s.notClinicalUse(i, j) { // brands (brandnames.go)
			return true
		}
		if best.kind != KindMedication && best.kind != KindDevice && (s.mediaTitle(i, j) || s.zodiacSign(i, j)) { // zodiac.go // "'Tropic of Cancer' (paperback)" (brandline.go)
			for m := i; m <= j; m++ {
				s.used[m] = true
			}
			return true
		}
		if best.flags&fAmbig != 0 && (!s.healthCue(i, j) && !s.careElsewhere(i, j) && !s.ownShotStrict(i, j) && !s.strictService(i, j) && !s.careProgram(i, j) || s.productClinical(i, j)) { // careElsewhere: carecue.go; ownShotStrict: ownshot.go; strictService: strictservice.go; careProgram: careprogram.go
			// "melatonin", "hair loss": ambiguous as a diagnosis, but in
			// strict mode the same words may be health-by-association
			// wording, which needs no cue
			if s.m == Strict && w != nil {
				for _, p := range w.phrases {
					if p.class == pAssoc && p.flags&fAmbig == 0 && len(p.toks) == bestN && s.matchPhrase(i, p) == bestN {
						s.addTok(i, j, KindAssociation, p.rule, 0.7, "wording that reveals health information by association")
						return true
					}
				}
			}
			if p, n := s.plainInside(i, w, best, bestN); p != nil { // "diabetes mellitus|a" holds "diabetes" (plaininside.go)
				return s.phraseAt(i, w, p, n)
			}
			return false
		}
		if best.flags&fAmbig != 0 && (s.ambiguousOrdinary(i, j) || s.symptomIdiom(i, j)) { // "Your cane sugar order" (producthead.go); "su fiebre de descuentos" (symptom.go)
			return false
		}
		if i == j && s.senderAcronym(i) { // "CFS: Su código de verificación…" (sendertag.go)
			s.used[i] = true
			return true
		}
		if s.petHealth(i, j) || i == j && s.seatCode(i) { // "la vacuna de su perro", "gate B12" (orgnames.go)
			return false
		}
		if i == j && s.toks[i].h == hDetox && s.detoxGoods(i) { // "Your detox tea order" (detoxgoods.go)
			return false
		}
		s.addTok(i, j, best.kind, best.rule, conf(best), reasonFor(best.kind))
		return true
	case pAssoc:
		if best.flags&fAmbig != 0 && (!s.healthCue(i, j) || s.ambiguousOrdinary(i, j)) {
			return false
		}
		if s.orgTeamName(i, j) { // "Summit Mobility is hiring" (orgteam.go)
			s.used[i] = true
			return true
		}
		s.addTok(i, j, KindAssociation, best.rule, 0.7, "wording that reveals health information by association")
		return true
	case pTenant:
		s.addTok(i, j, best.kind, best.rule, 0.9, "matches a term on the tenant's or operator's list")
		return true
	}
	return false
}

// supplyNotItem: the equipment word at i..j is not an item someone has
// but the place's accessibility ("a wheelchair accessible entrance",
// "wheelchair access at the north door", "walker-friendly") or a person's
// job ("dog walker"): a building or service notice, no health information.
func (s *scanner) supplyNotItem(i, j int) bool {
	if k := j + 1; k < len(s.toks) && !s.toks[k].sent && supplyAccessAfter.get(s.toks[k].h) {
		if g := s.gap(k); g == " " || g == "-" {
			return true
		}
	}
	return i > 0 && !s.toks[i].sent && s.gap(i) == " " && supplyPersonBefore.get(s.toks[i-1].h)
}

var (
	supplyAccessAfter = wordSetTab("accessible accessibility access friendly ramp ramps parking entrance entrances " +
		"lift lifts seating space spaces van vans taxi taxis users accesible acceso rampa")
	supplyPersonBefore = wordSetTab("dog dogs pet pets")
)

func conf(p *phrase) float64 {
	if p.flags&fAmbig != 0 {
		return 0.6
	}
	return 0.85
}

func reasonFor(k Kind) string {
	switch k {
	case KindCondition:
		return "names a medical condition or diagnosis"
	case KindMedication:
		return "names a medication"
	case KindLabTest:
		return "names a lab test"
	case KindProcedure:
		return "names a medical procedure"
	}
	return "matches a clinical term"
}

func (s *scanner) healthCue(i, j int) bool {
	return s.cueNear(i, j, wHealthCue, 3, 2)
}

// idValue handles "MRN: 123456", "member ID ABC-12345", "acct # ending in 1234".
func (s *scanner) idValue(i, j int, p *phrase) bool {
	if s.shopKey(i, j) || s.rxOrderKey(i, j) || s.systemKey(i, j) { // "order_id":"ORD-20431" (shopid.go), "order_id":"RX-204918" (rxorder.go), "survey_id":"SRV-2291" (systemkey.go)
		return false
	}
	if s.payEventInvoiceKey(i, j) || s.bankLast4(i, j) || s.webhookRef(i) { // … or the sender's reference in a webhook payload (webhookref.go) // "invoice_id" in "invoice.paid", "bank account ending in 0021" (payevent.go)
		return false
	}
	k := j + 1
	for skips := 0; k < len(s.toks) && skips < 4 && s.fl(k)&wSkipCue != 0 && s.toks[k].cls&tAlpha != 0; skips++ {
		k++
	}
	if k < len(s.toks) {
		k = s.payerBeforeID(k, p) // "póliza BlueCross 8HJ-22019-447" (policypayer.go)
	}
	if s.cardLastDigits(i, j, k, p) { // "Your insurance card ends in 4471": health_plan.last_digits (cardlast.go)
		return false
	}
	if k >= len(s.toks) || k-j > 5 {
		return false
	}
	g := s.gap(k)
	if len(g) > 5 || strings.ContainsAny(g, "\n") {
		return false
	}
	start := k
	v := &s.toks[k]
	digits := int(v.nd)
	ok := false
	switch {
	case v.cls&(tDigit|tMixed) != 0:
		ok = true
	case v.cls&tUpper != 0 && v.e-v.s <= 5 && k+1 < len(s.toks) && (s.gap(k+1) == "-" || s.gap(k+1) == " ") && s.toks[k+1].cls&(tDigit|tMixed) != 0:
		ok = true
	case p.kind == KindVehicle && v.cls&tUpper != 0 && v.e-v.s >= 5 && v.e-v.s <= 8:
		ok = true
	case s.redRxWord(i, k): // "RX-REFILL-2291" (redcuts.go)
		ok = true
	}
	if !ok || (k+1 < len(s.toks) && s.gap(k+1) == "/" && v.cls&tDigit != 0 && v.nd <= 2) {
		return false // a date, not an identifier
	}
	if p.kind == KindAccount && maskedLast4(s.t.s[v.s:v.e]) { // "account XXXX4471" (maskednum.go)
		return false
	}
	end := k
	for end+1 < len(s.toks) {
		g := s.gap(end + 1)
		if (g == "-" || g == "." || g == "/" || g == " " && s.toks[end+1].cls&tDigit != 0 && s.toks[end].cls&tDigit != 0) &&
			s.toks[end+1].cls&(tDigit|tMixed|tUpper) != 0 && !s.used[end+1] {
			if s.toks[end+1].cls&tUpper != 0 && s.toks[end+1].cls&tAlpha != 0 && s.toks[end+1].e-s.toks[end+1].s > 4 {
				break
			}
			end++
			digits += int(s.toks[end].nd)
			continue
		}
		break
	}
	if digits < 2 && p.kind != KindVehicle || s.queueTicket(i, j, digits) { // "ticket number is OR-17" (shopid.go)
		return false
	}
	if s.idQuantity(start, end) { // "gift tin (24 ct)", "Records 20th", "bin — 30% off" (idquantity.go)
		return false
	}
	if s.activationCode(i, j, start, p) || s.orderCase(i, j, start) || s.requestCode(start) { // "Activate your account with code PHH-48Z2", "Order status: case 26-0417-DT", "solicitud de expediente SOL-2026-0441" (requestcode.go)
		for x := i; x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	if s.shopPayID(i, start) || s.rewardCode(i, start) || s.supportCase(i, j, start) || s.oneTimeCode(i, j, start, end, p) || s.signInCode(i, j, start, end, p) || i == j && s.systemIDKey(i) { // systemIDKey: sysidkey.go; // oneTimeCode: otpcode.go; supportCase: supportcase.go // "Transaction ID 71234509", "RX-BONUS-500" (shoppay.go)
		for x := i; x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	if i == j && s.gap(i+1) == "-" && s.senderCode(s.scCodeStart(i), end) { // "Case #NC-CASE-20417", "Statement #CIP-2026-11-0871" (sendercode.go)
		for x := s.scCodeStart(i); x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	if s.bizCode(start, end) || p.kind == KindDevice && s.bizRecallLot(i, start, end) { // "Case #CS-20931 is open", "recalling lot 4471B of our …" (bizcode.go)
		for x := i; x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	if s.orderCodePrefix(i, j, start, end) || p.kind == KindDevice && s.packagingLot(i, j, end) { // "order #SS-118204" (orderprefix.go), "the Lot 24-118 shipping cartons" (packlot.go)
		for x := i; x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	if (s.fl(i)&wCardCue != 0 || s.cueNear(i, i, wCardCue, 2, 0) || s.cardOnAccount(i, start, end)) && s.paymentCardValue(i, start, end, p) || s.payEnding(i, start, end) { // cardOnAccount: cardonaccount.go; the account a payment went to (payending.go)
		// "card ending in 4242": payment card last four are not an identifier
		// here (an insurance card's number is: cardcue.go)
		for x := i; x <= end; x++ {
			s.used[x] = true
		}
		return true
	}
	s.addTok(i, end, p.kind, p.rule, 0.9, "identifier introduced by a context word ("+string(p.kind)+")")
	return true
}

// ---------------------------------------------------------------------------
// dates with month names

func parseDay(t *token) (int, bool) {
	// "7", "07", "7th", "1st", "22nd", "3rd"
	l := t.low
	n := 0
	k := 0
	for k < len(l) && isDigitByte(l[k]) {
		n = n*10 + int(l[k]-'0')
		k++
		if k > 2 {
			return 0, false
		}
	}
	if k == 0 {
		return 0, false
	}
	switch l[k:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func isOrdinal(l string) bool {
	k := 0
	for k < len(l) && isDigitByte(l[k]) {
		k++
	}
	if k == 0 || k > 4 {
		return false
	}
	switch l[k:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func parseYear(t *token) (int, bool) {
	if t.cls&tDigit == 0 || len(t.low) != 4 {
		return 0, false
	}
	y := atoi(t.low)
	if y < 1880 || y > 2150 {
		return 0, false
	}
	return y, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 18; i++ {
		if !isDigitByte(s[i]) {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// hourAfterComma: the number at token k (after "Month, ") opens a clock
// time or range: "8-9 AM", "8 AM", "8:30" ("every Saturday in July, 8-9
// AM"). A day is written without the comma ("July 8, 9 AM").
func (s *scanner) hourAfterComma(k int) bool {
	t := &s.toks[k]
	n := len(s.toks)
	if t.cls&tDigit == 0 || t.cls&tAlpha != 0 || len(t.low) > 2 || k+1 >= n {
		return false
	}
	ampm := func(m int) bool {
		return m < n && (s.toks[m].low == "am" || s.toks[m].low == "pm") && (s.gap(m) == " " || s.gap(m) == "")
	}
	g := s.gap(k + 1)
	if g == ":" || ampm(k+1) {
		return true
	}
	return (g == "-" || g == "\u2013") && s.toks[k+1].cls&tDigit != 0 && s.toks[k+1].cls&tAlpha == 0 && (ampm(k+2) || k+2 < n && s.gap(k+2) == ":")
}

// monthDate: "March 7, 1984", "Mar. 7th", "March 7", "March 1984".
func (s *scanner) monthDate(i int, w *wordInfo) bool {
	t := &s.toks[i]
	if w.flags&wMonthAmbig != 0 && t.cls&(tCap|tUpper) == 0 {
		return false
	}
	if t.low == "may" && t.cls&tCap == 0 {
		return false
	}
	m := int(w.month)
	// "7 March 1984" / "7th of March" handled by dayMonthDate from the day.
	k := i + 1
	if k >= len(s.toks) || s.used[k] {
		return false
	}
	g := s.gap(k)
	if g != " " && g != ". " && g != "." && g != "-" && g != " -" && g != "/" && g != ", " && g != "  " {
		return false
	}
	if g == ", " && s.hourAfterComma(k) {
		return false // "every Saturday in July, 8-9 AM": the hours, not a day (helper CONTACT9, dev59)
	}
	if d, ok := parseDay(&s.toks[k]); ok {
		end := k
		y := 0
		if k+1 < len(s.toks) && !s.used[k+1] {
			g2 := s.gap(k + 1)
			if g2 == ", " || g2 == " " || g2 == "," || g2 == "-" || g2 == "/" || g2 == " , " {
				if yy, ok := parseYear(&s.toks[k+1]); ok {
					y = yy
					end = k + 1
				}
			}
		}
		if t.low == "may" && y == 0 && t.cls&tCap == 0 {
			return false
		}
		s.date(i, end, y, m, d)
		return true
	}
	if s.low(k) == "de" && k+1 < len(s.toks) && s.gap(k+1) == " " { // "marzo de 2026"
		if _, ok := parseYear(&s.toks[k+1]); ok {
			k++
		}
	}
	if y, ok := parseYear(&s.toks[k]); ok {
		// month + year: a date element only when tied to a person
		s.dates = append(s.dates, dateVal{y: y, m: m, a: i, b: k})
		if y < careOldYear {
			s.dateKeep = true // caresignal.go
		}
		if s.cueNear(i, k, wDatePerson, 8, 3) {
			s.addTok(i, k, KindDate, "date.month_year", 0.75, "month and year of an event tied to a person")
		} else {
			s.used[i], s.used[k] = true, true
		}
		return true
	}
	return false
}

// dayMonthDate: "7 March 1984", "7th of March", "07-Mar-1984".
func (s *scanner) dayMonthDate(i int) bool {
	d, ok := parseDay(&s.toks[i])
	if !ok || i+1 >= len(s.toks) {
		return false
	}
	k := i + 1
	g := s.gap(k)
	if (s.low(k) == "of" || s.low(k) == "de") && k+1 < len(s.toks) {
		k++
		g = s.gap(k)
	}
	if g != " " && g != "-" && g != "/" && g != "." && g != ". " {
		return false
	}
	w := s.toks[k].w
	if w == nil || w.flags&wMonth == 0 || s.used[k] {
		return false
	}
	if w.flags&wMonthAmbig != 0 && s.toks[k].cls&(tCap|tUpper) == 0 {
		return false
	}
	end := k
	y := 0
	// Spanish "3 de marzo de 2026": "de" before the year
	if k+2 < len(s.toks) && s.low(k+1) == "de" && s.gap(k+1) == " " && s.gap(k+2) == " " {
		if yy, ok := parseYear(&s.toks[k+2]); ok {
			s.date(i, k+2, yy, int(w.month), d)
			return true
		}
	}
	if k+1 < len(s.toks) {
		g2 := s.gap(k + 1)
		if g2 == " " || g2 == ", " || g2 == "-" || g2 == "/" || g2 == "." || g2 == "," {
			if yy, ok := parseYear(&s.toks[k+1]); ok {
				y, end = yy, k+1
			} else if s.toks[k+1].cls&tDigit != 0 && len(s.toks[k+1].low) == 2 && (g2 == "-" || g2 == "/") {
				y, end = 1900+atoi(s.toks[k+1].low), k+1
				if y < 1930 {
					y += 100
				}
			}
		}
	}
	s.date(i, end, y, int(w.month), d)
	return true
}

// date records a date and reports it unless it sits in an order,
// shipping, billing or other non-personal context (see package doc).
func (s *scanner) date(i, j, y, m, d int) {
	charity := s.charityDate(i, j) // "our 5K fun run benefiting the children's hospital is May 17" (bizdate.go)
	zodiac := s.zodiacDate(i, j)   // "Cancer season candle (June 21 – July 22 …)" (zodiac.go)
	// a person cue, unless it is only a care word inside a shop's name in
	// a sender's sentence ("Transparent Labs … backordered until Oct 3",
	// senderdate.go); a care event's JSON key: {"date_of_service":"2025-05-02"}
	// (jsonvisitdate.go); a platform's delivery time, "sent_at" (webhookid.go)
	cue := s.cueNear(i, j, wDatePerson, 8, 4)
	sched := s.schedDay(i, j)                                                                                                                                                                                                                      // the sender's own schedule or an event open to all, nothing of one reader's in the sentence (schedday.go)
	public := cue && (sched || s.publicCueDay(i, j) || s.hostEventDay(i, j, y) || s.eventOwnCueDay(i, j, y) || s.policyDate(i) || s.policyTail(i, j) || s.hoursDate(i) || s.closedDeptDay(i, j) || s.headerClosureDay(i, j) || s.opDeadline(i, j)) // headerclosure.go; a policy for everyone from a date on (policydate.go, policytail.go), the day the sender's hours change (hoursdate.go); a department closed on a holiday (closeddept.go); "Biometric screening days are November 3–5 …, open to all employees" (publiccueday.go); "Cedar Ridge will host a school nurse workshop …, Jan 22" (hostevent.go); "The hospital's blood drive is Dec 11" (eventcue.go)
	person := !charity && !zodiac && (cue && !public && !(s.sdPersonIsName(i, j) && (s.senderDate(i, j, y) || s.jsonTimeKey(i) || s.ooHolidayClosed(i, j)) || s.facilityDate(i, j, y) || s.jsonStampKey(i) && !whStampOld(y)) || s.jsonVisitKey(i))
	// a person cue that only names the sender's lab or a public vaccination
	// day: the date is untied, and the notice's care signal decides
	// (weakcue.go, caresignal.go)
	weak := person && !s.jsonVisitKey(i) && s.weakPersonOnly(i, j)
	person = person && !weak || !charity && !zodiac && !person && (s.careNounDate(i, j) || s.careSchedDate(i) || s.hoursKinDate(i) || s.payKinDate(i, j) || s.policyOneDate(i, j) || s.closedMovedDate(i, j) || s.soOpTied(i, j) || s.g20CareReceived(i, j))                                                                                                                                                                                                                                                                                        // a carer, a relative's transport, an expiring prescription, a no-show, an arrival instruction (caredate.go); a care schedule from a date on, a relative's hours or payment (caresched.go, hourskin.go, paykin.go; one person's date after "effective" (policyone.go)); a closed slot moved to a clock time (closedslot.go); a sender's operation date another sentence ties to the reader (senderopdate.go)
	cued := !person && !weak && (charity || zodiac || public || sched || s.policyDate(i) || s.hoursDate(i) || s.payDate(i, j) || s.senderDate(i, j, y) || s.facilityDate(i, j, y) || s.cueNear(i, j, wDateAllowed, 8, 3) && !s.serviceDate(i, j) || s.closureCue(i) || s.closureAfter(i) || s.publicEventDate(i, j, y) || s.loyaltyDate(i, j, y) || s.businessDate(i, j, y) || s.jsonTimeKey(i) || s.processDate(i) || s.openEventDate(i, j, y) || s.opDeadline(i, j) || s.ooHolidayClosed(i, j) || s.ooSystemRetire(i, j) || s.senderOpDate(i, j)) // orthoops.go; senderopdate.go; openevent.go, senderdate.go, facilitydate.go, closure.go, closureafter.go, publicdate.go, loyaltydate.go, bizdate.go, jsontime.go, procdate.go; a billing cue beside a service rendered allows no date (servicedate.go)
	// a cue's allowance taken back by a red team's veto: the reader's visit
	closed := cued && !sched && s.closureVerbBefore(i) && s.closurePurpose(j)                  // "reopen on Jan 4 for the stitches" (redteam.go)
	booked := cued && !closed && (s.sdBookedSlot(i) || s.careHeldSlot(i)) && !s.jsonTimeKey(i) // "Our office has reserved March 3 at 9:40 AM for your account" (senderdate.go), "Your IV hydration drip is booked for March 3" (caretreat.go); a system time under a JSON key ("ts": "…T18:22:05Z") is no booking
	allowed := cued && !closed && !booked
	s.dates = append(s.dates, dateVal{y: y, m: m, d: d, a: i, b: j, allowed: allowed})
	if y > 0 && y < careOldYear || booked || closed && s.carePurpose(j) || !allowed && !person && s.serviceDate(i, j) {
		s.dateKeep = true // a birth date, a booked slot, a closure's purpose, a service rendered: the notice's untied dates stay (caresignal.go, servicedate.go)
	}
	switch {
	case person:
		s.addTok(i, j, KindDate, "date.person", 0.9, "date tied to a person (birth, visit, admission, test...)")
	case allowed:
		for k := i; k <= j; k++ {
			s.used[k] = true
		}
	default:
		s.addTok(i, j, KindDate, "date.untied", 0.6, "date more specific than a year outside an order, shipping or billing context")
	}
}

// ---------------------------------------------------------------------------
// ages over 89

func (s *scanner) age(i int) bool {
	t := &s.toks[i]
	if t.nd < 2 || t.nd > 3 {
		return false
	}
	v := atoi(t.low)
	if v < 90 || v > 130 {
		return false
	}
	// "92 years old", "92-year-old", "92 yo", "92 y/o", "92 yrs"
	if i+1 < len(s.toks) && s.fl(i+1)&wYearsOld != 0 && len(s.gap(i+1)) <= 2 {
		end := i + 1
		if i+2 < len(s.toks) && (s.low(i+2) == "old" || s.low(i+2) == "o") {
			end = i + 2
		}
		s.addTok(i, end, KindAge, "age.over_89", 0.9, "age over 89")
		return true
	}
	// "aged 91", "age: 95", "age 95"
	if i > 0 && s.fl(i-1)&wAgeCue != 0 && len(s.gap(i)) <= 3 {
		s.addTok(i-1, i, KindAge, "age.over_89", 0.9, "age over 89")
		return true
	}
	return false
}

// ageWord handles ages written out: "ninety-two years old", "aged ninety".
func (s *scanner) ageWord(i int, wf uint64) bool {
	if !ageWordStart(s.low(i)) { // the test scanWords makes inline: keep both in step
		return false
	}
	switch s.low(i) {
	case "ninety", "hundred":
	default:
		return false
	}
	end := i
	if end+1 < len(s.toks) && len(s.gap(end+1)) <= 2 {
		switch s.low(end + 1) {
		case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine":
			end++
		}
	}
	if end+1 < len(s.toks) && s.fl(end+1)&wYearsOld != 0 || i > 0 && s.fl(i-1)&wAgeCue != 0 {
		if end+1 < len(s.toks) && s.fl(end+1)&wYearsOld != 0 {
			end++
			if end+1 < len(s.toks) && s.low(end+1) == "old" {
				end++
			}
		}
		s.addTok(i, end, KindAge, "age.over_89", 0.8, "age over 89")
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// names

func (s *scanner) isCapWord(i int) bool {
	c := s.cls(i)
	return c&tAlpha != 0 && c&(tCap|tUpper) != 0 && s.toks[i].e-s.toks[i].s >= 2
}

func (s *scanner) nameGap(i int) bool {
	g := s.gap(i)
	return g == " " || g == "  "
}

// greetAcronyms: upper-case acronyms that are no name after a greeting
// word ("All welcome, RSVP by Friday"; helper NAMES5, dev33).
var greetAcronyms = wordSetTab("rsvp faq faqs fyi asap")

// nameMay is what every rule of names needs of token i (flags wf): a
// title, greeting, name-cue, given- or family-name flag, or a capital.
func nameMay(t *token, wf uint64) bool {
	return wf&(wTitle|wGreeting|wNameCue|wFirst|wLast) != 0 || t.cls&(tCap|tUpper) != 0
}

func (s *scanner) names(i int, wf uint64) bool {
	if !nameMay(&s.toks[i], wf) { // the test scanWords makes inline: a rule needing less must change nameMay
		return false
	}
	if s.inProduct(i) {
		// a product's name in shop wording (product.go), a shop or brand
		// named like a person (vocab/brands.txt, brandlist.go)
		return false
	}
	// a saint's name in an institution's name: "the St. Brendan's
	// Foundation", "St. Agnes nurses" (saintorg.go)
	if s.toks[i].cls&tCap != 0 && i+1 < len(s.toks) && saintBits.may(s.toks[i].h) {
		if end, ok := s.saintInstitution(i + 1); ok {
			for k := i; k <= end; k++ {
				s.used[k] = true
			}
			return true
		}
	}
	t := &s.toks[i]
	n := len(s.toks)
	// a0) lower-case titles with their dot: "mr. okafor", "dra. ruiz"
	if wf&wTitle != 0 && t.cls&(tCap|tUpper) == 0 && i+1 < n && s.gap(i+1) == ". " && !s.used[i+1] {
		nx := &s.toks[i+1]
		if nx.cls&tAlpha != 0 && nx.cls&(tCap|tUpper) == 0 && len(nx.low) >= 3 && s.fl(i+1)&(wStop|wCommon|wMonth) == 0 &&
			(s.fl(i+1)&wLast != 0 || !s.general(i+1)) {
			s.addTok(i, i+1, KindName, "name.title", 0.75, "personal title followed by a name")
			return true
		}
	}
	// a) titles: "Dr. Patel", "Mrs Smith"
	if wf&wTitle != 0 && t.cls&tCap != 0 && (t.cls&tUpper == 0 || t.low != "ms" || strings.HasPrefix(s.gap(i+1), ".")) && i+1 < n {
		g := s.gap(i + 1)
		if (g == ". " || g == " " || g == "." || g == ".  ") && s.isCapWord(i+1) && s.fl(i+1)&(wStop) == 0 && !s.used[i+1] {
			if e, ok := s.nurseServiceRun(i); ok { // "Beacon Nurse Line", "the Nurse Advice Line" (nurseline.go)
				for k := i; k <= e; k++ {
					s.used[k] = true
				}
				return true
			}
			if _, ok := s.honorificBrand(i); ok { // "Dr. Marlow's Midnight Repair night cream" (honorbrand.go)
				s.used[i], s.used[i+1], s.used[i+2] = true, true, true // the title, the name and its "s": the product's words stay checked
				return true
			}
			end := i + 1
			if i+2 < n && s.nameGap(i+2) && s.isCapWord(i+2) && s.fl(i+2)&(wStop|wCommon) == 0 {
				end = i + 2
			}
			s.addTok(i, end, KindName, "name.title", 0.85, "personal title followed by a name")
			return true
		}
	}
	// b) greetings: "Dear Maria", "Hi John,"
	if wf&wGreeting != 0 && i+1 < n {
		j := i + 1
		g := s.gap(j)
		if (g == " " || g == ", " || g == "  ") && !s.used[j] && s.toks[j].cls&tAlpha != 0 {
			f := s.fl(j)
			isName := false
			// the category's own wording or the tenant's approved wording
			// after a greeting ("Hi Kestrelwood members") is not a name
			if f&(wGenericAddressee|wStop|wGreeting) == 0 && !s.p.isTemplate(s.toks[j].h) &&
				!(s.toks[j].cls&tUpper != 0 && greetAcronyms.get(s.toks[j].h)) && // "All welcome, RSVP" (NAMES5)
				!s.greetGroup(j) && // "Dear Cedar Ridge community," (greetgroup.go)
				!weekdays.get(s.toks[j].h) && !sdWeekdays.get(s.toks[j].h) { // "Walk-ins welcome Tuesdays" (recall17b, dev99r)
				if s.toks[j].cls&(tCap|tUpper) != 0 && (f&wCommon == 0 || f&(wFirst|wLast) != 0) {
					isName = true
				} else if f&wFirst != 0 && f&wCommon == 0 {
					isName = true
				}
			}
			if isName {
				end := j
				if j+1 < n && s.nameGap(j+1) && s.isCapWord(j+1) && s.fl(j+1)&(wStop|wCommon) == 0 {
					end = j + 1
				}
				s.addTok(i, end, KindName, "name.greeting", 0.85, "greeting followed by a name")
				s.tieGreeting(i) // the reader addressed (readertied.go)
				return true
			}
		}
	}
	// e) name cues: "Patient: Maria Lopez", "member Lopez"
	if wf&wNameCue != 0 && i+1 < n {
		j := i + 1
		g := s.gap(j)
		if len(g) <= 3 && !strings.Contains(g, "\n") && s.isCapWord(j) && !s.used[j] && !s.cueSentenceEnd(i, j) && !nameCueDocWords.get(s.toks[j].h) && !s.ncLawAcronym(j) { // cueend.go; "Patient Rights" (langname.go); "signed HIPAA authorization" (lawacronym.go)
			f := s.fl(j)
			if f&wStop == 0 && (f&wCommon == 0 || f&(wFirst|wLast) != 0 && f&wCommon == 0) {
				end := j
				if j+1 < n && (s.nameGap(j+1) || s.gap(j+1) == ", ") && s.isCapWord(j+1) && s.fl(j+1)&(wStop|wCommon) == 0 {
					end = j + 1
				}
				s.addTok(i, end, KindName, "name.cue", 0.8, "name introduced by a context word")
				return true
			}
		}
	}
	if t.cls&tAlpha == 0 {
		return false
	}
	// c) full names: "Maria Lopez", "MARIA LOPEZ", "John Q. Public"
	if i+1 < n && !s.used[i+1] {
		j := i + 1
		mid := -1
		if s.toks[j].e-s.toks[j].s == 1 && s.toks[j].cls&tUpper != 0 && i+2 < n && (s.gap(j+1) == ". " || s.gap(j+1) == " ") && s.nameGap(j) {
			mid = j
			j = i + 2
		}
		// (fullNameShape holds only after a given name: wf's flag first, helper SPEED15)
		if wf&wFirst != 0 && len(t.low) >= 2 && (mid >= 0 || s.nameGap(j)) && s.toks[j].cls&tAlpha != 0 && !s.brandTok(j) { // a listed brand (brandlist.go)
			// "your Stanley Quencher": a given name opening a product name
			// after a possessive or determiner, unless a family name follows
			c, ok := s.fullName(i, j)
			if ok && s.shopOwnerName(i, j) { // "Marco Bellini Gift Co.": judged whole, so the given-name rule does not read "Marco" alone (orgnames.go)
				for k := i; k <= j; k++ {
					s.used[k] = true
				}
				return true
			}
			if ok && !(mid < 0 && s.fl(j)&wLast == 0 && s.afterProductDeterminer(i)) && !s.orgRun(i, j) && !s.petName(i) { // a shop, place or pet (orgnames.go)
				end := j
				if j+1 < n && s.nameGap(j+1) && s.isCapWord(j+1) && s.fl(j+1)&wLast != 0 && s.fl(j+1)&(wStop|wCommon) == 0 {
					end = j + 1
				}
				s.addTok(i, end, KindName, "name.full", c, "looks like a person's name")
				return true
			}
		}
	}
	// c2) two capitalised words that are in no vocabulary: "Bronwyn Achterberg has..."
	// (unknownCap(i+1)'s class test first: a capitalised word next, helper SPEED15)
	if i+1 < n && !s.used[i+1] && s.toks[i+1].cls&(tAlpha|tCap|tUpper) == tAlpha|tCap && s.unknownCap(i) && s.unknownCap(i+1) && !s.brandTok(i+1) && (s.nameGap(i+1) || s.gap(i+1) == "-") && (!s.titleCase(i) || s.newsVerbBefore(i)) {
		end := i + 1
		for end+1 < n && end < i+3 && (s.nameGap(end+1) || s.gap(end+1) == "-") && s.unknownCap(end+1) && !s.brandTok(end+1) {
			end++
		}
		end = s.formatTrim(end)       // "… Series Blu-ray" (mediaformat.go)
		if s.townRun(i, end, false) { // "in Eau Claire" (townrun.go): the town's words are read no further
			for k := i; k <= end; k++ {
				s.used[k] = true
			}
			return true
		}
		if s.practiceHeadRun(i, end) { // "Kinesio Núñez:": a practice's name heading its notice (practicehead.go)
			for k := i; k <= end; k++ {
				s.used[k] = true
			}
			return true
		}
		if s.brandTownRun(i, end) { // "Verdant Leaf Harrisburg": a brand and its branch's town (brandtown.go)
			for k := i; k <= end; k++ {
				s.used[k] = true
			}
			return true
		}
		next := end + 1
		// at least one of them is not ordinary English or Spanish
		// ("Instant Pot", "Apple Watch" are products, not names)
		ordinary := true
		for k := i; k <= end; k++ {
			if !s.general(k) {
				ordinary = false
			}
		}
		// after a possessive or determiner ("Your Garmin Forerunner strap",
		// "the Hoka Clifton") capitalised words are a product, not a person
		if !ordinary && s.afterProductDeterminer(i) && !(end == i+1 && s.personalNamePair(i)) { // "Your Priya Raman photo book" (namepair.go)
			ordinary = true
		}
		// a shop, brand or place ("Farmacias Guadalajara", orgnames.go)
		if !ordinary && (s.languageRun(i, end) || s.orgRun(i, end) || s.petName(i) || s.ampShopBranch(i, end) || s.priceOnRun(i, end) || s.bizNounRun(i, end) && !s.bnPersonBefore(i)) { // ampshop.go, pricerun.go, biznoun.go
			ordinary = true
		}
		if end > i && !ordinary && (!t.sent || next >= n || s.toks[next].sent || s.toks[next].cls&(tCap|tUpper) == 0 || strings.HasPrefix(s.gap(next), ",")) {
			if s.deviceModelAfter(i, end) { // "Phonak Audéo Lumity" (devicemodel.go)
				start := i
				if i > 0 && !s.used[i-1] && deviceParts().brands[s.toks[i-1].h] != 0 {
					start = i - 1
				}
				s.addTok(start, end, KindProcedure, "device.model", 0.7, "a medical device's model name after its maker's brand")
				return true
			}
			s.addTok(i, end, KindName, "name.capitalized", 0.5, "capitalised words that look like a person's name")
			return true
		}
	}
	// c3) "J. Smith", "M Lopez"
	if len(t.low) == 1 && t.cls&tUpper != 0 && i+1 < n && (s.gap(i+1) == ". " || s.gap(i+1) == " ") && s.isCapWord(i+1) &&
		s.fl(i+1)&wLast != 0 && s.fl(i+1)&(wCommon|wStop|wPlace) == 0 && !s.used[i+1] && (i == 0 || s.fl(i-1)&wTitle == 0) && !s.esLetterWord(i) {
		s.addTok(i, i+1, KindName, "name.initial", 0.7, "initial and family name")
		return true
	}
	// d) "Lopez, Maria"
	if i+1 < n && len(t.low) >= 2 && wf&wLast != 0 && wf&(wCommon|wStop) == 0 && s.isCapWord(i) && (s.gap(i+1) == ", " || s.gap(i+1) == ",") &&
		s.isCapWord(i+1) && s.fl(i+1)&wFirst != 0 && s.fl(i+1)&(wCommon|wStop) == 0 && !s.inProduct(i+1) { // "…, Sara Lee Butter Bread": a brand after the comma (brandline.go)
		s.addTok(i, i+1, KindName, "name.last_first", 0.85, "looks like a person's name (last, first)")
		return true
	}
	// d2) "OKONKWO, BOLA", "LINDQVIST, ANNA" at a pharmacy counter: two
	// words in capitals around a comma, one a known family or given name
	if i+1 < n && len(t.low) >= 2 && t.cls&tUpper != 0 && t.cls&tAlpha != 0 && (s.gap(i+1) == ", " || s.gap(i+1) == ",") &&
		s.toks[i+1].cls&tUpper != 0 && s.toks[i+1].cls&tAlpha != 0 && len(s.toks[i+1].low) >= 2 && !s.used[i+1] &&
		(wf&wLast != 0 || s.fl(i+1)&wFirst != 0) && (wf|s.fl(i+1))&(wStop|wCommon|wMonth|wPlace|wStateName) == 0 {
		s.addTok(i, i+1, KindName, "name.last_first", 0.8, "looks like a person's name (LAST, FIRST in capitals)")
		return true
	}
	if t.cls&tUpper != 0 && s.lastFirstDash(i, wf) { // "STEVENSON, DALE — your package" (lastfirstdash.go)
		s.addTok(i, i+1, KindName, "name.last_first", 0.8, "looks like a person's name (LAST, FIRST in capitals) addressed before a dash")
		return true
	}
	if t.cls&(tCap|tUpper) == 0 && s.lastFirstLower(i, wf) { // "chen, wei - check-in complete" (lastfirstlower.go)
		s.addTok(i, i+1, KindName, "name.last_first", 0.75, "looks like a person's name (last, first) addressed before a dash")
		return true
	}
	if t.cls&(tCap|tUpper) == 0 && s.lastFirstLowerFor(i, wf) { // "Order #G-77120 for ramirez, luis is packed" (lastfirstlower.go)
		s.addTok(i, i+1, KindName, "name.last_first", 0.75, "looks like a person's name (last, first) an order is for")
		return true
	}
	if len(t.low) < 2 {
		return false
	}
	// f) a lone given name: "Maria, your order...", "...for Maria.", "John's refill"
	// a given name alone in a notice's header slot, in capitals too: "Maria: your…", "MARIA: …", {"title":"Maria"} (headgiven.go)
	if wf&wFirst != 0 && wf&(wCommon|wStop|wPlace|wMonth) == 0 && (t.cls&tCap != 0 && t.cls&tUpper == 0 || t.cls&tUpper != 0 && t.cls&tAlpha != 0 && len(t.low) >= 3 && s.headGiven(i)) {
		after := s.gap(i + 1)
		if ((!t.sent && !s.titleCase(i)) || strings.HasPrefix(after, ",") || strings.HasPrefix(after, "'") || s.headGiven(i)) && !s.afterProductDeterminer(i) &&
			!s.petName(i) && !s.travelPlace(i) && !s.orgRun(i, i) && !s.nameCity(i) && !s.townRun(i, i, true) { // a pet, a city, a shop (orgnames.go); "Harlan, KY 40831" (namecity.go); "Perry counties" (townrun.go)
			s.addTok(i, i, KindName, "name.given", 0.6, "looks like a given name")
			return true
		}
	}
	return false
}

// titleCase reports whether the sentence of token i is written in Title
// Case (a subject line), where capitals say nothing about names.
func (s *scanner) titleCase(i int) bool {
	a := i
	for a > 0 && !s.toks[a].sent {
		a--
	}
	// count ordinary (common) words after the first: in Title Case most
	// of them are capitalised
	caps, words := 0, 0
	for k := a + 1; k < len(s.toks) && !s.toks[k].sent && k < a+40; k++ {
		t := &s.toks[k]
		f := s.fl(k)
		if t.cls&tAlpha == 0 || len(t.low) < 3 || (f&wCommon == 0 || f&wStop != 0 && len(t.low) <= 4) && !s.esTitleWord(k) { // ordinary Spanish words count in a Spanish field (lang.go)
			continue
		}
		if s.inProduct(k) {
			// a product's capitalised name says nothing about the line's
			// case ("Your Stephen King paperback arrives Monday, Maria.")
			continue
		}
		words++
		if t.cls&(tCap|tUpper) != 0 {
			caps++
		}
	}
	return caps >= 2 && caps*5 >= words*3
}

// unknownCap: a capitalised word (not all capitals) that is in none of
// the vocabularies (or only in the name lists).
func (s *scanner) unknownCap(i int) bool {
	t := &s.toks[i]
	if t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.cls&tUpper != 0 || len(t.low) < 3 || s.used[i] {
		return false
	}
	w := t.w
	if w == nil {
		if sh := singularHash(t.low); sh != 0 && s.v.get(sh) != nil {
			return false
		}
		return true
	}
	if len(w.phrases) > 0 {
		return false
	}
	return w.flags&^(wFirst|wLast) == 0
}

func (s *scanner) fullNameShape(i, j int) (float64, bool) {
	a, b := &s.toks[i], &s.toks[j]
	fa, fb := s.fl(i), s.fl(j)
	ambA := fa&(wCommon|wStop|wPlace|wMonth) != 0
	ambB := fb&(wCommon|wStop|wPlace|wMonth) != 0
	if len(b.low) < 2 {
		return 0, false
	}
	bothCap := a.cls&tCap != 0 && b.cls&tCap != 0 && a.cls&tUpper == 0 && b.cls&tUpper == 0
	bothUpper := a.cls&tUpper != 0 && b.cls&tUpper != 0
	bothLower := a.cls&(tCap|tUpper) == 0 && b.cls&(tCap|tUpper) == 0
	switch {
	case bothCap:
		if fa&wFirst != 0 && !ambA && fb&wLast != 0 {
			return 0.9, true
		}
		if fa&wFirst != 0 && !ambA && !ambB && len(b.low) >= 3 {
			return 0.7, true
		}
		if fa&wFirst != 0 && fb&wLast != 0 && !ambB && fb&wFirst == 0 {
			return 0.7, true
		}
		if fa&wFirst != 0 && fb&wLast != 0 && !ambB && !a.sent {
			return 0.65, true
		}
	case bothUpper:
		if fa&wFirst != 0 && fb&wLast != 0 && (!ambA || !ambB) {
			return 0.8, true
		}
	case bothLower:
		if fa&wFirst != 0 && fb&wLast != 0 && !ambA && !ambB {
			return 0.6, true
		}
	}
	return 0, false
}

// ---------------------------------------------------------------------------
// addresses

// addressMay: address's first tests, inline where every number is asked
// (helper SPEED15): one to six digits, seven bytes at most, then a single
// space before the next token. A house number address reads needs all.
func addressMay(s *scanner, i int) bool {
	t := &s.toks[i]
	return t.nd >= 1 && t.nd <= 6 && t.e-t.s <= 7 && i+1 < len(s.toks) && s.toks[i+1].s == t.e+1 && s.t.s[t.e] == ' '
}

func (s *scanner) address(i int) bool {
	t := &s.toks[i]
	if t.nd < 1 || t.nd > 6 || t.e-t.s > 7 {
		return false
	}
	if t.cls&tMixed != 0 {
		// "221B", "12A"; not ordinals
		if _, ok := parseDay(t); ok {
			return false
		}
		if raceDistance(t) { // "the Foundation 5K Fun Run" (racedistance.go)
			return false
		}
	}
	n := len(s.toks)
	if i+1 >= n || s.gap(i+1) != " " || s.yearAfterArticle(i) || s.addrDateFrag(i) { // addrcamino.go; "el 15/12 lo atenderemos en Av." (addrdatefrag.go)
		return false
	}
	if s.caminoStreet(i) { // "3921 N Camino Seco" (addrcamino.go)
		return true
	}
	words := 0
	for k := i + 1; k < n && k <= i+5; k++ {
		if s.used[k] {
			return false
		}
		if k > i+1 {
			g := s.gap(k)
			if g != " " && g != ". " {
				return false
			}
		}
		tk := &s.toks[k]
		if k == i+1 && (tk.low == "am" || tk.low == "pm") {
			return false // "8 AM-5 PM CT": a clock time and its time zone, no "Ct" (DATES5, dev41)
		}
		f := s.fl(k)
		if s.brandTok(k) && (s.brandStreetWord(k) || f&wStreetSuffix == 0 && !s.streetAhead(k)) {
			// "1 x Dr Pepper 12-pack" (brandlist.go); a listed brand that is
			// only a word of the street's name ("1423 Maple Crest Dr",
			// "8 Magnolia Dr") stays an address (addrbrand.go)
			return false
		}
		if f&wStreetSuffix != 0 && s.esCurrencySign(k) {
			return false // "por RD$ 3,500.00": the Dominican peso's sign, no road (esdocnum.go)
		}
		if f&wStreetSuffix != 0 && words >= 1 {
			ok := false
			if tk.cls&(tCap|tUpper) != 0 || f&wStreetAbbrev != 0 {
				if f&wStreetAbbrev != 0 {
					ok = true
				} else {
					after := s.gap(k + 1)
					if k+1 >= n || strings.ContainsAny(after, ",.\n;:)") || s.fl(k+1)&(wUnit|wDirectional) != 0 ||
						s.toks[k+1].cls&(tCap|tUpper) == 0 {
						ok = true
					}
				}
			}
			if !ok {
				if f&wStreetAbbrev == 0 && tk.cls&(tCap|tUpper) != 0 {
					words++
					continue
				}
				return false
			}
			end := k
			if k+1 < n && s.fl(k+1)&wDirectional != 0 && s.toks[k+1].e-s.toks[k+1].s <= 2 {
				end = k + 1
			}
			end = s.addrTail(end)
			if s.bizAddress(i, end) || s.officeMoved(i, end) && s.markUsed(i, end) || // officemove.go
				s.returnsAddress(i) && s.markUsed(i, end) && s.returnsCityLine(end) { // returnsaddr.go
				return true
			}
			s.addTok(i, end, KindAddress, "address.street", 0.9, "looks like a street address")
			return true
		}
		isOrd := tk.cls&tMixed != 0
		if isOrd {
			if !isOrdinal(tk.low) {
				return false
			}
		} else if tk.cls&tAlpha == 0 {
			return false
		}
		if f&wStop != 0 && f&wDirectional == 0 {
			return false
		}
		if tk.cls&(tCap|tUpper) == 0 && !isOrd {
			// lower-case street names only with an abbreviated suffix; look ahead
			ok := false
			for q := k + 1; q < n && q <= i+5; q++ {
				if s.fl(q)&wStreetAbbrev != 0 {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
		}
		words++
	}
	return false
}

// addrTail extends an address over ", Apt 4B", ", Springfield, IL 62704".
func (s *scanner) addrTail(end int) int {
	n := len(s.toks)
	for steps := 0; steps < 4 && end+1 < n; steps++ {
		g := s.gap(end + 1)
		if len(g) > 3 || strings.Contains(g, "\n") && steps > 1 {
			break
		}
		k := end + 1
		f := s.fl(k)
		switch {
		case f&wUnit != 0 && k+1 < n && s.toks[k+1].nd > 0:
			end = k + 1
		case f&wStateCode != 0 && s.toks[k].cls&tUpper != 0:
			end = k
			if k+1 < n && s.toks[k+1].nd == 5 && s.toks[k+1].cls&tDigit != 0 {
				end = k + 1
				if k+2 < n && s.gap(k+2) == "-" && s.toks[k+2].nd == 4 {
					end = k + 2
				}
			}
			return end
		case s.isCapWord(k) && f&wStop == 0:
			if strings.ContainsAny(g, ";\u2014\u2013") || g == " - " && s.addrTailName(k) {
				return end // "…Lamar Blvd; Tom's wound check", "…Pkwy — Mrs. Patel's walker": a new clause, no city (RED5, dev49d)
			}
			end = k
		case s.toks[k].nd == 5 && s.toks[k].cls&tDigit != 0:
			return k
		default:
			return end
		}
	}
	return end
}

// bizAddress reports whether the address at tokens i..j is the sender's
// own (a footer: "Visit us at...", "Acme Inc., 1 Main St") rather than the
// recipient's. It marks the tokens used when so.
func (s *scanner) bizAddress(i, j int) bool {
	if s.homeCareAddress(i) || s.sentToAddress(i, j) || s.stillAtQuestion(i, j) { // "Still at 22 Oak St?" (stillat.go)
		return false
	}
	if !s.senderAddress(i, j) && !s.senderSite(i, j) { // senderdate.go, sendersite.go
		if !s.senderPlace(i, j) && !s.footerAddr(i, j) && !s.visitAtAddr(i, j) && // senderplace.go, visitaddr.go
			(!s.cueNear(i, j, wBizCue, 12, 6) || s.cueNear(i, j, wAddrPersonCue, 12, 6) || s.spCareNear(i)) {
			return false
		}
	}
	for k := i; k <= j; k++ {
		s.used[k] = true
	}
	if s.toks[i].cls&tDigit != 0 {
		s.spCityLine(j) // "…, 2nd floor, Harlan, KY 40831" (senderplace.go)
	} else {
		s.spIntlCityLine(j) // "Av. Vicuña Mackenna 2850, San Joaquín, Santiago" (senderplace.go)
	}
	return true
}

// poBoxWord: the words poBox starts with (its switch), tested inline.
func poBoxWord(low string) bool {
	switch low {
	case "po", "pob", "p", "post", "rural", "rr", "hc":
		return true
	}
	return false
}

// ageWordStart: the words ageWord starts with (its switch), tested inline.
func ageWordStart(low string) bool { return low == "ninety" || low == "hundred" }

func (s *scanner) poBox(i int) bool {
	if !poBoxWord(s.low(i)) { // the test scanWords makes inline: keep both in step
		return false
	}
	n := len(s.toks)
	j := i
	switch s.low(i) {
	case "po", "pob":
		j = i + 1
	case "p":
		if i+2 < n && s.low(i+1) == "o" {
			j = i + 2
		} else {
			return false
		}
	case "post":
		if i+2 < n && s.low(i+1) == "office" {
			j = i + 2
		} else {
			return false
		}
	case "rural", "rr", "hc":
		// rural route and highway contract boxes (issue 15, third pass):
		// "Rural Route 2, Box 17", "RR 2 Box 17", "HC 1 Box 40"
		k := i + 1
		if s.low(i) == "rural" {
			if s.low(k) != "route" {
				return false
			}
			k++
		} else if s.toks[i].cls&tUpper == 0 {
			return false
		}
		if k >= n || s.toks[k].cls&tDigit == 0 || s.toks[k].nd > 3 {
			return false
		}
		j = k + 1
	default:
		return false
	}
	if j < n && s.low(j) == "box" && j+1 < n && s.toks[j+1].nd > 0 {
		if s.senderRemitBox(i) || s.senderMailBox(i) || s.senderPlace(i, j+1) { // the sender's remit-to box (remitbox.go, sendersite.go, senderplace.go)
			for k := i; k <= j+1; k++ {
				s.used[k] = true
			}
			s.remitCityLine(j + 1)
			return true
		}
		s.addTok(i, j+1, KindAddress, "address.po_box", 0.9, "post office box")
		return true
	}
	return false
}

// cityState: "Springfield, IL", "Springfield, IL 62704", "Boston MA 02139".
func (s *scanner) cityState(i int) bool {
	t := &s.toks[i]
	n := len(s.toks)
	f := s.fl(i)
	if f&wStateCode != 0 && t.cls&tUpper != 0 && len(t.low) == 2 {
		zip := i+1 < n && s.toks[i+1].cls&tDigit != 0 && s.toks[i+1].nd == 5 && (s.gap(i+1) == " " || s.gap(i+1) == "  ")
		city := i > 0 && (s.gap(i) == ", " || s.gap(i) == ",") && s.isCapWord(i-1) && s.toks[i-1].cls&tUpper == 0 &&
			s.fl(i-1)&(wStop|wCommon|wGreeting) == 0 && !s.used[i-1]
		if !zip && !city {
			return false
		}
		a, b := i, i
		if city {
			a = i - 1
			if a > 0 && s.nameGap(a) && s.isCapWord(a-1) && s.fl(a-1)&(wStop|wCommon) == 0 && !s.used[a-1] {
				a--
			}
		}
		if zip {
			b = i + 1
			if i+2 < n && s.gap(i+2) == "-" && s.toks[i+2].nd == 4 {
				b = i + 2
			}
		}
		if s.bizAddress(a, b) || !zip && s.carrierHub(a, b) { // carrierhub.go
			return true
		}
		s.addTok(a, b, KindAddress, "address.city_state", 0.8, "city and state or ZIP of an address")
		return true
	}
	if f&wStateName != 0 && t.cls&tCap != 0 && i+1 < n && s.toks[i+1].cls&tDigit != 0 && s.toks[i+1].nd == 5 && s.gap(i+1) == " " &&
		i > 0 && strings.HasPrefix(s.gap(i), ",") {
		s.addTok(i, i+1, KindAddress, "address.city_state", 0.8, "state and ZIP of an address")
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// codes and alphanumeric identifiers

// icd: ICD-10-CM "E11.9", "S72.001A", "F32.A"; without the dot only with a cue.
func (s *scanner) icd(i int) bool {
	return false
}

func icdHead(t *token, src string) bool {
	w := src[t.s:t.e]
	if len(w) != 3 {
		return false
	}
	c := w[0]
	if c < 'A' || c > 'Z' || c == 'U' {
		return false
	}
	return isDigitByte(w[1]) && (isDigitByte(w[2]) || w[2] >= 'A' && w[2] <= 'Z')
}

// mixedCode: ICD-10 codes, HCPCS, VINs, long alphanumeric identifiers,
// doses ("500mg").
func (s *scanner) mixedCode(i int) bool {
	t := &s.toks[i]
	n := len(s.toks)
	src := s.t.s[t.s:t.e]
	// Medicare Beneficiary Identifier shape: 1EG4-TE5-MK72
	if len(src) == 4 && i+2 < n && s.gap(i+1) == "-" && s.gap(i+2) == "-" && s.toks[i+1].e-s.toks[i+1].s == 3 &&
		s.toks[i+2].e-s.toks[i+2].s == 4 && s.toks[i+1].cls&(tMixed|tUpper) != 0 && s.toks[i+2].cls&(tMixed|tUpper) != 0 &&
		int(t.nd+s.toks[i+1].nd+s.toks[i+2].nd) >= 3 {
		if s.promoCode(i, i+2) { // "Use code 4KQ7-NM2-RT88 at checkout" (promocode.go)
			s.used[i], s.used[i+1], s.used[i+2] = true, true, true
			return true
		}
		s.addTok(i, i+2, KindHealthPlan, "id.mbi", 0.85, "looks like a Medicare beneficiary identifier")
		return true
	}
	if icdHead(t, s.t.s) {
		if i+1 < n && s.gap(i+1) == "." && s.toks[i+1].e-s.toks[i+1].s <= 4 && s.toks[i+1].cls&(tDigit|tMixed|tUpper) != 0 {
			s.addTok(i, i+1, KindCode, "code.icd10", 0.9, "looks like an ICD-10 diagnosis code")
			return true
		}
		if s.cueNear(i, i, wICDCue|wCodeCue, 4, 1) && !s.commerceCode(i) { // "Confirmation code K7Q-2291" (commercecode.go)
			s.addTok(i, i, KindCode, "code.icd10", 0.8, "looks like an ICD-10 diagnosis code")
			return true
		}
	}
	// HCPCS level II: J1234 with a cue
	if len(src) == 5 && src[0] >= 'A' && src[0] <= 'V' && t.nd == 4 && s.cueNear(i, i, wCPTCue|wCodeCue, 4, 1) {
		s.addTok(i, i, KindCode, "code.hcpcs", 0.8, "looks like a procedure (HCPCS) code")
		return true
	}
	// dose: 500mg, 10mcg
	l := t.low
	for _, u := range [...]string{"mg", "mcg", "ug", "mgs"} {
		if strings.HasSuffix(l, u) && int(t.nd) == len(l)-len(u) {
			s.addTok(i, i, KindMedication, "clinical.dose", 0.7, "medication dose")
			return true
		}
	}
	if isOrdinal(l) && atoi(l) >= 90 && atoi(l) <= 130 && i+1 < n && (s.low(i+1) == "birthday" || s.low(i+1) == "bday") {
		s.addTok(i, i+1, KindAge, "age.over_89", 0.8, "age over 89")
		return true
	}
	if _, ok := parseDay(t); ok {
		return false
	}
	upper := strings.ToUpper(src)
	if len(src) == 17 && t.nd >= 3 && !strings.ContainsAny(upper, "IOQ") {
		s.addTok(i, i, KindVehicle, "vehicle.vin", 0.85, "looks like a vehicle identification number")
		return true
	}
	if t.nd >= 5 && len(src) >= 6 || t.nd >= 3 && len(src) >= 8 && int(t.nd)*3 >= len(src) {
		if !s.webhookPersonTyped(i) && !s.whHeldBody(i) && (s.cueNear(i, i, wAllowNum, 4, 0) || s.goodsDimension(i) || s.eventID(i) || s.webhookTypedID(i)) { // "185x60 cm" (dimension.go); "evt_01HXZ4P2Q8" (eventid.go); "payment_id":"pi_3Nx7w2Ka" (webhookid.go); never "ord_MRN48291377" (webhookheld.go)
			s.used[i] = true
			return true
		}
		if maskedLast4(src) { // "ACCT-XXXX4471": only the last digits shown (maskednum.go)
			s.used[i] = true
			return true
		}
		s.addTok(i, i, KindIdentifier, "identifier.alnum", 0.7, "long alphanumeric identifier")
		return true
	}
	return false
}

// spaced catches words spelled out with separators: "m e t f o r m i n",
// "m.e.t.f.o.r.m.i.n".
func (s *scanner) spaced(i int) bool {
	n := len(s.toks)
	if s.toks[i].e-s.toks[i].s != 1 {
		return false
	}
	j := i
	sep := ""
	if i > 0 && s.toks[i-1].e-s.toks[i-1].s == 1 && len(s.gap(i)) <= 2 && !s.possessiveS(i-1) || s.possessiveS(i) {
		return false // only from the start of a run; a possessive's "s" starts none (spacedposs.go)
	}
	digit, firstDigit := false, 0 // "A 1 C": a digit inside the run (helper REC34, dev34; spacedLab)
	for j+1 < n && j-i < 40 && s.toks[j+1].e-s.toks[j+1].s == 1 && s.toks[j+1].cls&(tAlpha|tDigit) != 0 {
		g := s.gap(j + 1)
		if len(g) > 2 || strings.ContainsAny(g, "\n") {
			break
		}
		if sep == "" {
			sep = g
		} else if g != sep {
			break
		}
		if s.toks[j+1].cls&tAlpha == 0 && !digit {
			digit, firstDigit = true, j+1
		}
		j++
	}
	if digit && !s.spacedLab(i, j) {
		j, digit = firstDigit-1, false // the letters before the digit alone, as before
	}
	// "H.I.V.", "S-T-D": two or three capitals joined by dots or hyphens
	// count when they spell a clinical abbreviation (checked below)
	// (issue 15, third pass: also three capitals joined by single spaces,
	// "H I V")
	short := (j-i+1 >= 2 && (sep == "." || sep == "-") || j-i+1 == 3 && sep == " ") && s.toks[i].cls&tUpper != 0
	for k := i; short && k <= j; k++ {
		short = s.toks[k].cls&tUpper != 0 || digit && s.toks[k].cls&tAlpha == 0
	}
	if digit && j-i+1 >= 3 {
		short = true // a run spacedLab accepted, in any case: "A.1.c result 7.2%" (spacedlabdot.go)
	}
	if j-i+1 < 4 && !short {
		return false
	}
	s.buf = s.buf[:0]
	for k := i; k <= j; k++ {
		s.buf = append(s.buf, s.toks[k].low...)
	}
	h := hstr(string(s.buf))
	w := s.v.get(h)
	var ps []*phrase
	if w != nil {
		ps = w.phrases
	}
	if len(s.p.terms) > 0 {
		ps = append(ps[:len(ps):len(ps)], s.p.terms[h]...)
	}
	for _, p := range ps {
		if len(p.toks) == 1 && p.class != pIDCue && (p.class != pAssoc || s.m == Strict) && (j-i+1 >= 4 || p.class == pClinical) {
			s.addTok(i, j, p.kind, p.rule+".spaced", 0.8, reasonFor(p.kind)+" (spelled out with separators)")
			return true
		}
	}
	if j-i+1 >= 4 && (sep == " " || sep == "." || sep == "-") {
		if p, e := s.obfPhrase(string(s.buf), j); p != nil { // "o.x.y.g.e.n tank" (obfphrase.go)
			s.addTok(i, e, p.kind, p.rule+".spaced", 0.8, reasonFor(p.kind)+" (its first word spelled out with separators)")
			return true
		}
	}
	if j-i+1 >= 4 && w != nil && w.flags&wFirst != 0 && w.flags&wCommon == 0 {
		s.addTok(i, j, KindName, "name.spaced", 0.6, "a name spelled out with separators")
		return true
	}
	if s.spacedMorph(i, j) { // spacedmorph.go: "v.a.g.i.n.o.s.i.s"
		return true
	}
	return s.spacedCognate(i, j) // spelledcognate.go: "s-e-r-t-r-a-l-i-n-a"
}

// obfEmail: "maria.lopez [at] example [dot] com".
func (s *scanner) obfEmail(i int) bool {
	n := len(s.toks)
	if s.low(i) != "at" || i == 0 || i+3 >= n {
		return false
	}
	if s.low(i+2) != "dot" || s.fl(i+3)&wTLD == 0 || s.used[i-1] {
		return false
	}
	if !strings.ContainsAny(s.gap(i), "[({") && !strings.ContainsAny(s.gap(i+2), "[({") {
		return false
	}
	s.addTok(i-1, i+3, KindEmail, "email.obfuscated", 0.8, "email address written out to avoid detection")
	return true
}

// bareDomain: "example.com/path" without a scheme.
func (s *scanner) bareDomain(i int) bool {
	n := len(s.toks)
	if i+1 >= n || s.gap(i+1) != "." || s.toks[i].cls&tDigit != 0 {
		return false
	}
	// find the TLD: the last label joined by '.' or '-' (the chain's
	// walks kept for its later tokens: domainchain.go)
	_, last := s.chainEnd(i)
	if last == i || s.fl(last)&wTLD == 0 || s.toks[last].cls&tAlpha == 0 {
		return false
	}
	if s.toks[last].cls&(tCap|tUpper) != 0 && s.toks[last].cls&tUpper == 0 {
		return false // "...successfully.Thanks"
	}
	a := int(s.toks[i].s)
	if a > 0 && (s.t.s[a-1] == '@' || s.t.s[a-1] == '/') {
		return false
	}
	b := int(s.toks[last].e)
	if b < len(s.t.s) && s.t.s[b] == '/' {
		for b < len(s.t.s) && s.t.s[b] > ' ' && s.t.s[b] != '<' && s.t.s[b] != '>' && s.t.s[b] != '"' {
			b++
		}
		for b > a && strings.IndexByte(".,;:!?)]}'", s.t.s[b-1]) >= 0 {
			b--
		}
	}
	if s.jsonEventName(i, last) { // eventname.go: {"event":"session.link"}
		// only the top-level label is marked: the words before it stay
		// read by every rule ({"event":"hiv.care"}, red15/dev87x)
		// (false: token i goes on through scanWords' other detectors)
		s.used[last] = true
		return false
	}
	s.checkURL(a, b)
	return true
}

// productDeterminers stand before a product's capitalised name, never
// before a person's ("your Nintendo Switch", "su Garmin Forerunner").
var productDeterminers = wordSetTab("your our the this these my su sus nuestro nuestra tu el la los las")

// afterProductDeterminer: token i follows "your"/"the" directly, or
// through one or two capitalised words ("your Stanley cup", "your Hoka
// Clifton shoes", "your Neutrogena Hydro Boost"): a product's name. A
// person after "your" has a role word between ("your caregiver, Maria").
func (s *scanner) afterProductDeterminer(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.gap(k+1) != " " {
			return false
		}
		if productDeterminers.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].cls&(tCap|tUpper) == 0 || s.toks[k].cls&tAlpha == 0 {
			return false
		}
	}
	return false
}

// addrTailName: the capitalised word k after " - " behind a street opens a
// person's name or a possessive ("8800 Freeport Pkwy — Mrs. Patel's walker
// waits there", the dash normalised to " - "), not the street's city
// (RED5, dev49d). A city after " - " ("55 Main St - Reno, NV") stays in
// the address.
func (s *scanner) addrTailName(k int) bool {
	if s.fl(k)&(wTitle|wNameCue) != 0 {
		return true
	}
	if k+1 < len(s.toks) && s.toks[k+1].low == "s" && (s.gap(k+1) == "'" || s.gap(k+1) == "\u2019") {
		return true
	}
	return s.fl(k)&wFirst != 0 && s.fl(k)&wCommon == 0
}
