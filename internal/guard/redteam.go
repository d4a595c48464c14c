package guard

// redteam.go: tightenings of the suppressions found by the red team of
// issue 15's fifth pass (testdata/guard/dev20r.jsonl). Each suppression
// (announce.go, everyday.go, product.go, closure.go, cardcue.go) lets a
// finding go on a narrow reading; the red team wrote leaks that fit those
// readings and still tell. The checks here are the small vetoes that make
// the suppressions fail closed on them:
//
//   - announcements (redPersonal): wording that refers to one person's
//     care without "you" — a conversation ("as discussed", "per our
//     conversation", "como lo hablamos"), condolences and congratulations
//     ("sorry to hear", "get well soon", "congratulations"), a parent's
//     care ("Dad's dialysis chair", "Mom's chemotherapy"), one person's
//     event ("after last week's overdose", "following up on the HIV
//     test"), one person's series ("your remaining hepatitis B shots"),
//     a post-exposure course, a retest or a confirmatory test, a result
//     ("markers look stable"); and every sentence of an announcement must
//     be the sender's (announceSentences): framed, a call to action ("Walk
//     in or book online", "Questions? Call us") or a short seasonal header
//     ("Flu season is here!"), so that "Hepatitis C treatment is now
//     available at all our clinics. The numbers were worse this time."
//     keeps its finding;
//   - everyday supplements (vitaminTells, everydayMore): vitamin D2
//     (ergocalciferol, mostly prescribed at 50,000 IU a week) and vitamin
//     K (a newborn's or an anticoagulant reversal) are no everyday
//     vitamins; a nasal spray, a newborn or a weekly schedule beside a
//     vitamin keep the finding; a product code whose letters are a
//     condition that tells ("Item HIV-4420", "Product HCV-1101") is no
//     product code;
//   - hyphenated brands (remedyHalf): "Fever-Tree" is a brand, but
//     "Hives-Away" and "Cane-Tip" name a remedy or a device part for the
//     clinical word; a quoted title about coping with the word
//     ("'Surviving Withdrawal'") is no exemption either (quoteCare);
//   - closures (closurePurpose; in closure.go's cue and in words.go for
//     date_allowed's "reopen"): a date after "our clinic will reopen" is
//     the sender's, unless "for" and a purpose other than a holiday or the
//     sender's own business follows it ("reopen on 01/02 for the suture
//     removal");
//   - payment cards (cardcue.go): a card word before a record-number cue
//     ("Your patient card (MRN 00412934)") is no payment card;
//   - (second round, hooks in place) orgnames.go's orgRun: a given and a
//     family name of the lists after a capitalised category word is a
//     person ("Hotel Maria Lopez: your stay is confirmed"; "esta semana
//     café Juan Valdez" stays a brand); producthead.go's moneySense: a
//     clinical phrase of the lists in the sentence keeps "withdrawal"
//     ("Your withdrawal of $200 for the rehab deposit").

var (
	// redPersonalWords: one person's care, said without "you"
	redPersonalWords = wordSetTab("discussed discuss discussing conversation promised sorry congratulations congrats " +
		"mom mum dad mother father grandma grandpa grandmother grandfather " +
		"retest retesting confirmatory exposure stable " +
		"hablamos hablado conversamos platicamos comentamos lamentamos felicidades felicitaciones mama papa abuela abuelo")
	// redSeriesWords: one person's series before a dose word within three words
	redSeriesWords = wordSetTab("second third next final remaining missed rest segunda tercera siguiente proxima restante restantes")
	// redDoseWords: dose words after a series word
	redDoseWords = wordSetTab("dose doses dosis shot shots injection injections vacuna vacunas")
	// vitaminTellTokens: vitamins that are a treatment, not a supplement
	vitaminTellTokens = wordSetTab("d2 k k1")
	// everydayMore: more cues that keep a vitamin a medication
	everydayMore = wordSetTab("nasal newborn newborns infant weekly recien")
	// tellingCodes: product-code letters that name a condition that tells
	tellingCodes = wordSetTab("hiv hcv hbv aids std stds sti stis hpv pep prep oud ivf")
	// remedyHalves: the other half of a hyphenated brand that makes it a
	// remedy or a device part for its clinical word
	remedyHalves = wordSetTab("away ease eze relief free stop stopper tip tips aid aide care cure rx med meds heal calm soothe fix gone less guard")
	// annCTA: imperatives that open a sender's call to action
	annCTA = wordSetTab("walk stop book call visit ask learn schedule sign opt reply text find see download shop save show " +
		"come drop check register order browse read click tap go pick questions question stay happy talk speak consult allow " +
		"visite visitenos llame llamenos agende reserve pregunte venga ven pase descargue haga dudas preguntas escribanos " +
		"consulte hable " +
		// helper MISC2 (dev42): "Infórmese en recepción", "Acérquese a su sucursal"
		"informese acerquese acercate informate")
	// annSender: the sender's words for itself
	annSender = wordSetTab("our we us ours nuestra nuestro nuestras nuestros nosotros")
	// annSeason: the words of a short seasonal header
	annSeason = wordSetTab("season seasons temporada winter autumn invierno otono")
	// annURLWords: the words of a URL the tokenizer splits
	annURLWords = wordSetTab("https http www com org net example portal")
	// quoteCareWords: a quoted title about coping with a condition
	quoteCareWords = wordSetTab("surviving survive survivor coping cope beating beat overcoming overcome managing manage " +
		"healing heal recovering recovery living superando viviendo")
	// closureBusiness: purposes after "for" that keep a closure date the sender's
	closureBusiness = wordSetTab("the holiday holidays christmas thanksgiving new year years eve day inventory training maintenance " +
		"renovation renovations repairs staff weather storm snow cleaning season winter summer break festivo festivos navidad " +
		"vacaciones inventario mantenimiento el la las los s")
)

// redPersonal reports whether token k of toks is one of the red team's
// personal cues (see the file comment).
func redPersonal(toks []token, k int) bool {
	tk := &toks[k]
	if redPersonalWords.get(tk.h) && !breastMama(toks, k) && !teamCongrats(toks, k) { // "Cáncer de Mama" (announce_place.go); a team's honour (publicoffer.go)
		return true
	}
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	switch tk.low {
	case "after", "following", "since", "despues", "tras":
		switch next {
		case "last", "your", "his", "her", "their", "up", "yesterday", "la", "el", "su":
			return true // "after last week's overdose", "following up on …"
		}
	case "well":
		return next == "soon" // "get well soon"
	case "met":
		return k > 0 && toks[k-1].low == "we" // "as promised when we met"
	case "came":
		return next == "back" // "the viral load came back high"
	}
	if redSeriesWords.get(tk.h) {
		for m := k + 1; m < len(toks) && m <= k+4 && !toks[m].sent; m++ {
			if redDoseWords.get(toks[m].h) {
				return true // "your remaining hepatitis B shots"
			}
		}
	}
	return false
}

// quoteCare reports whether the quoted title a..b holds a word of coping
// with a condition ("'Surviving Withdrawal'", "'Coping with Hives'"): a
// book about the recipient's condition, not a title that merely spells a
// clinical word ("'Cold Mountain'").
func (s *scanner) quoteCare(a, b int) bool {
	for k := a; k >= 0 && k <= b && k < len(s.toks); k++ {
		if quoteCareWords.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// closureVerbBefore reports whether a closing or reopening verb stands
// within 8 words before token i in its sentence.
func (s *scanner) closureVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if closureVerbs.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// announceSentences reports whether every sentence of an announcement's
// field is the sender's: framed as announce.go frames the sentences that
// hold a finding (availability, places, hours, walk-ins), or a call to
// action opening with an imperative ("Walk in or book online", "Opt in at
// the counter", "Questions? Call us"), the sender speaking of itself ("New
// at our pharmacy"), a short seasonal header, a URL or a number. A sentence of anything else ("Hope
// the recovery is going well!", "The numbers were worse this time") may
// speak of the one person the notice is sent to, so the findings stay.
func announceSentences(toks []token) bool {
	for lo := 0; lo < len(toks); {
		_, hi := sentenceSpan(toks, lo)
		if hi <= lo {
			hi = lo + 1
		}
		if !announceFrame(toks[lo:hi]) && !annCallToAction(toks[lo:hi]) && !eventAudience(toks, lo, hi) && !placeSentence(toks, lo, hi) && !teamThanksSentence(toks[lo:hi]) { // announce_public.go, announce_place.go, teamthanks.go
			return false
		}
		lo = hi
	}
	return true
}

// annCallToAction reports whether a sentence opens with an imperative of
// the sender's call to action, or is a URL or a number only.
func annCallToAction(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	if annCTA.get(toks[0].h) {
		return true
	}
	if toks[0].low == "were" || toks[0].low == "weve" { // "We're hiring", "We've moved" (announce_sender.go)
		return true
	}
	if toks[0].low == "mas" && len(toks) > 1 && (toks[1].low == "informacion" || toks[1].low == "detalles" || toks[1].low == "info") { // "Más información: <link>", "Más info en <link>"
		return true
	}
	for k := range toks { // the sender speaking of itself: "New at our pharmacy", "We are hiring"
		if annSender.get(toks[k].h) {
			return true
		}
	}
	if len(toks) <= 6 { // a seasonal header: "Flu season is here!", "¡Llegó la temporada de gripe!"
		for k := range toks {
			if annSeason.get(toks[k].h) {
				return true
			}
		}
	}
	for k := range toks {
		if toks[k].cls&tAlpha != 0 && toks[k].cls&tDigit == 0 && len(toks[k].low) > 1 && !annURLWords.get(toks[k].h) {
			return false
		}
	}
	return true // "https://portal.example/m/vax", "1-800-555-0100"
}

// vitaminTells reports whether the token after "vitamin" names a vitamin
// given as a treatment.
func vitaminTells(low string) bool { return vitaminTellTokens.get(hstr(low)) }

// closurePurpose reports whether the date ending at token i is followed,
// in its sentence, by "for" (or "para") and a purpose other than the
// sender's business: "reopen on 01/02 for the suture removal".
func (s *scanner) closurePurpose(i int) bool {
	for k := i + 1; k < len(s.toks) && !s.toks[k].sent; k++ {
		if s.toks[k].low != "for" && s.toks[k].low != "para" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+3 && !s.toks[m].sent; m++ {
			if !closureBusiness.get(s.toks[m].h) && !fdWorks.get(s.toks[m].h) { // fdWorks: the sender's works (facilitydate.go)
				return true
			}
		}
		return false
	}
	return false
}
