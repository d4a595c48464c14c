package guard

// publicnotice.go: more notices addressed to everyone, read by the public
// offer rule (publicoffer.go; issue 15, fifteenth pass, dev83's fam2-pub,
// helper pub2). dev83 found these still flagged, with no tenant context:
// "Campaña gratuita de despistaje … ¡Todos bienvenidos!", "Book an allergy
// consult online — new patients welcome", "Public seminar … Free",
// "running the Concord 5K for hearing-loss awareness", "Guidelines now
// recommend colorectal cancer screening starting at age 45 for most
// adults", "¡Chequeo preventivo ejecutivo a S/ 399! Incluye … análisis de
// sangre y electrocardiograma", "earwax-removal drops are now sold at our
// front desk", "Reply A) arthritis-friendly cooking", "Federal rules
// require an adult signature for certain controlled-substance deliveries".
//
// Each is a frame of dropPublicOffers, which keeps its other conditions
// (every finding one the announcement rule may drop, no "you"/"your"
// written anywhere, no personal cue of the announcement rule in any view,
// every sentence the sender's, every finding framed):
//
//   - an audience of everyone (pubWelcome, read beside pubEveryone):
//     "everyone / all / todos (los) … welcome / bienvenidos", "new patients
//     welcome", "public" before an event noun ("public talk / seminar /
//     lecture / screening"); not narrowed by with / who / con / que;
//   - a booking open to everyone (pubBookOpen): a sentence opening with
//     book / schedule / reserve / agende / reserve, in a field with an
//     audience of everyone; no drug;
//   - an awareness cause (pubAwareness): a condition right before
//     "awareness" ("for hearing-loss awareness"; "Awareness Month" is the
//     announcement rule's);
//   - a guideline for a population (pubGuideline): guidelines / experts /
//     the USPSTF recommend(s) in the sentence, and "for most adults", "for
//     adults", "for everyone", "all adults" or "at age N" in it; a
//     condition, test or procedure, no drug;
//   - a package's contents (pubPackage): a sentence opening with includes /
//     incluye right after a sentence with a price (S/ read as a price
//     beside $, €, £: pubPrice); a test or procedure only;
//   - goods sold (pubSold): "sold", "for sale", "se venden", "vendemos" in
//     the sentence; a supply, or a procedure right before a goods noun
//     ("earwax-removal drops");
//   - a product description (pubFriendly): a condition joined by a hyphen
//     to "friendly" ("arthritis-friendly cooking");
//   - a rule for all deliveries or orders (pubPolicy): rules / law(s) /
//     regulations require(s) in the sentence; no drug.
//
// Sentences: a survey of the sender ("Which free workshop should we host
// next?": we + host / offer / hold / add), a reply option line ("Reply A)
// …") and the frames above count as the sender's. Stays reported: "As
// someone with allergies, …" (a health-defined group), "Your colorectal
// cancer screening is due at 45" (your, due), "Open to everyone with
// diabetes", "Allergy sufferers: your allergy shots …", "Federal rules
// require an adult signature for oxycodone deliveries" (a drug),
// "Su electrocardiograma …" (su).

import "strings"

var (
	// pubWelcomeWho: who is welcome ("everyone welcome", "todos bienvenidos")
	pubWelcomeWho = wordSetTab("everyone everybody all anyone todos todas")
	// pubWelcomeWord: welcome in both languages
	pubWelcomeWord = wordSetTab("welcome welcomed bienvenidos bienvenidas bienvenido bienvenida")
	// pubPublicEvent: an event said to be public ("public talk")
	pubPublicEvent = wordSetTab("talk talks seminar seminars lecture lectures screening screenings forum forums event events workshop workshops class classes webinar")
	// pubBookVerb: a booking opening a sentence
	pubBookVerb = wordSetTab("book schedule reserve agende agenda reserva reserve")
	// pubGuideWho: who recommends
	pubGuideWho = wordSetTab("guidelines guideline experts uspstf acs")
	// pubRecommend: the recommendation
	pubRecommend = wordSetTab("recommend recommends recommended")
	// pubSoldWord: goods on sale
	pubSoldWord = wordSetTab("sold sale venden vendemos venta")
	// pubGoodsNoun: goods named after a procedure ("earwax-removal drops")
	pubGoodsNoun = wordSetTab("drops kit kits spray sprays gotas")
	// pubRuleWord: a rule's source ("Federal rules require")
	pubRuleWord = wordSetTab("rules rule law laws regulations regulation")
	// pubHonorific: a person named in a package's contents
	pubHonorific = wordSetTab("senor senora sr sra srta mr mrs ms miss don dona")
	// pubSurveyVerb: what the sender asks to host next
	pubSurveyVerb = wordSetTab("host offer hold add organize")
)

// pubWelcome reports whether the sentence lo..hi names an audience of
// everyone: "everyone welcome", "¡Todos bienvenidos!", "new patients
// welcome", "public talk".
func pubWelcome(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		end := -1
		switch {
		case pubWelcomeWord.get(toks[k].h):
			j := k - 1
			if j >= lo && (toks[j].low == "are" || toks[j].low == "is") {
				j--
			}
			if j >= lo && (pubWelcomeWho.get(toks[j].h) || toks[j].low == "patients" && j > lo && toks[j-1].low == "new") {
				end = k
			}
		case toks[k].low == "public" || toks[k].low == "publica" || toks[k].low == "publico":
			if k+1 < hi && pubPublicEvent.get(toks[k+1].h) {
				end = k + 1
			}
		}
		if end < 0 {
			continue
		}
		if end+1 < hi && annClass(&toks[end+1])&annGroupNext != 0 { // "everyone with diabetes welcome"
			return false
		}
		return true
	}
	return poWelcomeList(toks, lo, hi) // "Coaches and parents welcome!" (pubopen.go)
}

// pubAwareness reports whether a condition at fa..fb stands right before
// "awareness" after "for" ("for hearing-loss awareness"; not a header
// "Crohn's disease awareness: book a colonoscopy").
func pubAwareness(toks []token, lo, hi, fa, fb int) bool {
	if fb+1 >= hi || toks[fb+1].low != "awareness" {
		return false
	}
	for j := fa - 1; j >= lo && j >= fa-2; j-- {
		if toks[j].low == "for" {
			return true
		}
	}
	return false
}

// pubHasEvent reports whether the sentence lo..hi names an event (talk,
// seminar, screening, class…; campaña, jornada, feria).
func pubHasEvent(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if pubPublicEvent.get(toks[k].h) {
			return true
		}
		switch toks[k].low {
		case "campana", "jornada", "feria", "charla", "taller":
			return true
		}
	}
	return false
}

// pubAwarenessSentence reports whether the sentence lo..hi names a cause's
// awareness after "for" ("running the 5K for hearing-loss awareness").
func pubAwarenessSentence(toks []token, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if toks[k].low == "awareness" {
			for j := k - 1; j >= lo && j >= k-4; j-- {
				if toks[j].low == "for" {
					return true
				}
			}
		}
	}
	return false
}

// pubGuideline reports whether the sentence lo..hi gives a guideline for a
// population: "Guidelines now recommend … for most adults", "… at age 45".
func pubGuideline(toks []token, lo, hi int) bool {
	who, rec := false, false
	for k := lo; k < hi; k++ {
		switch {
		case pubGuideWho.get(toks[k].h) && !rec:
			who = true
		case pubRecommend.get(toks[k].h) && who:
			rec = true
		}
	}
	if !rec {
		return false
	}
	for k := lo; k+1 < hi; k++ {
		switch toks[k].low {
		case "adults", "everyone", "adultos":
			if k+1 < hi && annClass(&toks[k+1])&annGroupNext != 0 { // "for adults with diabetes"
				return false
			}
			if l := toks[k-1].low; l == "most" || l == "all" || l == "for" || l == "todos" || l == "los" {
				return true
			}
		case "age":
			if toks[k+1].cls&tDigit != 0 && k > lo && toks[k-1].low == "at" {
				return true
			}
		}
	}
	return false
}

// pubOpensWith reports whether the sentence lo..hi opens with a word of
// set, after at most one header token ("¡", a colon's header).
func pubOpensWith(toks []token, lo, hi int, words ...string) bool {
	for k := lo; k < hi && k <= lo+1; k++ {
		for _, w := range words {
			if toks[k].low == w {
				return true
			}
		}
	}
	return false
}

// pubPackage reports whether the sentence lo..hi lists a package's
// contents ("Incluye …", "Includes …") right after a sentence with a price.
func pubPackage(text string, toks []token, lo, hi int) bool {
	if lo == 0 || !pubOpensWith(toks, lo, hi, "includes", "incluye", "include", "incluyen") {
		return false
	}
	for k := lo + 1; k+1 < hi; k++ { // "Incluye biopsia … para el señor Ruiz": one person's package
		if toks[k].low == "para" || toks[k].low == "for" {
			for j := k + 1; j < hi && j <= k+3; j++ {
				if toks[j].cls&tCap != 0 || pubHonorific.get(toks[j].h) {
					return false
				}
			}
		}
	}
	plo, _ := sentenceSpan(toks, lo-1)
	for k := plo; k < lo; k++ {
		if pubPrice(text, toks, k) {
			return true
		}
	}
	return false
}

// pubSoldSentence reports whether the sentence lo..hi sells goods.
func pubSoldSentence(toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if pubSoldWord.get(toks[k].h) {
			return true
		}
	}
	return false
}

// pubFriendly reports whether the finding ending at fb is joined by a
// hyphen to "friendly" ("arthritis-friendly cooking").
func pubFriendly(text string, toks []token, hi, fb int) bool {
	return fb+1 < hi && toks[fb+1].low == "friendly" && pubGap(text, toks, fb+1) == "-"
}

// pubPolicy reports whether the sentence lo..hi states a rule: "Federal
// rules require …".
func pubPolicy(toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if pubRuleWord.get(toks[k].h) && (toks[k+1].low == "require" || toks[k+1].low == "requires") {
			return true
		}
	}
	return false
}

// pubSurvey reports whether the sentence lo..hi asks what the sender should
// host next ("Which free workshop should we host next?") or gives reply
// options ("Reply A) …").
func pubSurvey(text string, toks []token, lo, hi int) bool {
	if pubOpensWith(toks, lo, hi, "reply", "responda", "vote") {
		return true
	}
	for k := lo; k+1 < hi; k++ {
		if toks[k].low == "we" && pubSurveyVerb.get(toks[k+1].h) && k > lo && (toks[k-1].low == "should" || toks[k-1].low == "would") {
			return true
		}
	}
	return false
}

// pubSentenceMore reports whether the sentence lo..hi is the sender's by a
// frame of this file.
func pubSentenceMore(text string, toks []token, lo, hi int, everyone bool) bool {
	return pubWelcome(toks, lo, hi) || pubAwarenessSentence(toks, lo, hi) || pubGuideline(toks, lo, hi) ||
		pubPackage(text, toks, lo, hi) || pubPolicy(toks, lo, hi) || pubSurvey(text, toks, lo, hi) ||
		everyone && pubOpensWith(toks, lo, hi, "book", "schedule", "reserve", "agende", "reserva") ||
		pubOpensWith(toks, lo, hi, "valid", "valido", "valida", "vigente") && pubPackageNear(text, toks, lo) ||
		hi < len(toks) && pubPackage(text, toks, hi, pubSentenceEnd(toks, hi))
}

// pubSentenceEnd returns the end of the sentence starting at lo.
func pubSentenceEnd(toks []token, lo int) int {
	_, hi := sentenceSpan(toks, lo)
	return hi
}

// pubPackageNear reports whether the sentence before lo lists a package's
// contents after a price ("Válido hasta el 31/12." closing the offer).
func pubPackageNear(text string, toks []token, lo int) bool {
	if lo == 0 {
		return false
	}
	plo, phi := sentenceSpan(toks, lo-1)
	return pubPackage(text, toks, plo, phi)
}

// pubFrameMore reports whether the finding f at tokens fa..fb (sentence
// lo..hi) has a frame of this file.
func pubFrameMore(f Finding, text string, toks []token, lo, hi, fa, fb int, everyone bool) bool {
	if f.Kind == KindMedication {
		return false
	}
	cond := f.Kind == KindCondition
	switch {
	case cond && pubAwareness(toks, lo, hi, fa, fb):
		return true
	case seasonFrame(toks[lo:hi]): // "Allergy season is here!" (announce_sender.go)
		return true
	case pubEventDate(toks, lo, hi) && pubOurFacility(toks, lo, hi, fa, fb): // "our new 3D-printed orthotics lab at the spring open house"
		return true
	case cond && pubFriendly(text, toks, hi, fb):
		return true
	case pubGuideline(toks, lo, hi):
		return true
	case !cond && pubPackage(text, toks, lo, hi):
		return true
	case pubSoldSentence(toks, lo, hi) && (f.Rule == "clinical.supply" || f.Kind == KindProcedure && fb+1 < hi && pubGoodsNoun.get(toks[fb+1].h)):
		return true
	case pubPolicy(toks, lo, hi):
		return true
	case everyone && pubOpensWith(toks, lo, hi, "book", "schedule", "reserve", "agende", "reserva"):
		return true
	case pubWelcome(toks, lo, hi) && pubHasEvent(toks, lo, hi): // not "Everyone welcome at the dialysis session Tuesday"
		return true
	}
	return false
}

// pubScreenWord reports whether f is a word in no vocabulary that is a
// screening's Spanish name ("despistaje", Peru's word for a screening
// drive): read like a procedure. The word is not added to the clinical
// vocabulary, whose letter shapes frame.shape scores (adding it moved a
// held-apart drug name below that rule's bar).
func pubScreenWord(n Notice, f Finding) bool {
	if f.Rule != "frame.unknown" {
		return false
	}
	for _, fd := range n.Fields {
		if fd.Name == f.Field && f.Start >= 0 && f.End <= len(fd.Text) && f.Start < f.End {
			w := strings.ToLower(fd.Text[f.Start:f.End])
			return w == "despistaje" || w == "despistajes"
		}
	}
	return false
}

// pubDateKind reports whether f is a date the date rule tied to a person
// or left untied (date.person, date.untied): dropPublicOffers passes it
// only by pubEventDate, never by the other frames.
func pubDateKind(f Finding) bool {
	return f.Kind == KindDate && (f.Rule == "date.person" || f.Rule == "date.untied")
}

// pubEventDate reports whether the sentence lo..hi names a public event
// ("Join our free public talk … Mar 12") or an open house ("at the spring
// open house, May 9"): the date is the event's. An audience alone is not
// enough: "Caminata de la familia Ruiz abierta al público el 3 de junio"
// is a family's walk (publicinvite_test.go).
func pubEventDate(toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		switch toks[k].low {
		case "open":
			if toks[k+1].low == "house" {
				return true
			}
		case "public":
			if pubPublicEvent.get(toks[k+1].h) {
				return true
			}
		}
	}
	return false
}

// pubOurFacility reports whether the finding at fa..fb names a facility of
// the sender's: a facility word right after it (lab, center, suite…:
// announce_place.go's plFacility) and "our" at most four words before it
// ("our new 3D-printed orthotics lab").
func pubOurFacility(toks []token, lo, hi, fa, fb int) bool {
	if fb+1 >= hi || plClass(&toks[fb+1])&plFacility == 0 {
		return false
	}
	for j := fa - 1; j >= lo && j >= fa-4; j-- {
		if pubOur.get(toks[j].h) {
			return true
		}
	}
	return false
}

// pubOptionsPhrases: a call to action's "your" that names no record
var pubOptionsPhrases = []string{"learn about your options", "explore your options", "know your options",
	"see if you qualify", "find out if you qualify"} // a study's call to action (pubevent.go)

// pubMaskYou returns s with the "you"/"your" of a short quoted title
// ("“Pollen, Mold & You”", "“Understanding Your Pharmacy Benefits”") and
// of "learn about your options" written as x's of the same length (so
// findings' offsets still hold), and whether it masked any. Every other
// "you"/"your" stays and still ends the rule.
func pubMaskYou(s string) (string, bool) {
	if !hasYou(s) {
		return s, false
	}
	var b []byte
	mask := func(a, e int) {
		for i := a; i+3 <= e; i++ {
			if i > 0 && isASCIILetter(s[i-1]) || s[i]|0x20 != 'y' || s[i+1]|0x20 != 'o' || s[i+2]|0x20 != 'u' {
				continue
			}
			j := i + 3
			if j < e && s[j]|0x20 == 'r' {
				j++
			}
			if j < len(s) && isASCIILetter(s[j]) {
				continue
			}
			if b == nil {
				b = []byte(s)
			}
			for m := i; m < j; m++ {
				b[m] = 'x'
			}
		}
	}
	const open, close = "\u201c", "\u201d"
	for i := 0; i < len(s); {
		a := strings.Index(s[i:], open)
		if a < 0 {
			break
		}
		a += i + len(open)
		e := strings.Index(s[a:], close)
		if e < 0 {
			break
		}
		e += a
		if q := s[a:e]; e-a <= 60 && !strings.ContainsAny(q, ".!?\n") && pubTitleCase(q) {
			mask(a, e)
		}
		i = e + len(close)
	}
	low := strings.ToLower(s)
	for _, p := range pubOptionsPhrases {
		for i := 0; ; {
			a := strings.Index(low[i:], p)
			if a < 0 {
				break
			}
			a += i
			mask(a, a+len(p))
			i = a + len(p)
		}
	}
	if b == nil {
		return s, false
	}
	return string(b), true
}

// pubTitleCase reports whether every word of q longer than three letters
// opens with a capital ("Pollen, Mold & You", "Understanding Your Pharmacy
// Benefits"; not "You have colorectal cancer").
func pubTitleCase(q string) bool {
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, ",;:()\"'—–-")
		if len(w) > 3 && isASCIILetter(w[0]) && (w[0] < 'A' || w[0] > 'Z') {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// pubMaskNotice returns n with pubMaskYou applied to every field (a copy
// only when one changes).
func pubMaskNotice(n Notice) Notice {
	var fs []Field
	for i, f := range n.Fields {
		t, ok := pubMaskYou(f.Text)
		if t2, ok2 := pdFamilyCall(t); ok2 { // "¡Traé a tu familia!" (pubday.go)
			t, ok = t2, true
		}
		if !ok {
			continue
		}
		if fs == nil {
			fs = append([]Field(nil), n.Fields...)
		}
		fs[i].Text = t
	}
	if fs == nil {
		return n
	}
	n.Fields = fs
	return n
}
