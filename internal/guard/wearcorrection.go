package guard

import "strings"

// wearcorrection.go: strict marketing that says the reader wears a vision
// correction (issue 15, ninth pass, helper MISS9B, dev59-leak-096: "Because
// you wear progressive lenses, we picked these new frames for you").
//
// Eyewear words are sold to everyone ("Progressive lenses are 20% off this
// week", "New frames just arrived") and pass; a campaign whose sentence says
// the reader wears one tells, by association, that the reader's sight is
// corrected (README "Modes": strict mode reports association). In strict
// mode only, wearCorrection reports (rule association.wears, kind
// association) a reader's word (you, usted, tú: recipientWords) followed
// within two words by a verb of wearing (wear, wears, wearing, use, uses,
// using, usa, usas, lleva, llevas, utiliza, utilizas) and within three
// more by a correction head: lenses, lens, glasses, eyeglasses,
// spectacles, bifocals, trifocals, progressives, contacts, lentes,
// lentillas, anteojos, gafas, bifocales, progresivos, pupilentes —
// "because you wear progressive lenses", "since you wear bifocals", "como
// usted usa lentes progresivos". Sunglasses are no correction: a
// sun/safety/swim/ski word before the head, or "de sol" after it, passes
// ("you wear safety glasses at work", "si usas lentes de sol"); "contacts"
// counts only after a verb of wearing ("you use contacts" is an address
// book).
//
// Accepted risk: "If you wear glasses, try our anti-fog spray" (a
// conditional to everyone) is reported in strict mode (fail closed).
// Standard mode is unchanged.
//
// The reader may also be named by the role the campaign addresses, "as a
// <role> who" (helper recall2, fifteenth pass, dev83-leak-004: "As a
// member who wears bifocals, you'll love 20% off progressive lenses"):
// wearAsWho reports that "who"/"que" at i follows "as"/"como", an optional
// article and a role or person word (member, customer, patient, someone,
// afiliado, cliente, paciente, alguien…: wearRoles); wearCorrection then
// reads from it as from "you". "Members who wear bifocals save 20%" (to
// everyone, no "as") passes.
//
// Speed: scanVitals calls it only on a reader's word, or on "who"/"que",
// in strict mode.

var (
	wearVerbs = wordSetTab("wear wears wearing use uses using usa usas usan lleva llevas utiliza utilizas")
	wearHeads = wordSetTab("lenses lens glasses eyeglasses spectacles bifocals trifocals progressives contacts " +
		"lentes lentillas anteojos gafas bifocales progresivos pupilentes")
	wearNotCorrection = wordSetTab("sun safety swim swimming ski blue light")
)

// wearCorrection: token i is a reader's word; it reports "you wear …
// lenses" in strict mode.
func (s *scanner) wearCorrection(i int) {
	n := len(s.toks)
	for v := i + 1; v < n && v <= i+2; v++ {
		if s.toks[v].sent {
			return
		}
		if !wearVerbs.get(s.toks[v].h) {
			continue
		}
		for k := v + 1; k < n && k <= v+4; k++ {
			if s.toks[k].sent {
				return
			}
			if !wearHeads.get(s.toks[k].h) {
				continue
			}
			if s.toks[k].low == "contacts" && !strings.HasPrefix(s.toks[v].low, "wear") {
				return // "you use contacts": an address book
			}
			if wearNotCorrection.get(s.toks[k-1].h) || k+2 < n && s.toks[k+1].low == "de" && s.toks[k+2].low == "sol" {
				return
			}
			s.addTok(i, k, KindAssociation, "association.wears", 0.7, "says the reader wears a vision correction")
			return
		}
		return
	}
}

var (
	wearRoles = wordSetTab("member customer client patient subscriber shopper someone somebody person one " +
		"afiliado afiliada cliente paciente socio socia usuario usuaria alguien persona")
	wearAsArticles = wordSetTab("a an un una")
	hWho           = hstr("who")
	hQue           = hstr("que")
)

// wearAsWho: "who"/"que" at i closes "as (a) <role>" / "como (un) <rol>".
func (s *scanner) wearAsWho(i int) bool {
	r := i - 1
	if r < 1 || !wearRoles.get(s.toks[r].h) {
		return false
	}
	a := r - 1
	if wearAsArticles.get(s.toks[a].h) {
		a--
	}
	return a >= 0 && (s.toks[a].low == "as" || s.toks[a].low == "como") && !s.toks[r].sent && !s.toks[i].sent
}
