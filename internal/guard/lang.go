package guard

import "strings"

// Spanish notices judged like English ones (issue 15, fifth pass: "Notices
// render in es too; every detector works on Spanish text"). The guard has
// no language setting: a notice's language is read from the share of
// Spanish and English function words in it (spanish), once per field. A
// Spanish notice then gets what an English one gets for free:
//
//   - Title Case: a Spanish subject line ("Su Pedido Ha Sido Enviado")
//     counts its ordinary Spanish words the way titleCase counts common
//     English ones (esTitleWord), so its capitals say nothing about names
//     and a capitalised clinical word in it is judged as in a sentence.
//   - Sentence-opening clinical words: a word in no vocabulary opening a
//     sentence before a Spanish scheduling or dispensing frame
//     ("Broncoscopia programada para el miércoles", "Disopiramida lista en
//     el mostrador", "Propafenona: recuerde su cita de control") is reported
//     (frame.es_clinical, scanSpanish), where English lets "scheduled" or
//     "ready" pass because English notices name the item after "your".
//   - Names: Spanish function words (está, fue, su…) and one-letter words
//     (A, Y, O) capitalised in a Title Case line are no names (esNotName,
//     esLetterWord).
//   - Cognates through ch → c: the built-in terms are indexed under
//     dictKey's key too (addCognateCh), so "colquicina" meets colchicine
//     and "broncoscopia" bronchoscopy (cognateES).
//
// It also holds the Spanish shapes the other detectors call: phones with
// the area code in parentheses (parenArea), Spain's 900/800 numbers
// (esTollFree), "C/" for calle (calleSlash), Colombian street numbers with
// a letter (colStreetLetter) and block-and-lot addresses (manzanaLote).

// spanishFunc are Spanish function words (written without accents, as the
// tokenizer folds them) that English text does not use; "a", "no", "me"
// and "con" are left out (English or names: "Con Edison").
var spanishFunc = wordSetTab("el la los las del de que y en un una unos unas por para su sus es esta este estos estas fue ha sido " +
	"se le les al lo como mas pero nuestro nuestra nuestros nuestras usted ustedes ya muy sin sobre tiene hay son")

// funcLang: 2 for a word of spanishFunc, 1 for one of englishFunc only
// (readLang's one look-up).
var funcLang = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	englishFunc.each(func(h uint64) { m[h] = 1 })
	spanishFunc.each(func(h uint64) { m[h] = 2 })
	return m
}()

// funcLangFilter: readLang's first test before the table (no false "no").
var funcLangFilter = newHashFilter(funcLang)

// funcLangTab holds funcLang in a small open-addressed table (linear
// probing on the hash's low bits; a zero hash ends a probe): readLang's
// look-up without the map's hashing.
var funcLangTab = func() *[512]struct {
	h uint64
	v uint8
} {
	t := &[512]struct {
		h uint64
		v uint8
	}{}
	for h, v := range funcLang {
		if h == 0 {
			panic("guard: funcLang hash 0")
		}
		k := h & 511
		for t[k].h != 0 {
			k = (k + 1) & 511
		}
		t[k].h, t[k].v = h, v
	}
	return t
}()

// funcLangOf is funcLang[h], read from funcLangTab.
func funcLangOf(h uint64) uint8 {
	for k := h & 511; ; k = (k + 1) & 511 {
		e := &funcLangTab[k]
		if e.h == h {
			return e.v
		}
		if e.h == 0 {
			return 0
		}
	}
}

// englishFunc are English function words that Spanish text does not use.
var englishFunc = wordSetTab("the of to and in is for on your you with this that are was be it at from by our an has have will can")

// spanish reports whether the field reads as Spanish: more Spanish than
// English function words; on a tie (a subject line may have none:
// "Bienvenido A Mercado Libre"), more words of 3+ letters that only the
// Spanish general list holds than words only the English one holds.
// Computed once per field.
func (s *scanner) spanish() bool {
	if s.langState == 0 {
		s.readLang()
	}
	return s.langState == 2
}

// readLang sets langState (spanish, kept apart so that spanish inlines).
func (s *scanner) readLang() {
	{
		es, en := 0, 0
		for k := range s.toks {
			if len(s.toks[k].low) > 8 || !funcLangFilter.may(s.toks[k].h) { // function words are short ("nuestras")
				continue
			}
			switch funcLangOf(s.toks[k].h) { // one look-up for spanishFunc, then englishFunc
			case 2:
				es++
			case 1:
				en++
			}
		}
		if es == en {
			es, en = 0, 0
			for k := range s.toks {
				if len(s.toks[k].low) < 3 {
					continue
				}
				switch s.g.gen.m[s.toks[k].h] {
				case genES:
					es++
				case genEN:
					en++
				}
			}
		}
		s.langState = 1
		if es > en {
			s.langState = 2
		}
	}
}

// esLetterWord: token i is a one-letter Spanish word in a Spanish field —
// the preposition "a" or the conjunctions "y", "e", "o", "u" — written in
// capitals in a Title Case line ("Bienvenido A Mercado Libre", "Ofertas Y
// Descuentos"), not an initial; an initial with a dot ("J. Pérez") stays
// one.
func (s *scanner) esLetterWord(i int) bool {
	if len(s.toks[i].low) != 1 || i+1 >= len(s.toks) || s.gap(i+1) != " " {
		return false
	}
	switch s.toks[i].low[0] {
	case 'a', 'y', 'e', 'o', 'u':
		return s.spanish()
	}
	return false
}

// esTitleWord reports whether token k, not a common English word, counts
// toward titleCase's share of capitalised ordinary words in a Spanish
// field: an ordinary Spanish word of 3+ letters that is not a function
// word ("Pedido", "Enviado", "Receta").
func (s *scanner) esTitleWord(k int) bool {
	h := s.toks[k].h
	m := s.g.gen.m[h]
	if m&genES == 0 && (m != 0 || !s.general(k)) { // English only, or no ordinary word: no need to read the language
		return false
	}
	return !spanishFunc.get(h) && s.spanish()
}

// esScheduled are Spanish participles that, right after a word naming the
// item, say it was scheduled or dispensed: "X programada para el lunes",
// "X lista para recoger", "X surtida".
var esScheduled = wordSetTab("programada programado programadas programados agendada agendado agendadas agendados " +
	"lista listo listas listos surtida surtido surtidas surtidos reprogramada reprogramado")

// esCareHead are Spanish words that, after "X: su", make X the subject of
// care ("Propafenona: recuerde su cita de control", "Rifampicina: su
// tratamiento continúa el lunes"). Words with an everyday sense after "su" are left out: consulta (a
// customer's query: "Telcel: su consulta fue recibida"), resultados (of a
// draw), control (of data, of spending), sesión (a login), estudio,
// examen (school).
var esCareHead = wordSetTab("cita citas tratamiento tratamientos receta recetas resurtido dosis " +
	"terapia procedimiento cirugia medicamento medicamentos")

// esClinicalEndings end Spanish drug names (the INN endings as Spanish
// writes them: -ina, -ona, -ida/-ido, -ol, -am, -án, -ato, -ilo, -ino,
// -eno) and condition and procedure names (-itis, -osis, -oma, -scopia,
// -grafía, -tomía, -plastia, -patía, -emia, -algia). Brands and shop
// goods rarely do ("Nespresso", "Xiaomi", "Cabify").
var esClinicalEndings = []string{"ina", "ona", "ida", "ido", "ol", "am", "an", "ato", "ilo", "ino", "eno",
	"itis", "osis", "oma", "scopia", "grafia", "tomia", "plastia", "patia", "emia", "algia"}

// esClinicalShape: low (a word in no vocabulary) ends like a Spanish
// drug, condition or procedure name, or is the plural of one.
func esClinicalShape(low string) bool {
	w := low
	if n := len(w); n > 6 && w[n-1] == 's' && !strings.HasSuffix(w, "sis") && !strings.HasSuffix(w, "tis") {
		w = w[:n-1]
	}
	for _, e := range esClinicalEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// scanSpanish runs the Spanish frames that English does not need, on a
// Spanish field only (frame.es_clinical): a word in no vocabulary (not
// ordinary English or Spanish, not a name of the name lists, 6+ letters)
// with the ending of a Spanish drug, condition or procedure name
// (esClinicalShape) opening a sentence, then either a scheduling or
// dispensing participle ("Broncoscopia programada", "Disopiramida lista en
// el mostrador"), or a colon and, within four words, "su"/"sus" and a care
// head ("Propafenona: recuerde su cita", "Rifampicina: su tratamiento
// continúa"). A word opening a sentence is capitalised whatever it is, so
// capitals say nothing here;
// a brand with such an ending before "lista para recoger" is reported
// (fail closed: the tenant approves it).
func (s *scanner) scanSpanish() {
	n := len(s.toks)
	toks := s.toks
	for i := 0; i+1 < n; i++ {
		// the tests of the token alone in a loop of their own, with no
		// call to spill its values for (helper SPEED16)
		for i+1 < n && (!(toks[i].sent || i == 0) || len(toks[i].low) < 6 || toks[i].w != nil || toks[i].cls&tUpper != 0) {
			i++
		}
		if i+1 >= n {
			break
		}
		t := &s.toks[i]
		if !esClinicalShape(t.low) || !s.suspicious(i) {
			continue
		}
		if !s.spanish() { // only now: most fields have no candidate
			return
		}
		g := s.gap(i + 1)
		if g == " " && esScheduled.get(s.toks[i+1].h) {
			k := KindProcedure // "programada", "agendado": a procedure
			if strings.HasPrefix(s.toks[i+1].low, "list") || strings.HasPrefix(s.toks[i+1].low, "surtid") {
				k = KindMedication // "lista para recoger", "surtida": a medicine
			}
			s.addTok(i, i, k, "frame.es_clinical", 0.65, "is not ordinary vocabulary and opens a Spanish sentence before '"+s.toks[i+1].low+"', where a procedure or medicine goes")
			continue
		}
		if g != ": " {
			continue
		}
		for k := i + 1; k+1 < n && k <= i+4; k++ {
			if s.toks[k].sent {
				break
			}
			if (s.toks[k].low == "su" || s.toks[k].low == "sus") && esCareHead.get(s.toks[k+1].h) {
				s.addTok(i, i, KindCondition, "frame.es_clinical", 0.65, "is not ordinary vocabulary and heads a Spanish notice about '"+s.toks[k+1].low+"'")
				break
			}
		}
	}
}

// chCognates holds the terms under dictKey's key (about 150 of them)
// behind a filter (hashfilter.go), so the word that misses the main index — most
// long words reaching cognate.term — pays one bit test, not a map lookup.
type chCognates struct {
	m    map[uint64]Kind
	bits hashFilter
}

func (c *chCognates) add(h uint64, k Kind) {
	if c.m == nil {
		c.m = make(map[uint64]Kind, 256)
	}
	if _, dup := c.m[h]; !dup {
		c.m[h] = k
	}
	c.bits.add(h)
}

func (c *chCognates) get(h uint64) (Kind, bool) {
	if !c.bits.may(h) {
		return "", false
	}
	k, ok := c.m[h]
	return k, ok
}

// addCognateCh indexes term (whose cognateKey hashes to h) under
// dictKey's key when that differs: English spellings with ch, mph, -um,
// -us ("colchicine", "bronchoscopy", "lymphoma") then meet their Spanish
// spellings ("colquicina", "broncoscopia", "linfoma").
func (v *vocab) addCognateCh(term string, h uint64, k Kind) {
	key, ok := dictKey(nil, strings.ToLower(term))
	if !ok {
		return
	}
	h2 := hbytes(key)
	if h2 == h {
		return
	}
	if _, dup := v.cognates[h2]; dup {
		return
	}
	v.cognatesCh.add(h2, k)
}

// cognateES: token i, whose cognate key (key) missed the built-in index,
// has the key of a term under dictKey's rewrites (addCognateCh) and is in
// no general list. Ordinary Spanish words are left to cognateKey's index:
// through ch → c or a dropped -um they would meet a clinical term by
// accident ("moluscos" and molluscum, "paquidermo" and pachydermia,
// "especula" and speculum).
func (s *scanner) cognateES(i int, key []byte) (Kind, bool) {
	k, ok := s.v.cognatesCh.get(hbytes(key))
	if !ok || s.general(i) {
		return "", false
	}
	return k, true
}

// parenArea: an area code of two or three digits in parentheses and
// eight or seven more digits in one or two groups, as Mexico, Brazil,
// Argentina and Colombia write them ("(55) 1234-5678", "(81) 8123 4567",
// "(33) 12345678"); returns the groups taken (0: none). "(555) 123-4567"
// is the NANP rule's, tried before.
func parenArea(c []group, paren bool) int {
	if !paren || len(c) < 2 || len(c[0].d) < 2 || len(c[0].d) > 3 || !strings.HasPrefix(c[1].sep, ")") {
		return 0
	}
	total, k := len(c[0].d)+len(c[1].d), 2
	if k < len(c) && (c[k].sep == "-" || c[k].sep == " ") && total+len(c[k].d) <= 11 {
		total += len(c[k].d)
		k++
	}
	if total < 9 || total > 11 || len(c[k-1].d) < 4 {
		return 0
	}
	return k
}

// calleSlash: "C/ Alcalá 45", "C/Mayor 3": Spain's abbreviation of
// "calle", a capital C and a slash, taken as a street word written first;
// "C/ de Colón 14", "C/ del Carmen 5": "de"/"del" before the capitalised
// name (helper RECALL12E, 2026-12-05, dev72).
func (s *scanner) calleSlash(i int) bool {
	if s.toks[i].low != "c" || i+1 >= len(s.toks) || !strings.HasPrefix(s.gap(i+1), "/") {
		return false
	}
	if s.toks[i+1].cls&tCap != 0 {
		return true
	}
	l := s.toks[i+1].low
	return (l == "de" || l == "del") && i+2 < len(s.toks) && s.gap(i+2) == " " && s.toks[i+2].cls&tCap != 0
}

// esTollFree: Spain's free and business-rate numbers, nine digits
// starting 800, 900, 901 or 902 ("900 123 456", "902 12 34 56"), are a
// business's numbers as the US toll-free ones are (isTollFree): they pass
// in a Spanish field.
func (s *scanner) esTollFree(c []group, total int) bool {
	if total != 9 || len(c) < 2 || len(c[0].d) != 3 || !s.spanish() {
		return false
	}
	switch c[0].d {
	case "800", "900", "901", "902":
		return true
	}
	return false
}

// colStreetLetter: token k is a Colombian street number with a letter
// ("43A", "72B"), then "#" and the house number ("Carrera 43A # 1-50").
func (s *scanner) colStreetLetter(k int) bool {
	t := &s.toks[k]
	if t.cls&tMixed == 0 || len(t.low) < 2 || len(t.low) > 4 || k+1 >= len(s.toks) {
		return false
	}
	l := t.low
	for _, c := range []byte(l[:len(l)-1]) {
		if !isDigitByte(c) {
			return false
		}
	}
	last := l[len(l)-1]
	return last >= 'a' && last <= 'z' && strings.TrimSpace(s.gap(k+1)) == "#" && s.toks[k+1].cls&tDigit != 0
}

// manzanaLote: Mexican and Peruvian block-and-lot addresses, "Manzana 5
// Lote 12", "Mz. B Lt. 7", "Mza 14, Lote 3": a capitalised block word
// (intlStreet asks only for capitalised words) and its number or letter,
// then a lot word and its number.
func (s *scanner) manzanaLote(i int) bool {
	switch s.toks[i].low {
	case "manzana", "mz", "mza", "mzna":
	default:
		return false
	}
	n := len(s.toks)
	j := i + 1
	if j+2 >= n || len(s.toks[j].low) > 4 || strings.ContainsAny(s.gap(j), ";\n") {
		return false
	}
	switch s.toks[j+1].low {
	case "lote", "lt", "lte":
	default:
		return false
	}
	if s.toks[j+2].cls&tDigit == 0 || strings.ContainsAny(s.gap(j+1), ";\n") {
		return false
	}
	s.addTok(i, j+2, KindAddress, "address.street_intl", 0.8, "street address (block and lot: manzana, lote)")
	return true
}

// esNameParticles are the Spanish function words that also join names
// ("María del Carmen", "de la Cruz", "Ortega y Gasset").
var esNameParticles = wordSetTab("de del la las los el y")

// fullName: tokens i and j look like a given and a family name
// (fullNameShape, words.go), unless one is a Spanish function word in a
// Spanish field (esNotName) — tested only on a match, as most pairs fail
// the shape.
func (s *scanner) fullName(i, j int) (float64, bool) {
	c, ok := s.fullNameShape(i, j)
	if ok && (s.esNotName(i) || s.esNotName(j)) {
		return 0, false
	}
	return c, ok
}

// esNotName: token i is a Spanish function word other than a name
// particle (está, es, fue, su, para…) in a Spanish field — in a Title Case
// line it is capitalised ("Hotel Casa Blanca Está Confirmada") but no
// family name.
func (s *scanner) esNotName(i int) bool {
	h := s.toks[i].h
	return spanishFunc.get(h) && !esNameParticles.get(h) && s.spanish()
}

// capNeighbour: the next word of token i's sentence is capitalised, or i
// ends its sentence after a capitalised word — what a word of a Title Case
// line has ("Su Colquicina Está Lista", "Resultados De Su Broncoscopia").
// A cheap test before titleCase, which reads the whole line.
func (s *scanner) capNeighbour(i int) bool {
	if i+1 < len(s.toks) && !s.toks[i+1].sent {
		return s.toks[i+1].cls&(tCap|tUpper) != 0
	}
	return i > 0 && s.toks[i-1].cls&(tCap|tUpper) != 0
}
