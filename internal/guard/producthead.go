package guard

import "strings"

// Ambiguous clinical words in goods, household and money phrases (issue 15,
// fifth pass: the possessive cue). Entries flagged `a` in the vocabularies
// ("shingles", "mono", "withdrawal", "rash", "cane", "walker", "stroke",
// "hives"…) are reported only with a health cue near them (healthCue), and
// "your" / "su" / "sus" count as health cues, so "Your cane sugar order",
// "Your mono speaker", "Your withdrawal of $200", "Your roof shingles
// delivery" and "Sus aretes de gota" were blocked. ambiguousOrdinary lets
// such a word pass when the possessive is its only cue and the words
// around it give it its everyday sense:
//
//   - a product head after it: an ordinary lower-case word that is in no
//     clinical list, no learned clinical term (learned.go), not
//     wordnet_ordinary, and no care, record, remedy, logistics, billing or
//     verb word (phCareHeads and the cue sets of the other rules): "mono
//     speaker", "cane sugar", "rash vest", "echo speaker", "stroke
//     counter". "Your walker delivery", "Your anxiety group", "Your acne
//     cream", "Your rehab bill", "Your walker arrives Friday" stay reported;
//   - a compound modifier before it, between the possessive and the word
//     and one space or hyphen from it: an ordinary lower-case noun in no
//     clinical list and no learned clinical term, not a body part, not an
//     adjective by its ending (-ful, -ous, -ive, -ic, -al, -ing, -ed, -y…)
//     and not a word that describes a device or a course of illness
//     (phNotModifiers: new, recent, folding, quad, alcohol, speech…):
//     "roof shingles", "candy cane", "bee hives", "swim stroke", "cash
//     withdrawal". "Your itchy rash", "Your folding walker", "Your quad
//     cane", "Your alcohol withdrawal" stay reported;
//   - money, for a word whose everyday sense is money (phMoneyWords:
//     withdrawal): an amount or a banking word in its sentence ("Your
//     withdrawal of $200", "ATM", "savings"), or "withdrawal from the"
//     followed by an ordinary non-care word ("from the tournament"). "Your
//     therapy copay of $40" stays reported: therapy has no money sense;
//   - Spanish order: an ordinary Spanish noun that is no care word, then
//     de/del and the word ("aretes de gota", "válvula de reflujo",
//     "horóscopo de Cáncer"), or the word, then de/para and such a noun
//     ("bastón de trekking", "andador para bebé"). "Su seguro de cáncer",
//     "Su crema para la sarna" stay reported.
//
// Fail closed: nothing is let pass when another health cue is in the
// word's window, or when its sentence has any other health word (a health
// cue, a notice cue such as refill or pharmacy, a clinical frame word, a
// care event such as appointment or visit). Capitalised words after the
// word (a brand: "Your walker Rollator") and words in no vocabulary are no
// evidence.

// ambiguousOrdinary: the ambiguous phrase at i..j has only a possessive as
// health cue and reads as goods, a household job or money (see above).
func (s *scanner) ambiguousOrdinary(i, j int) bool {
	if !s.onlyPossessiveCue(i, j) || s.healthSentence(i, j) {
		return false
	}
	if s.moneySense(i, j) {
		return true
	}
	if i != j || !phEveryday[s.toks[i].h] && !phEveryday[singularHash(s.toks[i].low)] {
		return false
	}
	return s.productHead(j+1) || s.productModifier(i) || s.productSpanish(i, j)
}

// phEveryday: the ambiguous words that also name goods, a sport, a
// household job or a season (mono audio, cane sugar, a rash guard, roof
// shingles, bee hives, a swim stroke, an echo speaker, Depression glass,
// Fever-Tree, Burns Night, overweight baggage, tree surgery, a camp
// counselor, a kitchen rehab, cross stitches, tile spacers, a baby walker;
// Spanish bastón de trekking, andador para bebé, aretes de gota, válvula
// de reflujo, cataratas del Niágara, horóscopo de Cáncer, audífonos
// Bluetooth). Only these are let pass by a product head or modifier: an
// ambiguous word without such a sense keeps its clinical sense beside any
// word ("Your food allergy", "Your therapy dog", "Your anxiety blanket",
// "Your test anxiety", "Your caffeine withdrawal").
var phEveryday = wordSet("shingles mono rash cane walker stroke echo hives depression fever burns overweight " +
	"spacer brace surgery counselor rehab stitches baston andador audifonos gota reflujo cataratas cancer")

var (
	// phPossessive: the health cues that are possessives
	phPossessive = wordSet("your su sus")
	// phCareHeads: heads after the word that make it a care programme,
	// record, remedy, service, bill or delivery of a supply ("Your anxiety
	// group", "Your hives pictures", "Your lice shampoo", "Your rehab
	// bill", "Your walker delivery"): never evidence of an everyday sense
	phCareHeads = wordSet("group groups program programs programme class classes course session sessions coach coaching " +
		"team plan plans support care center centre unit ward clinic clinics doctor doctors nurse nurses specialist " +
		"counselor counsellor therapist provider providers coordinator navigator survivor survivors patient patients " +
		"report reports record records history chart notes note summary letter form forms paperwork update updates " +
		"status reminder reminders check checks checkup visit visits appointment appointments consult fitting fittings " +
		"assessment evaluation review score scores risk level levels scale questionnaire survey quiz screener tracker " +
		"journal diary log app apps photo photos pictures picture images image upload uploads video scan " +
		"follow followup prevention education awareness management relief remedy remedies medicine medicines cream creams " +
		"ointment lotion gel wash cleanser serum patch patches spray sprays pill pills tablets capsules gummies drops " +
		"drop syrup tea shampoo comb combs band bands mask masks pillow pillows socks tape bandage bandages kit kits " +
		"products product items item essentials supplies supply gear aid aids solution solutions treatment " +
		"order orders delivery deliveries shipment shipments rental rentals pickup purchase return returns exchange " +
		"refill refills subscription subscriptions box boxes pack packs bundle bundles set sets package " +
		"bill bills invoice invoices statement statements balance payment payments copay copays deposit charge charges " +
		"cost costs fee fees price estimate estimates quote quotes loan loans claim claims coverage approval benefit benefits " +
		"insurance authorization request requests hold holds " +
		"journey journeys story stories progress goals routine regimen flare flares episode episodes attack attacks outbreak outbreaks recovery signs warning diagnosis symptoms " +
		"shot shots vaccine vaccines booster boosters test tests testing results result")
	// phVerbs: verbs and function words after the word: it is the
	// subject, not a modifier ("Your walker arrives Friday")
	phVerbs = wordSet("is are was were be been being has have had will would shall should can could may might must " +
		"does do did arrives arrive arrived ships ship shipped comes came goes went gets got needs need looks look " +
		"seems stays remains starts started ends ended expires renews moved begins began cleared clears improves " +
		"today tonight tomorrow yesterday now soon again here there please")
	// phNotModifiers: words before the word that describe a device, a
	// course of illness, its cause or its owner rather than naming other
	// goods ("Your quad cane", "Your recent stroke", "Your alcohol
	// withdrawal", "Your speech therapy"); adjectives by their ending are
	// left out by phAdjective
	phNotModifiers = wordSet("new old own spare loaner rental replacement backup extra second first last next latest recent " +
		"current bad worse worst minor major small big little sudden mild severe chronic acute quad hemi standard " +
		"swollen broken sudden pregnant bariatric offset tripod forearm platform adult senior child kids infant toddler elderly walking rolling folding " +
		"alcohol drug drugs opioid opiate opioids nicotine caffeine benzo heroin substance speech hearing vision memory " +
		"sleep pain weight diet grief marriage couples family group peer crisis trauma addiction home hospital " +
		"medical health wellness dental eye skin post pre anti non day night summer winter spring fall")
	// phMoneyWords: ambiguous words whose everyday sense is money
	phMoneyWords = wordSet("withdrawal withdrawals")
	// phBanking: words of banking and payments that give them that sense
	phBanking = wordSet("cash atm savings checking account accounts bank banking ira roth fund funds brokerage " +
		"transfer deposit balance limit penalty fee fees receipt retirement pension annuity cd certificate " +
		"wire debit credit card refund refunded paid processed post posted")
	// phCareES: Spanish heads that make the word health ("su seguro de
	// cáncer", "su crema para la sarna", "su grupo de ansiedad") or a
	// neutral order ("su pedido de audífonos"): never evidence
	phCareES = wordSet("grupo grupos programa programas clase clases curso control seguimiento educacion apoyo " +
		"tratamiento tratamientos medicamento medicamentos crema cremas pomada jarabe pastillas gotas prueba pruebas " +
		"examen examenes cita citas consulta consultas vacuna vacunas seguro seguros poliza plan planes terapia cirugia " +
		"sintomas resultado resultados receta recetas clinica centro unidad especialista medico medica doctor doctora " +
		"enfermera cuidado cuidados atencion kit producto productos articulos pedido pedidos envio entrega compra " +
		"alquiler renta factura cuenta pago cobro estado diagnostico informe reporte historial ajuste adaptacion " +
		"adultos mayores ancianos personas pacientes ninos bebes discapacitados movilidad ciegos sordos caminar")
)

// onlyPossessiveCue: every health cue in healthCue's window around i..j is
// a possessive (your, su, sus).
func (s *scanner) onlyPossessiveCue(i, j int) bool {
	poss := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.fl(k)&wHealthCue != 0 {
			if !phPossessive[s.toks[k].h] {
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
			if !phPossessive[s.toks[k].h] {
				return false
			}
			poss = true
		}
	}
	return poss
}

// phNeutralEvents: date-person words that name no care ("Your cough drop
// tin collection", "birthday")
var phNeutralEvents = wordSet("collection collected birthday cumpleanos admission admit alta dos")

// healthSentence: the sentence of i..j has another health word: a health
// cue other than a possessive, a notice cue (refill, pharmacy, nurse…), a
// clinical frame word, or a care event (appointment, visit, exam…).
func (s *scanner) healthSentence(i, j int) bool {
	a := i
	for a > 0 && !s.toks[a].sent && !strings.ContainsAny(s.gap(a), ".;!?\n") {
		a--
	}
	for k := a; k < len(s.toks); k++ {
		if k > a && (s.toks[k].sent || strings.ContainsAny(s.gap(k), ".;!?\n")) {
			break
		}
		if k >= i && k <= j {
			continue
		}
		h := s.toks[k].h
		f := s.fl(k)
		if f&wHealthCue != 0 && !phPossessive[h] || noticeCues[h] || clinicalAfter[h] || clinicalAfterTest[h] ||
			f&wDatePerson != 0 && !phNeutralEvents[h] {
			return true
		}
	}
	return false
}

// phOrdinary: token k is an ordinary lower-case word of 3+ letters that
// names no clinical thing: in the general lists, no stop word, month,
// health cue or care event, not the start of a clinical or association
// phrase, not a word of the listed multi-word clinical terms (learned.go),
// not wordnet_ordinary, not a body part.
func (s *scanner) phOrdinary(k int) bool {
	if k < 0 || k >= len(s.toks) || s.used[k] {
		return false
	}
	t := &s.toks[k]
	if t.cls&tAlpha == 0 || t.cls&(tDigit|tCap|tUpper) != 0 || len(t.low) < 3 || !s.general(k) {
		return false
	}
	if s.fl(k)&(wStop|wMonth|wHealthCue|wDatePerson) != 0 || bodyParts[t.h] {
		return false
	}
	// a word that starts or ends several listed terms ("syndrome",
	// "chronic"), or one of the everyday heads and modifiers learned.go
	// keeps out of its pairs ("loss", "study", "stress", "speech"); a word
	// of one listed term ("blood sugar", "bee sting") is not enough
	if s.v.learned.get(t.h)&(lHead|lMod|lHeadES|lModES) != 0 || learnStopHead[t.h] || learnStopMod[t.h] {
		return false
	}
	if _, ok := s.v.ordinary.get(t.h); ok {
		return false
	}
	if t.w != nil {
		for _, p := range t.w.phrases {
			if (p.class == pClinical || p.class == pAssoc) && (len(p.toks) == 1 || s.matchPhrase(k, p) > 0) {
				return false
			}
		}
	}
	return true
}

// productHead: token k, right after the ambiguous word (one space or a
// hyphen), is a product head: ordinary (phOrdinary), and no care, record,
// remedy, logistics, billing or verb word.
func (s *scanner) productHead(k int) bool {
	if k >= len(s.toks) || s.toks[k].sent {
		return false
	}
	if g := s.gap(k); g != " " && g != "-" {
		return false
	}
	h := s.toks[k].h
	if phCareHeads[h] || phVerbs[h] || ordHeads[h] || subjectHeads[h] || noticeCues[h] || labHeads[h] || deviceHeads[h] ||
		conditionHeads[h] || bodyHeads[h] || itemAfter[h] {
		return false
	}
	if !s.g.gen.english(h) {
		return false // a Spanish adjective after the noun ("andador plegable") is no product head
	}
	if l := s.toks[k].low; strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") {
		return false // a verb: "Your rash cleared", "Your cane sitting…"
	}
	return s.phOrdinary(k)
}

// productModifier: the word before the ambiguous word at i (one space or a
// hyphen before it, the possessive before that) is a compound modifier
// naming other goods: ordinary (phOrdinary), no adjective by its ending,
// not phNotModifiers.
func (s *scanner) productModifier(i int) bool {
	m := i - 1
	if m < 1 || s.toks[i].sent {
		return false
	}
	if g := s.gap(i); g != " " && g != "-" {
		return false
	}
	if !phPossessive[s.toks[m-1].h] && (m < 2 || !phPossessive[s.toks[m-2].h] || !s.phOrdinary(m-1) || s.gap(m) != " ") {
		return false
	}
	h := s.toks[m].h
	if phNotModifiers[h] || genericModifiers[h] && !phHouseholdModifiers[h] || phAdjective(s.toks[m].low) {
		return false
	}
	return s.phOrdinary(m)
}

// phHouseholdModifiers: the household, garden and hobby words of
// genericModifiers ("roof", "tree", "swim"), which there stand before a
// clinical head without naming anything clinical and here name other
// goods or jobs
var phHouseholdModifiers = wordSet("flea tick pest lawn garden water pool carpet floor wood window stain leather termite mold " +
	"car roof fabric tree trees tire tyre golf tennis swim swimming soccer football baseball basketball hockey ski art " +
	"cooking coding computer tech bike running cycling fitness dance music")

// phAdjective: the word's ending makes it an adjective or a participle
// ("itchy", "painful", "recent", "folding", "swollen"), which describes
// the condition or device instead of naming other goods. A few nouns in
// -y that name goods are kept ("candy cane", "baby walker").
func phAdjective(l string) bool {
	if phNounsY[hstr(l)] {
		return false
	}
	for _, suf := range []string{"ful", "ous", "ive", "ic", "al", "ing", "ed", "ent", "less", "ish", "able", "ible", "ly", "y", "ary", "ory"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// phNounsY: nouns in -y that name goods before another goods word.
var phNounsY = wordSet("candy baby toy jelly cherry honey party holiday pony turkey money key")

// moneySense: a word whose everyday sense is money (withdrawal) with an
// amount or banking word in its sentence, or "withdrawal from the <an
// ordinary non-care word>" ("from the tournament").
func (s *scanner) moneySense(i, j int) bool {
	if i != j || !phMoneyWords[s.toks[i].h] {
		return false
	}
	a := i
	for a > 0 && !s.toks[a].sent && !strings.ContainsAny(s.gap(a), ".;!?\n") {
		a--
	}
	for k := a; k < len(s.toks); k++ {
		if k > a && (s.toks[k].sent || strings.ContainsAny(s.gap(k), ".;!?\n")) {
			break
		}
		if k == i {
			continue
		}
		t := &s.toks[k]
		if phBanking[t.h] || t.cls&tDigit != 0 && (strings.Contains(s.gap(k), "$") || t.low == "401" || t.low == "403") {
			return true
		}
	}
	if k := j + 1; k+1 < len(s.toks) && s.low(k) == "from" && s.sameSentence(i, k+1) {
		x := k + 1
		if headArticles[s.toks[x].h] && x+1 < len(s.toks) && s.sameSentence(i, x+1) {
			x++
		}
		return s.phOrdinary(x) && !phCareHeads[s.toks[x].h] && !ordHeads[s.toks[x].h] && !subjectHeads[s.toks[x].h]
	}
	return false
}

// productSpanish: Spanish order. An ordinary Spanish noun, no care or
// order word (phCareES), then de/del right before the word ("aretes de
// gota", "válvula de reflujo"); or the word, then de/para and such a noun
// ("bastón de trekking", "andador para bebé").
func (s *scanner) productSpanish(i, j int) bool {
	esNoun := func(k int) bool {
		if k < 0 || k >= len(s.toks) || !s.sameSentence(min(i, k), max(j, k)) || phCareES[s.toks[k].h] {
			return false
		}
		l := s.toks[k].low
		// an infinitive is a purpose ("andador para caminar")
		if strings.HasSuffix(l, "ar") || strings.HasSuffix(l, "er") || strings.HasSuffix(l, "ir") {
			return false
		}
		return s.phOrdinary(k)
	}
	if i >= 3 && (s.low(i-1) == "de" || s.low(i-1) == "del") && s.gap(i) == " " && s.gap(i-1) == " " &&
		phPossessive[s.toks[i-3].h] && esNoun(i-2) {
		return true
	}
	if k := j + 1; k+1 < len(s.toks) && (s.low(k) == "de" || s.low(k) == "para") && s.gap(k) == " " && s.gap(k+1) == " " {
		return esNoun(k + 1)
	}
	return false
}
