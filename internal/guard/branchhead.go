package guard

import "strings"

// branchhead.go: the sender's brand and a branch's place as the notice's
// header label (issue 15, fifteenth pass, helper org15, dev82/dev84o,
// 2026-12-05). A chain heads a branch's notice with its brand and the
// branch's place: "BrightPath Route 9: Sunday hours are …", "Lumière Coral
// Gables — new hours: …", "CityMed Forest Hills: Our lobby reopens …".
// The name rules read the run ("BrightPath Route", "Lumière Coral Gables",
// "Forest Hills") as a person's name (name.capitalized, name.full).
//
// branchHead(i, end): the capitalised run around the finding's words i..end
// opens the field or a line, is followed by ":" or a dash between spaces,
// and is a brand and a place:
//   - the brand, its first word: a camel-case word whose parts are no listed
//     given names (sendername.go's snCamel, snCamelName: "BrightPath",
//     "CityMed"), or a capitalised word that is no listed given or family
//     name, title, greeting, name cue, stop word nor reader's word
//     ("Lumière");
//   - the place, one to three capitalised words after it: a road's name and
//     its number ("Route 9", "Hwy 22") or words ending in a place's head word
//     (bhPlaceHeads: Gables, Hills, Heights, Park, Beach, Village,
//     Downtown, Eastside…), with no listed family name before that head,
//     and after a brand that is no camel-case word no listed given name
//     either ("CityMed Forest Hills" passes, "Whitfield Forest Hills" is a
//     person's name and a given name).
//
// It fails closed: a listed given or family name as the first word is a
// person ("Dana Whitfield Route 9:", "Maria Coral Gables:", "Okafor Coral
// Gables:"), and so is an unlisted first word before a listed given name
// ("Whitfield Forest Hills:"); a run after a greeting or inside a sentence is not read ("Hi
// Dana, BrightPath Route 9 has your lab results"); a run with no place head
// or road number after the brand is not read; the words after the header
// ("— Dana Whitfield, your Botox touch-up", "Hi Gregory Whitcomb") are
// another run, read by the name rules as before; only name findings ask
// (orgRun).
//
// Cost: asked by orgRun on a name finding's run; a few token tests.

// bhPlaceHeads: the last word of a branch's place name.
var bhPlaceHeads = wordSetTab("gables hills heights park beach springs village square plaza point valley lake lakes creek " +
	"ridge grove falls harbor harbour bay landing crossing station commons town city downtown uptown midtown " +
	"northside southside eastside westside mall junction shores gardens estates meadows")

// bhRoads: a road's word before its number.
var bhRoads = wordSetTab("route rte highway hwy")

// branchHead reports whether the capitalised run around i..end is the
// sender's brand and a branch's place heading the notice (see the file
// comment).
func (s *scanner) branchHead(i, end int) bool {
	n := len(s.toks)
	a := i
	for a > 0 && a > i-3 && s.gap(a) == " " && s.isCapWord(a-1) && !s.toks[a].gapNL {
		a--
	}
	if !(a == 0 && strings.TrimSpace(s.gap(0)) == "" || s.toks[a].gapNL) {
		return false
	}
	// the brand
	raw := s.t.s[s.toks[a].s:s.toks[a].e]
	camel := snCamel(raw)
	if camel {
		if s.snCamelName(a) {
			return false
		}
	} else if s.toks[a].cls&tCap == 0 || s.toks[a].cls&tUpper != 0 || s.fl(a)&(wFirst|wLast|wTitle|wGreeting|wNameCue|wStop) != 0 ||
		recipientWords.get(s.toks[a].h) || snBefore.get(s.toks[a].h) {
		return false
	}
	// the place
	b := a
	for b+1 < n && b < a+3 && s.gap(b+1) == " " && s.isCapWord(b+1) {
		b++
		if bhPlaceHeads.get(s.toks[b].h) {
			break
		}
	}
	if b == a || b < end {
		return false
	}
	last := b
	switch {
	case bhRoads.get(s.toks[b].h):
		if b+1 >= n || s.gap(b+1) != " " || s.toks[b+1].cls&tDigit == 0 || s.toks[b+1].cls&tAlpha != 0 {
			return false
		}
		last = b + 1 // "Route 9"
	case bhPlaceHeads.get(s.toks[b].h):
	default:
		return false
	}
	for m := a + 1; m < b; m++ {
		if f := s.fl(m); f&wLast != 0 && f&(wCommon|wPlace) == 0 || f&(wTitle|wGreeting|wNameCue|wStop) != 0 {
			return false // "Lumière Whitfield Park": a person's family name before the head
		}
		if f := s.fl(m); !camel && f&wFirst != 0 && f&(wCommon|wPlace) == 0 {
			return false // "Whitfield Forest Hills": an unlisted family name, then a given name
		}
	}
	if last+1 >= n {
		return false
	}
	g := s.gap(last + 1)
	return strings.HasPrefix(g, ":") || snDashGap(g) || camel && (s.bhNewsAfter(last+1) || s.bhAddrLabel(last+1))
}

// bhNewsAfter: after a camel-case brand and its branch's place, the
// branch's news (helper org2, dev83/dev86o):
// sendername.go's snSenderVerb ("is now", "opens", "welcomes"…) or "just",
// "has", "recently" before a verb with "its" within four words ("RenalPath
// Westside just finished its renovation"). A reader's word in those words
// ("… just finished your treatment") ends it.
func (s *scanner) bhNewsAfter(m int) bool {
	if s.snSenderVerb(m) {
		return true
	}
	if m >= len(s.toks) || s.gap(m) != " " {
		return false
	}
	switch s.toks[m].low {
	case "just", "has", "recently":
	default:
		return false
	}
	for k := m + 1; k < len(s.toks) && k <= m+4 && !s.toks[k].sent; k++ {
		if recipientWords.get(s.toks[k].h) {
			return false
		}
		if s.toks[k].low == "its" {
			return true
		}
	}
	return false
}

// bhAddrLabel: after a camel-case brand and its branch's place, the
// branch's street address in parentheses closing the header label:
// "RenalPath Westside (1200 Alvarado Blvd): …" — a number first, at most
// six words, then ")" and ":".
func (s *scanner) bhAddrLabel(m int) bool {
	if m >= len(s.toks) || s.gap(m) != " (" || s.toks[m].cls&tDigit == 0 {
		return false
	}
	for k := m + 1; k < len(s.toks) && k <= m+6; k++ {
		g := s.gap(k)
		if strings.HasPrefix(g, ")") {
			return strings.HasPrefix(g, "):")
		}
		if g != " " && g != ". " && g != ", " {
			return false
		}
	}
	return false
}

// bhCentre: the place nouns of a named branch before its address in
// parentheses (with sdPlaceNouns).
var bhCentre = wordSetTab("centro center centre clinic building edificio")

// bhOwnDet: the words before that place noun that make it the sender's.
var bhOwnDet = wordSetTab("el la the our nuestro nuestra nuestros nuestras")

// bhBranchAddr: the address at token i, in parentheses, follows a named
// branch of the sender (senderAddress asks, after its reader's-word and
// care checks): one to three capitalised words after "el/la/the/our" and a
// place noun ("El centro Westside (1200 Alvarado Blvd)", "the Bayview
// center"), or the brand and place of a header label (branchHead:
// "RenalPath Westside (1200 Alvarado Blvd): …"). A reader's word or a name
// cue in the sentence has already ended senderAddress.
func (s *scanner) bhBranchAddr(i int) bool {
	if i < 2 || s.gap(i) != " (" {
		return false
	}
	k := i - 1
	for k > 0 && k > i-4 && s.gap(k) == " " && s.isCapWord(k-1) && s.isCapWord(k) {
		k--
	}
	if !s.isCapWord(k) {
		return false
	}
	if s.branchHead(k, i-1) {
		return true
	}
	// the place noun before the branch's name
	p := k - 1
	if p < 1 || s.gap(k) != " " || s.gap(p) != " " || !(bhCentre.get(s.toks[p].h) || sdPlaceNouns.get(s.toks[p].h)) {
		return false
	}
	return bhOwnDet.get(s.toks[p-1].h)
}
