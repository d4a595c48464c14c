package guard

// Items sold over the counter that still tell about the recipient's health
// (issue 15, fifth pass: otc.personal). Nicotine patches and gum say the
// recipient is quitting tobacco, emergency contraception and ovulation
// tests speak of reproductive health, bladder-control pads of
// incontinence. The association vocabulary (vocab/association.txt) holds
// several of them, but only strict (marketing) mode reads it, and a
// transactional notice names them too: "Your order: nicotine patch 14
// mg/24 hr, 28 count, ships today", "Sus parches de nicotina ya están
// disponibles". otcAt reports a phrase of otcTelling (English and
// Spanish; the last word also in the plural) in a personal frame of its
// sentence: a possessive (your, my, su, sus, tu, mi…; not a shop's "our")
// within three words before it, or a shipping or pickup word in the
// sentence (shipped, ships, pickup, delivered, enviado, llega, recoger…;
// not "shipping" or "delivery", a shop's offer). An announcement without
// one ("Nicotine gum is 20% off this week", "Stop smoking with help from
// your pharmacist") is left to strict mode's association rule.
//
// Judgement calls. Telling: nicotine replacement (patch, gum, lozenge,
// inhaler, spray) and "quit/stop smoking" products, emergency
// contraception ("Plan B", "morning-after pill", "pastilla del día
// después"), ovulation and fertility tests, pregnancy and HIV self-tests,
// lice treatment, incontinence and bladder-control products, adult
// diapers, hemorrhoid and yeast-infection treatment, hearing aids (most
// already terms of the clinical lists; naloxone and Narcan are
// medications there), and prenatal vitamins and supplements (a
// pregnancy; added in the fifth pass's remaining development cases). Not telling, so not listed: sunscreen, bandages,
// first-aid kits, hand sanitiser, vitamins and multivitamins, lip balm,
// contact-lens solution, reading glasses, toothbrushes, protein powder,
// and condoms and personal lubricant (sexual wellness sold beside
// shampoo: no condition or treatment; strict mode still reports them as
// association terms). Nicotine pouches, vapes and e-liquids are tobacco
// products, not cessation aids, and are not listed.

import "strings"

// otcTelling: phrase | kind, normalised (lower case, no accents; a
// hyphen counts as a space).
const otcTelling = `
nicotine patch|medication
nicotine gum|medication
nicotine lozenge|medication
nicotine mini lozenge|medication
nicotine inhaler|medication
nicotine spray|medication
nicotine nasal spray|medication
nicotine mouth spray|medication
nicotine replacement|medication
quit smoking|condition
stop smoking|condition
emergency contraceptive|medication
emergency contraception|medication
morning after pill|medication
plan b one step|medication
ovulation test|lab_test
ovulation kit|lab_test
ovulation predictor|lab_test
ovulation strip|lab_test
fertility test|lab_test
fertility monitor|procedure
pregnancy test|lab_test
hiv self test|lab_test
lice treatment|medication
lice shampoo|medication
lice comb|procedure
nit comb|procedure
bladder control|condition
bladder leakage|condition
bladder leak|condition
adult diaper|procedure
adult brief|procedure
incontinence pad|procedure
incontinence brief|procedure
incontinence underwear|procedure
prenatal vitamin|medication
prenatal multivitamin|medication
prenatal gummies|medication
prenatal gummy|medication
prenatal supplement|medication
vitamina prenatal|medication
vitaminas prenatales|medication
hemorrhoid cream|medication
hemorrhoid ointment|medication
yeast infection|condition
parche de nicotina|medication
parches de nicotina|medication
chicle de nicotina|medication
chicles de nicotina|medication
pastilla de nicotina|medication
pastillas de nicotina|medication
goma de mascar de nicotina|medication
spray de nicotina|medication
dejar de fumar|condition
pastilla del dia despues|medication
pildora del dia despues|medication
anticonceptivo de emergencia|medication
anticonceptivos de emergencia|medication
anticoncepcion de emergencia|medication
prueba de ovulacion|lab_test
pruebas de ovulacion|lab_test
test de ovulacion|lab_test
prueba de embarazo|lab_test
pruebas de embarazo|lab_test
test de embarazo|lab_test
champu para piojos|medication
peine para piojos|procedure
panales para adultos|procedure
protectores para incontinencia|procedure
toallas para incontinencia|procedure
crema para hemorroides|medication
`

type otcPhrase struct {
	toks []uint64
	kind Kind
}

// otcFirstBits: a filter of the first words' hashes (hashfilter.go), so a
// notice pays one bit test per word before the map lookup.
// scanCompose reads it through token.fb (fbOTCFirst, tokfilter.go).
var otcFirstBits hashFilter

// otcByFirst: the phrases of otcTelling by the hash of their first word.
var otcByFirst = func() map[uint64][]otcPhrase {
	m := map[uint64][]otcPhrase{}
	for _, line := range strings.Split(otcTelling, "\n") {
		term, kind, ok := strings.Cut(strings.TrimSpace(line), "|")
		if !ok {
			continue
		}
		var p otcPhrase
		for _, w := range strings.Fields(term) {
			p.toks = append(p.toks, hstr(w))
		}
		p.kind = Kind(kind)
		m[p.toks[0]] = append(m[p.toks[0]], p)
		otcFirstBits.add(p.toks[0])
	}
	return m
}()

var (
	// otcPossessive: a possessive within three words before the item
	otcPossessive = wordSetTab("your my su sus tu tus mi mis")
	// otcShipping: the item is the recipient's: it ships, arrived or
	// waits for pickup
	// ("free shipping", "delivery" and "our" are a shop's offer, not an item
	// of the recipient's)
	otcShipping = wordSetTab("shipped ships delivered pickup dispatched arrives arrived arriving " +
		"enviado enviada enviados enviadas envio entregado entregada llega llegan llegara llegaran recoger retirar")
)

// otcAt reports a telling over-the-counter item of otcTelling starting at
// token i (not yet reported, letters only) in a personal frame
// (otc.personal); scanCompose calls it for every such token, after a bit
// test of the first word.
func (s *scanner) otcAt(i int) bool {
	for _, p := range otcByFirst[s.toks[i].h] {
		j, ok := s.otcMatch(i, p)
		if !ok || !s.otcFrame(i, j) {
			continue
		}
		s.addTok(i, j, p.kind, "otc.personal", 0.7, "names an item sold over the counter that tells about the recipient's health")
		return true
	}
	return s.prenatalAt(i) // "your Ritual Essential Prenatal (30 ct)" (prenatalgoods.go)
}

// otcMatch: p's words from token i, joined by a space or a hyphen, the
// last one also in the plural; it returns the last token.
func (s *scanner) otcMatch(i int, p otcPhrase) (int, bool) {
	j := i + len(p.toks) - 1
	if j >= len(s.toks) {
		return 0, false
	}
	for k, h := range p.toks {
		t := &s.toks[i+k]
		if s.used[i+k] || t.h != h && (k != len(p.toks)-1 || singularHash(t.low) != h) {
			return 0, false
		}
		if k > 0 {
			if g := s.gap(i + k); g != " " && g != "-" {
				return 0, false
			}
		}
	}
	return j, true
}

// otcFrame: a possessive within three words before i, or a shipping or
// pickup word anywhere in the sentence of i..j.
func (s *scanner) otcFrame(i, j int) bool {
	a := i
	for a > 0 && !s.toks[a].sent {
		a--
	}
	for k := a; k < len(s.toks) && (k <= j || !s.toks[k].sent); k++ {
		if otcShipping.get(s.toks[k].h) || k < i && k >= i-3 && otcPossessive.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
