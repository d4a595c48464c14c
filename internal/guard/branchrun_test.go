package guard

import "testing"

// TestBranchRun: the sender's branches, venues, streets and goods named
// by a capitalised run pass; a person's name in the same slots with a
// person cue stays reported (branchrun.go).
func TestBranchRun(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Back-to-school sale at Brightway Eastgate! Saturday 9-5: 25% off backpacks.",
		"Sucursal Del Valle Satélite cerrará por remodelación. Te esperamos en la sucursal Echegaray.",
		"Se busca Gerente de Sucursal para Del Valle León Centro. Experiencia mínima 3 años.",
		"Nuestra sucursal Roma Norte se muda a Álvaro Obregón 151, a dos cuadras.",
		"Aviso: la clínica de Santurce se traslada a la Ave. Ponce de León 1505.",
		"Welcome to Greenleaf Nutrition! Your account is ready.",
		"Thanks for printing with Brightway Photo.",
		"¡Despacho express en Santiago! Pide antes de las 12:00.",
		"Nuevos termos Hydro Flask Standard 621 ml en colores lila y arena. $399 c/u.",
		"Sets de fragancias Hugo Boss, Calvin Klein y Nina Ricci desde $899.",
		"New merch drop: Greenleaf hoodies (Forest, Oat) and 24 oz shaker bottles.",
		"Pedido enviado: 1 termo Stanley Adventure 30 oz (Rosa) y 2 pilas Energizer AA.",
		"{\"event\":\"event.reminder\",\"venue\":\"Centro de Convenciones Bogotá\"}",
	)
	checkFlagged(t, g, true,
		"Hola Lindavista Pérez, tu pedido está listo en la sucursal Tepeyac.",
		"Hi Denise Okafor, your order is ready at Brightway Westgate.",
		"Tu pedido para Rocío Hernández, tallas M, colores azul, ya salió.",
		"Estimada Carmen Rivera: termos Contigo 591 ml listos para recoger.",
		"Código de reserva 78205, domicilio en Calle Luna.",
		"Your Priya Raman photo book has shipped.",
		"Su receta está lista en Maria Gomez.",
		"Hola Santiago Rojas, tu despacho llega hoy.",
		"Your Susan G. Komen pink ribbon mug has shipped.",
		"Estimado Juan Pérez: su sucursal Del Valle León Centro tiene su receta.",
		// RED (dev53r): a person's role after the run, a room number, a
		// person's page, a branch verb with a treatment as object
		"Thanks for shopping with Aroha Ngata, your caregiver.",
		"Tu mamá ahora está en Residencia Okonkwo Adebayo, cuarto 4.",
		"Welcome to Okonkwo Adebayo's recovery page.",
		"Okonkwo Adebayo abrirá su tratamiento en Clínica Santurce el lunes.",
		"Eitan Mizrahi is now open for visits in room 12.",
		"Nuestro equipo da la bienvenida a Xiadani Cuauhtli, nueva participante del programa de día.",
		"Damos la bienvenida a Xiadani Cuauhtli.",
	)
	// their clean twins
	checkFlagged(t, g, false,
		"Welcome to Greenleaf Nutrition's new store!",
		"Thanks for shopping with Greenleaf Nutrition, your local vitamin shop.",
		"Del Valle Iztapalapa abrirá su nueva sucursal el lunes.",
		"Bienvenido a Santafé Medellín, tu nueva tienda.",
		"Le damos la bienvenida a Rosa Jiménez, nuestra nueva supervisora.",
	)
}

// TestBranchRunHours: a branch that extends its hours or will be closed
// (helper RENT44, dev44).
func TestBranchRunHours(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"QuickCare Midtown extends weekday hours to 10 PM starting April 7.", Standard, false},
		{"QuickCare Lakeshore estará cerrada el martes por cambio de piso.", Standard, false},
		{"Maria Lopez extends her thanks for your visit.", Standard, true},
		{"Hola Maria Lopez, estará cerrada la oficina el martes.", Standard, true},
	})
}
