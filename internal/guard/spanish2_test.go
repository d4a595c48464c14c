package guard

// Tests of issue 15's fifth pass (Spanish first-class, lang.go): the
// language of a field, Spanish Title Case, frame.es_clinical, cognates
// with ch → c, and the Spanish shapes of phones, streets, identity
// documents, booking dates and toll-free numbers — each with the clean
// notices that must still pass.

import (
	"testing"
)

// scanOf tokenizes text as a field and returns the scanner, for the
// language and Title Case helpers.
func scanOf(t *testing.T, g *Guard, text string) *scanner {
	t.Helper()
	s := &scanner{}
	s.reset(g, nil, Standard, "text")
	s.t = normalize(text, nil, nil)
	s.toks = tokenize(&s.t, s.toks[:0])
	for i := range s.toks {
		s.toks[i].w = s.v.words[s.toks[i].h]
	}
	s.used = make([]bool, len(s.toks))
	return s
}

func TestSpanishLanguage(t *testing.T) {
	g := newTestGuard(t)
	for text, want := range map[string]bool{
		"Su pedido fue enviado y llegará el martes.":  true,
		"Su Pedido Ha Sido Enviado":                   true,
		"Bienvenido A Mercado Libre":                  true, // no function word: Spanish-only words decide
		"Your order has shipped and arrives Tuesday.": false,
		"Welcome To Your New Account":                 false,
		"Order 48213":                                 false,
		"Maria de la Cruz, your order has shipped.":   false, // "de la" in a name
	} {
		if got := scanOf(t, g, text).spanish(); got != want {
			t.Errorf("spanish(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSpanishTitleCase(t *testing.T) {
	g := newTestGuard(t)
	for text, want := range map[string]bool{
		"Su Pedido Llega Mañana A Guadalajara":       true,
		"Ofertas De Fin De Semana En Toda La Tienda": true,
		"Your Order Has Shipped Today":               true,
		"Su pedido llega mañana a Guadalajara.":      false,
	} {
		s := scanOf(t, g, text)
		if got := s.titleCase(len(s.toks) - 1); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSpanishFifthPass(t *testing.T) {
	g := newTestGuard(t)
	leaks := []struct{ text, rule string }{
		// frame.es_clinical: a word in no vocabulary opening a Spanish
		// sentence before a scheduling or dispensing word, or before
		// ": … su <care head>"
		{"Disopiramida lista en el mostrador.", "frame.es_clinical"},
		{"Zorvexamida programada para el miércoles.", "frame.es_clinical"},
		{"Plenqarina: recuerde su cita de control.", "frame.es_clinical"},
		{"Plenqarina: su tratamiento continúa el lunes.", "frame.es_clinical"},
		// cognates through ch → c (TestSpanishCognateCh tests the key itself:
		// the sound misspelling rule, run earlier, may take these first)
		{"Colquicina enviada a su domicilio.", ""},
		{"Broncoscopia programada para el miércoles.", ""},
		// frame.notice with the Spanish dose word
		{"Fosfomicina: una dosis, lista para recoger.", ""},
		// Spanish tests and visits
		{"Su cita prenatal es el martes.", ""},
		{"Su examen de la vista está confirmado.", ""},
		{"Su glucemia en ayunas fue de 180.", ""},
		{"Su TAC de abdomen está programado para el lunes.", ""},
		{"Resultados de su perfil lipídico disponibles.", ""},
		{"Su prueba de esfuerzo es el jueves.", ""},
		{"Su marcapasos será revisado el lunes.", ""},
		{"Su cita de Parkinson es el lunes.", ""},
		{"Su cita con el podólogo es el jueves.", ""},
		{"Su inmunoterapia continúa el lunes.", ""},
		{"Su férula fue enviada.", ""},
		{"Resultados de su prueba de ITS.", ""},
		// phones with the area code in parentheses
		{"Teléfono del paciente: (55) 1234-5678 ext. 204", "phone.national"},
		{"Teléfono: (81) 8123 4567", "phone.national"},
		{"Teléfono: (33) 12345678", "phone.national"},
		// "C/" for calle
		{"Domicilio: C/ Alcalá 45, 2º izda., Madrid.", "address.street_intl"},
		{"Domicilio: C/Mayor 3, Madrid.", "address.street_intl"},
		// Colombian numbered streets with a letter; block and lot
		{"Carrera 43A # 1-50, Medellín", "address.street_intl"},
		{"Manzana 5 Lote 12, Col. Centro, Tepic", "address.street_intl"},
		{"Mz. B Lt. 7, Villa El Salvador", "address.street_intl"},
		// Spanish month abbreviations
		{"Fecha de nacimiento: 12-ENE-1980", ""},
		{"Fecha de nacimiento: 3/abr/1980", ""},
		{"Nació el 12-AGO-1980.", ""},
		// "n.º" after a record cue; identity documents
		{"Historia clínica n.º 884512", ""},
		{"Historia clínica nro. 884512", ""},
		{"DNI: 12.345.678", ""},
		{"CI 4.567.890-1", ""},
		// a person cue beside a booking word still ties the date
		{"Su cita médica del 14 de agosto está confirmada.", "date.person"},
		{"Reservamos su cita para el 14 de agosto.", "date.person"},
	}
	for _, l := range leaks {
		fs, err := g.CheckText(l.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not flagged", l.text)
			continue
		}
		if l.rule == "" {
			continue
		}
		found := false
		for _, f := range fs {
			found = found || f.Rule == l.rule
		}
		if !found {
			t.Errorf("%q: no %s finding (%+v)", l.text, l.rule, fs)
		}
	}
	checkFlagged(t, g, false,
		// scheduling words after ordinary words, brands before everyday heads
		"Entrega programada para el viernes.",
		"Mantenimiento programado para el domingo.",
		"Pedido listo para recoger.",
		"Mochila lista para recoger.",
		"Nespresso listo para recoger.", // brands rarely end like a drug
		"Xiaomi lista para recoger en tienda.",
		"Cabify programado para las 8:00.",
		"Telcel: su consulta fue recibida.",
		"Bancomer: sus resultados del sorteo ya están.",
		"Santander: su sesión expiró.",
		"Iberdrola: su factura está disponible.",
		// ordinary Spanish words whose ch → c key meets a clinical term
		"Es muy canchero con la pelota.",
		// Spanish Title Case lines: capitals are no names, "A" is no initial
		"Gran Venta En Tienda Liverpool Polanco",
		"Bienvenido A Mercado Libre",
		"Bienvenido A Su Nueva Cuenta",
		"Su Pedido Llega Mañana A Guadalajara",
		"Su Reserva En Hotel Casa Blanca Está Confirmada", // "Está" is no family name
		// bookings, tickets and events are not care
		"Su reserva en el Hotel Miramar está confirmada para el 14 de agosto.",
		"Su mesa está reservada para el 3 de marzo.",
		"Your table is booked for March 3.",
		"Su vuelo del 3 de marzo fue confirmado.",
		"Su evento es el sábado 14 de junio en el Salón Real.",
		"Sus puntos vencen el 31 de diciembre.",
		"Ticket for the March 3 concert is ready.",
		// tracking and order numbers in Spanish
		"Su envío está en camino. Número de seguimiento: 1Z999AA10123456784.",
		"Número de pedido: 48213991",
		"Su envío con guía 7788990011 salió hoy.",
		// Spain's free numbers
		"Llame al 900 123 456 (gratuito).",
		"Atención al cliente: 902 12 34 56.",
		// a shop's own street; apples and lots that are no address
		"Visítenos en C/ Serrano 45, Madrid.",
		"La manzana 5 es roja.",
		"Compre 5 manzanas y lleve 2 lotes.",
		// "ago" in lower case is English
		"We shipped it 2 days ago.",
	)
	// the same shapes stay numbers to report in English
	checkFlagged(t, g, true, "Call 900 123 456 to confirm your account.")
}

// TestSpanishAssociation: Spanish marketing wording of health by
// association is blocked in strict mode only.
func TestSpanishAssociation(t *testing.T) {
	g := newTestGuard(t)
	for _, n := range []string{
		"¿Esperando un bebé? Vitaminas prenatales con 20% de descuento.",
		"¿Quiere dejar de fumar? Nuestros parches de nicotina pueden ayudar.",
		"¿Se siente deprimido? Nuestros consejeros pueden ayudarle.",
		"¿Quiere adelgazar? Pruebe nuestro plan.",
	} {
		fs, err := g.CheckText(n, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not flagged in strict mode", n)
		}
	}
	for _, n := range []string{"Descubra nuestra nueva colección de otoño.", "Ahorre 30% en artículos para el hogar."} {
		fs, err := g.CheckText(n, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("%q: flagged in strict mode: %+v", n, fs)
		}
	}
}

// TestSpanishCognateCh: the built-in terms are found under dictKey's key
// too (ch → c, a dropped -um), for words in no general list; ordinary
// Spanish words that meet a term only that way pass.
func TestSpanishCognateCh(t *testing.T) {
	g := newTestGuard(t)
	for text, want := range map[string]bool{
		"Colquicina enviada.":  true,  // colchicine
		"Broncoscopia mañana.": true,  // bronchoscopy
		"Moluscos frescos.":    false, // molluscum; shellfish
		"Paquidermo gigante.":  false, // pachydermia; an elephant
		"Zorblatina enviada.":  false, // no listed term
	} {
		s := scanOf(t, g, text)
		key, ok := cognateKey(nil, s.toks[0].low)
		if !ok {
			t.Fatalf("%q: no cognate key", text)
		}
		_, base := g.v.cognates[hbytes(key)]
		_, ch := s.cognateES(0, key)
		if got := base || ch; got != want {
			t.Errorf("%q: found %v (cognateKey index %v, dictKey index %v), want %v", text, got, base, ch, want)
		}
	}
	checkFlagged(t, g, false, "Platos de moluscos frescos cada viernes.", "El mercado especula con el precio del café.")
}
