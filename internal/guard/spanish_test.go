package guard

import "testing"

// TestSpanish: every detector works on Spanish notices (issue 15: Spanish is
// first-class) — dates ("3 de marzo de 2026"), addresses ("Calle …",
// "Av. …", "Apartado postal …"), names after "Hola", titles ("Dra."),
// record and insurance cues, ages ("92 años"), phones, clinical frames
// ("su receta de …", "su cita de …") — and ordinary Spanish notices,
// conjugated verbs included, pass.
func TestSpanish(t *testing.T) {
	g := newTestGuard(t)
	leaks := []struct{ text, kind string }{
		{"Su cita es el 3 de marzo de 2026.", "date"},
		{"Su cita es el 3 de marzo.", "date"},
		{"Nació el 12 de abril de 1961.", "date"},
		{"Fecha de nacimiento: 12/04/1961", "date"},
		{"Enviamos su pedido a Calle Mayor 12, 28013 Madrid.", "address"},
		{"Entrega en Avenida Insurgentes Sur 1602, Col. Crédito Constructor.", "address"},
		{"Entrega en Av. Reforma 222, piso 3.", "address"},
		{"Hola María, su pedido está listo.", "name"},
		{"Hola Ximena Gutiérrez, su pedido está listo.", "name"},
		{"Estimada Sra. Pérez: su pedido está listo.", "name"},
		{"Su receta de Austedo está lista.", "medication"},
		{"Su cita de cardiología es mañana.", "condition"},
		{"Su cita de oncología fue confirmada.", "condition"},
		{"Su resultado de hemoglobina A1c está disponible.", "lab_test"},
		{"Su tratamiento de quimioterapia comienza el lunes.", "procedure"},
		{"Llame al 55 1234 5678 para confirmar.", ""},
		{"Llámenos al +52 55 1234 5678.", "phone"},
		{"Apartado postal 1234, Guadalajara.", "address"},
		{"Número de expediente: 448812", "mrn"},
		{"Su número de afiliado es ABC123456.", "health_plan"},
		{"Su insulina está lista para recoger.", "medication"},
		{"Sus tiras reactivas para glucosa fueron enviadas.", ""},
		{"Su diabetis está bajo control.", "condition"},
		{"Recordatorio: su cita con el Dr. Ramírez es el viernes.", "name"},
		{"Su pedido de metformina fue enviado.", "medication"},
		{"Su prueba de VIH está lista.", ""},
		{"Su mamografía está programada para el 5 de mayo.", "procedure"},
		{"Recoja su receta en la farmacia, paciente: GARCÍA, JOSÉ.", "name"},
		{"Su correo es maria.perez@example.com", "email"},
		{"Su médico de cabecera, la Dra. López, le escribió.", "name"},
		{"Tiene 92 años.", "age"},
		{"Su depresión requiere seguimiento.", "condition"},
		{"Su cita de dermatología es el martes.", "condition"},
		{"Hola Guadalupe, tiene un mensaje nuevo.", "name"},
		{"Paciente: HERNÁNDEZ, LUIS", "name"},
		{"Su prueba de embarazo resultó positiva.", ""},
		{"Le enviamos su glucómetro y lancetas.", ""},
		{"Calz. de Tlalpan 1000, Ciudad de México.", "address"},
		{"Apdo. 56, Lima.", "address"},
		{"Su receta de Xeljanz está lista para recoger.", "medication"},
		{"Su consulta de psiquiatría fue reprogramada.", ""},
		{"Fecha de nacimiento: 3 de marzo de 1958.", "date"},
		{"Tel. 55 1234 5678", ""},
	}
	clean := []string{
		"Su pedido fue enviado el 3 de marzo.",
		"Tiene un mensaje nuevo. Inicie sesión para leerlo.",
		"Su pago de $42.10 fue procesado.",
		"Hola, su pedido está listo para recoger.",
		"Su contraseña fue cambiada. Si no fue usted, contáctenos.",
		"Su factura de marzo está disponible.",
		"Gracias por su compra. Su pedido llegará el lunes.",
		"Su cita fue confirmada. Inicie sesión para ver los detalles.",
		"Hola, tiene un mensaje nuevo de su proveedor.",
		"Su estado de cuenta de febrero de 2026 está listo.",
		"Oferta especial: 20% de descuento en su próxima compra.",
		"Su pedido número 48213 fue enviado por paquetería.",
		"Hola, su cita de seguimiento fue confirmada. Inicie sesión para ver los detalles.",
		"Su pedido llegará entre el 3 y el 5 de marzo.",
		"Su factura de marzo de 2026 está disponible.",
		"Estimado cliente: su pago vence el 15 de abril.",
		"Le recordamos que su suscripción se renueva el 1 de junio de 2026.",
		"Visite nuestra tienda en Calle Principal para recoger su pedido.",
		"Hola, gracias por comprar en Farmacias del Ahorro.",
		"Su resultado está disponible en el portal. Inicie sesión para verlo.",
		"Tiene 3 mensajes nuevos.",
		"Su cuenta fue actualizada el 2 de febrero.",
		"Nuestro horario cambia el 24 de diciembre.",
		"Responda STOP para cancelar. Tarifas de mensajes y datos pueden aplicar.",
		"Su código de verificación es 482913.",
		"Hola, tenemos novedades para usted. Inicie sesión.",
		"Su paquete fue entregado en la puerta principal.",
		"Su reembolso de $25.00 fue procesado.",
		"Hola, le escribimos de parte de su clínica. Tiene un mensaje nuevo.",
		"La oferta termina el 30 de septiembre.",
		"Gracias por su preferencia. Vuelva pronto.",
		"Descargue nuestra aplicación para recibir avisos.",
	}
	c := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, l := range leaks {
		fs, err := g.CheckText(l.text, c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			found = found || l.kind == "" || string(f.Kind) == l.kind
		}
		if len(fs) == 0 || !found {
			t.Errorf("leak not found (want %s): %q -> %+v", l.kind, l.text, fs)
		}
	}
	for _, text := range clean {
		fs, err := g.CheckText(text, c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("clean notice flagged: %q -> %+v", text, fs)
		}
	}
}

// TestSpanishDiminutives: a Spanish diminutive of an ordinary word is
// ordinary ("toallitas", "poquito", "amiguita"); an unknown word ending in
// -ita is still unknown, and clinical -itis words are untouched.
func TestSpanishDiminutives(t *testing.T) {
	for low, base := range map[string]string{"toallitas": "toallas", "poquito": "poco", "amiguita": "amiga", "cajitas": "cajas"} {
		if got := diminutiveHash(low); got != hstr(base) {
			t.Errorf("diminutiveHash(%q) is not %q's hash", low, base)
		}
	}
	for _, low := range []string{"hepatitis", "bronquitis", "ita", "itos", "bonito"[:3]} {
		if got := diminutiveHash(low); got != 0 {
			t.Errorf("diminutiveHash(%q) = %x, want 0", low, got)
		}
	}
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Su suscripción de toallitas para bebé se renueva el viernes.",
		"Espere un poquito, su pedido llega pronto.")
	checkFlagged(t, g, true,
		"Su receta de zorvita está lista.",
		"Su hepatitis requiere seguimiento.")
}
