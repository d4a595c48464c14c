package guard

// External medical dictionaries (issue 15): word lists the operator
// installs, loaded at run time from files — never embedded, copied or
// fingerprinted into sealpost. The reference one is Debian's
// hunspell-en-med (/usr/share/hunspell/en_med_glut.dic, OpenMedSpel, about
// 90,000 drug, condition, anatomy and procedure words), which is GPL-3+:
// sealpost reads it the way a spell checker reads a system dictionary
// (vocab/README.md). The rule that uses it is dictionary.term (frame.go).

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// DefaultDictionaryPaths are the well-known places of medical dictionaries
// a system package installs (Debian/Ubuntu: apt-get install hunspell-en-med).
var DefaultDictionaryPaths = []string{"/usr/share/hunspell/en_med_glut.dic"}

// DefaultMedicalDictionaries returns those of DefaultDictionaryPaths that
// exist, for Options.MedicalDictionaries; nil when none is installed.
func DefaultMedicalDictionaries() []string {
	var out []string
	for _, p := range DefaultDictionaryPaths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			out = append(out, p)
		}
	}
	return out
}

// dictionary entry case classes (how the word is written in the file,
// hunspell rules: a lower-case entry matches any capitalisation, a
// capitalised or mixed-case one only itself or all capitals)
const (
	dLower uint8 = 1 << iota // written in lower case: an ordinary medical word ("reserpine")
	dCap                     // written with capitals only: a brand, eponym or place ("Serax", "Raynaud", "Chicago")
)

// medDict is the words of the external medical dictionaries that can be
// reported: single words of 5+ letters (after normalisation, as notices are
// tokenised) that are not ordinary English or Spanish. Keys are the hashes
// of the lower-cased, normalised spellings.
type medDict struct {
	m       map[uint64]uint8
	entries int // lines read as entries, before filtering
	// cog: sorted hashes of the cognate keys of the lower-case entries
	// kept in m (dictcognate.go); kbuf is scratch space while loading
	cog  []uint64
	kbuf []byte
	// fz: the lower-case entries kept in m by sound key, for
	// dictionary.misspelling (dictfuzzy.go)
	fz soundIndex
}

// dictMinLen is the shortest dictionary word reported: shorter entries
// are mostly abbreviations ("HSA", "INV", "html").
const dictMinLen = 5

// loadMedDicts reads the files named; a missing or unreadable file is an
// error (fail closed: an operator who names a dictionary relies on it).
func loadMedDicts(paths []string, gen *general) (*medDict, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	d := &medDict{m: make(map[uint64]uint8, 80000), cog: make([]uint64, 0, 65536)}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("guard: medical dictionary %s: %w (install it, e.g. apt-get install hunspell-en-med, or remove it from the configuration)", p, err)
		}
		err = d.read(f, gen)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("guard: medical dictionary %s: %w", p, err)
		}
	}
	d.finishCognates()
	d.fz.finish()
	return d, nil
}

// read adds one file: a hunspell .dic (first line the entry count, then
// "word/FLAGS" lines; lines starting with white space or '#' are comments)
// or a plain list (one word a line, '#' comments). Of the hunspell flags
// only the plural S and the -ion nouns N and X of the en_US affix file are
// expanded; possessives ('s) are dropped by the tokenizer anyway.
func (d *medDict) read(r io.Reader, gen *general) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			line = strings.TrimPrefix(line, "\ufeff")
			if _, err := strconv.Atoi(strings.TrimSpace(line)); err == nil {
				continue // hunspell: the approximate entry count
			}
		}
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' {
			continue
		}
		word, flags := line, ""
		if i := strings.IndexByte(line, '/'); i > 0 {
			word, flags = line[:i], line[i+1:]
		}
		// morphological fields after white space
		if i := strings.IndexAny(word, " \t"); i >= 0 {
			word = word[:i]
		}
		if i := strings.IndexAny(flags, " \t"); i >= 0 {
			flags = flags[:i]
		}
		if word == "" {
			continue
		}
		d.entries++
		d.add(word, gen)
		if strings.IndexByte(flags, 'S') >= 0 {
			d.add(pluralS(word), gen)
		}
		// the -ion nouns of verbs (issue 15, sixth pass): "intubate/DNG"
		// gives "intubation", "dilate/XDNG" "dilation(s)"
		if strings.IndexByte(flags, 'N') >= 0 {
			d.add(suffixN(word, false), gen)
		}
		if strings.IndexByte(flags, 'X') >= 0 {
			d.add(suffixN(word, true), gen)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if d.entries == 0 {
		return errors.New("no entries")
	}
	return nil
}

// suffixN applies the en_US affix rules N (and X, plural): -e becomes
// -ion(s), -y -ication(s), anything else takes -en(s).
func suffixN(w string, plural bool) string {
	n := len(w)
	if n == 0 {
		return w
	}
	var out string
	switch c := w[n-1]; {
	case c == 'e' || c == 'E':
		out = w[:n-1] + "ion"
	case c == 'y' || c == 'Y':
		out = w[:n-1] + "ication"
	default:
		out = w + "en"
	}
	if plural {
		out += "s"
	}
	return out
}

// pluralS applies the en_US affix rule S: -y after a consonant becomes
// -ies, -s/-x/-z/-h take -es, anything else -s.
func pluralS(w string) string {
	n := len(w)
	if n == 0 {
		return w
	}
	switch c := w[n-1]; {
	case c == 'y' || c == 'Y':
		if n >= 2 && !strings.ContainsRune("aeiouAEIOU", rune(w[n-2])) {
			return w[:n-1] + "ies"
		}
		return w + "s"
	case strings.IndexByte("sxzhSXZH", c) >= 0:
		return w + "es"
	}
	return w + "s"
}

// add indexes one spelling if it is a single word of dictMinLen+ letters
// after normalisation and not ordinary English or Spanish.
func (d *medDict) add(word string, gen *general) {
	// fast path: ASCII letters only (most entries), as the tokenizer would
	// see them
	ascii, upper := true, 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			upper++
		default:
			ascii = false
		}
	}
	if ascii {
		if len(word) < dictMinLen {
			return
		}
		low := word
		if upper > 0 {
			low = strings.ToLower(word)
		}
		d.put(low, hstr(low), upper == 0, gen)
		return
	}
	nt := normalize(word, nil, nil)
	toks := tokenize(&nt, nil)
	if len(toks) != 1 || toks[0].cls&tAlpha == 0 || toks[0].s != 0 || int(toks[0].e) != len(nt.s) || len(toks[0].low) < dictMinLen {
		return
	}
	t := toks[0]
	d.put(t.low, t.h, t.cls&(tCap|tUpper) == 0 && strings.ToLower(nt.s) == nt.s, gen)
}

// put indexes the lower-cased spelling low (hash h), written in lower case
// in the file or not, unless it is ordinary English or Spanish.
func (d *medDict) put(low string, h uint64, lower bool, gen *general) {
	if gen.has(h) || britishOrdinary(low, gen) {
		return
	}
	if sh := singularHash(low); sh != 0 && gen.has(sh) {
		return
	}
	c := dCap
	if lower {
		c = dLower
		if d.m[h]&dLower == 0 {
			d.addFuzzy(low)
		}
		d.addCognate(low)
	}
	d.m[h] |= c
}

// britishOrdinary: low is a British spelling of an ordinary American word
// ("colour", "centre", "anaesthetise"): the dictionary lists some, and the
// general lists are American.
func britishOrdinary(low string, gen *general) bool {
	var alts []string
	if strings.Contains(low, "our") {
		alts = append(alts, strings.Replace(low, "our", "or", 1))
	}
	if strings.HasSuffix(low, "tre") || strings.HasSuffix(low, "tres") {
		i := strings.LastIndex(low, "tre")
		alts = append(alts, low[:i]+"ter"+low[i+3:])
	}
	// the same -re/-er after b, g, v ("fibre", "meagre", "manoeuvre")
	for _, re := range []string{"bre", "gre", "vre"} {
		if strings.HasSuffix(low, re) || strings.HasSuffix(low, re+"s") {
			i := strings.LastIndex(low, re)
			alts = append(alts, low[:i+1]+"er"+low[i+3:])
		}
	}
	// -ium/-um ("aluminium"), -mme/-m ("gramme", "programme"), -oul-
	// before d or t ("mould", "moult", "smoulder"; not "croup")
	if strings.HasSuffix(low, "ium") {
		alts = append(alts, low[:len(low)-3]+"um")
	}
	if strings.HasSuffix(low, "mme") || strings.HasSuffix(low, "mmes") {
		i := strings.LastIndex(low, "mme")
		alts = append(alts, low[:i+1]+low[i+3:])
	}
	if i := strings.Index(low, "oul"); i >= 0 && i+3 < len(low) && (low[i+3] == 'd' || low[i+3] == 't') {
		alts = append(alts, low[:i+1]+low[i+2:])
	}
	if strings.Contains(low, "ae") {
		alts = append(alts, strings.Replace(low, "ae", "e", 1))
	}
	// -ught/-ft: "draught" (a beer, a current of air; a dose of medicine
	// only in old British usage), "draughtsman"
	if strings.Contains(low, "draught") {
		alts = append(alts, strings.Replace(low, "draught", "draft", 1))
	}
	if strings.Contains(low, "oe") {
		alts = append(alts, strings.Replace(low, "oe", "e", 1))
	}
	if i := strings.LastIndex(low, "is"); i > 0 && (strings.HasSuffix(low, "ise") || strings.HasSuffix(low, "ised") || strings.HasSuffix(low, "ises") || strings.HasSuffix(low, "ising") || strings.HasSuffix(low, "isation")) {
		alts = append(alts, low[:i]+"iz"+low[i+2:])
	}
	for _, a := range alts {
		if gen.has(hstr(a)) {
			return true
		}
	}
	return false
}

// lookup returns the case classes of the word hashed h (0: not in the
// dictionaries).
func (d *medDict) lookup(h uint64) uint8 {
	if d == nil {
		return 0
	}
	return d.m[h]
}

// size is the number of distinct reportable spellings.
func (d *medDict) size() int {
	if d == nil {
		return 0
	}
	return len(d.m)
}

// DictionaryTerms is the number of distinct words of the external medical
// dictionaries (Options.MedicalDictionaries) the guard can report, after
// ordinary English and Spanish words and words under five letters are left
// out; 0 when none is loaded.
func (g *Guard) DictionaryTerms() int {
	if g == nil {
		return 0
	}
	return g.med.size()
}

// dictionaryTerm reports token i, a suspicious word found in the medical
// dictionaries with case classes c, as dictionary.term when its writing
// makes it the medical word rather than a proper noun:
//
//   - a word written in lower case ("reserpine", "paxil"), or a lower-case
//     entry written in capitals, opening a sentence or in a Title Case line
//     ("Nabumetone pickup reminder") is reported;
//   - an entry the dictionary holds only capitalised (drug brands, but also
//     eponyms, places, firms and consumer brands: "Serax", "Raynaud",
//     "Strauss", "Aquaphor"), or any entry capitalised inside a sentence,
//     is reported only where it is the item itself: not in the slot of a
//     place or sender ("at", "from", "with" …), not inside a run of
//     capitalised words ("Le Creuset"), and not followed by an ordinary
//     word it qualifies ("Your Aquaphor order", "Strauss subscription",
//     "Seoul coupon", "Custer ships your order"). A function word, a time
//     word, a dose or drug form, a word in no vocabulary or the end of the
//     sentence after it leave it the item ("We shipped your Marplan
//     today", "Questions about Serax?", "Your Anaprox autoship").
//     Capitalised words before a clinical cue ("Serax refill") are the
//     clinical frames' (frame.clinical), which know household refills.
func (s *scanner) dictionaryTerm(i int, c uint8) bool {
	t := &s.toks[i]
	capital := t.cls&tCap != 0 && t.cls&tUpper == 0
	weak := capital && (c&dLower == 0 || !t.sent && i > 0 && !s.titleCase(i))
	if consumerIngredients.get(t.h) || s.listedBrand(i) || s.jobAdTitle(i) || s.teleMode(i) { // "Similac", "Haribo" (brandline.go); "hiring phlebotomists" (jobad.go); "Teletherapy sessions" (telemode.go)
		return false
	}
	if i > 0 && (classHeads.get(t.h) && classNotModifiers.get(s.toks[i-1].h) || saltWords.get(t.h) && minerals.get(s.toks[i-1].h)) {
		return false // "rust inhibitor", "magnesium citrate"
	}
	if weak && !(i > 0 && drugBefore.get(s.toks[i-1].h) && s.gap(i) == " ") && (s.properNounSlot(i) || s.capitalRun(i) || s.qualifiesNext(i)) {
		return false
	}
	k := KindMedication
	if sk, _, ok := stemKind(t.low); ok {
		k = sk
	} else if fk, ok := s.g.fuzzy.lookup(t.low); ok {
		k = fk
	} else if i+1 < len(s.toks) && clinicalAfterTest.get(s.toks[i+1].h) {
		k = KindCondition
	}
	if k == KindDevice {
		k = KindProcedure
	}
	conf := 0.65
	if weak {
		conf = 0.55
	}
	s.addTok(i, i, k, "dictionary.term", conf, "is in the medical dictionary and is not ordinary English or Spanish")
	return true
}

// lookupDict: the case classes of token i in the medical dictionaries; a
// British -isation/-isations is looked up as -ization ("catheterisation"),
// a word ending in -s also as its singular.
func (s *scanner) lookupDict(i int) uint8 {
	low := s.toks[i].low
	if c := s.g.med.lookup(s.toks[i].h); c != 0 {
		return c
	}
	for _, suf := range []string{"isation", "isations"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf)+2 {
			return s.g.med.lookup(hstr(low[:len(low)-len(suf)] + "iz" + suf[2:]))
		}
	}
	// a plural or a possessive written without its apostrophe
	// ("aspergers") of an entry without the S flag
	if len(low) > dictMinLen {
		if h := singularHash(low); h != 0 {
			return s.g.med.lookup(h)
		}
	}
	return 0
}

// drugBefore: a word before a capitalised dictionary word that makes it
// a drug whatever follows ("Switching to generic Ethrane saves you money").
var drugBefore = wordSetTab("generic generics generico genericos")

// consumerIngredients are words of medical dictionaries that shops use for
// cosmetics, supplements and household goods sold to anyone ("collagen
// powder", "retinol serum", "antibacterial soap"): never reported by
// dictionary.term (written for sealpost from general knowledge of product
// labels, not taken from any dictionary).
var consumerIngredients = wordSetTab("collagen retinol retinoid retinoids niacinamide hyaluronic peptide peptides ceramide ceramides " +
	"prebiotic prebiotics probiotic probiotics hydration hydrating antibacterial antimicrobial antiperspirant antiperspirants " +
	"antioxidant antioxidants exfoliant exfoliants exfoliating emollient emollients moisturizing moisturising moisturizer " +
	"moisturiser sunscreen sunscreens electrolyte electrolytes glycerin glycerine lanolin keratin biotin caffeine menthol " +
	"eucalyptus turmeric ashwagandha elderberry echinacea ginseng spirulina chlorella kombucha lutein squalane bakuchiol " +
	"salicylic glycolic lactic azelaic tallow beeswax shea jojoba argan " +
	// soap and bath words (issue 15, fifth pass: "castile soap", "Epsom salt")
	"castile epsom " +
	// a supplement's form, like capsules (issue 15, fifth pass: "Your
	// omega-3 softgels are out for delivery")
	"softgel softgels " +
	// kitchen words the dictionary lists (fifth pass, dev22: "Your Le Creuset
	// dutch oven has shipped")
	"dutch " +
	// micellar water, a make-up remover (helper ES, dev30: "agua micelar
	// Garnier")
	"micellar micelar " +
	// a med spa's menu category, like facials and fillers (helper pub15,
	// dev82: "10% off injectables", "Clients must be 18+ for injectables");
	// a drug named beside it keeps its own finding
	"injectable injectables")

// saltWords are the counter-ions of drug salts, and minerals the words
// before them that make a supplement or household chemical of the pair
// ("magnesium citrate", "calcium carbonate", "zinc oxide"): such a pair is
// not reported by dictionary.term ("methadone hydrochloride" is). A
// drug-class head after a word that names no drug ("rust inhibitor", "ad
// blocker": classNotModifiers of drugclass.go) is not reported either.
var (
	saltWords = wordSetTab("citrate citrates sulfate sulfates sulphate sulphates hydrochloride " +
		"phosphate phosphates carbonate carbonates bicarbonate acetate chloride gluconate " +
		"oxide hydroxide tartrate succinate fumarate bromide")
	minerals = wordSetTab("magnesium calcium zinc iron potassium sodium copper manganese chromium selenium " +
		"aluminum aluminium ammonium ferrous ferric titanium")
)

// itemAfter: words after a capitalised dictionary word that leave it the
// item named: times, doses and drug forms ("Serax tablets"), and the
// pharmacy's own words for a dispensed drug ("Azactam pickup reminder",
// "Loniten prescription", "Lithane copay"; refills are the clinical
// frames', which know household refills): a consumer brand of the
// dictionary before one of these is blocked too (fail closed; the tenant
// approves it).
var itemAfter = wordSetTab("today tonight tomorrow yesterday now soon again here there " +
	"pickup pick-up prescription prescriptions rx dose doses dosage copay receta recetas " +
	"tablet tablets capsule capsules caps tabs pill pills injection injections pen pens vial vials inhaler inhalers " +
	"patch patches drops suspension syrup elixir mg mcg ml units iu er xr sr dr xl la cd hct dosis hoy")

// qualifiesNext: the next word, in the same sentence after a plain space
// or hyphen, is an ordinary word (general lists or a built-in vocabulary)
// other than a function word or itemAfter: the capitalised word qualifies
// it ("Aquaphor order", "Boston office") or is a sender doing something
// ("Custer ships").
func (s *scanner) qualifiesNext(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].sent {
		return false
	}
	if g := s.gap(j); g != " " && g != "-" {
		return false
	}
	t := &s.toks[j]
	if t.cls&tAlpha == 0 || itemAfter.get(t.h) || s.fl(j)&wStop != 0 {
		return false
	}
	return s.general(j) || t.w != nil
}

// capitalRun: token i is next to another capitalised word inside the
// sentence ("Le Creuset", "Mount Sinai"): part of a proper name.
func (s *scanner) capitalRun(i int) bool {
	if i > 0 && !s.toks[i].sent && s.gap(i) == " " && s.toks[i-1].cls&tCap != 0 && !s.toks[i-1].sent && !productDeterminers.get(s.toks[i-1].h) {
		return true
	}
	j := i + 1
	return j < len(s.toks) && !s.toks[j].sent && s.gap(j) == " " && s.toks[j].cls&tCap != 0 && s.toks[j].cls&tAlpha != 0 && !s.titleCase(i)
}
