package guard

// An unknown capitalised brand beside a pharmacy-benefit cue (issue 15,
// fifth pass: frame.pharmacy_benefit). A capitalised word in no vocabulary
// before "order" reads like a shop's brand ("Your Allbirds order ships
// today") and passes; but copays, prior authorizations, formularies,
// pharmacy benefits and specialty pharmacies belong to prescription drugs
// only, so in a sentence that names one the brand is a drug: "Copay card
// applied to your Xifaxan order - you pay $10", "Your copay for Praluent
// this month is $15", "Copago aplicado a su pedido de Oxbryta".
//
// pharmacyBrand reports a suspicious word (frame.go: in no vocabulary, not
// ordinary, not approved or template wording) of 5+ letters written with
// a capital when its sentence has a cue of pharmacyCues (or "co-pay",
// "prior authorization", "pharmacy benefit", "specialty pharmacy",
// "patient assistance"), unless the word is in the slot of a place or
// sender (after at, from, with, by, through, via, en, desde, con; after
// "de" unless an order word comes before it: "pedido de Oxbryta") or the
// first word of an organisation's name ("Sutter Health", "Banner
// Pharmacy"). Payers, telehealth services, benefit managers and pharmacy
// chains (payerNames: Cigna, Optum, Caremark, Humana, MDLive…) are named in such sentences all the time ("Your
// Caremark copay card", "Prior authorization requests now go through
// Optum") and are never suspicious words (frame.go's suspicious), nor are
// the cue words ("formulary" is a word of the medical dictionary: "Your
// Humana formulary guide is online").

// pharmacyCues: one word that makes a sentence about a prescription
// benefit.
var pharmacyCues = wordSetTab("copay copays copayment copayments copago copagos formulary formularies")

// payerNames: insurers, pharmacy benefit managers and pharmacy chains,
// written as one word (lower case); proper nouns of the payer, never a
// drug.
var payerNames = wordSetTab("cigna aetna humana optum optumrx caremark medco anthem elevance kaiser centene ambetter molina " +
	"highmark wellcare bcbs unitedhealthcare unitedhealth uhc tricare amerigroup carefirst premera regence wellmark " +
	"emblemhealth geisinger navitus medimpact magellan accredo walgreens costco kroger walmart cvs goodrx pillpack " +
	"teladoc amwell mdlive sesame")

var hPayPay, hCo, hBenefit, hBenefits, hSpecialty, hPharmacy, hPatient, hAssistance, hAuth = hstr("pay"), hstr("co"),
	hstr("benefit"), hstr("benefits"), hstr("specialty"), hstr("pharmacy"), hstr("patient"), hstr("assistance"), hstr("auth")

// pharmacySlotBefore: a capitalised word after these is a place or a
// sender, not the drug.
var pharmacySlotBefore = wordSetTab("at from with by in to through via en desde con")

// pharmacyOrgWords: a capitalised one of these after a capitalised word
// makes the two an organisation's name.
var pharmacyOrgWords = wordSetTab("health healthcare care medical medicine clinic clinics pharmacy pharmacies rx plan plans " +
	"insurance group network system systems hospital hospitals physicians partners salud seguros clinica farmacia")

// pharmacyOrderWords: "de" after these introduces the item ("pedido de X").
var pharmacyOrderWords = wordSetTab("pedido orden envio compra receta suministro surtido")

// pharmacyBrand: token i (suspicious) is a capitalised word in a sentence
// about a prescription benefit; true when it reported it.
func (s *scanner) pharmacyBrand(i int) bool {
	t := &s.toks[i]
	if t.cls&(tCap|tUpper) == 0 || len(t.low) < 5 {
		return false
	}
	if i > 0 && s.gap(i) == " " {
		p := s.toks[i-1].h
		if pharmacySlotBefore.get(p) || p == hDe && !(i > 1 && pharmacyOrderWords.get(s.toks[i-2].h)) {
			return false
		}
	}
	// "Sutter Health", "Banner Pharmacy": the name of a health system,
	// clinic or pharmacy
	if k := i + 1; k < len(s.toks) && s.gap(k) == " " && s.toks[k].cls&(tCap|tUpper) != 0 && pharmacyOrgWords.get(s.toks[k].h) {
		return false
	}
	cue, ok := s.pharmacyCue(i)
	if !ok {
		return false
	}
	s.addTok(i, i, KindMedication, "frame.pharmacy_benefit", 0.65, "is not ordinary vocabulary and is capitalised in a sentence about a prescription benefit ('"+cue+"')")
	return true
}

// pharmacyCue: the pharmacy-benefit cue of the sentence of token i.
func (s *scanner) pharmacyCue(i int) (string, bool) {
	a := i
	for a > 0 && !s.toks[a].sent {
		a--
	}
	for k := a; k < len(s.toks) && (k <= i || !s.toks[k].sent); k++ {
		h := s.toks[k].h
		if k == i {
			continue
		}
		if pharmacyCues.get(h) {
			return s.toks[k].low, true
		}
		if k+1 >= len(s.toks) || s.toks[k+1].sent {
			continue
		}
		n := s.toks[k+1].h
		switch {
		case h == hCo && n == hPayPay && s.gap(k+1) == "-":
			return "co-pay", true
		case h == hPrior && (n == hAuthorization || n == hAuth):
			return "prior authorization", true
		case h == hPharmacy && (n == hBenefit || n == hBenefits):
			return "pharmacy benefit", true
		case h == hSpecialty && n == hPharmacy:
			return "specialty pharmacy", true
		case h == hPatient && n == hAssistance:
			return "patient assistance", true
		}
	}
	return "", false
}

// benefitWord: token i is a payer, benefit manager or pharmacy chain, or
// a word of the benefit itself ("formulary", which the medical dictionary
// lists): never a clinical term of the recipient's.
func (s *scanner) benefitWord(i int) bool {
	return payerNames.get(s.toks[i].h) || pharmacyCues.get(s.toks[i].h)
}
