package guard

import "testing"

// TestStaffAudience: staffaudience.go — the introduction formula's "te"/"le",
// a staff honour's "por su <merit>" and its plural clients
// pass; the same shapes about one reader keep their findings.
func TestStaffAudience(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Te presentamos a Marta, nuestra nueva farmacéutica de asesoramiento online.",
		"Le presentamos a Andrea, nuestra nueva nutricionista. Atiende martes y jueves.",
		"Nuestro asesor Jorge fue elegido colaborador del año por su atención a clientes en Cusco. ¡Felicitaciones!",
		"Nuestra cajera Rosa fue reconocida por su atención a los clientes de la sucursal Centro.",
		"Nuestro técnico Luis fue premiado por su trabajo en la sucursal Norte.",
	)
	checkFlagged(t, g, true,
		"Te presentamos a Marta, tu nueva enfermera de cuidados paliativos.",
		"Te presentamos a Marta, nuestra nueva enfermera; ella revisará tu receta.",
		"Le presentamos a Marta, la enfermera que lo acompañará en su cirugía.",
		"Nuestro asesor Jorge fue elegido para revisar su póliza.",
		"Nuestro asesor Jorge fue elegido por su atención a su madre.",
		"Nuestro asesor Jorge fue reconocido por su atención a la cliente Ana López.",
		"Nuestro asesor Jorge revisó su reclamo por su atención de urgencia del 3 de mayo.",
		"Te presentamos a Marta, nuestra nueva terapeuta de asesoramiento online. Tu primera sesión es el martes 15 a las 9:00.", // red23c, dev116r
	)
}

// TestOrgShopHeads: orgshopheads.go — a parapharmacy's, drugstore's or
// perfumery's name passes; a person's name after the shop word, or a name
// elsewhere, keeps its finding.
func TestOrgShopHeads(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"¡Bienvenida/o a Parafarmacia Alameda! Tu cuenta está lista.",
		"¡Bienvenida/o a Parafarmacia Alameda Centro! Tu cuenta está lista.",
		"¡Cumplimos 10 años! Gracias a todo el equipo de Parafarmacia Alameda y a vosotros por confiar en nosotros.",
		"Droguería Santa Fe: tu pedido ya salió.",
		"Perfumería Valdés: 20% en fragancias este fin de semana.",
	)
	checkFlagged(t, g, true,
		"Parafarmacia María López: tu receta de insulina está lista.",
		"Hola Lucía Romero, tu pedido de Parafarmacia Alameda está listo.",
		"Parafarmacia Carmen Vidal, tu pedido está listo.",
		"Pedido de Parafarmacia Rosario Benítez listo para recoger.", // red23c, dev116r: a listed surname
		"Reserva de Parafarmacia Benítez Ortega confirmada para el jueves.",
	)
}
