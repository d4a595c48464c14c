package guard

// Measurements and vaccinations of the recipient (issue 15, fifth pass):
// "your last reading of 150/95 was high", "Your glucose was 245", "INR 3.4
// today", "You weighed in at 96 kg", "Temp 101.3 F at check-in", "HR 120
// bpm", "Su presión arterial de 150/95", "Your Tdap is overdue". Most of
// these name no clinical word the vocabularies hold, or only a word the
// announcement rule may drop; a number that measures a body is health
// information about whoever the notice is sent to.
//
// scanVitals reports (rule clinical.vital, kind lab_test; never dropped by
// the announcement rule, announce.go):
//
//   - a blood-pressure pair: "150/95", "150 over 95", "150 sobre 95", or
//     in English words ("one fifty over ninety-five", spelledValue), in
//     the plausible range (systolic 70–260, diastolic 30–160, at least 10
//     apart; plausibleBP, which the older "BP 150/95" rule of numbers.go
//     now uses too), in a sentence with a reading cue (BP, pressure,
//     presión, tensión, arterial, systolic, mmHg, reading, lectura,
//     numbers, result, screening) and not before a count ("150/95 pages"); sizes, dates,
//     fractions, scores and prices fail the range or have no cue ("32/34
//     jeans", "won 3/1", "Su factura 150/95", "$150/95");
//   - an analyte or vital named before its value with at most four linking
//     words between ("glucose was 245", "A1c of 8.2%", "LDL 190", "your
//     A1C dropped from 9.1", "su glucosa de 245", "pulse was 120", "BMI
//     34"), the value in the analyte's range (INR ≤ 10), a percentage only
//     where one is a reading (A1c, SpO2, oxygen; "Your sugar is 30% off" is
//     a price), not a pack, a dose or a count ("Glucose tablets, 50 count",
//     "Calcium 600 mg"); "sugar" only as blood, fasting, your or "azúcar
//     en (la) sangre"; everyday words (iron, calcium, lithium) only with a
//     linking word and a personal cue ("Your iron was 30", not "Iron 7");
//   - a body weight: a value in pounds or kilograms in the range of a
//     person after a weight cue (weight, weighed, peso) in a sentence that
//     is personal (you, your, su…) or opens with the cue ("Weight: 212 lb"),
//     a change ("You've lost 15 lbs") said to the person; never with a
//     thing that is weighed in the sentence (package, luggage, order,
//     capacity, limit, plates…);
//   - a body temperature in the range of a body (95–108 °F, 35–42.5 °C)
//     after temp, temperature or temperatura with no thing that has a
//     temperature in the sentence (oven, pool, tub, water, coffee,
//     forecast, high, set…), or after fever/fiebre; without a unit only a
//     fever's value ("fever of 103") or a decimal said to the person ("Your
//     temperature was 99.1");
//   - a heart rate "HR 120 bpm" (HR only with bpm: HR is also human
//     resources).
//
// A unit may be written against the value ("96kg", "120bpm", "101.3F",
// "150/95mmHg"; numUnit).
// A sentence of general health education ("A normal reading is 120/80":
// normal, healthy, target, recommended, adults… and no personal cue) holds
// no reading of the person (generic).
//
// and (rule clinical.vaccination, kind procedure) a vaccination of the
// recipient: a personal word (your, you, su, tu…) followed within eight words
// (ordinals, "had", "are due for a", "child's"…) by a vaccine word
// ("your vaccine", "su vacuna"; not "your vaccine records"), a vaccine
// brand ("your Tdap", "your Shingrix"), or an ambiguous word (shot,
// booster, dose, series, refuerzo, dosis) that counts only with a disease
// or brand before it ("your COVID booster"), after an ordinal ("your
// second dose", "su segunda dosis"; a dose "of" something must be of a
// vaccine: not "your first dose of our newsletter"), or with a status word
// (due, overdue, scheduled, given, missed, recorded, pendiente, vencida,
// programada…) in the sentence — and never before a thing ("your booster
// seat", "your shot glasses", "su asiento de refuerzo"). A disease name
// alone ("your flu") needs a vaccine word or a status word. A pet in the
// sentence ("your dog's rabies booster", "Su perro necesita su vacuna")
// silences the rule: an animal's vaccination is not the recipient's
// health (a condition word such as rabies is still reported by the
// vocabularies). Announcements without a personal word ("Flu shots are
// now available at all our locations") are left to the other rules and
// announce.go.
//
// It also keeps look-alikes out of other rules through two small hooks:
// pairNotDate (numbers.go: a score or a size is no month/day, "we won
// 3/1", "4/6 size") and labNotTest (words.go: "PSA:" opening a general
// sentence is a public service announcement, "INR 499" is rupees).
//
// Cost: one bit test per token (vitalBits), a map lookup only for the few
// words that start a check, and every sentence read at most vitalReach
// tokens either side of a cue, so the scan stays linear.

import "strings"

// vital cue classes
const (
	vcLab    = iota + 1 // analyte or vital before its value
	vcBMI               // body-mass index (the value needs no unit)
	vcHR                // HR: only with bpm
	vcWeight            // weight cue: a value in lb/kg follows
	vcTemp              // temperature cue
	vcFever             // fever cue
	vcChange            // gained, lost: a change of weight
)

type vitalCue struct {
	class    uint8
	min, max float64
	pct      bool // the value may be a percentage (A1c, SpO2)
	amb      bool // an everyday word too (iron, calcium): needs a linking word and a personal cue
}

var vitalCues = func() map[uint64]vitalCue {
	m := map[uint64]vitalCue{}
	add := func(c vitalCue, words string) {
		for _, w := range strings.Fields(words) {
			m[hstr(w)] = c
		}
	}
	add(vitalCue{vcLab, 10, 1000, false, false}, "glucose glucosa sugar azucar cholesterol colesterol ldl hdl triglycerides trigliceridos "+
		"trigs glicemia glucemia")
	add(vitalCue{vcLab, 3, 20, true, false}, "a1c hba1c")
	add(vitalCue{vcLab, 1, 200, false, false}, "egfr gfr")
	add(vitalCue{vcLab, 0.5, 10, false, false}, "inr")
	add(vitalCue{vcLab, 0.01, 150, false, false}, "tsh psa")
	add(vitalCue{vcLab, 50, 100, true, false}, "spo2 sats saturation saturacion oxygen o2 oxigeno")
	add(vitalCue{vcLab, 0.01, 100000, false, false}, "ferritin ferritina b12 folate albumin albumina bilirubin bilirrubina "+
		"platelets plaquetas wbc cd4 testosterone testosterona cortisol troponin troponina bnp crp esr "+
		"digoxin digoxina trigliceridos")
	add(vitalCue{vcLab, 0.01, 1000, false, true}, "iron hierro calcium calcio magnesium magnesio lithium litio bun")
	add(vitalCue{vcLab, 3, 25, false, false}, "hemoglobin hemoglobina hgb")
	add(vitalCue{vcLab, 1.5, 10, false, false}, "potassium potasio")
	add(vitalCue{vcLab, 100, 180, false, false}, "sodium sodio")
	add(vitalCue{vcLab, 0.1, 20, false, false}, "creatinine creatinina")
	add(vitalCue{vcLab, 40, 260, false, false}, "systolic diastolic sistolica diastolica")
	add(vitalCue{vcLab, 25, 250, false, false}, "pulse pulso cardiaca cardiaco rate")
	add(vitalCue{vcLab, 3, 200, false, false}, "vitamin vitamina") // "su resultado de vitamina D es 14 ng/mL" (helper PORTAL, dev38)
	add(vitalCue{vcBMI, 10, 80, false, false}, "bmi imc")
	add(vitalCue{vcHR, 25, 250, false, false}, "hr")
	add(vitalCue{vcWeight, 0, 0, false, false}, "weight weighed weigh peso pesaba peso")
	add(vitalCue{vcTemp, 0, 0, false, false}, "temp temperature temperatura")
	add(vitalCue{vcFever, 0, 0, false, false}, "fever fiebre febrile")
	add(vitalCue{vcChange, 0, 0, false, false}, "gained lost gaining losing")
	return m
}()

var (
	// words that may stand between a cue and its value
	vitalLink = wordSetTab("was is are were of at came back level levels reading readings result results " +
		"measured dropped rose fell went up down to now today this morning came has been a remains still value " +
		"in de fue es esta era estaba nivel niveles en sangre blood fasting su el la del your our " +
		"rate oxygen o2 count from averaged average averaging around about near over under above below reached hit " +
		"stayed remained read reads showed shows c actual current latest last ultimo ultima ox total " +
		"already another sat ayunas ayuno oxigeno reposo resting rest " +
		// helper REC35 (dev35): "Tu saturación de oxígeno registrada fue 86%"
		"recorded registrada registrado medida medido tomada tomado " +
		// helper PORTAL (dev39): "Weight logged: 212 lb. Your nurse will review it"
		"logged tracked entered synced submitted reported")
	// a cue word before a value is no measurement when the value is a
	// pack, a price or a thing's quantity
	vitalNotUnit = wordSetTab("count ct pack packs tablets tabs strips capsules softgels gummies iu mcg servings off for " +
		"items pieces kg g lb lbs oz ml pm am minutes min hours percent pct stores locations " +
		"lakh lakhs crore crores million millions billion thousand k pages recipes units points people members " +
		"days weeks months years miles km quart quarts psi gallons liters litres seats tickets " +
		"respondents responses votes participants customers answers questions students employees users guests entries " +
		"paginas tiendas puntos personas miembros dias semanas meses anos")
	// a reading cue for a blood-pressure pair
	vitalBPCue = wordSetTab("bp pressure presion tension arterial systolic diastolic sistolica diastolica mmhg " +
		"reading readings lectura lecturas numbers cifras result results resultado resultados screening vitals")
	// general health education: "A normal reading is 120/80", "Adults
	// should keep LDL under 100" (only in a sentence with no personal cue)
	vitalGeneric = wordSetTab("normal healthy target goal ideal recommended recommend should typical typically generally " +
		"adults people anyone everyone most normales saludable objetivo meta recomendado recomendada debe deberia " +
		"adultos personas")
	// things that are weighed or have a temperature
	vitalThing = wordSetTab("package packages parcel parcels bag bags box boxes luggage suitcase suitcases shipment shipping order " +
		"orders item items load capacity limit allowance max maximum net rated bench dumbbell dumbbells kettlebell " +
		"plate plates bar truck trailer freight cargo pedido paquete paquetes maleta equipaje envio carga " +
		"oven stove grill smoker pool spa tub bath water room fridge freezer refrigerator thermostat house home " +
		"wine coffee tea oil meat turkey chicken roast weather forecast outside outdoor high highs low lows " +
		"horno agua piscina habitacion clima pronostico maxima minima cafe " +
		"set setting preheat heat heater cook cooking bake baking brew brewing sous vide wash washing dryer cycle " +
		"engine car tank aquarium soil compost hot")
	vitalWeightUnit = wordSetTab("lb lbs pound pounds kg kgs kilo kilos kilogram kilograms libra libras kilogramo kilogramos")
	vitalPets       = wordSetTab("dog dogs cat cats puppy puppies kitten kittens pet pets horse horses perro perros gato gatos " +
		"mascota mascotas cachorro cachorros caballo")
	// vaccine words: unambiguous, names of vaccines, and ambiguous ones
	vaxWord = wordSetTab("vaccine vaccines vaccination vaccinations immunization immunizations immunisation vacuna vacunas " +
		"vacunacion inmunizacion")
	// vaccine brands and shapes that name a vaccine alone ("your Tdap")
	vaxBrand = wordSetTab("tdap dtap shingrix gardasil prevnar pneumovax boostrix adacel arexvy abrysvo menacwy menb")
	// diseases (and short names with other senses: MMR, TD) that name a
	// vaccine only before a vaccine word or with a status word
	vaxName = wordSetTab("td mmr mmrv hpv flu influenza covid shingles tetanus pertussis hepatitis hep varicella " +
		"chickenpox polio ipv rsv meningococcal meningitis pneumococcal pneumonia zoster rotavirus hib typhoid " +
		"measles gripe sarampion neumococo herpes tetanos varicela")
	vaxAmbiguous = wordSetTab("shot shots booster boosters dose doses series jab jabs refuerzo dosis inyeccion")
	vaxStatus    = wordSetTab("due overdue scheduled given missed recorded complete completed administered received " +
		"pendiente vencida vencido programada programado aplicada aplicado toca")
	// a vaccine word before these names a record or a page, not a dose
	vaxRecord = wordSetTab("record records history card cards certificate certificates portal info information questions " +
		"options choices registro registros historial cartilla carnet certificado")
	vaxThing = wordSetTab("seat seats pack packs glass glasses box club cable cables pump pumps asiento silla")
	// words that may stand between a possessive and a vaccine
	// ordinals: "your second dose", "su segunda dosis", "your next booster"
	vaxOrdinal = wordSetTab("next first second third final last 2nd 3rd 1st 4th fourth proxima segunda primera tercera " +
		"ultima siguiente")
	vaxBetween = wordSetTab("next first second third final last annual yearly 2nd 3rd 1st 4th fourth " +
		"had got received missed haven hasn t have not yet are is due for a an your the been overdue still " +
		"hijo hija hijos hijas nino nina bebe toca corresponde tiene esta pendiente " +
		"child childs son sons daughter daughters de la el del contra proxima segunda primera tercera anual " +
		"s of")
)

// numUnit splits a token into its leading digits and a unit written
// against them ("96kg", "120bpm", "95mmhg"); the unit is letters only
// ("45r17", a tyre size, is no number with a unit).
func numUnit(low string) (digits, unit string, ok bool) {
	i := 0
	for i < len(low) && isDigitByte(low[i]) {
		i++
	}
	if i == 0 {
		return "", "", false
	}
	for j := i; j < len(low); j++ {
		if low[j] < 'a' || low[j] > 'z' {
			return "", "", false
		}
	}
	return low[:i], low[i:], true
}

// numStart reports whether token k is a number, alone or with a unit
// written against it.
func (s *scanner) numStart(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.cls&tDigit != 0 {
		return true
	}
	_, _, ok := numUnit(t.low)
	return ok && t.cls&tMixed != 0
}

// vitalValue reads a number at token k: digits, optionally a decimal part
// after "." or ","; either part may carry a unit written against it
// ("96kg", "101.3f"; unitAfter reads it). It returns the value and the last
// token used. A price ("$150") is no value.
func (s *scanner) vitalValue(k int) (float64, int, bool) {
	if !s.numStart(k) {
		return 0, k, false
	}
	ds, unit, _ := numUnit(s.toks[k].low)
	if len(ds) > 4 {
		return 0, k, false
	}
	g := s.gap(k)
	if strings.HasSuffix(g, "$") || strings.HasSuffix(g, "$ ") || strings.HasSuffix(g, "\u20ac") || strings.HasSuffix(g, "\u00a3") ||
		strings.HasSuffix(g, "#") {
		return 0, k, false
	}
	v := 0.0
	for i := 0; i < len(ds); i++ {
		v = v*10 + float64(ds[i]-'0')
	}
	end := k
	if unit == "" && s.numStart(k+1) {
		if fs, _, _ := numUnit(s.toks[k+1].low); len(fs) <= 2 {
			if gg := s.gap(k + 1); gg == "." || gg == "," {
				d := 0.1
				for i := 0; i < len(fs); i++ {
					v += float64(fs[i]-'0') * d
					d /= 10
				}
				end = k + 1
			}
		}
	}
	return v, end, true
}

// vitalReach bounds how far from a cue the sentence is read, so a check
// stays linear in the text however long a sentence runs.
const vitalReach = 16

// sentence returns the first and last token of the sentence holding token
// i, at most vitalReach tokens either side.
func (s *scanner) sentence(i int) (int, int) {
	a := i
	for a > 0 && a > i-vitalReach && !s.toks[a].sent {
		a--
	}
	b := i
	for b+1 < len(s.toks) && b < i+vitalReach && !s.toks[b+1].sent {
		b++
	}
	return a, b
}

// sentenceHas: a word of set in the sentence window of token i
// (sentence).
func (s *scanner) sentenceHas(i int, set *setTab) bool {
	a, b := s.sentence(i)
	for k := a; k <= b; k++ {
		if set.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// unitAfter returns the unit of a value ending at token end: the letters
// written against it ("96kg"), or the word right after it and the text
// between them.
func (s *scanner) unitAfter(end int) (uint64, string, string) {
	if end < len(s.toks) && s.toks[end].cls&tMixed != 0 {
		if _, u, ok := numUnit(s.toks[end].low); ok {
			return hstr(u), u, ""
		}
	}
	if end+1 >= len(s.toks) || s.toks[end+1].sent {
		return 0, "", ""
	}
	return s.toks[end+1].h, s.toks[end+1].low, s.gap(end + 1)
}

// vitalBits is a filter (hashfilter.go) of the words scanVitals starts
// from (cues, the reader's words, "over"): most tokens are passed over
// with one bit test instead of map lookups.
var vitalBits = func() *hashFilter {
	var b hashFilter
	for h := range vitalCues {
		b.add(h)
	}
	recipientWords.each(b.add)
	b.add(hstr("over"))
	b.add(hWho) // "as a member who wears bifocals" (wearcorrection.go)
	b.add(hQue)
	return &b
}()

// vitalCueBits, recipientBits and vaxBits filter scanVitals' lookups of
// the tokens vitalBits passes ("your" passes it for recipientWords and
// would cost a miss in vitalCues) and vaccination's of the words after
// the possessive.
var (
	vitalCueBits  = newHashFilter(vitalCues)
	recipientBits = tabsFilter(recipientWords)
	vaxBits       = func() *hashFilter { f := &hashFilter{}; vaxClass.each(f.add); return f }()
)

func (s *scanner) scanVitals() {
	n := len(s.toks)
	toks := s.toks
	for i := 0; i < n; i++ {
		// the words outside vitalBits (no digit, most words) passed over
		// in a loop of their own, with no call to spill its values for
		// (helper SPEED16)
		for i < n && toks[i].cls&(tDigit|tMixed) == 0 && toks[i].fb&fbVital == 0 {
			i++
		}
		if i == n {
			break
		}
		t := &s.toks[i]
		if t.cls&tDigit != 0 {
			if i+1 < n && (t.e == s.toks[i+1].s-1 && s.t.s[t.e] == '/' || s.toks[i+1].low == "over" || s.toks[i+1].low == "sobre") {
				if k := s.bloodPressure(i); k > i {
					i = k
				}
			} else if i+2 < n && s.toks[i+2].s > 0 && s.t.s[s.toks[i+2].s-1] == '/' {
				i = s.labUnit(i) // "6 ug/dL" (labunit.go)
			} else if i+1 < n && s.toks[i+1].low == "mmhg" {
				i = s.mmHgReading(i) // "your eye pressure was 24 mmHg" (mmhg.go)
			}
			continue
		}
		if t.cls&tMixed != 0 && strings.HasSuffix(t.low, "mmhg") {
			i = s.mmHgReading(i) // "24mmHg" (mmhg.go)
			continue
		}
		if t.fb&fbVital == 0 { // vitalBits (tokfilter.go)
			continue
		}
		if t.fb&fbVitalCue != 0 {
			if c, ok := vitalCues[t.h]; ok {
				s.vitalAfterCue(i, c)
				continue
			}
		}
		if t.low == "over" {
			if a, b, ok := s.spelledBP(i); ok && s.sentenceHas(i, &vitalBPCue) {
				s.addTok(a, b, KindLabTest, "clinical.vital", 0.8, "a blood pressure reading")
				i = b
			}
			continue
		}
		if s.m == Strict && (t.h == hWho || t.h == hQue) && s.wearAsWho(i) {
			s.wearCorrection(i) // "As a member who wears bifocals" (wearcorrection.go)
			continue
		}
		if t.fb&fbRecipient != 0 && recipientWords.get(t.h) {
			// (vaccination reads nothing past a next word outside vaxBits:
			// that test inline, helper SPEED15)
			if i+1 < n && !s.toks[i+1].sent && vaxBits.may(s.toks[i+1].h) {
				s.vaccination(i)
			}
			if s.m == Strict {
				s.wearCorrection(i) // wearcorrection.go
			}
		}
	}
}

// bloodPressure checks for a pair at token i ("150/95", "150 over 95") or
// a pair in words whose "over" is token i; it returns the last token used.
func (s *scanner) bloodPressure(i int) int {
	a, ea, ok := s.vitalValue(i)
	if !ok || ea != i || i+1 >= len(s.toks) {
		return i
	}
	var b float64
	var eb int
	switch {
	case s.gap(i+1) == "/" && s.numStart(i+1):
		b, eb, ok = s.vitalValue(i + 1)
		if _, u, _ := numUnit(s.toks[eb].low); ok && u != "" && u != "mmhg" { // "120/80s"
			return eb
		}
		if ok && eb+1 < len(s.toks) && s.gap(eb+1) == "/" { // a date 1/2/3
			return eb
		}
	case (s.low(i+1) == "over" || s.low(i+1) == "sobre") && s.gap(i+1) == " " && i+2 < len(s.toks) && s.gap(i+2) == " ":
		b, eb, ok = s.vitalValue(i + 2)
	default:
		return i
	}
	if !ok || !plausibleBP(a, b) || !s.sentenceHas(i, &vitalBPCue) || s.generic(i) {
		return i
	}
	if uh, _, ug := s.unitAfter(eb); vitalNotUnit.get(uh) && strings.TrimSpace(ug) == "" { // "150/95 pages"
		return eb
	}
	s.addTok(i, eb, KindLabTest, "clinical.vital", 0.8, "a blood pressure reading")
	return eb
}

func plausibleBP(a, b float64) bool {
	return a >= 70 && a <= 260 && b >= 30 && b <= 160 && a-b >= 10
}

// spelledBP reports a pair written in words around "over" at token o
// ("one fifty over ninety-five") and its span.
func (s *scanner) spelledBP(o int) (int, int, bool) {
	right := make([]string, 0, 4)
	for k := o + 1; k < len(s.toks) && k <= o+4 && !s.toks[k].sent; k++ {
		right = append(right, s.toks[k].low)
	}
	b, nb := spelledValue(right)
	if nb == 0 {
		return 0, 0, false
	}
	for st := o - 4; st < o; st++ {
		if st < 0 {
			continue
		}
		left := make([]string, 0, 4)
		for k := st; k < o; k++ {
			left = append(left, s.toks[k].low)
		}
		if a, na := spelledValue(left); na == len(left) && plausibleBP(float64(a), float64(b)) {
			return st, o + nb, true
		}
	}
	return 0, 0, false
}

var (
	spelledUnits = map[string]int{"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9}
	spelledTeens = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	spelledTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90}
)

// spelledValue reads an English number in words from the start of w: "one
// hundred fifty", "one fifty" (spoken readings: a digit then tens),
// "ninety five", "twelve". It returns the value and the words used (0: no
// number). Values stay below 1000.
func spelledValue(w []string) (int, int) {
	i, v := 0, 0
	// hundreds: "one hundred [and]" or the spoken "one fifty", "two ten"
	if len(w) >= 2 {
		if u, ok := spelledUnits[w[0]]; ok && u > 0 {
			if w[1] == "hundred" {
				v, i = u*100, 2
				if i < len(w) && w[i] == "and" {
					i++
				}
			} else if _, t := spelledTens[w[1]]; t {
				v, i = u*100, 1
			} else if _, t := spelledTeens[w[1]]; t {
				v, i = u*100, 1
			}
		}
	}
	rest, used := spelledBelow100(w[i:])
	if used == 0 {
		if i >= 2 { // "one hundred"
			if i > 2 { // "one hundred and" without a rest: drop "and"
				i = 2
			}
			return v, i
		}
		return 0, 0
	}
	return v + rest, i + used
}

func spelledBelow100(w []string) (int, int) {
	if len(w) == 0 {
		return 0, 0
	}
	if t, ok := spelledTeens[w[0]]; ok {
		return t, 1
	}
	if t, ok := spelledTens[w[0]]; ok {
		if len(w) >= 2 {
			if u, ok := spelledUnits[w[1]]; ok && u > 0 {
				return t + u, 2
			}
		}
		return t, 1
	}
	if u, ok := spelledUnits[w[0]]; ok && w[0] != "oh" {
		return u, 1
	}
	return 0, 0
}

// vitalAfterCue checks the value after the cue at token i.
func (s *scanner) vitalAfterCue(i int, c vitalCue) {
	n := len(s.toks)
	// "blood sugar", "fasting sugar", "su azúcar en sangre": sugar needs
	// blood, fasting or a possessive before it, or "en sangre" after
	if l := s.low(i); l == "sugar" || l == "azucar" {
		p := s.low(i - 1)
		if p != "blood" && p != "fasting" && p != "your" && p != "su" && s.low(i+2) != "sangre" && s.low(i+3) != "sangre" {
			return
		}
	}
	from := i + 1
	switch s.low(i) {
	case "rate": // "heart rate"
		if s.low(i-1) != "heart" {
			return
		}
	case "vitamin", "vitamina": // "vitamin D level was 14"
		if s.low(i+1) != "d" {
			return
		}
		from = i + 2
	}
	// the value: after at most four linking words
	k := from
	for ; k < n && k <= i+5 && !s.toks[k].sent; k++ {
		if s.numStart(k) {
			break
		}
		if !vitalLink.get(s.toks[k].h) {
			return
		}
	}
	if k >= n || k > i+5 || s.toks[k].sent || !s.numStart(k) {
		return
	}
	if c.amb && (k == from || !s.sentenceHas(i, &recipientWords)) { // "Iron 7", "Calcium 600 mg"
		return
	}
	v, end, ok := s.vitalValue(k)
	if !ok {
		return
	}
	uh, ul, ug := s.unitAfter(end)
	uEnd := end + 1 // the unit's token
	if uh != 0 && ug == "" && s.toks[end].cls&tMixed != 0 {
		uEnd = end // written against the value ("96kg")
	}
	switch c.class {
	case vcLab, vcBMI:
		if s.generic(i) {
			return
		}
		if strings.HasPrefix(ug, "%") && (!c.pct || ul == "off") { // "Your sugar is 30% off"
			return
		}
		if v < c.min || v > c.max || vitalNotUnit.get(uh) && !(ul == "mg" || ul == "g") && strings.TrimSpace(ug) == "" {
			return
		}
		if (ul == "mg" || ul == "g") && s.low(uEnd+1) != "dl" && s.low(uEnd+1) != "l" {
			return // a dose or a pack ("vitamin D 50 mg")
		}
		if ug == "/" && s.toks[end+1].cls&tDigit != 0 { // "PSA 7/12": a date or a fraction
			return
		}
	case vcHR:
		if ul != "bpm" || v < c.min || v > c.max {
			return
		}
	case vcWeight, vcChange:
		// the unit right after the value, or after a second value ("from
		// 220 to 205 lbs")
		if !vitalWeightUnit.get(uh) && end+2 < n && s.low(end+1) == "to" && s.numStart(end+2) {
			if _, e2, ok := s.vitalValue(end + 2); ok {
				uh, ul, ug = s.unitAfter(e2)
				end, uEnd = e2, e2+1
				if uh != 0 && ug == "" && s.toks[e2].cls&tMixed != 0 {
					uEnd = e2
				}
			}
		}
		if !vitalWeightUnit.get(uh) || s.sentenceHas(i, &vitalThing) {
			return
		}
		if c.class == vcChange {
			if v < 1 || v > 300 || !s.sentenceHas(i, &recipientWords) { // "You've lost 15 lbs"
				return
			}
			break
		}
		if !bodyWeight(v, ul) {
			return
		}
		if a, _ := s.sentence(i); a != i && !s.sentenceHas(i, &recipientWords) {
			return
		}
	case vcTemp, vcFever:
		if c.class == vcTemp && s.sentenceHas(i, &vitalThing) {
			return
		}
		if bodyTemp(v, ul) {
			break
		}
		switch ul {
		case "f", "c", "fahrenheit", "celsius", "degrees", "grados":
			return // a unit, out of a body's range
		}
		if vitalNotUnit.get(uh) && strings.TrimSpace(ug) == "" || strings.HasPrefix(ug, "%") {
			return
		}
		// no unit: a fever's value ("fever of 103", "fiebre de 39"), or
		// a temperature with decimals said to the person ("Your
		// temperature was 99.1")
		dec := end > k
		f := v >= 99 && v <= 107
		cs := v >= 37.5 && v <= 42.5 && (dec || c.class == vcFever)
		if c.class == vcTemp && (!dec || !s.sentenceHas(i, &recipientWords)) {
			return
		}
		if !f && !cs {
			return
		}
	}
	last := end
	if uh != 0 && (ul == "bpm" || ul == "lpm" || ul == "f" || ul == "c" || vitalWeightUnit.get(uh) || ul == "mg" || ul == "mmol") {
		last = uEnd
	}
	s.addTok(i, last, KindLabTest, "clinical.vital", 0.8, "a measurement of the person (vital sign or lab value)")
}

func bodyWeight(v float64, unit string) bool {
	switch unit {
	case "lb", "lbs", "pound", "pounds", "libra", "libras":
		return v >= 60 && v <= 700
	}
	return v >= 25 && v <= 320
}

// bodyTemp: a value in degrees in the range of a body; the unit is F or C
// (after "°" or a space), or degrees/grados (either scale).
func bodyTemp(v float64, unit string) bool {
	f := v >= 95 && v <= 108
	c := v >= 35 && v <= 42.5
	switch unit {
	case "f", "fahrenheit":
		return f
	case "c", "celsius":
		return c
	case "degrees", "grados":
		return f || c
	}
	return false
}

// vaccination checks a possessive at token i for a vaccine within three
// words.
func (s *scanner) vaccination(i int) {
	n := len(s.toks)
	name := false
	for k := i + 1; k < n && k <= i+8 && !s.toks[k].sent; k++ {
		h := s.toks[k].h
		var c uint8 // one bit test, a lookup for the few words it passes: most words after "your" are none of these
		if vaxBits.may(h) {
			c = vaxClass.get(h)
		}
		switch {
		case c == 0:
			if name && s.sentenceHas(k, &vaxStatus) {
				s.vaxReport(i, k-1)
			}
			return
		case c&vxPet != 0:
			return
		case c&vxWord != 0:
			if k+1 < n && vaxRecord.get(s.toks[k+1].h) {
				return // "Your vaccine records are available": the record, not a dose
			}
			s.vaxReport(i, k)
			return
		case c&vxAmbiguous != 0:
			if vaxThing.get(s.toks[min(k+1, n-1)].h) && k+1 < n {
				return
			}
			ordinal := vaxOrdinal.get(s.toks[k-1].h) && (s.toks[k].low != "shot" && s.toks[k].low != "shots")
			if ordinal && k+1 < n && (s.low(k+1) == "of" || s.low(k+1) == "de") {
				// "your first dose of our newsletter": the dose must be of a vaccine
				ordinal = false
				for q := k + 2; q < n && q <= k+5 && !s.toks[q].sent; q++ {
					if h := s.toks[q].h; vaxWord.get(h) || vaxName.get(h) || vaxBrand.get(h) {
						ordinal = true
						break
					}
				}
			}
			if name || ordinal || s.sentenceHas(k, &vaxStatus) || s.sentenceHas(k, &vaxName) {
				s.vaxReport(i, k)
			}
			return
		case c&vxName != 0:
			name = true // a vaccine word or a status word must follow
		case c&vxBrand != 0:
			name = true
			if k+1 < n && !s.toks[k+1].sent && (vaxWord.get(s.toks[k+1].h) || vaxAmbiguous.get(s.toks[k+1].h)) {
				continue
			}
			s.vaxReport(i, k)
			return
		case c&vxBetween != 0:
			continue
		}
	}
}

const (
	vxPet = 1 << iota
	vxWord
	vxAmbiguous
	vxName
	vxBrand
	vxBetween
)

// vaxClass: the sets the vaccination rule reads after a possessive, in one
// map.
var vaxClass = u8Tab(newHashTab(func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for _, x := range []struct {
		set setTab
		bit uint8
	}{{vitalPets, vxPet}, {vaxWord, vxWord}, {vaxAmbiguous, vxAmbiguous}, {vaxName, vxName}, {vaxBrand, vxBrand}, {vaxBetween, vxBetween}} {
		x.set.each(func(h uint64) { m[h] |= x.bit })
	}
	return m
}()))

// generic reports whether the sentence of token i speaks of people in
// general (a normal, healthy or target value) and says nothing personal.
func (s *scanner) generic(i int) bool {
	return s.sentenceHas(i, &vitalGeneric) && !s.sentenceHas(i, &recipientWords)
}

// vaxReport reports the vaccination after the possessive at token i, up to
// token k, unless the sentence is about a pet ("your dog's rabies booster",
// "su perro … su vacuna").
func (s *scanner) vaxReport(i, k int) {
	if s.sentenceHas(i, &vitalPets) {
		return
	}
	s.addTok(i+1, k, KindProcedure, "clinical.vaccination", 0.8, "a vaccination of the person")
}

// Look-alikes of measurements that other rules would report.
var (
	// before a pair: a score ("we won 3/1"), a size ("size 4/6")
	pairScoreBefore = wordSetTab("won lost beat beats defeated drew tied score scored scores final record " +
		"size sizes talla tallas gano perdio empate marcador")
	// after a pair: a size, a ratio or a mix ("4/6 size", "16/9 ratio")
	pairSizeAfter = wordSetTab("size sizes inch inches ratio ratios scale split mix odds talla tallas")
	// Indian rupee amounts after INR
	inrAmount = wordSetTab("lakh lakhs crore crores thousand million")
)

// pairNotDate reports whether the pair a/b (tokens a and b) is a score, a
// size or a ratio rather than a month and day.
func (s *scanner) pairNotDate(a, b int) bool {
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		if pairScoreBefore.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return b+1 < len(s.toks) && !s.toks[b+1].sent && pairSizeAfter.get(s.toks[b+1].h)
}

// labNotTest reports whether the lab-test abbreviation at tokens i..j is
// another word of the same spelling: "PSA:" opening a sentence that says
// nothing personal before a word (a public service announcement: "PSA: our
// store closes at 6"), or "INR" before an amount a test never reaches
// ("INR 499", "INR 3.4 lakh": rupees).
func (s *scanner) labNotTest(i, j int) bool {
	switch s.toks[i].low {
	case "psa":
		return i == j && s.toks[i].sent && j+1 < len(s.toks) && strings.HasPrefix(s.gap(j+1), ":") &&
			s.toks[j+1].cls&tAlpha != 0 && !s.sentenceHas(i, &recipientWords)
	case "inr":
		if i != j || j+1 >= len(s.toks) || s.toks[j+1].cls&tDigit == 0 || strings.TrimSpace(s.gap(j+1)) != "" {
			return false
		}
		v, end, ok := s.vitalValue(j + 1)
		return ok && (v > 20 || end+1 < len(s.toks) && inrAmount.get(s.toks[end+1].h))
	}
	return false
}
