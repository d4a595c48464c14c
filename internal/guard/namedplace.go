package guard

// namedplace.go: a place named after a person (issue 15, dev60/dev63, helper
// STAFF10, probe set dev65t). "Join our free community walk … at Ann
// Morrison Park", "nuevo aparcamiento … en la calle Sinesio Delgado", "el
// auditorio “Dr. José María Güemes” se reinaugura", "nueva cafetería \"Doña
// Rosa\"": the name detectors read the person's name inside a park's, a
// street's or a room's name. dropNamedPlaces, run in standard mode after
// dropStaffRoles, drops a name finding — no finding of another kind — that
// lies inside such a place name, by the name's structure:
//
//   - a place noun after it (pnPlaceAfter): the capitalised run around the
//     finding, words joined by single spaces, ends with a capitalised place
//     noun (Park, Street, Avenue, Boulevard, Plaza, Square, Hall, Library,
//     Auditorium, Pavilion, Gardens, Stadium, Center…), holds at least two
//     words before it, and follows at/in/near/on with one space;
//   - a street's noun before it (pnStreetBefore): the run follows a
//     lower-case Spanish street noun with one space (calle, avenida, avda.,
//     paseo, plaza, glorieta, ronda, pasaje, carrera);
//   - a quoted room's name (pnQuotedRoom): the run stands alone inside
//     quotation marks (", “ ”, « », ') right after a room noun (auditorio,
//     sala, salón, cafetería, pabellón, edificio, aula, biblioteca,
//     auditorium, room, hall, lounge, wing, café…); the run may open with a
//     title ("Dr.", "Doña").
//
// No name is dropped when the field speaks of a home visit, a delivery, an
// infusion or a patient (pnHomeVeto: home, domicilio, domiciliaria, nurse,
// enfermera, pasará, delivery, patient…): "Visita domiciliaria: la
// enfermera pasará por calle Marta Gómez el martes" is the reader's street
// (red-team pass RED10, dev66r).
//
// Every other finding of the notice stays; so does a name beside the
// place ("Maria Delgado, your prescription is ready at our Ann Morrison
// Park location": "Maria Delgado" is no place), a person named in the
// room without quotes ("Dr. José María Güemes le espera en el auditorio")
// and a two-word run ("at Helen Park": a surname Park). Accepted risk: a
// person whose last name is a place noun and who is named with two given
// names after "at" ("at Mary Ann Park") is read as a park. Strict mode
// never drops anything. The rule reads only notices that already have a
// name finding.

import "strings"

const (
	// pnHeadsWords, pnStreetsWords, pnRoomsWords: the words of pnHeads,
	// pnStreets and pnRooms (pnEnds reads them too).
	pnHeadsWords = "park street avenue boulevard road drive lane plaza square hall library auditorium pavilion " +
		"gardens garden stadium center centre field playground trail bridge"
	pnStreetsWords = "calle avenida avda paseo plaza glorieta ronda pasaje carrera"
	pnRoomsWords   = "auditorio sala salon salón cafeteria cafetería pabellon pabellón edificio aula biblioteca " +
		"auditorium room hall lounge wing cafe café building garden jardin jardín"
)

var (
	// pnHeads: capitalised place nouns that end a place's name.
	pnHeads = wordSetTab(pnHeadsWords)
	// pnAt: the prepositions before a place.
	pnAt = wordSetTab("at in near on")
	// pnStreets: lower-case Spanish street nouns before a street's name.
	pnStreets = wordSetTab(pnStreetsWords)
	// pnHomeVeto: a visit to the reader's home, a delivery or a patient in
	// the field: the place may be the reader's street or the patient's
	// name (red-team pass RED10, dev66r)
	pnHomeVeto = wordSetTab("home casa hogar domicilio domiciliaria domiciliario domiciliarias domiciliarios nurse enfermera " +
		"enfermero pasara visitara visitaremos pasaremos deliver delivery delivered entrega envio infusion patient paciente")
	// pnRooms: room nouns before a quoted room's name.
	pnRooms = wordSetTab(pnRoomsWords)
	// pnBits: one filter over pnHeads, pnStreets and pnRooms, tested by
	// pnMay before their maps (it never changes an answer).
	pnBits = tabsFilter(pnHeads, pnStreets, pnRooms)
	// pnEnds: pnMay's first test of a word, before it hashes the word
	// (pnEndsOf).
	pnEnds = pnEndsOf(pnHeadsWords + " " + pnStreetsWords + " " + pnRoomsWords)
)

// pnEndsOf: for each word length under 16 bytes, indexed by the word's
// first byte&31, the bits z&31 of the last bytes z of the listed words of
// that length and first byte. An ASCII letter's two cases share their
// low five bits, and pnMay hashes any other byte as it stands, so a word
// whose entry lacks its bit is in none of the lists.
func pnEndsOf(list string) *[16][32]uint32 {
	t := &[16][32]uint32{}
	for _, w := range strings.Fields(list) {
		if len(w) >= 16 {
			panic("namedplace: pnEnds reads words under 16 bytes: " + w)
		}
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}

// dropNamedPlaces: see the file comment.
func (g *Guard) dropNamedPlaces(n Notice, out []Finding) []Finding {
	names := false
	for _, f := range out {
		if f.Kind == KindName {
			names = true
			break
		}
	}
	if !names || len(n.Fields) > g.maxFields {
		return out
	}
	// each field's view, read once (pnView only reads: past eight fields
	// it is read again)
	var names8 [8]string
	var views8 [8]*srView
	nv := 0
	keep := out[:0]
	for _, f := range out {
		if f.Kind == KindName && !f.readerTied() { // readertied.go
			var v *srView
			seen := false
			for k := 0; k < nv; k++ {
				if names8[k] == f.Field {
					v, seen = views8[k], true
					break
				}
			}
			if !seen {
				v = pnView(g, n, f.Field) // nil without a place word (pnMay)
				if nv < len(names8) {
					names8[nv], views8[nv] = f.Field, v
					nv++
				}
			}
			if v != nil && pnPlace(v, f) {
				continue
			}
		}
		keep = append(keep, f)
	}
	return keep
}

// pnView: the token view of plain-text field name, or nil (an HTML,
// oversize, nested-encoded or duplicate field, or one without a place
// word: pnMay).
func pnView(g *Guard, n Notice, name string) *srView {
	idx := -1
	for i, f := range n.Fields {
		if f.Name == name {
			if idx >= 0 {
				return nil
			}
			idx = i
		}
	}
	if idx < 0 {
		return nil
	}
	f := n.Fields[idx]
	if f.HTML || len(f.Text) > g.maxField || !pnMay(f.Text) {
		return nil
	}
	if _, _, _, ok := decodeNested(f.Text); ok {
		return nil
	}
	v := &srView{t: normalize(f.Text, nil, nil)}
	v.toks = tokenize(&v.t, nil)
	return v
}

// pnMay: text holds a capitalised place noun (pnHeads) after two
// capitalised words and single spaces (pnCapsBefore), a lower-case
// street noun (pnStreets) or a room noun (pnRooms) followed by a space and
// a quotation mark — the words pnPlace needs — read without allocating
// before any view is built (words with bytes outside ASCII are hashed as
// they stand: "cafetería").
func pnMay(text string) bool {
	for i := 0; i < len(text); {
		if srMayByte[text[i]] == 0 { // not a letter nor a byte past ASCII (staffrole.go; helper SPEED13B)
			i++
			continue
		}
		// a word's bytes in an inner loop of their own (helper SPEED15)
		start := i
		for i < len(text) && srMayByte[text[i]] != 0 {
			i++
		}
		c := byte(' ') // the byte after the word (a space at the text's end)
		if i < len(text) {
			c = text[i]
		}
		// the word text[start:i], hashed only when its length and first
		// and last bytes are those of a listed word (pnEnds)
		if i-start < 16 && pnEnds[i-start][text[start]&31]&(1<<(text[i-1]&31)) != 0 {
			h := uint64(fnvOffset)
			for _, b := range []byte(text[start:i]) {
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				h ^= uint64(b)
				h *= fnvPrime
			}
			if pnBits.may(h) {
				up := text[start] >= 'A' && text[start] <= 'Z'
				if up && pnHeads.get(h) && pnCapsBefore(text, start) || !up && pnStreets.get(h) ||
					pnRooms.get(h) && c == ' ' && i+1 < len(text) && pnQuoteAt(text[i+1:]) {
					return true
				}
			}
		}
	}
	return false
}

// pnCapsBefore: the two words before the word at start in text are
// capitalised, and they and it are joined by single spaces ("Ann Morrison
// Park", not "42 Elm Street").
func pnCapsBefore(text string, start int) bool {
	e := start
	for w := 0; w < 2; w++ {
		if e < 2 || text[e-1] != ' ' {
			return false
		}
		b := e - 1
		for b > 0 && text[b-1] != ' ' {
			b--
		}
		if b == e-1 || text[b] < 'A' || text[b] > 'Z' {
			return false
		}
		for k := b; k < e-1; k++ {
			if c := text[k]; c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'' || c == '.') {
				return false
			}
		}
		e = b
	}
	return true
}

// pnQuoteAt: s opens with a quotation mark.
func pnQuoteAt(s string) bool {
	for _, q := range []string{"\"", "“", "”", "«", "»", "'", "‘", "’"} {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}

// pnPlace: name finding f lies inside a place's name (see the file comment).
func pnPlace(v *srView, f Finding) bool {
	a, b := srSpan(v, f.Start, f.End)
	if a < 0 || b-a > 5 {
		return false
	}
	for k := a; k <= b; k++ {
		if k > a && !pnJoin(v, k-1, k) {
			return false
		}
	}
	// the capitalised run around the finding
	for a > 0 && pnJoin(v, a-1, a) && v.toks[a-1].cls&tCap != 0 {
		a--
	}
	for b+1 < len(v.toks) && pnJoin(v, b, b+1) && v.toks[b+1].cls&tCap != 0 {
		b++
	}
	if b-a > 5 {
		return false
	}
	for k := a; k <= b; k++ {
		if v.toks[k].cls&tCap == 0 || v.toks[k].nd != 0 {
			return false
		}
	}
	if !(pnPlaceAfter(v, a, b) || pnStreetBefore(v, a) || pnQuotedRoom(v, a, b)) {
		return false
	}
	for k := range v.toks {
		if pnHomeVeto.get(v.toks[k].h) {
			return false // "la enfermera pasará por calle Marta Gómez": a home visit
		}
	}
	return true
}

// pnJoin: tokens j and j+1 of a name are joined by one space, or by a
// title's dot and a space ("Dr. José").
func pnJoin(v *srView, j, k int) bool {
	g := srGap(v, j, k)
	return g == " " || g == ". " && srTitle.get(v.toks[j].h)
}

// pnPlaceAfter: the run a..b ends with a place noun after two words or
// more and follows a preposition of place.
func pnPlaceAfter(v *srView, a, b int) bool {
	if b-a < 2 || !pnHeads.get(v.toks[b].h) || a < 1 || srGap(v, a-1, a) != " " || !pnAt.get(v.toks[a-1].h) ||
		v.toks[a-1].cls&tCap != 0 {
		return false
	}
	for k := a; k < b; k++ {
		if srTitle.get(v.toks[k].h) || pnHeads.get(v.toks[k].h) {
			return false
		}
	}
	return true
}

// pnStreetBefore: the run at a follows a lower-case street noun.
func pnStreetBefore(v *srView, a int) bool {
	if a < 1 || !pnStreets.get(v.toks[a-1].h) || v.toks[a-1].cls&tCap != 0 {
		return false
	}
	g := srGap(v, a-1, a)
	return g == " " || g == ". " && v.toks[a-1].low == "avda"
}

// pnQuotedRoom: the run a..b stands alone in quotation marks right after a
// room noun.
func pnQuotedRoom(v *srView, a, b int) bool {
	if a < 1 || !pnRooms.get(v.toks[a-1].h) {
		return false
	}
	before := srGap(v, a-1, a)
	open := strings.TrimLeft(before, " ")
	if before == open || !pnQuote(open) {
		return false
	}
	after := v.t.s[v.toks[b].e:]
	if b+1 < len(v.toks) {
		after = srGap(v, b, b+1)
	}
	return pnQuote(after) && after[:len(open)] == pnClose(open) || pnQuoteOpen(after, open)
}

// pnQuote: s is exactly one quotation mark.
func pnQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "'", "‘", "’":
		return true
	}
	return false
}

// pnClose: the closing mark of opening mark s.
func pnClose(s string) string {
	switch s {
	case "“":
		return "”"
	case "«":
		return "»"
	case "‘":
		return "’"
	}
	return s
}

// pnQuoteOpen: the text after the run opens with the closing mark of open
// and then a space, the end or punctuation.
func pnQuoteOpen(after, open string) bool {
	c := pnClose(open)
	if !strings.HasPrefix(after, c) {
		return false
	}
	rest := after[len(c):]
	return rest == "" || strings.ContainsAny(rest[:1], " ,.;:!?)")
}
