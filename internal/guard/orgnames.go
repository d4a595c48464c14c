package guard

// orgnames.go tells shop, brand, place and pet names from a person's name
// or a clinical term (issue 15, fifth pass: shop and place names). Shop,
// bank, telecom and travel notices name retailers, brands, branches,
// cities and pets: "Su pedido de Mercadona", "Farmacias Guadalajara",
// "Hotel Meliá Sevilla", "Vallarta Supermarkets", "Aldi: … from Aldi
// Naperville", "la vacuna de su perro Toby", "your dog's rabies vaccine".
// The name and misspelling rules read such words as a person's name or a
// misspelled drug. The checks here are small vetoes the other rules call
// before they report:
//
//   - orgRun: a capitalised run is an organisation or a place when a
//     business-category word stands right before it ("Farmacias
//     Guadalajara", "Hotel Meliá", "café Juan Valdez"), closes it ("Vallarta
//     Supermarkets", "Moynihan Train Hall", "Joe's Pizza"), follows a
//     saint's title ("San Juan", "Santa Clara"), when it repeats the sender
//     header's brand ("Aldi: … Aldi Naperville"), when it follows a
//     branch or city noun and "de"/"of" ("la tienda de Van Nuys"), or when
//     it is the sender header itself ("Nordstrom Rack: …") with an
//     ordinary word and no given name in it and no health wording in the
//     notice;
//   - petName: a name right after a pet noun ("su perro Toby", "your cat
//     Luna") is the animal's;
//   - travelPlace: a capitalised word right after a travel noun or in a
//     route ("tu vuelo Santiago - Punta Arenas") is a city;
//   - brandSlot: a misspelling candidate that is capitalised in a
//     proper-noun slot ("de Mercadona", "Mi Movistar", "Movistar: …") is a
//     brand, unless a clinical frame holds or the notice has health wording;
//   - petHealth: a vaccine, parasite or veterinary condition word whose
//     owner is a pet ("la vacuna de su perro", "your dog's rabies vaccine")
//     is no health information about the recipient;
//   - seatCode: "gate B12", "puerta K82", "asiento 12A" are seats and gates.
//
// Each veto fails closed: a notice with health wording (noticeCue), a
// clinical frame around the word, or a person between the pet and the
// term keeps the finding.

import "strings"

// orgBefore are business-category words written before a shop's or
// place's name (Spanish order, and "Hotel X", "Café X").
var orgBefore = wordSetTab("farmacia farmacias supermercado supermercados super hipermercado chocolates chocolateria tienda tiendas " +
	"banco hotel hoteles hostal parador restaurante restaurant cafe cafeteria panaderia pasteleria libreria ferreteria " +
	"zapateria joveria joyeria almacenes galerias mercado plaza grupo aerolineas taqueria pizzeria heladeria tintoreria " +
	"lavanderia papeleria floreria bodega bodegas cerveceria centro veterinaria clinica " +
	"chez maison " + // French shop and restaurant openers ("Chez Marcel bistro", "Maison Kitsuné"; helper F32B)
	"biblioteca bibliotecas " + // "Biblioteca Rudy Lozano" (pub2b, dev89)
	"drogerie apotheke pharmacie apteka") // German, French and Polish shop openers ("Drogerie Schmidt", "Pharmacie Martin"; helper T36A)

// orgAfter are business-category and place words that close a shop's or
// place's name ("Vallarta Supermarkets", "Union Station").
var orgAfter = wordSetTab("county parish rentals " + // "Travis County", "CareFleet Rentals" (NAMES5)
	"library libraries " + // a public library named after a person: "the Harold Washington Library" (pub2b, dev89)
	"gift fils sohne " + // "Marco Bellini Gift Co.", "Martin & Fils", "Becker & Söhne" (T36A)
	"optical opticians optician eyewear market markets supermarket supermarkets store stores bakery mall malls outlet outlets hall station " +
	"hotel hotels inn suites resort airlines airways bank foods grocers grocery pharmacy center centre plaza depot mart " +
	"club kitchen grill deli boutique shop shoppe motors salon spa gym fitness cleaners hardware furniture books bistro " +
	"pizza apartments realty bakeries cafe cantina taqueria " +
	// eateries (fifth pass, dev24: "Your order from Ōsaka Ramen")
	"ramen sushi noodle noodles pho burger burgers bbq barbecue diner trattoria pizzeria creamery eatery " +
	"tacos wings bagels donuts doughnuts coffee roasters brewery brewing winery dumplings curry " +
	// French shop words of English notices (night of 2026-12-04, dev25:
	// "François’ Bakery", brandlist.go's pass)
	"patisserie boulangerie creperie chocolatier")

// orgAfterHealth: a health insurer or network named by its brand, the run
// no given and family name of the lists (fix108, dev108: "Tiene un nuevo
// mensaje de Isapre Vertiente Salud", "Oscar Health"; "Maria Lopez Health
// check results" stays a person's).
var orgAfterHealth = wordSetTab("salud health")

// orgPlaceNoun + "de"/"of" + a capitalised run: a branch or a city ("la
// tienda de Van Nuys", "la sucursal de Coyoacán").
var orgPlaceNoun = wordSetTab("tienda sucursal oficina estacion aeropuerto ciudad barrio colonia planta almacen store branch location city " +
	"virgen") // "la Virgen de Guadalupe": a holiday and a shrine (helper F32B)

// saintWords open place names ("San Juan", "Santa Clara", "São Paulo").
var saintWords = wordSetTab("san santa santo sao saint")

// petNouns name an animal: a name right after one is the pet's.
var petNouns = wordSetTab("perro perra perrito perrita gato gata gatito gatita mascota mascotas cachorro cachorra dog dogs cat cats " +
	"puppy puppies kitten kittens pet pets")

// petTerms are vaccine, parasite and veterinary condition words that
// petHealth may leave when a pet owns them.
var petTerms = wordSetTab("vacuna vacunas vacunacion antirrabica rabia moquillo parvovirus desparasitacion desparasitante " +
	"vaccine vaccines vaccination vaccinations shot shots booster rabies distemper parvo heartworm deworming flea fleas tick ticks checkup")

// travelNouns: a capitalised word right after one is a city ("vuelo
// Santiago", "flight Boise").
var travelNouns = wordSetTab("vuelo vuelos flight flights billete billetes boleto boletos tren train ruta route bus autobus")

// seatNouns come before a seat or gate code ("gate B12").
var seatNouns = wordSetTab("gate gates puerta asiento seat coche car plaza platform anden terminal sala")

// appWords: "Mi Movistar", "My Verizon" — an app or account name.
var appWords = wordSetTab("mi my")

// brandNotTypo: token i, in a brand slot (the caller checks brandSlot
// first: finding term costs look-ups), does not read as a typo of term,
// the clinical word it is near. A typo keeps the start of the word
// ("Metforminna", "Methocarbomol") or holds the whole term, or is one
// letter off ("Zeroquel"), or is a sound-alike three or more letters off
// ("Noomonia"); a brand near a drug's name is exactly two letters off and
// differs early ("Mercadona" and "metadona", "Movistar" and "monistat",
// "Sephora" and "septra").
func (s *scanner) brandNotTypo(i int, term string) bool {
	if term == "" {
		return false
	}
	low := s.toks[i].low
	p := 0
	for p < len(low) && p < len(term) && low[p] == term[p] {
		p++
	}
	need := min(5, len(term)-2)
	return p < need && !strings.Contains(low, term) && !strings.Contains(term, low) && editDistance(low, term, 2) == 2
}

// nearest returns the term of the index that lookup matches low with, or
// "" (the same keys and edit limits as lookup).
func (fx *fuzzyIndex) nearest(low string) string {
	var buf, buf2 [64]byte
	if len(low) > len(buf) || fx.keys == nil {
		return ""
	}
	try := func(h uint64) string {
		i, ok := fx.keys[h]
		if !ok {
			return ""
		}
		t := fx.terms[i]
		max := 1
		if len(t) >= fuzzyLong && len(low) >= fuzzyLong {
			max = 2
		}
		if editDistance(low, t, max) <= max {
			return t
		}
		return ""
	}
	if t := try(hstr(low)); t != "" {
		return t
	}
	for a := 0; a < len(low); a++ {
		d1 := append(append(buf[:0], low[:a]...), low[a+1:]...)
		if t := try(hashBytes(fnvOffset, string(d1))); t != "" {
			return t
		}
	}
	if len(low) < fuzzyLong {
		return ""
	}
	for a := 0; a < len(low); a++ {
		d1 := append(append(buf[:0], low[:a]...), low[a+1:]...)
		for b := a; b < len(d1); b++ {
			d2 := append(append(buf2[:0], d1[:b]...), d1[b+1:]...)
			if t := try(hashBytes(fnvOffset, string(d2))); t != "" {
				return t
			}
		}
	}
	return ""
}

// anyGeneral: some token of a..b is an ordinary English or Spanish word.
func (s *scanner) anyGeneral(a, b int) bool {
	for k := a; k <= b && k < len(s.toks); k++ {
		if s.general(k) {
			return true
		}
	}
	return false
}

// hasFirst: some token of a..b is in the given-name list.
func (s *scanner) hasFirst(a, b int) bool {
	for k := a; k <= b && k < len(s.toks); k++ {
		if s.fl(k)&wFirst != 0 {
			return true
		}
	}
	return false
}

// senderHeader: tokens 0..end open the text and a colon follows them
// ("Nordstrom Rack: your order …").
func (s *scanner) senderHeader(i, end int) bool {
	if i != 0 || end+1 >= len(s.toks) {
		return false
	}
	g := s.gap(end + 1)
	// an emoji before the colon ("Spotify Wrapped 🎧:", helper MEDIA)
	g = strings.TrimLeftFunc(g, func(r rune) bool { return r == ' ' || r >= 0x2190 && r != 0xFFFD })
	return strings.HasPrefix(g, ":") && !strings.Contains(g, "\n")
}

// inHeader: token i is one of the capitalised words (at most four) that
// open the text before its first colon ("Vallarta Supermarkets: …").
func (s *scanner) inHeader(i int) bool {
	for k := 0; k < len(s.toks) && k < 4; k++ {
		if s.toks[k].cls&(tCap|tUpper) == 0 || s.toks[k].cls&tAlpha == 0 || k > 0 && s.gap(k) != " " {
			return false
		}
		if g := s.gap(k + 1); strings.HasPrefix(g, ":") && !strings.Contains(g, "\n") {
			return i <= k
		}
	}
	return false
}

// orgRun reports whether the capitalised run i..end names an organisation
// or a place rather than a person (see the file comment).
func (s *scanner) orgRun(i, end int) bool {
	n := len(s.toks)
	if i < 0 || end >= n || end < i {
		return false
	}
	if s.shopReaderName(i, end) { // "Tienda Carmen Vidal: tu …" speaks to a person (shopreader.go)
		return false
	}
	if s.dealerBrand(i, end) || s.branchSite(i, end) || s.branchHead(i, end) || s.branchRun(i, end) { // dealerbrand.go, branchsite.go, branchhead.go, branchrun.go
		return true
	}
	// a category word right before, or opening the run
	// (not a given and a family name of the lists after a capitalised
	// category word: "Hotel Maria Lopez: your stay …" names the guest,
	// redteam.go; "esta semana café Juan Valdez" is the brand)
	if i > 0 && s.gap(i) == " " && orgBefore.get(s.toks[i-1].h) && !s.toks[i].sent &&
		!(s.toks[i-1].cls&(tCap|tUpper) != 0 && s.personAfter(i) && s.toks[i-1].low != "biblioteca") {
		return true
	}
	if s.orgShopHeadRun(i, end) { // "Parafarmacia Alameda" (orgshopheads.go)
		return true
	}
	if orgBefore.get(s.toks[i].h) && s.toks[i].cls&(tCap|tUpper) != 0 && end > i && (!s.personAfter(i+1) || s.toks[i].low == "biblioteca" && s.gap(i+1) == " ") { // a library named after a person, "Biblioteca Rudy Lozano" (pub2b): no guest is addressed there
		return true
	}
	// a category word closing it, also after a possessive ("Joe's Pizza")
	last := end + 1
	if last+1 < n && s.toks[last].low == "s" && (s.gap(last) == "'" || s.gap(last) == "\u2019") {
		last++ // the tokenizer keeps "'s" apart: "joe", "s", "pizza"; a curly apostrophe too ("Amélie’s Pâtisserie")
	}
	for k := i + 1; k <= last && k < n; k++ {
		// a possessive apostrophe with no "s" ("François’ Bakery",
		// "Charles' Bakery"; brandlist.go's pass)
		apos := k == end+1 && (s.gap(k) == "' " || s.gap(k) == "\u2019 ")
		if g := s.gap(k); g != " " && !(k == end+1 && last > end+1) && !apos {
			break
		}
		if orgAfter.get(s.toks[k].h) && s.toks[k].cls&(tCap|tUpper) != 0 {
			return true
		}
		if orgAfterHealth.get(s.toks[k].h) && s.toks[k].cls&(tCap|tUpper) != 0 && !s.personAfter(i) {
			return true
		}
	}
	// a saint's name is a place ("San Juan", "Santa Clara"), unless a
	// family name follows ("Santa Maria Lopez")
	if i > 0 && s.gap(i) == " " && saintWords.get(s.toks[i-1].h) && s.toks[i-1].cls&tCap != 0 {
		last := false
		for k := i + 1; k <= end+1 && k < n; k++ {
			if s.fl(k)&wLast != 0 && s.toks[k].cls&tCap != 0 && s.gap(k) == " " {
				last = true
			}
		}
		if !last {
			return true
		}
	}
	// "la tienda de Van Nuys"
	if i >= 2 && s.gap(i) == " " && s.gap(i-1) == " " && (s.toks[i-1].low == "de" || s.toks[i-1].low == "of") && orgPlaceNoun.get(s.toks[i-2].h) &&
		(s.toks[i-2].low != "virgen" || end == i && !s.personAfter(i)) { // "Virgen de" + one word (helper F32B)
		return true
	}
	// the sender's brand again ("Aldi: … from Aldi Naperville")
	if i > 0 && n > 1 && strings.HasPrefix(s.gap(1), ":") && s.toks[0].cls&(tCap|tUpper) != 0 && s.toks[i].h == s.toks[0].h && end > i {
		return true
	}
	// the sender header with an ordinary word in it ("Nordstrom Rack:",
	// "Hilton Honors:"), no given name and no health wording; two unknown
	// words ("Okonkwo Adebayo: …") may be a person
	if s.senderHeader(i, end) && !s.hasFirst(i, end) && s.anyGeneral(i, end) {
		if _, ok := s.noticeCue(); !ok {
			return true
		}
	}
	return false
}

// petName: token i comes right after a pet noun ("su perro Toby").
func (s *scanner) petName(i int) bool {
	return i > 0 && s.gap(i) == " " && petNouns.get(s.toks[i-1].h) && !s.toks[i].sent
}

// travelPlace: token i comes right after a travel noun ("vuelo Santiago")
// or after "X - " that does ("vuelo Madrid - Bilbao"), or after "en/por
// todo/toda" ("a domicilio en todo Santiago").
func (s *scanner) travelPlace(i int) bool {
	if i > 0 && s.gap(i) == " " && travelNouns.get(s.toks[i-1].h) {
		return true
	}
	if i >= 2 && strings.TrimSpace(s.gap(i)) == "-" && s.toks[i-1].cls&(tCap|tUpper) != 0 && s.gap(i-1) == " " && travelNouns.get(s.toks[i-2].h) {
		return true
	}
	// "a domicilio en todo Santiago", "por toda Lima": a place's whole
	// extent, no person (fix helper fix108, dev108)
	if i >= 2 && s.gap(i) == " " && s.gap(i-1) == " " && (s.toks[i-1].low == "todo" || s.toks[i-1].low == "toda") &&
		(s.toks[i-2].low == "en" || s.toks[i-2].low == "por") {
		return true
	}
	return false
}

// brandSlot: the capitalised token i, a misspelling candidate, stands
// where a brand or place goes — after "de", "from", "at" and the other
// words of properNounSlot, after "Mi"/"My", or as the sender header —
// and neither a clinical frame nor the notice's wording is about health.
func (s *scanner) brandSlot(i int) bool {
	t := &s.toks[i]
	if t.cls&tCap == 0 || t.cls&tUpper != 0 {
		return false
	}
	slot := s.properNounSlot(i) ||
		i > 0 && s.gap(i) == " " && appWords.get(s.toks[i-1].h) && s.toks[i-1].cls&tCap != 0 ||
		s.inHeader(i)
	if !slot {
		return false
	}
	if _, ok := s.noticeCue(); ok {
		return false
	}
	if _, ok := s.clinicalFrame(i); ok {
		return false
	}
	return true
}

// petHealth: the clinical words i..j are pet-care words and a pet owns
// them in the same sentence: "your dog's rabies vaccine", "la vacuna de
// su perro", "vaccines for your cat". A person word between (hijo, son…)
// or health wording elsewhere in the notice keeps the finding.
func (s *scanner) petHealth(i, j int) bool {
	for k := i; k <= j; k++ {
		if !petTerms.get(s.toks[k].h) {
			return false
		}
	}
	if _, ok := s.noticeCue(); ok {
		return false
	}
	n := len(s.toks)
	// before: "your dog's", "your pet's" (the apostrophe is dropped)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !s.sameSentence(k, i) || personWords.get(s.toks[k].h) {
			break
		}
		if petNouns.get(s.toks[k].h) && k > 0 && possWords.get(s.toks[k-1].h) {
			return true
		}
	}
	// after: "de su perro", "for your cat"
	for k := j + 1; k < n && k <= j+4; k++ {
		if !s.sameSentence(j, k) || personWords.get(s.toks[k].h) {
			break
		}
		if petNouns.get(s.toks[k].h) && possWords.get(s.toks[k-1].h) {
			return true
		}
	}
	return false
}

// possWords come before the pet noun that owns a term.
var possWords = wordSetTab("your su tu sus tus the el la los las my mi")

// personWords are people a pet-care word may belong to instead.
var personWords = wordSetTab("hijo hija hijos hijas bebe nino nina son daughter child children baby kid kids you usted esposo esposa " +
	"husband wife mother father madre padre own propio propia")

// seatCode: token i is a code right after a gate or seat noun ("gate
// B12", "puerta K82").
func (s *scanner) seatCode(i int) bool {
	return i > 0 && s.gap(i) == " " && seatNouns.get(s.toks[i-1].h) && s.toks[i].cls&(tDigit|tMixed) != 0
}

// shopOwnerName (helper T36A, dev36/dev48a) tells that a full name read by
// the name rule (words.go) opens a shop's name closed by a business word that is
// never a person's: "Marco Bellini Gift Co.", "Martin & Fils". Only the
// closers of shopOwnerAfter count, right after the name (or after "&"), and
// never in a notice that says anything about care (noticeCue); the name
// rules then leave the whole name alone. "Hi Marco Bellini, your results"
// has no such closer and stays reported.
func (s *scanner) shopOwnerName(i, j int) bool {
	k := j + 1
	if k < len(s.toks) && s.gap(k) == " & " {
		// "Martin & Fils"
	} else if k >= len(s.toks) || s.gap(k) != " " {
		return false
	}
	if k >= len(s.toks) || !shopOwnerAfter.get(s.toks[k].h) || s.toks[k].cls&(tCap|tUpper) == 0 {
		return false
	}
	_, cue := s.noticeCue()
	return !cue
}

var shopOwnerAfter = wordSetTab("gift fils sohne")
