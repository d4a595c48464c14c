package guard

import "strings"

// Clinical words by their form, in a personal or health frame (issue 15,
// ninth pass, helper GEN9): frame.clinical_form.
//
// The vocabularies cannot list every clinical word, and many are ordinary
// English or Spanish words too ("chemotherapy", "metastasis",
// "hemorrhoids", "menopausia"), so the frame detector never finds them
// suspicious; frame.ordinary (ordinary.go) takes only the ones
// wordnet_ordinary.txt lists. This rule reads the word's form instead:
// combining forms and endings that (among the general word lists) only
// clinical words are built of —
//
//   - prefixes: chemo-/quimio-, hemo-/haemo-, hemat-/haemat- (not
//     "hematite"), onco- (not "oncoming"), neuro- (not "neuron",
//     "neuroscience"), metasta-, prosthe-/protesi- (the tokens are read without accents), embaraz- (not
//     "embarazoso"), -menopaus- (with peri-, pos-, post-);
//   - endings: -otherapy/-oterapia (not "aromatherapy"), -ectomy, -ostomy,
//     -otomy (not "dichotomy"), -oscopy, -plasty, -stasis, -rrhoid(s),
//     -rroide(s), -emia (not "academia", "bohemia", "blasfemia"), the
//     clinical -osis (-rosis, -bosis, -cosis, -liosis, -chosis, -culosis,
//     -leosis; not "hypnosis", "osmosis", "diagnosis");
//   - compounds: a body or organ word before "stone(s)" ("gallstones",
//     "kidneystones"); bed-, canker-, cold-, pressure- before "sore(s)".
//
// Alone such a word may be general health information ("Learn about
// chemotherapy"), so it is reported only in ordinaryFrame's personal or
// health frames (ordinaryCue: "your …", "… coach", "managing …",
// "information about …", "programa de …"). A word a list holds is its
// list's (an association word, strict mode only, is not: "chemotherapy").
//
// The second reading (clinicalDevicePlaced): a device worn or placed in the
// body ("stent", "cast", "catheter", "port", "drain", "IUD") before
// "placement", "removal" or "insertion", after the reader's or a
// relative's possessive ("your stent placement", "your daughter's cast
// removal"; a pet's passes: "your dog's cast removal"): frame.clinical_form too. "Your snow removal", "your ad
// placement" have no device word; "your port wine" no placement head.
//
// The word is tested only when its first or last four letters may start
// or end one of the forms (two 256-word bit filters), so most words pay
// two hashes and two bit tests.
//
// Accepted risks: an ordinary word of these forms outside medicine in a
// possessive frame ("your neurosis" said of a character in a novel
// newsletter, "your homeostasis" of a fitness programme) is flagged;
// clinical words of other forms stay for the lists, the dictionary and the
// other frames ("mumps", "tinnitus").

var (
	clinFormPrefixes = []string{"chemo", "quimio", "hemo", "haemo", "hemat", "haemat", "onco", "neuro", "metasta",
		"prosthe", "protesi", "embaraz", "menopaus", "perimenopaus", "posmenopaus", "postmenopaus"}
	// clinFormNotPrefixes: ordinary words that share a prefix
	clinFormNotPrefixes = []string{"hematit", "oncom", "neuron", "neurosci", "embarazos"}
	clinFormSuffixes    = []string{"otherapy", "otherapies", "oterapia", "oterapias", "ectomy", "ectomies", "ectomia",
		"ectomias", "ostomy", "ostomies", "ostomia", "otomy", "otomies", "otomia", "oscopy", "oscopies", "oscopia",
		"plasty", "plasties", "plastia", "stasis", "stases", "rrhoid", "rrhoids", "rroide", "rroides", "emia", "emias",
		"aemia", "rosis", "bosis", "cosis", "liosis", "chosis", "culosis", "leosis"}
	// clinFormNotSuffixes: ordinary words that share an ending
	clinFormNotSuffixes = []string{"chotomy", "demia", "demias", "hemia", "femia", "femias"}
	// the compounds' heads and the stems before them
	clinStoneStems = wordSetTab("gall kidney kidneys bladder tonsil bile renal")
	clinSoreStems  = wordSetTab("bed canker cold pressure")

	clinFormFirst, clinFormLast hashFilter

	// clinicalDevicePlaced's words
	clinPlacedDevices = wordSetTab("stent stents cast catheter port shunt pacemaker splint drain drains tube tubes iud " +
		"suture sutures stitches staples implant implants picc")
	hPlacement, hRemoval, hInsertion = hstr("placement"), hstr("removal"), hstr("insertion")
)

// suffix4 hashes the last four bytes of w to 12 bits (as prefix4 the first).
func suffix4(w string) uint32 { return prefix4(w[len(w)-4:]) }

func init() {
	for _, p := range clinFormPrefixes {
		clinFormFirst.add(uint64(prefix4(p)))
	}
	for _, e := range clinFormSuffixes {
		clinFormLast.add(uint64(suffix4(e)))
	}
	for _, e := range []string{"stone", "stones", "sore", "sores"} {
		clinFormLast.add(uint64(suffix4(e)))
	}
}

// clinFormMay: w (5+ bytes) may have one of the forms; the gate
// scanCompose tests before clinicalFormFrame.
func clinFormMay(w string) bool {
	return clinFormFirst.may(uint64(prefix4(w))) || clinFormLast.may(uint64(suffix4(w)))
}

// clinicalFormOf: w (lower case) has a clinical form; the kind and the form.
func clinicalFormOf(w string) (Kind, string, bool) {
	if len(w) < 5 {
		return "", "", false
	}
	first, last := clinFormFirst.may(uint64(prefix4(w))), clinFormLast.may(uint64(suffix4(w)))
	for _, p := range clinFormPrefixes {
		if !first {
			break
		}
		if strings.HasPrefix(w, p) { // the prefix alone too: "chemo", "quimio"
			for _, x := range clinFormNotPrefixes {
				if strings.HasPrefix(w, x) && (x != "embarazos" || len(w) > len(x)) {
					return "", "", false
				}
			}
			k := KindCondition
			switch p[0] {
			case 'c', 'q': // chemo-, quimio-
				k = KindProcedure
			}
			return k, p + "-", true
		}
	}
	if !last {
		return "", "", false
	}
	for _, x := range clinFormNotSuffixes {
		if strings.HasSuffix(w, x) {
			return "", "", false
		}
	}
	for _, e := range clinFormSuffixes {
		if strings.HasSuffix(w, e) && len(w) >= len(e)+2 {
			k := KindCondition
			switch {
			case strings.Contains(e, "tom"), strings.Contains(e, "scop"), strings.Contains(e, "plast"), strings.Contains(e, "ter"):
				k = KindProcedure
			}
			return k, "-" + e, true
		}
	}
	// compounds: "gallstones", "bedsores"
	stem := strings.TrimSuffix(w, "s")
	switch {
	case strings.HasSuffix(stem, "stone") && len(stem) > 8:
		if clinStoneStems.get(hstr(stem[:len(stem)-5])) {
			return KindCondition, "-stone", true
		}
	case strings.HasSuffix(stem, "sore") && len(stem) > 6:
		if clinSoreStems.get(hstr(stem[:len(stem)-4])) {
			return KindCondition, "-sore", true
		}
	}
	return "", "", false
}

// clinicalFormFrame: token i has a clinical form (clinicalFormOf), no list
// holds it (or only the association list) and it sits in one of
// ordinaryFrame's frames.
func (s *scanner) clinicalFormFrame(i int) (Kind, string, bool) {
	t := &s.toks[i]
	if s.used[i] || t.cls&tAlpha == 0 || t.cls&tDigit != 0 || t.w != nil && !s.memberAlone(i) && !assocOnly(t.w) {
		return "", "", false
	}
	k, form, ok := clinicalFormOf(t.low)
	if !ok {
		return "", "", false
	}
	cue, ok := s.ordinaryCue(i)
	if !ok {
		return "", "", false
	}
	return k, "has the form of a clinical word ('" + form + "') and " + cue, true
}

// assocOnly: the entry holds only association wording (strict mode's
// vocabulary) and no word flags but a cue's (health cue, a date of a person: "embarazada").
func assocOnly(w *wordInfo) bool {
	if w.flags&^(wHealthCue|wDatePerson) != 0 {
		return false
	}
	for _, p := range w.phrases {
		if p.class != pAssoc {
			return false
		}
	}
	return true
}

// clinicalDevicePlaced: token i is a device placed in the body before
// placement/removal/insertion (i+1), after a possessive of the reader
// ("your", "su") or of a relative ("your daughter's"); returns the head.
func (s *scanner) clinicalDevicePlaced(i int) (int, bool) {
	n := len(s.toks)
	if i == 0 || i+1 >= n || s.used[i] || s.used[i+1] || !clinPlacedDevices.get(s.toks[i].h) || !clinPlacedHead(s.toks[i+1].h) ||
		s.gap(i+1) != " " || s.gap(i) != " " {
		return 0, false
	}
	if s.p != nil && (s.p.approvedWord(s.toks[i].h) || s.p.isTemplate(s.toks[i].h)) {
		return 0, false
	}
	p := i - 1
	if ordPossessive.get(s.toks[p].h) {
		return i + 1, true
	}
	// "your daughter's cast removal" (ordinary.go)
	if s.kinPossessiveBefore(i) {
		return i + 1, true
	}
	return 0, false
}

// clinPlacedHead: h is placement, removal or insertion (the test
// scanCompose makes before clinicalDevicePlaced).
func clinPlacedHead(h uint64) bool { return h == hPlacement || h == hRemoval || h == hInsertion }
