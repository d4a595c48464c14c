package guard

import "testing"

// TestOrgNamesClean: shop, brand, branch, city and pet names in shop,
// travel and pet-care notices pass (orgnames.go); each was flagged before
// (name.capitalized, name.full, name.given, frame.misspelling,
// clinical.condition, compose.head_before or compose.learned).
func TestOrgNamesClean(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		// a misspelling candidate in a brand slot that differs early from
		// the clinical word it is near ("metadona", "monistat")
		"Su pedido de Mercadona está listo para recoger.",
		"Movistar: su factura ya está disponible en la app Mi Movistar.",
		"Vallarta Supermarkets: su pedido está listo.",
		"Mercadona: su pedido llegará mañana.",
		// a business-category word before or closing the name
		"Farmacias Guadalajara le ofrece un descuento este fin de semana.",
		"Chocolates Turín: su pedido de bombones saldrá mañana.",
		"Hotel Meliá Sevilla: le esperamos el viernes.",
		"Esta semana café Juan Valdez a precio especial.",
		"Amtrak: your train departs from Moynihan Train Hall.",
		"Grubhub: your order from Joe's Pizza has been picked up.",
		"Your JetBlue flight to San Juan boards at 6:40 am.",
		// a branch noun and "de"; the sender's brand again
		"Su pedido está listo en la tienda de Van Nuys.",
		"Aldi: your order from Aldi Naperville is on the way.",
		// the sender header with an ordinary word in it
		"Nordstrom Rack: your order has shipped.",
		// a pet's name and a pet's vaccine
		"Toca la vacuna de su perro Toby. Pida cita en recepción.",
		"Banfield: your cat Luna is due for her annual checkup.",
		"Your dog's rabies vaccine is due. Book online.",
		"Recuerde la desparasitación de su mascota este mes.",
		// a city after a travel noun, a gate code
		"LATAM: tu vuelo Santiago - Punta Arenas está confirmado.",
		"Delta: your flight departs from gate B12.",
		// a place's whole extent (fix108, dev108)
		"Ahora tenemos servicio de laboratorio a domicilio en todo Santiago.",
		// a health insurer's brand (fix108, dev108)
		"Tiene un nuevo mensaje de Isapre Vertiente Salud. Léalo en su portal.",
		"You have a new message from Oscar Health.",
	)
}

// TestOrgNamesFailClosed: the same shapes with a person, health wording
// or a clinical frame are still flagged.
func TestOrgNamesFailClosed(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		// a typo keeps the start of the drug's name, so a brand slot does
		// not clear it; health wording in the notice does not either
		"Su pedido de Metforminna está listo.",
		"Methocarbomol Store: your order is ready.",
		"Methocarbomol: your order is ready.",
		"Mercadona: su receta está lista.",
		"Noomonia: what to expect after your visit.",
		"Zeroquel: your order is ready.",
		"Farmacias Guadalajara: su receta de Metforminna está lista.",
		// a header of two unknown words, or one with a given name, may be
		// a person
		"Okonkwo Adebayo: your order is ready.",
		"Bronwyn Achterberg: your order is ready.",
		"Order from Walgreens for Okonkwo Adebayo is ready.",
		// a saint's title before a given and a family name
		"Santa Maria Lopez has an appointment.",
		// greetings are still names
		"Hotel Meliá: Hola Guadalupe, su reserva está confirmada.",
		// the vaccine of a person, or of nobody named
		"Your rabies vaccine is due at our clinic.",
		"La vacuna de su hijo contra la rabia está lista.",
		"Your dog's rabies vaccine and your own tetanus booster are due.",
		"Your son Ethan's rabies shot after the dog bite is scheduled.",
		"Bella's distemper vaccine is due.",
		// a name after a travel sentence, a vitamin shot
		"Tu vuelo sale mañana, Guadalupe.",
		"Your B12 shot is due.",
		"Santiago, su examen de laboratorio a domicilio fue agendado.",
		"Maria Lopez Health check results are ready.",
		// a pet frame with health wording in the notice
		"Your dog's rabies vaccine and your prescription refill are ready.",
	)
}

// TestOrgNameHelpers pins the small predicates on hand-made token runs.
func TestOrgNameHelpers(t *testing.T) {
	g := newTestGuard(t)
	tokAt := func(s *scanner, w string) int {
		for i := range s.toks {
			if s.toks[i].low == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	scan := func(text string) *scanner { return scanOf(t, g, text) }
	s := scan("Su pedido de Mercadona está listo.")
	if i := tokAt(s, "mercadona"); !s.brandSlot(i) || !s.brandNotTypo(i, "metadona") || s.brandNotTypo(i, "mercadonas") {
		t.Error("Mercadona after de: want a brand slot, not a typo of metadona, a typo of mercadonas")
	}
	s = scan("Su receta de Mercadona está lista.")
	if i := tokAt(s, "mercadona"); s.brandSlot(i) {
		t.Error("after 'receta de': health wording, want no brand slot")
	}
	s = scan("Tu vuelo Santiago sale mañana.")
	if i := tokAt(s, "santiago"); !s.travelPlace(i) {
		t.Error("vuelo Santiago: want a place")
	}
	s = scan("Su perro Toby y su hijo Mateo.")
	if !s.petName(tokAt(s, "toby")) || s.petName(tokAt(s, "mateo")) {
		t.Error("perro Toby is a pet, hijo Mateo is not")
	}
}
