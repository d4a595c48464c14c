package guard

import "strings"

// Ambiguous clinical words in goods, sport, household and money phrases
// (issue 15, fifth pass: the possessive cue). Entries flagged `a` in the
// vocabularies ("shingles", "mono", "withdrawal", "rash", "cane",
// "walker", "stroke", "hives"…) are reported only with a health cue near
// them (healthCue), and "your" / "su" / "sus" count as health cues, so
// "Your cane sugar order", "Your mono speaker", "Your withdrawal of $200",
// "Your roof shingles delivery" and "Sus aretes de gota" were blocked.
// ambiguousOrdinary lets such a word pass when the possessive is its only
// cue and a word beside it gives it its everyday sense:
//
//   - for the words of phSenses, which also name goods, a sport, a
//     household job or a place, a word of that word's own list: a head
//     after it ("mono speaker", "cane sugar", "rash guard", "echo
//     chamber", "stroke play", "overweight baggage"), a compound modifier
//     between the possessive and it ("roof shingles", "candy cane", "bee
//     hives", "swim stroke", "tree surgery", "camp counselor", "baby
//     walker"), or in Spanish a noun and de before it ("aretes de gota",
//     "válvula de reflujo") or de/para and a noun after it ("bastón de
//     trekking", "andador para bebé");
//   - for a word whose everyday sense is money (withdrawal): an amount or a
//     banking word in its sentence ("Your withdrawal of $200", "Your ATM
//     withdrawal receipt", "Your 401(k) withdrawal"), or "withdrawal from
//     the" and an ordinary word that is no care programme, drug or
//     substance ("from the tournament").
//
// The lists are positive, word by word: a generic rule ("an ambiguous word
// before an ordinary word is a product") cleared "Your walker delivery",
// "Your anxiety group", "Your cane tips", "Your white cane", "Your mini
// stroke", "Your food allergy", "Your therapy dog" — the head or modifier
// of a device, a remedy or a care programme is an ordinary word as often
// as that of goods. So an ambiguous word without an everyday sense
// (allergy, anxiety, therapy, acne…) is never let pass, and one with such a
// sense only beside the words that give it ("Your rash photo", "Your
// depression workbook", "Your walker basket", "Your therapy copay of $40"
// stay reported).
//
// Fail closed: nothing is let pass when another health cue is in the
// word's window, or when its sentence has any other health word (a health
// cue, a notice cue such as refill or pharmacy, a clinical frame word, a
// care event such as appointment, visit or exam).

// ambiguousOrdinary: the ambiguous phrase at i..j has only a possessive as
// health cue and reads as goods, a sport, a household job or money (see
// above).
func (s *scanner) ambiguousOrdinary(i, j int) bool {
	if !s.onlyPossessiveCue(i, j) || s.healthSentence(i, j) {
		return false
	}
	if s.moneySense(i, j) {
		return true
	}
	if i != j {
		return false
	}
	sense := phSenses[s.toks[i].h]
	if sense == nil {
		if sense = phSenses[singularHash(s.toks[i].low)]; sense == nil {
			return false
		}
	}
	n := len(s.toks)
	// a head after it: "mono speaker", "cane sugar", "rash guard"; in
	// capitals only after a capitalised word ("Burns Night", not "walker
	// Rollator")
	if k := j + 1; k < n && s.phJoined(k) && (s.toks[k].cls&(tCap|tUpper) == 0 || s.toks[i].cls&(tCap|tUpper) != 0) &&
		phIn(sense.heads, &s.toks[k]) {
		return true
	}
	// a modifier before it, the possessive before that: "roof shingles",
	// "candy cane", "swim stroke"
	if m := i - 1; m >= 1 && s.phJoined(i) && recipientPossessive.get(s.toks[m-1].h) && phIn(sense.mods, &s.toks[m]) {
		return true
	}
	// Spanish: "aretes de gota", "válvula de reflujo" (the possessive,
	// the noun, de, the word); "bastón de trekking", "andador para bebé"
	if i >= 3 && phDe.get(s.toks[i-1].h) && s.gap(i) == " " && s.gap(i-1) == " " && recipientPossessive.get(s.toks[i-3].h) &&
		s.sameSentence(i-3, i) && phIn(sense.esBefore, &s.toks[i-2]) {
		return true
	}
	if k := j + 1; k+1 < n && (phDe.get(s.toks[k].h) || s.low(k) == "para") && s.gap(k) == " " && s.gap(k+1) == " " &&
		s.sameSentence(j, k+1) && phIn(sense.esAfter, &s.toks[k+1]) {
		return true
	}
	return false
}

// phSenseWords: the words of phSenses, for its test.
var phSenseWords []string

// phSense: the words that give an ambiguous word its everyday sense.
type phSense struct {
	mods, heads, esBefore, esAfter map[uint64]bool
}

var phDe = wordSetTab("de del")

// phSenses: the ambiguous words of the lists that also name goods, a
// sport, a household job, a place or a season, with the words that give
// them that sense (plurals of these words count too). Positive lists,
// word by word, so an ambiguous word keeps its clinical sense beside any
// other word: "Your walker delivery", "Your cane tips", "Your white cane",
// "Your mini stroke", "Your rash photo", "Your depression workbook", "Your
// carpet burns", "Your food allergy" stay reported. Each line says which
// sense it is.
var phSenses = func() map[uint64]*phSense {
	m := map[uint64]*phSense{}
	add := func(words, mods, heads, esBefore, esAfter string) {
		p := &phSense{wordSet(mods), wordSet(heads), wordSet(esBefore), wordSet(esAfter)}
		for _, w := range strings.Fields(words) {
			m[hstr(w)] = p
			phSenseWords = append(phSenseWords, w)
		}
	}
	// audio: mono sound, mono records and gear
	add("mono", "", "speaker speakers amp amps amplifier amplifiers vinyl record records pressing pressings lp lps mix mixes "+
		"mode audio sound output track tracks recording recordings headphone headphones earbud earbuds adapter adapters "+
		"cable cables jack plug mic microphone setting settings channel channels signal reissue edition album albums synth", "", "")
	// roofing
	add("shingles", "roof roofing asphalt cedar wood wooden slate metal composite shake", "bundle bundles nails siding roofing", "", "")
	// swimwear
	add("rash", "", "guard guards vest vests top tops shirt shirts suit suits tee tees", "", "")
	// sport, art, typing and engines
	add("stroke strokes", "swim swimming breast butterfly brush pen paint key piston engine oar paddle golf master power",
		"play rate count counter counters length drill drills technique index", "", "")
	// smart speakers and sound
	add("echo", "", "speaker speakers dot dots show shows studio sub buds frames chamber chambers pedal pedals plugin", "", "")
	// beekeeping
	add("hives", "bee beehive honey langstroth top bar", "frames inspection inspections boxes", "", "")
	// collectible glass, the economy and the weather
	add("depression", "economic tropical great", "glass glassware era", "", "")
	// a tonic brand, a mood and a season
	add("fever", "cabin spring disco", "tree pitch", "", "")
	// the Scottish poet's night
	add("burns", "", "night supper", "", "")
	// baggage and freight
	add("overweight", "", "bag bags baggage luggage suitcase suitcases fee fees allowance truck trucks load loads permit parcel parcels", "", "")
	// tree surgeons, camps, schools, money and houses
	add("surgery", "tree", "", "", "")
	add("counselor", "camp school career debt credit admissions guidance investment mortgage college", "", "", "")
	add("rehab", "kitchen bathroom house property building deck basement", "", "", "")
	add("surgeon", "tree", "", "", "")
	// military-style clothing and standing mats ("anti-fatigue mat")
	add("fatigue", "anti metal", "pants jacket jackets shorts cap caps mat mats", "", "")
	// candy-making
	add("glucose", "", "syrup", "", "")
	// teas and flavoured waters (infusion.go)
	add("infusion infusions", infusionDrinkWords, infusionHeads, "", infusionES)
	// needlework
	add("stitches", "cross knit purl chain blanket satin stem seed garter", "", "", "")
	// sugar cane, rattan furniture, the toad
	add("cane canes", "candy sugar garden", "sugar syrup juice toad toads chair chairs furniture molasses field fields webbing rum", "", "")
	// a baby's walker, dogs and the sky
	add("walker walkers", "baby dog sky space fire moon", "", "", "")
	// tiles, wheels, fences
	add("spacer spacers", "tile tiles wheel wheels fence shelf lug hub", "", "", "")
	// carpentry
	add("brace braces", "wire corner gate shelf fence joist trailer", "", "", "")
	// Spanish: trekking poles, candy canes, a baby walker, gaming
	// headphones, drop earrings and lamps, backflow valves, waterfalls and
	// the star sign
	add("baston", "", "", "", "trekking senderismo montana caramelo esqui mando")
	add("andador", "", "", "", "bebe bebes")
	add("audifonos", "", "", "", "videojuegos musica juegos gaming")
	add("gota", "", "", "aretes arete pendientes pendiente lampara lamparas cristal diamante", "")
	add("reflujo", "", "", "valvula valvulas", "")
	add("cataratas", "", "", "", "niagara iguazu victoria")
	return m
}()

// phIn: token t's word or its singular is in set.
func phIn(set map[uint64]bool, t *token) bool {
	return set[t.h] || set[singularHash(t.low)]
}

// phJoined: token k is joined to the token before it by one space or a
// hyphen, in the same sentence.
func (s *scanner) phJoined(k int) bool {
	if s.toks[k].sent {
		return false
	}
	g := s.gap(k)
	return g == " " || g == "-"
}

var (
	// phMoneyWords: ambiguous words whose everyday sense is money
	phMoneyWords = wordSetTab("withdrawal withdrawals")
	// phBanking: words of banking and payments that give them that sense
	phBanking = wordSetTab("cash atm savings checking account accounts bank banking ira roth fund funds brokerage " +
		"transfer deposit balance limit penalty fee fees receipt retirement pension annuity cd certificate " +
		"wire debit credit card refund refunded")
	// phFromNot: what one withdraws from that is a care programme, a drug
	// or a substance ("withdrawal from methadone"), not a tournament
	phFromNot = wordSetTab("program programs programme treatment therapy trial study care clinic rehab medication medications " +
		"drug drugs alcohol substance substances opioids opiates nicotine caffeine benzodiazepines methadone")
	// phNeutralEvents: date-person words that name no care ("Your cough
	// drop tin collection", "birthday")
	phNeutralEvents = wordSetTab("collection collected birthday cumpleanos admission admit alta dos")
)

// onlyPossessiveCue: every health cue in healthCue's window around i..j is
// a possessive (your, su, sus), and there is one.
func (s *scanner) onlyPossessiveCue(i, j int) bool {
	poss := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.fl(k)&wHealthCue != 0 {
			if !recipientPossessive.get(s.toks[k].h) {
				return false
			}
			poss = true
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
		if s.toks[k].sent {
			break
		}
		if s.fl(k)&wHealthCue != 0 {
			if !recipientPossessive.get(s.toks[k].h) {
				return false
			}
			poss = true
		}
	}
	return poss
}

// phSentence returns the first and last token of the sentence of i.
func (s *scanner) phSentence(i int) (int, int) {
	a := i
	for a > 0 && !s.toks[a].sent && !strings.ContainsAny(s.gap(a), ".;!?\n") {
		a--
	}
	b := i
	for b+1 < len(s.toks) && !s.toks[b+1].sent && !strings.ContainsAny(s.gap(b+1), ".;!?\n") {
		b++
	}
	return a, b
}

// healthSentence: the sentence of i..j has another health word: a health
// cue other than a possessive, a notice cue (refill, pharmacy, nurse…), a
// clinical frame word, or a care event (appointment, visit, exam…).
func (s *scanner) healthSentence(i, j int) bool {
	a, b := s.phSentence(i)
	for k := a; k <= b; k++ {
		if k >= i && k <= j {
			continue
		}
		h := s.toks[k].h
		f := s.fl(k)
		if f&wHealthCue != 0 && !recipientPossessive.get(h) || noticeCues.get(h) || clinicalAfter.get(h) || clinicalAfterTest.get(h) ||
			f&wDatePerson != 0 && !phNeutralEvents.get(h) {
			return true
		}
	}
	return false
}

// moneySense: a word whose everyday sense is money (withdrawal) with an
// amount ($, 401(k)) or a banking word in its sentence, or "withdrawal
// from the …" followed by an ordinary word that is no care programme,
// drug or substance ("from the tournament").
func (s *scanner) moneySense(i, j int) bool {
	if i != j || !phMoneyWords.get(s.toks[i].h) {
		return false
	}
	a, b := s.phSentence(i)
	for k := a; k <= b; k++ {
		if k != i && s.phClinical(k) {
			return false // "Your withdrawal of $200 for the rehab deposit" (redteam.go)
		}
	}
	for k := a; k <= b; k++ {
		if k == i {
			continue
		}
		t := &s.toks[k]
		if phBanking.get(t.h) || t.cls&tDigit != 0 && (strings.Contains(s.gap(k), "$") || t.low == "401" || t.low == "403") {
			return true
		}
	}
	if k := j + 1; k+1 <= b && s.low(k) == "from" {
		x := k + 1
		if headArticles.get(s.toks[x].h) && x+1 <= b {
			x++
		}
		t := &s.toks[x]
		return t.cls&tAlpha != 0 && t.cls&(tCap|tUpper|tDigit) == 0 && s.general(x) && !s.phClinical(x) && !phFromNot.get(t.h) &&
			!ordHeads.get(t.h) && !subjectHeads.get(t.h) && s.v.learned.get(t.h) == 0
	}
	return false
}

// phClinical: a clinical or association phrase of the lists starts at k.
func (s *scanner) phClinical(k int) bool {
	if w := s.toks[k].w; w != nil {
		for _, p := range w.phrases {
			if (p.class == pClinical || p.class == pAssoc) && s.matchPhrase(k, p) > 0 {
				return true
			}
		}
	}
	return false
}
