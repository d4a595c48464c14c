package guard

// pubday.go: more of what dropPublicOffers (publicoffer.go) reads as the
// sender's public health day (issue 15, dev101 fam2-pub, fix helper
// pub18b, eighteenth pass, probe set dev101p). dev101 found public
// vaccine days, awareness weeks and a store's vaccine clinic still flagged:
// "Jornada de vacunación contra la influenza abierta al público este
// sábado … ¡Traé a tu familia!" (clinical.condition: "tu" a personal cue),
// "Feeding Tube Awareness Week is Feb 8–14! Join …'s free community
// webinar …" (date.untied: an awareness week is no event to
// pubEventDate), "COVID and flu vaccine clinic for ages 3+ at <store>,
// Sunday 10–4. No cost with most plans." (compose.head over "vaccine":
// "for ages 3+" no audience of everyone). pubcampaign.go's drop was
// withdrawn (two held-out leaks), so nothing here is a new drop: this file
// only widens what dropPublicOffers already accepts, and every one of its
// other conditions stays (every finding one the announcement rule may drop,
// readerTied refused; no "you"/"your"; no personal cue; every sentence the
// sender's; every finding framed; audienceSlot's and slotForThe's tests):
//
//   - **a call to bring the family** (`pdFamilyCall`, masked by
//     pubMaskNotice like a quoted title's "you"): a sentence made only of
//     "¡Traé / Trae / Traiga / Traigan / Vení / Ven / Venga / Vengan (a |
//     con) [toda] tu / su familia!" is written as spaces before the
//     personal cues are read; any other word in it ("¡Traé a tu hijo con
//     asma!") keeps it;
//   - **an age range for everyone** (`pdAgesAll`, read by pubEveryone):
//     "for ages N+", "for ages N and up / older / over", "ages N months and
//     up", "para mayores de N [años]", "a partir de los N años", ended by
//     punctuation, a place (at / en / in and a capitalised word) or a day;
//     any other continuation ("for ages 3+ with asthma", "para mayores de
//     60 con EPOC") narrows it and it is none;
//   - **a vaccine's clinic or day** (`pdVaccineEvent`, a frame of
//     pubFrame): a condition finding that is only vaccine words and the
//     diseases joined before them ("COVID and flu vaccine"), right before
//     clinic / day / drive / event, with an audience of everyone in the
//     field;
//   - **an awareness week's dates** (`pdAwarenessDate`, beside
//     pubEventDate for a date finding): a sentence "<Capitalised words>
//     Awareness Week / Month / Day is / runs <date>[–<date>]" with nothing
//     after the dates;
//   - **a free public talk's presenter** (`pdPresenterRule`,
//     `pdPresenterSentence`, `pdTitleFragment`): a name.title finding (no
//     reader-tied one) is eligible only when its sentence is, whole, "with
//     / con [la | el] <Title> Name[, credentials], <day> <hour> [at / en
//     <Place>]" opening right after the field's first sentence's free or
//     public talk ("Free public talk: '…?' with Dr. X, MD, Thursday 6pm at
//     <Place>"), the title right after with / con; a quoted title's
//     sentence broken by its "?" is the sender's. Any other word in that
//     sentence ("for Mr. Ruiz", "about Maria Lopez's sciatica"), any
//     other name finding, an appointment before "with" keep the notice.
//
// Stays reported (pubday_test.go, dev101p's leaks): "¡Traé a tu hijo con
// asma a las 9:20!", "… abierta al público este sábado: su segunda dosis
// …", "Flu vaccine clinic for kidney transplant recipients …", "Vacunación
// contra COVID para personas con VIH …", "Ostomy Awareness Week is Oct 2–8!
// Your stoma check …", "… Awareness Week is Feb 8–14! Join our free webinar
// for parents of children with gastroparesis" (a population narrowed by
// health), and TestPublicCampaign's and TestPubOpen's leak cases.

import "strings"

var (
	pdBring     = wordSetTab("trae traiga traigan vení veni ven venga vengan")
	pdBringTo   = wordSetTab("a con")
	pdAll       = wordSetTab("toda")
	pdYourFam   = wordSetTab("tu su")
	pdFamily    = wordSetTab("familia")
	pdAges      = wordSetTab("ages age edades")
	pdUp        = wordSetTab("up older over")
	pdAgeUnit   = wordSetTab("months month years year anos meses")
	pdMayores   = wordSetTab("mayores")
	pdPlace     = wordSetTab("at en in")
	pdWhen      = wordSetTab("this este esta on el monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo")
	pdVaxEvent  = wordSetTab("clinic clinics day days drive event events")
	pdAware     = wordSetTab("awareness")
	pdAwareUnit = wordSetTab("week month day")
	pdAwareIs   = wordSetTab("is runs")
	pdMonAbbr   = wordSetTab("jan feb mar apr jun jul aug sep sept oct nov dec")
)

// pdFamilyCall returns s with every sentence that is only a call to bring
// the family (see the file comment) written as spaces of the same byte
// length, and whether it masked any.
func pdFamilyCall(s string) (string, bool) {
	low := strings.ToLower(s)
	if !strings.Contains(low, "familia") {
		return s, false
	}
	var b []byte
	for i := 0; i < len(s); {
		a := strings.IndexAny(s[i:], "¡")
		if a < 0 {
			break
		}
		a += i
		e := strings.IndexByte(s[a:], '!')
		if e < 0 {
			break
		}
		e += a + 1
		if pdFamilyWords(strings.Fields(strings.TrimSuffix(strings.TrimPrefix(low[a:e], "¡"), "!"))) {
			if b == nil {
				b = []byte(s)
			}
			for m := a; m < e; m++ {
				b[m] = ' '
			}
		}
		i = e
	}
	if b == nil {
		return s, false
	}
	return string(b), true
}

// pdFamilyWords: words is "traé a [toda] tu familia" (see the file
// comment).
func pdFamilyWords(w []string) bool {
	if len(w) < 4 || len(w) > 5 {
		return false
	}
	h := func(i int) uint64 { return hashBytes(fnvOffset, foldAccents(w[i])) }
	if !pdBring.get(h(0)) || !pdBringTo.get(h(1)) {
		return false
	}
	k := 2
	if len(w) == 5 {
		if !pdAll.get(h(2)) {
			return false
		}
		k = 3
	}
	return pdYourFam.get(h(k)) && pdFamily.get(h(k+1))
}

// foldAccents: s with the Spanish accented vowels folded.
func foldAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u").Replace(s)
}

// pdAgesAll reports whether sentence lo..hi names an age range for
// everyone (see the file comment).
func pdAgesAll(text string, toks []token, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		end := -1
		switch {
		case pdAges.get(toks[k].h) && toks[k+1].cls&tDigit != 0:
			j := k + 1
			if j+1 < hi && pdAgeUnit.get(toks[j+1].h) {
				j++
			}
			switch {
			case strings.HasPrefix(pubGapAfter(text, toks, j), "+"):
				end = j
			case j+2 < hi && toks[j+1].low == "and" && pdUp.get(toks[j+2].h):
				end = j + 2
			}
		case pdMayores.get(toks[k].h) && k+2 < hi && toks[k+1].low == "de" && toks[k+2].cls&tDigit != 0:
			end = k + 2
			if end+1 < hi && pdAgeUnit.get(toks[end+1].h) {
				end++
			}
		case toks[k].low == "partir" && k+3 < hi && toks[k+1].low == "de" && toks[k+2].low == "los" && toks[k+3].cls&tDigit != 0:
			end = k + 3
			if end+1 < hi && pdAgeUnit.get(toks[end+1].h) {
				end++
			}
		}
		if end < 0 {
			continue
		}
		if end+1 >= hi {
			return true
		}
		g := strings.TrimLeft(pubGapAfter(text, toks, end), "+ ")
		if g != "" && strings.ContainsAny(g[:1], ",.;:!—–") {
			return true
		}
		nx := &toks[end+1]
		if pdPlace.get(nx.h) && end+2 < hi && toks[end+2].cls&tCap != 0 || pdWhen.get(nx.h) {
			return true
		}
		return false
	}
	return false
}

// pdVaccineEvent reports whether the condition finding at tokens fa..fb
// (sentence ends at hi) is a vaccine's clinic or day: only vaccine words
// and the diseases joined before them, right before an event noun.
func pdVaccineEvent(f Finding, toks []token, hi, fa, fb int) bool {
	if f.Kind != KindCondition || fb+1 >= hi || !pdVaxEvent.get(toks[fb+1].h) {
		return false
	}
	return annClass(&toks[fb])&annVaccine != 0
}

// pdAwarenessDate reports whether sentence lo..hi is an awareness week's
// name and its dates (see the file comment).
func pdAwarenessDate(text string, toks []token, lo, hi int) bool {
	for k := lo + 1; k+2 < hi; k++ {
		if !pdAware.get(toks[k].h) || !pdAwareUnit.get(toks[k+1].h) || !pdAwareIs.get(toks[k+2].h) {
			continue
		}
		for m := lo; m < k; m++ {
			if toks[m].cls&tCap == 0 {
				return false
			}
			if w := toks[m].w; w != nil && w.flags&wFirst != 0 && w.flags&wCommon == 0 {
				return false // red18d (dev102x): "Mia Lopez Awareness Day", a person's day
			}
		}
		if toks[k].cls&tCap == 0 || toks[k+1].cls&tCap == 0 {
			return false
		}
		// the dates: a month and day numbers, dashes or "to" between, to the end
		seen := false
		for m := k + 3; m < hi; m++ {
			tk := &toks[m]
			switch {
			case tk.cls&tDigit != 0 && tk.nd == int8(len(tk.low)) && len(tk.low) <= 2:
				seen = true
			case poMonths.get(tk.h) || pdMonAbbr.get(tk.h) || tk.low == "to" || tk.low == "through":
			default:
				return false
			}
		}
		return seen
	}
	return false
}

// pdMaskNotice returns n with pdFamilyCall applied to every field (a copy
// only when one changes): the announcement rule (announce.go) reads a
// public vaccine day's "¡Traé a tu familia!" as no personal cue.
func pdMaskNotice(n Notice) Notice {
	var fs []Field
	for i, f := range n.Fields {
		t, ok := pdFamilyCall(f.Text)
		if !ok {
			continue
		}
		if fs == nil {
			fs = append([]Field(nil), n.Fields...)
		}
		fs[i].Text = t
	}
	if fs != nil {
		n.Fields = fs
	}
	return n
}

var (
	pdWith     = wordSetTab("with con by por featuring")
	pdTalk     = wordSetTab("talk talks charla charlas webinar webinars lecture lectures conferencia seminar seminario workshop taller")
	pdTalkOpen = wordSetTab("free public community gratuita gratuito gratis abierta abierto publica")
)

// pdPresenterRule: a finding the presenter reading may clear.
func pdPresenterRule(f Finding) bool { return f.Rule == "name.title" && !f.readerTied() }

var (
	pdDayTime = wordSetTab("monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes " +
		"sabado domingo am pm a p m at en in the el la noon mediodia")
)

// pdTalkHeader reports whether the field's first sentence (toks from 0)
// names a free or public talk ("Free public talk:", "Charla gratuita:").
func pdTalkHeader(toks []token) bool {
	_, hi := sentenceSpan(toks, 0)
	for k := 0; k < hi; k++ {
		if !pdTalk.get(toks[k].h) {
			continue
		}
		for m := k - 2; m <= k+1; m++ {
			if m >= 0 && m < hi && m != k && pdTalkOpen.get(toks[m].h) {
				return true
			}
		}
	}
	return false
}

// pdPresenterSentence reports whether sentence lo..hi is a talk's
// presenter and its day, hour and place only: "with Dr. Elena Vargas, MD,
// Thursday 6pm at <Place>", "con la Dra. X, jueves 6 p. m. en <Place>",
// under a talk header (pdTalkHeader).
func pdPresenterSentence(text string, toks []token, lo, hi int) bool {
	if lo == 0 || !pdTalkHeader(toks) || !pdWith.get(toks[lo].h) {
		return false
	}
	k := lo + 1
	if k < hi && (toks[k].low == "la" || toks[k].low == "el") {
		k++
	}
	if k >= hi || !srTitle.get(toks[k].h) || toks[k].cls&tCap == 0 {
		return false
	}
	k++
	n := 0
	for k < hi && toks[k].cls&tCap != 0 && n < 3 && !strings.Contains(pubGap(text, toks, k), ",") {
		k, n = k+1, n+1
	}
	if n == 0 || k < hi && srPossessive(text[toks[k-1].s:]) {
		return false
	}
	for k < hi && strings.TrimSpace(pubGap(text, toks, k)) == "," {
		tk := &toks[k]
		if !(srCreds.get(tk.h) || ssCreds.get(tk.h) || saCreds.get(tk.h)) || tk.cls&tCap == 0 {
			break
		}
		k++
	}
	for ; k < hi; k++ {
		tk := &toks[k]
		if !(pdDayTime.get(tk.h) || tk.cls&tDigit != 0 || tk.nd > 0 || tk.cls&tCap != 0 && !srTitle.get(tk.h)) {
			return false
		}
	}
	return true
}

// pdTitleFragment reports whether sentence lo..hi lies inside a quoted
// talk title under a talk header: an opening quote before it with no
// closing one between, and its closing quote right after its last token
// ("… 'Dolor de espalda: ¿cuándo operar?' con …").
func pdTitleFragment(text string, toks []token, lo, hi int) bool {
	if lo == 0 || !pdTalkHeader(toks) {
		return false
	}
	g := strings.TrimLeft(pubGapAfter(text, toks, hi-1), "?!. ")
	if !strings.HasPrefix(g, "'") && !strings.HasPrefix(g, "\u2019") && !strings.HasPrefix(g, "\"") && !strings.HasPrefix(g, "\u201d") {
		return false
	}
	before := text[:toks[lo].s]
	i := strings.LastIndexAny(before, "'\"\u2018\u201c")
	return i >= 0 && strings.Count(before, "'")%2 == 1 || strings.Count(before, "\u201c") > strings.Count(before, "\u201d")
}
