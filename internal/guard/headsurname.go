package guard

import "strings"

// headsurname.go: the reader's name in the header slot when its family
// name is also a place's head word, and a bare saint-prefixed name heading
// an English "your …" (issue 15, sixteenth pass, fix helper red16b,
// dev87x/dev93x, 2026-12-05).
//
// A notice's header slot ("X: your …", "X — your …") names whom the notice
// is for as often as who sends it. The name rules miss two shapes there:
//
//   - a given name the lists do not hold, a hyphenated given name or a
//     listed given name before a family name that is also an ordinary
//     word and a place's head word (branchhead.go's bhPlaceHeads with the
//     same words as family names, hsSurnameHeads: Park, Lake, Springs, Bay,
//     Hills, Meadows, Fields, Woods…):
//     "Haeun Park: your claim was denied", "Seo-yeon Park: your prior
//     authorization…", "Thao Nguyen Park: your statement…", "Kwabena
//     Springs: your lab order…". The two-unknown-words rule (words.go c2)
//     needs both words unknown and "Park" is an English word; the sender
//     header rules read the run as a brand and a place. Here the words
//     before the head must all be what a person is named by: a word in no
//     vocabulary (or only in the name lists), a hyphenated capitalised
//     word ("Seo-yeon", "Hye-jin"), or a listed given or family name that
//     is no common word nor place. One word a branch is named by — an
//     ordinary word, a listed place, a compass word ("Oak Park", "Palm
//     Springs", "North Park", "Cedar Lake", "Highland Park") — or a
//     camel-case brand ("CityMed Park") or a listed brand leaves the run
//     to the other rules.
//   - a saint's prefix (San, Santa, Santo, São, Sta., Sto.) and one or two
//     capitalised words alone as the header, before the English reader's
//     word "your" (or, in a JSON object, as the whole "title" value before
//     a value that opens with "Your"): "San Martín – your statement…",
//     "Santa Cruz: your lab results…". Judgement: Spanish and Portuguese
//     compound family names are written so (San Martín, Santa Cruz, Santo
//     Tomás, Sta. Maria), and a bare saint's name heading an English
//     reader's notice is as likely the reader as a branch. A sender named
//     so — real tenants head their notices "Santa Rosa:", "Sta. Monica:",
//     "Santa Mariana:" — writes it as its display name (Context.Sender,
//     sendercontext.go) or approves the phrase (approve.go), which clears
//     this finding. Narrow on purpose: Spanish headers ("Santa Lucía: su
//     estado de cuenta está listo", "Santa Rosa: Su estado de cuenta…")
//     are left alone, since "su" there is the sender's formal address and
//     the corpora's real tenants write exactly that; so "Sta. Maria: su
//     resultado está listo" still passes (accepted risk). A header with an
//     institution word ("Santa Cruz Clinic:") or a header before anything
//     but "your" ("Sta. Monica: Our lobby café reopens…") is not read.
//
// Fail closed: the finding is a name (name.head_surname), approvable as a
// phrase. A listed given name that is also a common word ("Yaw", "Rose",
// "Hope") before the head is read as a place's word ("Hope Springs") and
// stays clear (accepted risk).
//
// Cost: a pass gated on a colon or dash in the field; it walks only the
// capitalised tokens (capToks) and reads only those at header slots (the
// field's or a line's opening, a JSON value). As first written it tested
// every token's slot before its capital and cost 13k instructions a check
// (callgrind, BenchmarkCheckPrepared), most of it in its gate's
// strings.ContainsAny over non-ASCII dashes (which decodes every rune of the
// text); the gate now searches bytes and the walk reads capToks.

// hsSaints: a saint's prefix, whole or abbreviated.
var hsSaints = wordSetTab("san santa santo sao sta sto")

// hsSurnameHeads: family names that are also a place's head word.
var hsSurnameHeads = wordSetTab("park parks lake lakes springs hill hills bay grove groves meadows ridge beach shores plaza " +
	"brook brooks field fields wood woods banks river rivers dale")

// hsCompass: compass words that name a branch ("North Park").
var hsCompass = wordSetTab("north south east west northeast northwest southeast southwest central upper lower old new")

// scanHeadSurname reports the header runs described in the file comment.
func (s *scanner) scanHeadSurname() {
	t := s.t.s
	if len(s.toks) < 3 || !s.hasByte(':') && !s.hasByte('-') && (!s.hasByte(0xe2) || !strings.Contains(t, "\u2013") && !strings.Contains(t, "\u2014")) { // (0xe2: both dashes' first byte, one byte search for an ASCII text)
		return
	}
	n := len(s.toks)
	ci := 0
	for a := s.nextCap(0, &ci); a < n-2; a = s.nextCap(a+1, &ci) { // the capitalised tokens only (capToks)
		if s.toks[a].cls&tCap == 0 || s.toks[a].cls&tUpper != 0 || !s.hsSlot(a) {
			continue
		}
		if hsSaints.get(s.toks[a].h) { // (a saint's place name may have marked its words used: read anyway)
			if b, ok := s.hsSaintHead(a); ok {
				s.addTok(a, b, KindName, "name.head_surname", 0.6, "a compound family name alone in the header before the reader's notice")
				a = b
			}
			continue
		}
		if b, ok := s.hsPlaceSurname(a); ok && !s.used[a] {
			s.addTok(a, b, KindName, "name.head_surname", 0.7, "a person's name with a place-like family name heads the reader's notice")
			a = b
		}
		if b, ok := s.hoOrdinaryGiven(a); ok && !s.used[a] { // headordinary.go
			s.addTok(a, b, KindName, "name.head_surname", 0.6, "a person's name with a place-like family name heads the reader's care notice")
			a = b
		}
	}
}

// hsSlot: token a opens the field or a line (symbols only before it), or
// a JSON string value.
func (s *scanner) hsSlot(a int) bool {
	g := s.gap(a)
	if a > 0 && (g == "\":\"" || g == "\": \"") {
		return true
	}
	if a > 0 && !s.toks[a].gapNL {
		return false
	}
	if k := strings.LastIndexByte(g, '\n'); k >= 0 {
		g = g[k+1:]
	}
	for _, r := range g {
		if r < 128 && r != ' ' && r != '\t' && r != '*' && r != '#' && r != '-' {
			return false
		}
	}
	return true
}

// hsHeadEnd: the gap after token b closes a header label (":" or a dash
// between spaces) and the reader's word follows.
func (s *scanner) hsHeadEnd(b int) bool {
	if b+1 >= len(s.toks) {
		return false
	}
	g := s.gap(b + 1)
	if !(strings.HasPrefix(g, ":") && !strings.HasPrefix(g, "://") && !strings.Contains(g, "\n") || snDashGap(g)) {
		return false
	}
	return recipientWords.get(s.toks[b+1].h)
}

// hsPlaceSurname: a person's name run a..b whose last word is a family
// name that is also a place's head word (see the file comment).
func (s *scanner) hsPlaceSurname(a int) (int, bool) {
	n := len(s.toks)
	words := 0
	k := a
	for k < n && words < 4 {
		// one word: a capitalised token, with "-lower" parts joined to it
		if s.toks[k].cls&tCap == 0 || s.toks[k].cls&tUpper != 0 || s.toks[k].cls&tAlpha == 0 || s.brandTok(k) {
			return 0, false
		}
		e := k
		for e+1 < n && s.gap(e+1) == "-" && s.toks[e+1].cls&tAlpha != 0 && s.toks[e+1].cls&(tCap|tUpper) == 0 {
			e++
		}
		words++
		if e == k && words >= 2 && hsSurnameHeads.get(s.toks[k].h) && s.hsHeadEnd(k) {
			return k, true
		}
		if !s.hsPersonWord(k, e) {
			return 0, false
		}
		if e+1 >= n || s.gap(e+1) != " " {
			return 0, false
		}
		k = e + 1
	}
	return 0, false
}

// hsPersonWord: tokens k..e are one word a person is named by: hyphenated
// ("Seo-yeon"), in no vocabulary, or only a listed name that is no common
// word nor place; never a camel-case brand, a compass word or an ordinary
// word.
func (s *scanner) hsPersonWord(k, e int) bool {
	if e > k {
		return true // "Seo-yeon", "Hye-jin"
	}
	raw := s.t.s[s.toks[k].s:s.toks[k].e]
	if snCamel(raw) || hsCompass.get(s.toks[k].h) || len(s.toks[k].low) < 2 {
		return false
	}
	f := s.fl(k)
	if f&(wFirst|wLast) != 0 {
		return f&(wCommon|wPlace|wStop|wTitle|wGreeting|wNameCue|wMonth) == 0
	}
	return !s.general(k) && f&wPlace == 0 && s.unknownCap(k)
}

// hsSaintHead: a saint's prefix and one or two capitalised words alone as
// the header before "your" (see the file comment).
func (s *scanner) hsSaintHead(a int) (int, bool) {
	n := len(s.toks)
	k := a + 1
	if k >= n {
		return 0, false
	}
	g := s.gap(k)
	abbr := s.toks[a].low == "sta" || s.toks[a].low == "sto"
	if !(g == " " && !abbr || abbr && (g == ". " || g == ".")) {
		return 0, false
	}
	for b := k; b < n && b <= k+1; b++ {
		if b > k && s.gap(b) != " " {
			return 0, false
		}
		if s.toks[b].cls&tCap == 0 || s.toks[b].cls&tUpper != 0 || s.toks[b].cls&tAlpha == 0 || orgAfter.get(s.toks[b].h) || s.brandTok(b) {
			return 0, false
		}
		if b+1 >= n {
			return 0, false
		}
		after := s.gap(b + 1)
		if (strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "://") && !strings.Contains(after, "\n") || snDashGap(after)) &&
			(s.toks[b+1].low == "your" || s.hsResultES(b+1)) {
			return b, true
		}
		// {"title":"San Martín","body":"Your results are ready"}
		if a > 0 && hgKeys.get(s.toks[a-1].h) && (strings.HasPrefix(after, "\",\"") || strings.HasPrefix(after, "\", \"")) &&
			b+2 < n && (s.gap(b+2) == "\":\"" || s.gap(b+2) == "\": \"") && s.toks[b+2].low == "your" {
			return b, true
		}
	}
	return 0, false
}

// hsResultES: "su/sus" at token k and a result noun within two words after
// it ("su resultado", "sus resultados de laboratorio", "su informe de
// laboratorio", "su biopsia"): the reader's results in Spanish after a
// saint's header (fix helper gaps18, dev93x-leak-015, probe set dev100g).
// A statement, an appointment or a bill ("su estado de cuenta", "su cita",
// "su factura") is not read: real tenants head those with their own saint's
// name.
func (s *scanner) hsResultES(k int) bool {
	if l := s.toks[k].low; l != "su" && l != "sus" {
		return false
	}
	for q := k + 1; q < len(s.toks) && q <= k+2 && s.gap(q) == " "; q++ {
		if hsResultWords.get(s.toks[q].h) {
			return true
		}
	}
	return false
}

// hsResultWords: a result's nouns in Spanish.
var hsResultWords = wordSetTab("resultado resultados informe informes biopsia biopsias analisis examenes")
