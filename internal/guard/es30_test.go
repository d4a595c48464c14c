package guard

// Tests of helper ES's Spanish rules (dev30): home-care supplies
// (supplies.txt), Spanish PO boxes (address_more.go), drugs spelled letter
// by letter judged by cognate key (spelledcognate.go), Spanish greetings
// before two lower-case given names (greetintl.go, greetname.go), Spanish
// announcement frames (announce_es.go), Spanish -es plurals (esplural.go)
// and care-delivery words (caremode.go) — each with the notices that must
// stay reported or pass.

import "testing"

func esCheck(t *testing.T, g *Guard, text string) []Finding {
	t.Helper()
	fs, err := g.CheckText(text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestES30Leaks(t *testing.T) {
	g := newTestGuard(t)
	for text, rule := range map[string]string{
		"Su andadera con ruedas está lista para entrega a domicilio.":         "",
		"Pedido confirmado: sondas urinarias intermitentes, 60 unidades.":     "",
		"Pedido confirmado: pañales para adulto talla G, 4 paquetes.":         "",
		"Su grúa para pacientes se instalará el viernes.":                     "",
		"Su tarjeta se envió al apartado de correos 455, 46080 Valencia.":     "address.po_box",
		"Enviamos su credencial a la casilla postal 77, 5000 Córdoba.":        "address.po_box",
		"Tu s-e-r-t-r-a-l-i-n-a ya salió a reparto.":                          "cognate.term.spaced",
		"Su q-u-e-t-i-a-p-i-n-a fue enviada.":                                 "cognate.term.spaced",
		"buenas tardes juan carlos, recuerde completar su registro":           "compose.greeting",
		"buenos días maría josé, su cita está confirmada":                     "compose.greeting",
		"Su examen de la vista está programado para el viernes.":              "",
		"Su consulta de pediatría es el lunes a las 10.":                      "",
		"Recordatorio: su examen de la vista sin costo es el jueves 12.":      "",
		"Nuevo consultorio de oncología: su quimioterapia continúa el lunes.": "",
		"Su cita en el centro de imagenología es el martes a las 8.":          "",
		"Envíenos una foto de su herida quirúrgica por el portal.":            "",
	} {
		fs := esCheck(t, g, text)
		if len(fs) == 0 {
			t.Errorf("%q: no finding", text)
		} else if rule != "" && !hasRule(fs, rule) {
			t.Errorf("%q: want %s, got %s", text, rule, rulesOf(fs))
		}
	}
}

func TestES30Clean(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		"Tu andadera para bebé fue despachada.",
		"Tu caminadora eléctrica para ejercicio llega el martes.",
		"Tu bastón para selfie fue enviado.",
		"Tu c-o-m-b-o ya salió a reparto.",
		"Tu t-a-z-a personalizada ya salió a reparto.",
		"Tu b-i-c-i-c-l-e-t-a ya salió a reparto.",
		"buenas tardes, recuerde completar su registro en el portal",
		"buenos días a todos, su pedido ya salió",
		"Para aclaraciones de facturación escríbanos a soporte@portal.example o al 888 555 0134.",
		"Comuníquese con nosotros al 555 0100 para aclaraciones.",
		"Abrimos un nuevo centro de imagenología en la zona norte.",
		"Nuevo consultorio de pediatría en la sucursal Centro, abierto a nuevas familias.",
		"Nueva clínica de odontología en Plaza del Sol, abierta a nuevos pacientes.",
		"Semana de salud visual: examen de la vista sin costo en ópticas participantes.",
		"Servicio de pediatría para toda la familia, abierto los sábados.",
		"Nuestra dirección para devoluciones: Apartado de Correos 1200, 28080 Madrid.",
		"Tu termo Stanley fue enviado.",
		"Enviamos tu termo Stanley y botella de agua.",
		"Tu crema Nivea fue enviada.",
		"Revise sus operaciones bancarias en la aplicación.",
		"Gracias por sus donaciones a la fundación.",
		"Nuestras instalaciones estarán cerradas el lunes.",
		"Envíe su correspondencia al apartado postal 10-200 de la empresa.",
	} {
		if fs := esCheck(t, g, text); len(fs) > 0 {
			t.Errorf("%q: %s", text, rulesOf(fs))
		}
	}
}

// TestESAnnounceFrame: the frames alone, and the wording that is none.
func TestESAnnounceFrame(t *testing.T) {
	for text, want := range map[string]bool{
		"Nuevo consultorio de pediatría en la sucursal Centro": true,
		"Nueva clínica de odontología":                         true,
		"examen de la vista sin costo":                         true,
		"abierto a nuevas familias":                            true,
		"abierta a nuevos pacientes":                           true,
		"consultas para toda la familia":                       true,
		"Nuevo resultado disponible":                           false, // no place
		"Su nuevo consultorio":                                 false, // "nuevo" does not open the sentence
		"sin cita previa para usted":                           false, // announceFrame's, not this one's
		"nuevas familias":                                      false,
		"la familia":                                           false,
	} {
		nt := normalize(text, nil, nil)
		toks := tokenize(&nt, nil)
		if got := esAnnounceFrame(toks); got != want {
			t.Errorf("esAnnounceFrame(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestESPlural: Spanish -es plurals of ordinary words are ordinary.
func TestESPlural(t *testing.T) {
	g := newTestGuard(t)
	for text, want := range map[string]bool{
		"aclaraciones": true,
		"razones":      true,
		"ciudades":     true,
		"felices":      true,
		"sertralines":  false,
		"cosas":        false, // -s alone is singularHash's
	} {
		s := scanOf(t, g, text)
		if got := s.esPlural(0); got != want {
			t.Errorf("esPlural(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestES30Dictionary: with the operator's dictionary, micellar water and
// telemedicine are no Spanish spellings of a drug; a specialist beside
// them still is reported.
func TestES30Dictionary(t *testing.T) {
	dicts := testDictionaries(t, false)
	if dicts == nil {
		t.Skip("no medical dictionary (SEALPOST_GUARD_DICTIONARY)")
	}
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	for text, leak := range map[string]bool{
		"Disponible para recoger: crema Pond's y agua micelar Garnier.":                  false,
		"Nuevo servicio: consultas de telemedicina para toda la familia.":                false,
		"Su consulta de telemedicina con el endocrinólogo es mañana a las 9.":            true,
		"Tu s-e-r-t-r-a-l-i-n-a ya salió a reparto.":                                     true,
		"Semana de salud visual: examen de la vista sin costo en ópticas participantes.": false,
	} {
		if fs := esCheck(t, g, text); (len(fs) > 0) != leak {
			t.Errorf("%q: leak=%v, got %s", text, leak, rulesOf(fs))
		}
	}
}
