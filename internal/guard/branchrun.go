package guard

// branchrun.go: the sender's branches, venues and goods named by a
// capitalised run (issue 15, dev41/dev42; helper BRANCH, 2026-12-04).
//
// Template libraries of chains name their branches as the chain and a
// place ("Del Valle Iztapalapa", "Brightway Westgate", "Santafé
// Medellín"), their venues ("Espacio Riesco", "Palacio Duhau"), their own
// name ("Welcome to Greenleaf Nutrition") and their goods with Spanish
// shop wording ("termos Contigo Autoseal 591 ml en colores menta",
// "monturas Tom Ford …, talla 54", "Sets de fragancias Hugo Boss, Calvin
// Klein y Nina Ricci desde $899", "hoodies (Forest, Oat)"). The name rules
// read such runs as people (name.capitalized, name.full, name.given).
// branchRun, called from orgRun (orgnames.go), takes the whole capitalised
// run around the words a name rule holds and passes it when one of these
// slots holds it:
//
//   - a branch noun before it ("sucursal", "sede", "tienda", "local",
//     "clínica", "branch", "store", "location"), also capitalised in the
//     run ("Sucursal Del Valle Lindavista", "Clínicas Familia Sana
//     Bayamón") or with "de" between ("la clínica de Santurce");
//   - a branch's verb after it: "ahora es", "se muda", "se traslada",
//     "cerrará", "abre", "abrirá", "atiende en", "is now open", "opens",
//     "closes", "moves", "will open/close", "extends its/weekday/…
//     hours", "estará cerrada/abierta" (helper NAMES5);
//   - the chain's particle opening it: a capitalised "Del" before two
//     more capitalised words ("Del Valle León Centro", "Del Valle Puebla
//     Angelópolis");
//   - a place preposition before it ("en"/"at" + two capitalised words:
//     "en Santafé Medellín", "at Brightway Westgate"; "en" + one word
//     closing a clause: "¡Despacho express en Santiago!");
//   - the sender's own name: after "Welcome to", "Bienvenido a", "Thanks
//     for shopping/printing/ordering with";
//   - a venue word opening it ("Palacio", "Espacio", "Expo", "Teatro",
//     "Auditorio", "Museo"…) or a JSON "venue"/"location"/"sede" key;
//   - a street: a street word ("Av.", "Ave.", "Calle", "Carr.") up to four
//     words before it and a house number after it ("Ave. Ponce de León
//     1505"), or a house number after it following "se muda a"/"se
//     traslada a"/"moves to" (the sender's new address);
//   - goods: a goods head before it or before the list it is an item of
//     ("termos", "monturas", "colección", "fragancias", "uniformes" and
//     goodsRunHeads / goods_heads.txt), a goods head within two lower-case
//     words after it ("… Berry Blast electrolyte mix", "… collagen
//     creamer"), Spanish goods evidence later in its sentence ("talla",
//     "tallas", "colores", "591 ml", "40 oz", "c/u", "desde $"), or
//     capitalised single words in parentheses right after a goods head or
//     a size ("hoodies (Forest, Oat)", "40 oz (Rosa)").
//
// What stays reported (fail closed): a run right after a greeting, a
// title, a name cue or "su"/"tu"/"your"/"dear"/"hola" ("Hola Lindavista
// Pérez, …"); a run followed by ", su"/", your" or a colon (a vocative or
// a heading) holding a listed given and family name; a run after
// "para"/"for"/"to" that opens with a listed given name; a listed given
// and family name pair in the run except after a branch noun, after
// "Del" or as a goods list after a goods head ("fragancias Hugo Boss");
// a run of the other slots that opens with a listed given name that is no
// family or common word ("en Maria Gomez", "Marisol Vega shakes"). Other
// findings of the notice (conditions, drugs, the reader's address) are
// not touched.
//
// Refused besides (RED, dev53r; branchRunPersonTail, branchRunPage): a
// run followed by ", your/su/tu" and a role or relative ("Thanks for
// shopping with Aroha Ngata, your caregiver"), by a room or bed number
// ("en Residencia Okonkwo Adebayo, cuarto 4"), or, after "Welcome to", by
// "'s" and a person's page word ("Welcome to Okonkwo Adebayo's recovery
// page"); a branch verb whose object is a treatment ("abrirá su
// tratamiento", branchVerbPerson in red3cuts.go).
//
// Accepted risks: two unknown capitalised words after "en"/"at" or before
// a branch verb ("en Okonkwo Adebayo") pass; a person named like the
// chain's particle ("Del Valle" without a given name before) passes when
// two capitalised words follow.

import "strings"

var (
	// branchRunNouns: a branch's noun before its name.
	branchRunNouns = wordSetTab("sucursal sucursales sede sedes tienda local clinica clínica clinicas clínicas consultorio oficina " +
		"branch store location outlet")
	// branchRunVerbs: a branch's verb right after its name (the first word;
	// branchVerbAfter reads the second where needed).
	branchRunVerbs = wordSetTab("ahora se cerrara cerrará cierra abre abrira abrirá reabre atiende is opens closes moves reopens will" +
		" extends extiende amplia amplía estara estará")
	// branchRunVenues: venue words opening a venue's name.
	branchRunVenues = wordSetTab("palacio espacio expo teatro auditorio museo estadio arena coliseo recinto foro salon salón " +
		"hipodromo hipódromo parque")
	// branchRunKeys: JSON keys whose value is a venue or a branch.
	branchRunKeys = wordSetTab("venue lugar sede sucursal recinto store branch")
	// branchRunStreets: street words a street's name follows.
	branchRunStreets = wordSetTab("av ave avenida calle carr carretera blvd bulevar calz calzada paseo camino")
	// branchRunMoves: the sender moving ("se muda a …").
	branchRunMoves = wordSetTab("muda mudamos traslada trasladamos mudo mudó move moves moving moved relocate relocates relocating")
	// branchRunGoods: goods heads of shop wording that goodsRunHeads and
	// goods_heads.txt do not hold (no care word).
	branchRunGoods = wordSetTab("coleccion colección monturas montura termos termo fragancias fragancia perfumes perfume " +
		"uniformes uniforme zuecos botellas botella mochilas sets set relojes tenis sandalias playeras sudaderas " +
		"camisetas bolsas mix creamer shakes shake bars hoodies hoodie totes notebooks backpacks")
	// branchRunEvidence: Spanish goods evidence later in the run's sentence.
	branchRunEvidence = wordSetTab("talla tallas colores")
	// branchRunSizes: a size after a number ("591 ml", "40 oz").
	branchRunSizes = wordSetTab("ml oz fl pack ct")
	// branchRunWelcome: the sender's own name after these.
	branchRunWelcome = wordSetTab("welcome bienvenido bienvenida bienvenidos bienvenidas")
	branchRunWith    = wordSetTab("shopping printing ordering choosing banking comprar")
	// branchRunPersonBefore: a person's slot before the run.
	branchRunPersonBefore = wordSetTab("su sus tu tus your dear hola hi hello estimado estimada querido querida")
	branchRunForBefore    = wordSetTab("para for to a")
	// branchRunHome: the reader's home before "en"/"at"/"in".
	// the hours a branch extends (branchVerbAfter)
	branchRunHours = wordSetTab("hours weekday weekend holiday evening its horario horarios su sus")
	branchRunHome  = wordSetTab("domicilio direccion dirección vive vives reside resides residencia address home lives live living")
)

// branchRun reports whether the capitalised run around i..end names the
// sender's branch, a venue, a street or goods (see the file comment).
func (s *scanner) branchRun(i, end int) bool {
	n := len(s.toks)
	// a parenthesised colour list right after a goods head or a size
	if s.branchParenGoods(i) {
		return true
	}
	a, b := i, end
	for a > 0 && b-a < 6 && !s.toks[a].sent && s.gap(a) == " " && s.isCapWord(a-1) && s.fl(a-1)&(wTitle|wGreeting|wNameCue|wStop) == 0 &&
		!branchRunPersonBefore.get(s.toks[a-1].h) {
		a--
	}
	for b+1 < n && b-a < 6 && !s.toks[b+1].sent && s.gap(b+1) == " " && s.isCapWord(b+1) && s.fl(b+1)&(wTitle|wGreeting|wNameCue|wStop) == 0 {
		b++
	}
	if s.branchStreet(a, b) {
		return true
	}
	if s.ssBranchRun(a, b) { // the sender's name before its box, move or opening (sendersite.go)
		return true
	}
	// a street's or the reader's address: "domicilio en Calle Luna"
	for j := a; j <= b; j++ {
		if branchRunStreets.get(s.toks[j].h) || s.fl(j)&(wStreetAbbrev|wStreetSuffix) != 0 || goodsRunStreet.get(s.toks[j].h) {
			return false
		}
	}
	if a > 1 && branchRunHome.get(s.toks[a-2].h) {
		return false
	}
	pair := false
	for j := a; j < b; j++ {
		if s.personAfter(j) {
			pair = true
		}
	}
	if s.eventRunName(a, b, i, end) { // "for Teddy Bear Picnic Day" (eventrun.go)
		return true
	}
	// a person's slot before it
	if a > 0 && !s.toks[a].sent {
		p := a - 1
		if s.fl(p)&(wTitle|wGreeting|wNameCue) != 0 || branchRunPersonBefore.get(s.toks[p].h) {
			return false
		}
		if branchRunForBefore.get(s.toks[p].h) && s.fl(a)&wFirst != 0 && s.fl(a)&(wCommon) == 0 {
			return false
		}
	}
	// a vocative or a heading after it
	if b+1 < n && pair {
		g := s.gap(b + 1)
		if strings.HasPrefix(g, ":") || strings.HasPrefix(g, ",") && branchRunPersonBefore.get(s.toks[b+1].h) {
			return false
		}
	}
	if s.branchRunPersonTail(b) {
		return false
	}
	first := s.fl(a)&wFirst != 0 && s.fl(a)&(wLast|wCommon|wPlace) == 0
	// a branch noun before, or opening the run
	if a > 0 && !s.toks[a].sent && branchRunNouns.get(s.toks[a-1].h) {
		return true
	}
	if b > a && branchRunNouns.get(s.toks[a].h) {
		return true
	}
	if a > 1 && !s.toks[a].sent && (s.toks[a-1].low == "de" || s.toks[a-1].low == "of") && s.gap(a-1) == " " && branchRunNouns.get(s.toks[a-2].h) {
		return true
	}
	// the chain's particle: "Del Valle León Centro"
	if b-a >= 2 && s.toks[a].low == "del" && s.toks[a].cls&tCap != 0 {
		return !s.branchDelFamily(a, b) // "Del Valle Ramírez Ortega: su receta" (red3cuts.go)
	}
	if s.branchGoods(a, b, pair) {
		return true
	}
	if pair || first {
		return false
	}
	if s.branchVerbAfter(b) && b > a && !s.branchVerbPersonal(b+1) {
		return true
	}
	if a > 0 && !s.toks[a].sent && s.gap(a) == " " {
		switch p := s.toks[a-1].low; {
		case (p == "en" || p == "at") && b > a:
			return true // "en Santafé Medellín", "at Brightway Westgate"
		case p == "en" && (b+1 >= n || strings.IndexAny(s.gap(b+1), "!.,;") == 0):
			return true // "¡Despacho express en Santiago!"
		}
	}
	// the sender's own name
	if a > 1 && (s.toks[a-1].low == "to" || s.toks[a-1].low == "a") && branchRunWelcome.get(s.toks[a-2].h) && !s.branchRunPage(b) && !s.branchRunWelcomesPerson(a-2, b) {
		return true
	}
	if a > 1 && (s.toks[a-1].low == "with" || s.toks[a-1].low == "con") && branchRunWith.get(s.toks[a-2].h) {
		return true
	}
	// a venue
	if b > a && branchRunVenues.get(s.toks[a].h) {
		return true
	}
	if a > 1 && s.toks[a-1].low == "de" && s.toks[a-2].cls&tCap != 0 && (branchRunVenues.get(s.toks[a-2].h) || s.toks[a-2].low == "centro") {
		return true // "Centro de Convenciones Bogotá"
	}
	if a > 0 && strings.Contains(s.gap(a), "\"") && branchRunKeys.get(s.toks[a-1].h) {
		return true
	}
	return false
}

// branchVerbAfter: a branch's verb follows token b.
func (s *scanner) branchVerbAfter(b int) bool {
	n := len(s.toks)
	k := b + 1
	if k >= n || s.gap(k) != " " || !branchRunVerbs.get(s.toks[k].h) {
		return false
	}
	next := ""
	if k+1 < n && s.gap(k+1) == " " {
		next = s.toks[k+1].low
	}
	switch s.toks[k].low {
	case "ahora":
		return next == "es" || next == "abre" || next == "atiende"
	case "se":
		return branchRunMoves.get(hstr(next)) || next == "traslada" || next == "trasladará"
	case "atiende":
		return next == "en" || next == "desde"
	case "is":
		return next == "now" || next == "moving" || next == "closed" || next == "open"
	case "will":
		return next == "open" || next == "close" || next == "reopen" || next == "move" || next == "be"
	case "extends", "extiende", "amplia", "amplía": // "QuickCare Midtown extends weekday hours" (helper RENT44, dev44)
		return branchRunHours.get(hstr(next))
	case "estara", "estará": // "QuickCare Lakeshore estará cerrada el martes"
		return next == "cerrada" || next == "cerrado" || next == "abierta" || next == "abierto" || next == "cerradas" || next == "cerrados"
	}
	return true
}

// branchStreet: the run is a street's name — a street word up to four
// capitalised words or "de"/"del" before it, or "se muda a" / "moves to"
// before it, and a house number after it.
func (s *scanner) branchStreet(a, b int) bool {
	n := len(s.toks)
	if b+1 >= n || s.gap(b+1) != " " || s.toks[b+1].cls&tDigit == 0 || s.toks[b+1].cls&tAlpha != 0 {
		return false
	}
	for p := a - 1; p >= 0 && p >= a-4; p-- {
		if s.toks[p+1].sent && p+1 != a {
			break
		}
		t := &s.toks[p]
		if branchRunStreets.get(t.h) || s.fl(p)&wStreetAbbrev != 0 {
			return true
		}
		if p == a-1 && (t.low == "a" || t.low == "to") && p > 0 && branchRunMoves.get(s.toks[p-1].h) {
			return true
		}
		if !(s.isCapWord(p) || t.low == "de" || t.low == "del") {
			break
		}
	}
	return false
}

// branchGoods: the run is goods (see the file comment).
func (s *scanner) branchGoods(a, b int, pair bool) bool {
	n := len(s.toks)
	// a dose unit after it, a personalised good ("photo book") near it
	// (goodsrun.go), but a size in ml or oz right after it is a product's
	// ("Contigo Autoseal 591 ml")
	if s.goodsRunNot(a, b) && !(b+2 < n && s.toks[b+1].cls&tDigit != 0 && (s.toks[b+2].low == "ml" || s.toks[b+2].low == "oz")) {
		return false
	}
	// a goods head before the run, or before the list it is an item of
	p := a - 1
	for p >= 1 && !s.toks[p+1].sent {
		g := s.gap(p + 1)
		if s.isCapWord(p) && (g == " " || g == ", ") {
			p--
			continue
		}
		if (s.toks[p].low == "y" || s.toks[p].low == "and") && s.isCapWord(p-1) {
			p -= 2
			continue
		}
		break
	}
	if p >= 0 && p < a && s.toks[p].cls&(tCap|tUpper) == 0 && s.branchGoodsHead(p) {
		return true // "termos Contigo Autoseal", "fragancias Hugo Boss, Calvin Klein y Nina Ricci"
	}
	if b > a && s.branchGoodsHead(a) && !s.personAfter(a+1) {
		return true // "Mochilas Jansport Superbreak"
	}
	if pair || s.fl(a)&wFirst != 0 && s.fl(a)&(wLast|wCommon) == 0 || s.goodsRunPerson(a, b) {
		return false
	}
	// a goods head within two lower-case words after it
	for k := b + 1; k < n && k <= b+3 && s.gap(k) == " " && s.toks[k].cls&(tCap|tUpper) == 0 && s.toks[k].cls&tAlpha != 0; k++ {
		if s.branchGoodsHead(k) {
			return true
		}
	}
	// Spanish goods evidence later in the sentence
	for k := b + 1; k < n && k <= b+10 && !s.toks[k].sent; k++ {
		t := &s.toks[k]
		if branchRunEvidence.get(t.h) {
			return true
		}
		if k == b+1 && t.cls&tDigit != 0 && k+1 < n && s.gap(k+1) == " " && branchRunSizes.get(s.toks[k+1].h) {
			return true // "Contigo Autoseal 591 ml"
		}
		if t.low == "desde" && k+1 < n && strings.Contains(s.gap(k+1), "$") {
			return true
		}
		if t.low == "c" && k+1 < n && s.gap(k+1) == "/" && s.toks[k+1].low == "u" {
			return true
		}
	}
	return false
}

// branchGoodsHead: token k is a goods head.
func (s *scanner) branchGoodsHead(k int) bool {
	h := s.toks[k].h
	return branchRunGoods.get(h) || goodsRunHeads.get(h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, k)
}

// branchParenGoods: token i is a capitalised single word in parentheses
// right after a goods head or a size ("hoodies (Forest, Oat)", "40 oz
// (Rosa)"), each item of the parentheses one capitalised word.
func (s *scanner) branchParenGoods(i int) bool {
	n := len(s.toks)
	a := i
	for a > 0 && s.gap(a) == ", " && s.isCapWord(a-1) {
		a--
	}
	if a < 1 || strings.TrimSpace(s.gap(a)) != "(" {
		return false
	}
	for k := a; k < n; k++ {
		if !s.isCapWord(k) || s.fl(k)&(wTitle|wGreeting|wNameCue) != 0 {
			return false
		}
		if k+1 >= n || strings.HasPrefix(s.gap(k+1), ")") {
			break
		}
		if s.gap(k+1) != ", " {
			return false
		}
	}
	p := a - 1
	return branchRunSizes.get(s.toks[p].h) && p > 0 && s.toks[p-1].cls&tDigit != 0 ||
		s.toks[p].cls&(tCap|tUpper) == 0 && s.branchGoodsHead(p)
}

// branchGoodsSize: the capitalised word i before a size u in ml or oz is
// the last word of a product named right after a Spanish shop's goods
// head ("termos Contigo Autoseal 591 ml", "botellas Contigo Ashland 700
// ml"), not a drug before its dose (compose.dose). A drug's units (mg,
// mcg) and a run after any other word ("jarabe de Zorvex 5 ml") keep the
// finding.
func (s *scanner) branchGoodsSize(i, u int) bool {
	if l := s.toks[u].low; l != "ml" && l != "oz" || s.toks[i].cls&tCap == 0 {
		return false
	}
	a := i
	for a > 0 && i-a < 4 && !s.toks[a].sent && s.gap(a) == " " && s.isCapWord(a-1) {
		a--
	}
	p := a - 1
	return p >= 0 && !s.toks[a].sent && s.gap(a) == " " && s.toks[p].cls&(tCap|tUpper) == 0 && branchRunGoods.get(s.toks[p].h) &&
		!s.personAfter(a)
}

var (
	// branchRunRoles: a person's role or relative after ", your"/", su"
	// (branchRunPersonTail).
	branchRunRoles = wordSetTab("caregiver caregivers cuidadora cuidador nurse enfermera enfermero aide doctor doctora therapist terapeuta " +
		"mom mother dad father son daughter husband wife grandmother grandfather hijo hija madre padre mama mamá papa papá esposo esposa abuela abuelo")
	// branchRunRooms: a room or bed of a person in care after the run.
	branchRunRooms = wordSetTab("room rm bed cuarto habitacion habitación cama")
	// branchRunPages: a person's own page after "Welcome to <Run>'s".
	branchRunPages = wordSetTab("page pagina página journey recovery memorial fundraiser registry tribute story")
)

// branchRunPersonTail: the run ending at b is a person or a person's place
// in care (RED, dev53r): a comma and a reader's possessive then, within two
// words, a role or a relative ("Thanks for shopping with Aroha Ngata, your
// caregiver"), or a room or bed with its number later in the sentence ("en
// Residencia Okonkwo Adebayo, cuarto 4", "Eitan Mizrahi is now open for
// visits in room 12": a branch has no room number).
func (s *scanner) branchRunPersonTail(b int) bool {
	n := len(s.toks)
	if b+2 < n && strings.HasPrefix(s.gap(b+1), ",") && branchRunPersonBefore.get(s.toks[b+1].h) {
		for k := b + 2; k < n && k <= b+3 && !s.toks[k].sent; k++ {
			if branchRunRoles.get(s.toks[k].h) {
				return true
			}
		}
	}
	for k := b + 1; k+1 < n && k <= b+10 && !s.toks[k].sent; k++ {
		if branchRunRooms.get(s.toks[k].h) && s.toks[k+1].cls&tDigit != 0 {
			return true
		}
	}
	return false
}

// branchRunPage: "Welcome to <Run>'s recovery page" names a person's page,
// not the sender (RED, dev53r).
func (s *scanner) branchRunPage(b int) bool {
	n := len(s.toks)
	if b+1 >= n || s.toks[b+1].low != "s" || (s.gap(b+1) != "'" && s.gap(b+1) != "\u2019") {
		return false
	}
	for k := b + 2; k < n && k <= b+4 && !s.toks[k].sent; k++ {
		if branchRunPages.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// branchRunWelcomesPerson: the welcome word at w welcomes a person, not
// the reader to the sender (RED, dev53q): "da/damos la bienvenida a
// Xiadani Cuauhtli" (an article before it), or the run ending at b is
// followed by a comma and "nuevo/nueva/new/our/nuestro…" (an apposition:
// "Bienvenida a Xiadani Cuauhtli, nueva participante").
func (s *scanner) branchRunWelcomesPerson(w, b int) bool {
	if w > 0 && (s.toks[w-1].low == "la" || s.toks[w-1].low == "the") {
		return true
	}
	if b+1 < len(s.toks) && strings.HasPrefix(s.gap(b+1), ",") {
		switch s.toks[b+1].low {
		case "nuevo", "nueva", "nuevos", "nuevas", "new", "our", "nuestro", "nuestra", "who", "quien":
			return true
		}
	}
	return false
}
