package guard

// honorname.go: a given name after a Spanish honorific written in lower
// case, where a greeting puts it (issue 15, twelfth pass, helper RECALL12,
// dev71 leak-037 "Hola doña Altagracia, su receta ya está lista en Farmacia
// Los Cocos"): rule name.honorific, kind name.
//
// name.title (words.go) takes a capitalised title before a capitalised
// word ("Doña Altagracia,", "Sra. Yolanda,", "Mrs. Philippa"), and a lower
// title with its dot before a lower-case name; compose.greeting takes the
// word right after a greeting. Spanish writes the honorific in lower case
// in the middle of a sentence — "Hola doña Altagracia,", "Estimado señor
// Ramiro,", "Buenas tardes señora Altagracia,", "hola sra. Yolanda," — and
// neither rule reads past it; a name of the given-name list was caught as
// a name, one outside it passed. Reported: don, doña, señor, señora,
// señorita (or sr., sra., srta., dr., dra., lic., licda. with the dot) in
// lower case, right after a greeting word (hola, estimado/a, querido/a,
// saludos, gracias, buenos días, buenas tardes/noches) or opening a
// sentence, then one or two capitalised words that are no stop word,
// generic addressee ("señor Cliente"), title, month, place, role word
// ("señora Directora") or placeholder ("don Fulano"), then a comma,
// "!", ":" or the end of the sentence: the vocative of a person.
//
// What passes: "Pruebe el nuevo café Doña Lola, ahora en oferta", "Don
// Julio tequila", "Happy hour at Señor Frog's" (capitalised, no greeting
// before, a noun after: name.title's shops and brands are its own
// business), "Hola don, su pedido está listo" (no name), "Gracias don
// Cliente," (an addressee). Cost: one hash-set test per token.

var (
	honorLower = wordSetTab("don dona senor senora senorita")
	honorDot   = wordSetTab("sr sra srta dr dra lic licda")
	// greeting words before the honorific; días/tardes/noches after
	// buenos/buenas
	honorGreet = wordSetTab("hola estimado estimada querido querida saludos gracias dias tardes noches hi hello dear")
	// role words written as a title after the honorific ("señora
	// Directora", "señor Presidente") and placeholder names ("don Fulano")
	honorRoles = wordSetTab("presidente presidenta director directora doctor doctora licenciado licenciada ingeniero ingeniera " +
		"profesor profesora gerente alcalde alcaldesa jefe jefa juez jueza ministro ministra diputado diputada senador senadora " +
		"fulano fulana mengano mengana zutano zutana")
	// honorFilter: the honorifics scanHonorificName starts from; a field
	// with none of them is left at once by its notice-level bit fb2Honor
	// (tokfilter.go), and a token outside the filter skips the gap read and
	// the map lookups (helper SPEED12B; TestHonorFilter)
	honorFilter  = tabsFilter(honorLower, honorDot)
	honorNameBad = wGenericAddressee | wStop | wGreeting | wMonth | wTitle | wPlace | wStreetSuffix | wStateName
)

// scanHonorificName reports name.honorific.
func (s *scanner) scanHonorificName() {
	if s.fbAll2&fb2Honor == 0 { // no honorific in the field (tokfilter.go)
		return
	}
	s.scanHonorificNameOn()
}

// scanHonorificNameOn is scanHonorificName past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanHonorificNameOn() {
	n := len(s.toks)
	for k := 0; k+1 < n; k++ {
		t := &s.toks[k]
		if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 || !honorFilter.may(t.h) || s.used[k] {
			continue
		}
		g := s.gap(k + 1)
		switch {
		case honorLower.get(t.h) && g == " ":
		case honorDot.get(t.h) && (g == ". " || g == "."):
		default:
			continue
		}
		if !t.sent && (k == 0 || !honorGreet.get(s.toks[k-1].h) || s.gap(k) != " " && s.gap(k) != ", ") {
			continue
		}
		j := k + 1
		if !s.honorNameWord(j) {
			continue
		}
		end := j
		if j+1 < n && s.gap(j+1) == " " && s.honorNameWord(j+1) {
			end = j + 1
		}
		if end+1 < n && !s.toks[end+1].sent {
			e := s.gap(end + 1)
			if len(e) == 0 || e[0] != ',' && e[0] != '!' && e[0] != ':' && e[0] != '.' {
				continue
			}
		}
		s.addTok(k, end, KindName, "name.honorific", 0.8, "is a name after an honorific, where a greeting addresses a person")
		k = end
	}
}

// honorNameWord: token j is a capitalised word that may be a name.
func (s *scanner) honorNameWord(j int) bool {
	t := &s.toks[j]
	if s.used[j] || t.cls&tAlpha == 0 || t.cls&tCap == 0 || t.cls&tUpper != 0 && len(t.low) > 1 || len(t.low) < 2 || t.sent {
		return false
	}
	f := s.fl(j)
	if f&honorNameBad != 0 || s.p.isTemplate(t.h) {
		return false
	}
	return !honorRoles.get(t.h) && (f&wCommon == 0 || f&(wFirst|wLast) != 0)
}
