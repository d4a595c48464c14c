package guard

// announce_offer.go: general announcements announce.go did not know
// (issue 15, fifth pass: remaining development cases). Four readings,
// each narrow, each of one sentence's tokens as announce.go reads them:
//
//   - an imperative offer of a vaccine to anyone: "Get your flu shot at
//     any of our stores this weekend", "Get your shingles vaccine at any
//     of our pharmacies this month". "your" after a sentence-opening
//     "get" (or "come get", "grab") with a vaccine word within four words
//     is the reader of an advertisement, not one person's record
//     (offerYou). Between them no ordinal or series word ("Get your
//     second shingles shot": one person's series) and nothing else in the
//     notice that is personal: any other "you"/"your", a name, a refill, a
//     date of their own ("Your last dose was in 2023") leaves every
//     finding (fail closed, as announce.go). A notice passes announce.go's
//     quick exit only when every "you"/"your" written in it is in the
//     literal words "get your" (mayOffer);
//   - over-the-counter wording: "without a prescription", "no
//     prescription needed", "over the counter", "sin receta", "de venta
//     libre". Its "prescription" is no one's (otcWording), and a medication
//     sold over the counter (otcDrugs: naloxone, Narcan, Opill, pain
//     relievers, antihistamines…) in the same sentence, with no dose after
//     it, counts as offered to anyone, like a vaccine (otcSentence,
//     otcDrugAt): "Our pharmacy now carries naloxone without a
//     prescription". Another drug ("Ozempic without a prescription"), a
//     dose, a name or anything personal still leaves every finding;
//   - results described as the service's speed: "with same-day results",
//     "rapid results", "results in 15 minutes" (genericResults); other
//     "results" stay personal;
//   - a mobile unit of the sender's on a recurring schedule: "Our
//     mammography van visits the Lakeview library every first Monday",
//     "Our mobile vaccine clinic will be at Lincoln Park every Friday this
//     month" (mobileFrame): "our" before a mobile word (mobile, van, bus,
//     truck, coach) within three words, and "every"/"each" (or "cada")
//     before a day, week, month or weekend within three words. One visit
//     ("Our van visits you on Monday") is no frame.

import "strings"

var (
	offerSeries = wordSetTab("second third fourth fifth next final remaining last missed overdue followup follow " +
		"segunda tercera siguiente proxima ultima")
	mobileWords = wordSetTab("mobile van vans bus buses truck trucks coach movil")
	recurWords  = wordSetTab("monday tuesday wednesday thursday friday saturday sunday week weekend month " +
		"mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends " +
		"lunes martes miercoles jueves viernes sabado domingo semana mes")
	fastWords = wordSetTab("rapid fast quick instant immediate faster quicker sameday rapidos rapidas")
)

// mayOffer reports whether every "you"/"your" of s (as hasYou finds them
// in the text as written) is in "get your " in any ASCII case, the only
// second person announce.go reads on (offerYou, on the tokens).
func mayOffer(s string) bool {
	low := strings.ToLower(s)
	rest, cut := low, false
	for _, p := range advicePhrases { // "Ask your pharmacist" (announce_public.go)
		if strings.Contains(rest, p) {
			rest, cut = strings.ReplaceAll(rest, p, ""), true
		}
	}
	for _, p := range placeYouPhrases { // "Your volunteer shift" (announce_place.go)
		if strings.Contains(rest, p) {
			rest, cut = strings.ReplaceAll(rest, p, ""), true
		}
	}
	if r, ok := ttMask(rest); ok { // "Thank you, team!" (teamthanks.go)
		rest, cut = r, true
	}
	return cut && !hasYou(rest)
}

// offerYou reports whether the "your" at token k is an imperative offer
// of a vaccine: "Get your flu shot …".
func offerYou(toks []token, k int) bool {
	if toks[k].low != "your" || k == 0 || toks[k].sent {
		return false
	}
	v := k - 1
	switch toks[v].low {
	case "get", "grab":
	default:
		return false
	}
	if !(v == 0 || toks[v].sent || v > 0 && toks[v-1].low == "come" && (v-1 == 0 || toks[v-1].sent)) {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+4 && !toks[m].sent; m++ {
		if offerSeries.get(toks[m].h) {
			return false
		}
		if annClass(&toks[m])&annVaccine != 0 {
			return true
		}
	}
	return false
}

// otcWording reports whether the "prescription" or "receta" at token k is
// over-the-counter wording: "without a prescription", "no prescription
// needed", "sin receta".
func otcWording(toks []token, k int) bool {
	p := func(d int) string {
		if k-d < 0 {
			return ""
		}
		return toks[k-d].low
	}
	switch toks[k].low {
	case "prescription":
		return p(1) == "without" || p(1) == "a" && p(2) == "without" || p(1) == "no" && !toks[k].sent
	case "receta", "prescripcion":
		return p(1) == "sin"
	}
	return false
}

// otcSentence reports whether the sentence of tokens lo..hi-1 offers a
// medication over the counter.
func otcSentence(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].low {
		case "prescription", "receta", "prescripcion":
			if otcWording(toks, k) {
				return true
			}
		case "counter":
			if k >= 2 && toks[k-1].low == "the" && toks[k-2].low == "over" {
				return true
			}
		case "libre":
			if k >= 2 && toks[k-1].low == "venta" && toks[k-2].low == "de" {
				return true
			}
		case "aisle": // "restocked in aisle 4": a shelf (announce_ops.go)
			if k+1 < hi && toks[k+1].cls&tDigit != 0 {
				return true
			}
		}
	}
	return false
}

// otcDrugs: medications sold over the counter in the US (naloxone nasal
// spray since 2023, the progestin-only pill, emergency contraception,
// pain relievers, antihistamines, acid reducers, sleep aids), the first
// word of a medication finding an over-the-counter sentence may drop.
// Another drug "without a prescription" ("Ozempic") stays reported: the
// sentence is no sender's offer the guard can trust.
var otcDrugs = wordSetTab("naloxone narcan rivive opill norgestrel levonorgestrel ibuprofen advil motrin acetaminophen tylenol " +
	"naproxen aleve aspirin loratadine claritin cetirizine zyrtec fexofenadine allegra omeprazole prilosec " +
	"famotidine pepcid diphenhydramine benadryl melatonin " +
	// classes sold on the shelf (dev32: "antihistamines are restocked in aisle 4")
	"antihistamine antihistamines decongestant decongestants antacid antacids")

// otcDrugAt reports whether the medication at tokens a..b is one of
// otcDrugs and no dose follows it in its sentence ("naloxone 4 mg" is a
// dispensed item).
func otcDrugAt(toks []token, a, b int) bool {
	if !otcDrugs.get(toks[a].h) {
		return false
	}
	_, hi := sentenceSpan(toks, a)
	for k := b + 1; k+1 < hi; k++ {
		if toks[k].cls&tDigit != 0 && doseUnits.get(toks[k+1].h) {
			return false
		}
	}
	return true
}

// genericResults reports whether the "results" at token k describe the
// service's speed: "same-day results", "rapid results", "results in 15
// minutes".
func genericResults(toks []token, k int) bool {
	switch toks[k].low {
	case "result", "results", "resultados":
	default:
		return false
	}
	if k > 0 && !toks[k].sent {
		p := toks[k-1].low
		if fastWords.get(toks[k-1].h) || p == "day" && k > 1 && (toks[k-2].low == "same" || toks[k-2].low == "next") {
			return true
		}
	}
	if k+2 < len(toks) && !toks[k+1].sent && !toks[k+2].sent {
		switch toks[k+1].low {
		case "in", "within", "en":
			return toks[k+2].cls&tDigit != 0 || annClass(&toks[k+2])&annNumberWord != 0
		}
	}
	return false
}

// annNotPersonal reports whether the personal-class word at token k is
// read otherwise here: an offer's "your", over-the-counter wording or the
// service's results.
func annNotPersonal(toks []token, k int) bool {
	return offerYou(toks, k) || otcWording(toks, k) || genericResults(toks, k) || adviceYou(toks, k) || helpYou(toks, k) || opsNotPersonal(toks, k) || communityReminder(toks, k) || lineGoodsThem(toks, k) || placeDoors(toks, k) || volunteerYou(toks, k) || groupThanks(toks, k) || teamCongrats(toks, k) || teamThanks(toks, k) // teamthanks.go: "Thank you, team!"; publicoffer.go: "Congratulations to our … team on … accreditation"; announce_place.go: "abre sus puertas"; announce_es.go: "Gracias a todos"; announce_public.go, announce_sender.go, announce_ops.go, announce_community.go, announce_line.go
}

// mobileFrame reports whether a sentence names a mobile unit of the
// sender's on a recurring schedule.
func mobileFrame(toks []token) bool {
	mobile, recur := false, false
	for k := range toks {
		switch toks[k].low {
		case "our", "nuestra", "nuestro":
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if mobileWords.get(toks[m].h) {
					mobile = true
				}
			}
		case "every", "each", "cada":
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if recurWords.get(toks[m].h) {
					recur = true
				}
			}
		}
	}
	return mobile && recur
}
