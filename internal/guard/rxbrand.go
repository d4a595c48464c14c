package guard

import "strings"

// rxbrand.go: a pharmacy or pharmacy-benefit brand of the shape "<Brand> Rx"
// or "<Brand>Rx" naming the sender (issue 15, helper BRAND12, dev71: a
// pharmacy-benefit manager's "ClearPath Rx: your order was delivered.",
// "Your ClearPath Rx mail-order balance statement is ready.", "Download
// the new ClearPath Rx app", "ClearPath Rx: su código de verificación es
// 391027.").
//
// frame.clinical reads a word in no vocabulary right before "rx" as a drug
// ("Your Zorvexa Rx is ready"), and frame.notice takes "rx" for a health
// cue of the whole notice. A coined brand is no drug name when its letters
// are two ordinary words: rxBrand reports that token i is such a brand and
// that the "Rx" after it (token i+1, one space between, "Rx" or "RX", not
// "rx") stands in a sender's slot:
//
//   - the brand's shape (rxBrandShape): capitalised, ASCII letters only, and
//     either camel case with one capital inside that splits it into two
//     ordinary words of 3+ letters ("ClearPath", "SkyHarbor",
//     "VistaClara", "HealthWarehouse"), or Title Case that splits into an
//     ordinary word of 4+ letters and one of 3+ ("Tidewell", "Stonecrest",
//     "Lanternbay");
//   - the slot (rxSenderSlot): a colon or dash right after "Rx" (a label:
//     "ClearPath Rx: …"), a possessive ("ClearPath Rx's new webinar"), an
//     account or business noun right after ("Your ClearPath Rx account /
//     app / order / statement / member ID card / formulary", "su cuenta",
//     "pedido", "tarjeta", "código"), a sender's preposition right before
//     the brand ("from", "to", "with", "Welcome to", "Bienvenido a",
//     "Gracias por llamar a", "de"), or the brand opening its sentence with
//     a sender's verb after "Rx" ("will", "can", "invites", "is proud").
//
// rxJoinedBrand reads the same for one token ending in a capital "Rx" after
// a lower-case letter ("TrueNorthRx: your order was delivered"), the stem of
// the same shape; frame.notice passes it, and noticeCue does not take such
// a brand's "Rx" for a health cue.
//
// A half (or the whole word) of rxClinicalHalves — a condition, drug class
// or treatment's aim — makes no brand (red12, dev73x: "SoberPath Rx",
// "CancerCare Rx", "SmokeFree Rx"; "HeartCare" stays one).
//
// Stays reported: a drug name, listed or not, misspelled or drug-shaped
// before "Rx" ("Your Wegovy Rx", "Your metformin Rx", "Your Qulipta Rx":
// not two ordinary words; a misspelling is frame.misspelling's before the
// clinical frame is read), a surname or a given name before "Rx" (one word,
// no split), "rx" in lower case, the brand in a slot that is a drug's
// ("Your MossBridge Rx is ready", "MossBridge Rx refill": a clinical cue
// within three words stays a cue), and "su receta de VistaClara Rx" (only
// the cue "rx" is let go: the frame before it is still read).
func (s *scanner) rxBrand(i int) bool {
	r := i + 1
	if r >= len(s.toks) || s.toks[r].h != hRx || s.gap(r) != " " || s.toks[r].cls&(tCap|tUpper) == 0 {
		return false
	}
	t := &s.toks[i]
	return rxBrandShape(s, s.t.s[t.s:t.e]) && s.rxSenderSlot(i, r)
}

// rxJoinedBrand: token i is one word ending in "Rx" or "RX" after a
// lower-case letter, its stem a brand of rxBrandShape, in a sender's slot.
func (s *scanner) rxJoinedBrand(i int) bool {
	t := &s.toks[i]
	raw := s.t.s[t.s:t.e]
	n := len(raw)
	if n < 8 || raw[n-2] != 'R' || raw[n-1] != 'x' && raw[n-1] != 'X' || raw[n-3] < 'a' || raw[n-3] > 'z' {
		return false
	}
	return rxBrandShape(s, raw[:n-2]) && s.rxSenderSlot(i, i)
}

// rxBrandShape: raw is a capitalised word of ASCII letters that is two
// ordinary words (see the file comment).
func rxBrandShape(s *scanner, raw string) bool {
	n := len(raw)
	if n < 6 || n > 24 || raw[0] < 'A' || raw[0] > 'Z' {
		return false
	}
	hump := 0
	for k := 1; k < n; k++ {
		c := raw[k]
		switch {
		case c >= 'A' && c <= 'Z':
			if hump != 0 {
				return false // "ClearPathPlus", "CLEARPATH": no two-word brand
			}
			hump = k
		case c < 'a' || c > 'z':
			return false
		}
	}
	if rxClinicalHalves.get(rxHash(raw)) {
		return false // "Nicotine Rx"
	}
	if hump != 0 {
		return hump >= 3 && n-hump >= 3 && s.rxOrdinary(raw[:hump]) && s.rxOrdinary(raw[hump:]) &&
			!rxClinicalHalves.get(rxHash(raw[:hump])) && !rxClinicalHalves.get(rxHash(raw[hump:]))
	}
	ok := false
	for k := 3; k+3 <= n; k++ {
		a, b := rxHash(raw[:k]), rxHash(raw[k:])
		if rxClinicalHalves.get(a) && s.g.gen.has(b) || rxClinicalHalves.get(b) && s.g.gen.has(a) {
			return false // "Soberpath", "Smokefree": a clinical half fails the brand
		}
		if k >= 4 && s.g.gen.has(a) && s.g.gen.has(b) {
			ok = true
		}
	}
	return ok
}

// rxHash: hstr's hash of w's lower-case spelling, made letter by letter,
// no copy.
func rxHash(w string) uint64 {
	h := uint64(fnvOffset)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// rxOrdinary: w (ASCII letters, any case) is an ordinary English or Spanish
// word: the hash of its lower-case spelling (hstr's), made letter by
// letter, no copy.
func (s *scanner) rxOrdinary(w string) bool {
	return s.g.gen.has(rxHash(w))
}

// rxSenderSlot: the brand runs from token i to token r (r holds the "Rx").
func (s *scanner) rxSenderSlot(i, r int) bool {
	after := strings.TrimLeft(s.gap(r+1), " ")
	if r+1 < len(s.toks) && s.toks[r+1].low == "s" && (s.gap(r+1) == "'" || s.gap(r+1) == "’") { // "ClearPath Rx's new webinar"
		return true
	}
	if strings.HasPrefix(after, ":") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "- ") {
		return true
	}
	if r+1 < len(s.toks) && !s.toks[r+1].sent && (s.gap(r+1) == " " || s.gap(r+1) == "-") && rxBizNouns.get(s.toks[r+1].h) {
		return true
	}
	if i > 0 && s.gap(i) == " " && !s.toks[i].sent && rxSenderPreps.get(s.toks[i-1].h) {
		return true
	}
	if (i == 0 || s.toks[i].sent) && r+1 < len(s.toks) && s.gap(r+1) == " " {
		v := s.toks[r+1].h
		if rxSenderVerbs.get(v) {
			return true
		}
		if v == hIs && r+2 < len(s.toks) && s.gap(r+2) == " " && rxSenderMoods.get(s.toks[r+2].h) {
			return true // "ClearPath Rx is proud to announce"
		}
	}
	return false
}

var (
	// rxBizNouns: what a pharmacy business's name comes before in its own
	// notices (an account, its app, an order, a statement, a card …)
	rxBizNouns = wordSetTab("account accounts app apps application order orders statement statements member members membership " +
		"mail pharmacy pharmacists code codes card cards id formulary service services team portal website site " +
		"benefit benefits webinar package packages shipment shipments delivery deliveries payment payments balance " +
		"document documents email emails login password profile settings preferences support customer customers " +
		"call center shipping address newsletter rewards survey store text texts message messages notifications alerts " +
		"privacy terms policy dependent family coverage network plan plans invoice bill billing autopay " +
		"cuenta aplicacion pedido pedidos tarjeta tarjetas estado codigo envio envios pago pagos correo sitio " +
		"beneficio beneficios mensaje mensajes miembro miembros servicio servicios equipo factura")
	// rxSenderPreps: words right before a sender's name ("a message from
	// …", "Welcome to …", "Bienvenido a …")
	rxSenderPreps = wordSetTab("from to with at by contacting join joining choosing chose " +
		"a de desde con por")
	// rxSenderVerbs: a sender's verb after its name opening a sentence
	rxSenderVerbs = wordSetTab("will would can invites thanks wishes welcomes")
	// rxClinicalHalves: a half of a two-word brand that names a condition,
	// a drug or drug class, or a treatment's aim (red12, dev73x: "SoberPath
	// Rx", "CancerCare Rx", "WeightLoss Rx", "BirthControl Rx"): the brand
	// tells what the reader is treated for; "HeartCare", "ClearPath" stay
	// brands. The whole word is read too ("Nicotine Rx").
	rxClinicalHalves = wordSetTab("opioid opioids opiate sober sobriety recovery rehab cancer onco oncology chemo tumor insulin " +
		"fertility ivf depression depressed anxiety anxious mental mood psych psychiatric bipolar adhd " +
		"weight loss slim diet obesity obese bariatric hep hepatitis hiv prep aids smoke smoking nicotine quit " +
		"addiction addict detox asthma copd hair bald balding birth control contraceptive contraception pregnancy " +
		"prenatal erectile sexual libido impotence diabetes diabetic glucose sugar metformin kidney renal dialysis " +
		"transplant pain migraine arthritis lupus psoriasis eczema acne rosacea thyroid hormone hormones testosterone " +
		"estrogen menopause prostate bladder herpes std sti epilepsy seizure dementia memory alzheimers parkinsons " +
		"stroke sleep insomnia methadone suboxone naloxone opiates alcohol drinking fentanyl wound ostomy hemophilia " +
		"sickle infusion transgender gender trans")
	// rxSenderMoods: "<Brand> Rx is proud / closed / open / hiring …"
	rxSenderMoods = wordSetTab("proud closed open hiring moving committed excited pleased happy")
)
