package guard

// greetgroup.go: a greeting to a group named by the sender's place
// (issue 15, fourteenth pass, dev78, 2026-12-05).
//
// "Dear Cedar Ridge community," and "Dear Magnolia Terrace families,"
// open letters to everyone a site serves; name.greeting (words.go) read
// the capitalised words after "Dear" as the reader's name. greetGroup
// tells them apart: one to three capitalised words after the greeting,
// then a noun for a group of people (greetGroupNouns: community,
// families, neighbors, residents, members, comunidad, familias, vecinos
// …), then a comma, "!", ":" or the notice's end. The group noun is plural
// or a collective; the singular "family", "familia" and "household" are
// not in the list, so "Dear Ruiz family," (the reader's family name)
// stays a name. A single capitalised word that is a listed given name
// and no common word ("Dear Maria members,") is left to name.greeting,
// as is a title ("Dear Mrs. Ruiz's family"), which the title rule reads
// first. The rule of unknown words where a name goes (frame.go's
// frame.name: "Dear Westside neighbors,") asks the same through
// greetGroupAt. Cost: only once a name was about to be reported.

// greetGroupNouns: words for a group of people a letter is addressed to
var greetGroupNouns = wordSetTab("community communities families neighbors neighbours residents members " +
	"friends supporters volunteers parents guardians caregivers customers clients subscribers patients " +
	"students staff team colleagues partners shoppers guests " +
	"comunidad comunidades familias vecinos vecinas residentes miembros socios afiliados afiliadas amigos amigas " +
	"padres clientes suscriptores pacientes estudiantes voluntarios")

// greetGroup: the capitalised words from token j (just after a greeting)
// name a group of people, not a person (see the file comment).
func (s *scanner) greetGroup(j int) bool {
	n := len(s.toks)
	k := j
	for k < n && k < j+3 && s.toks[k].cls&(tCap|tUpper) != 0 && s.toks[k].cls&tAlpha != 0 && (k == j || s.gap(k) == " ") {
		k++
	}
	if k == j || k >= n || s.gap(k) != " " || !greetGroupNouns.get(s.toks[k].h) {
		return false
	}
	if k == j+1 && s.fl(j)&wFirst != 0 && s.fl(j)&wCommon == 0 {
		return false // "Dear Maria members,": a given name alone
	}
	if k+1 < n {
		g := s.gap(k + 1)
		return len(g) > 0 && (g[0] == ',' || g[0] == '!' || g[0] == ':')
	}
	rest := s.t.s[s.toks[k].e:]
	return rest == "" || rest[0] == ',' || rest[0] == '!' || rest[0] == ':'
}

// greetGroupAt: token i is one of the capitalised words of a greeting to
// a group (greetGroup), for the rule of unknown words where a name goes
// (frame.go: "Dear Westside neighbors,").
func (s *scanner) greetGroupAt(i int) bool {
	for b := i; b >= 1 && b >= i-2; b-- {
		if s.fl(b-1)&wGreeting != 0 {
			return s.greetGroup(b)
		}
		if s.toks[b-1].cls&(tCap|tUpper) == 0 {
			return false
		}
	}
	return false
}
