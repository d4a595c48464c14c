package guard

import "testing"

// TestGaps19: a population defined by a past condition, the reader's
// treatment programme named by a substance, a relative named in lower case
// after the relative's record, a person's curve in degrees and a breast form
// named with its bras, without a spine or breast word (gaps19.go), and the
// Spanish multi-word conditions of vocab/clinical_es.txt; their clean
// look-alikes pass.
func TestGaps19(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		// compose.past_condition
		{"Adults who had a stroke: rehab demos this Friday.", "compose.past_condition"},
		{"Anyone who's had a stroke: free balance screening Friday.", "compose.past_condition"},
		{"If you've had a stroke, join our free chair yoga class.", "compose.past_condition"},
		{"Veterans who suffered a stroke: adaptive golf day Saturday.", "compose.past_condition"},
		{"Stroke survivors: rehab demos this Friday in Room 2.", "compose.past_condition"},
		{"Support group for stroke survivors: Tuesdays at 6.", "compose.past_condition"},
		{"Si usted tuvo un derrame, únase a nuestras clases de equilibrio.", "compose.past_condition"},
		{"Customers who had a delivery delayed: we've added a credit.", ""},
		{"Si usted tuvo un problema con su pedido, llámenos.", ""},
		{"Si usted tuvo un derrame en su cocina, use nuestro limpiador.", ""},
		{"Rowers who had a stroke rate over 30: great job.", ""},
		{"Stroke survivors speak at our public talk Thursday, open to everyone.", ""},
		{"Stroke awareness walk this Saturday: everyone welcome.", ""},
		// compose.health_program
		{"All clients in our alcohol recovery program: the meeting moves to Room 4.", "compose.health_program"},
		{"Everyone in our drug recovery program: holiday potluck Friday, open to all.", "compose.health_program"},
		{"Participantes de nuestro programa de recuperación de alcohol: el grupo cambia al jueves.", "compose.health_program"},
		{"Your gambling recovery group meets Thursday at 7.", "compose.health_program"},
		{"All clients in our drug discount program: your new card is in the mail.", ""},
		{"Everyone in our data recovery program: backups resume Monday.", ""},
		{"Alcohol-free event: family movie night Friday, all welcome.", ""},
		{"Members of our alcohol-free social club: trivia night Friday.", ""},
		{"Thanks for your support of our drug take-back program.", ""},
		// name.kin_record
		{"Your dad's record, james brown, is ready to view in the portal.", "name.kin_record"},
		{"Your grandma's file: mary green. Tap to view.", "name.kin_record"},
		{"Your son's file (james brown) was shared.", "name.kin_record"},
		{"Your dad's record, 12 wins and 3 losses, is on the league page.", "id.mrn"}, // flagged before this pass, not by kin_record
		{"Your dad's record collection, jazz and blues, ships Monday.", ""},
		{"Your son's file, homework.pdf, was uploaded.", ""},
		{"Brown Family Pharmacy: your order is ready for pickup.", ""},
		// compose.curve_owned
		{"Your curve measured 32 degrees at today's visit; see you in six months.", "compose.curve_owned"},
		{"Her curve is 30 degrees, see you in May.", "compose.curve_owned"},
		{"Su curva midió 28 grados; próxima revisión en mayo.", "compose.curve_owned"},
		{"Turn 4's curve is banked at 12 degrees; the track opens Saturday.", ""},
		{"The yield curve moved 32 basis points this week.", ""},
		{"Your curve is 15 degrees steeper than the plan.", ""},
		{"La curva de la carretera mide 15 grados.", ""},
		// compose.form_bra
		{"Your new form and two bras ship Monday.", "compose.form_bra"},
		{"Your left-side form (size 8) and two pocketed bras are ready for pickup.", "compose.form_bra"},
		{"Su nueva forma talla 6 y dos sujetadores con bolsillo llegan el lunes.", "compose.form_bra"},
		{"Your return form and two bras are in the box.", ""},
		{"Your new order form and two catalogues ship Monday.", ""},
		{"Your two new sports bras and a form-fitting top ship Monday.", ""},
		{"Your new form and two bra-size charts are attached.", ""},
		{"Su nuevo formulario y dos folletos llegan el lunes.", ""},
		// vocab/clinical_es.txt: Spanish multi-word conditions
		{"Recordatorio: su cita en la unidad de esclerosis múltiple es el martes.", "clinical.condition"},
		{"Paciente con espina bífida: su silla nueva llega el viernes.", "clinical.condition"},
		{"Su consulta de linfoma es el jueves a las 11:00.", "clinical.condition"},
	})
	// reader-tied: the public-offer and staff drops keep them, both modes
	var cases []modeCase
	for _, m := range []Mode{Standard, Strict} {
		cases = append(cases,
			modeCase{"Health fair for all adults who had a stroke: rehab demos. Open to the public.", m, true},
			modeCase{"Free webinar for all clients in our alcohol recovery program: sleep basics. Open to the public.", m, true},
			modeCase{"Nuestra higienista Laura Gómez cumple 15 años con esclerosis múltiple. ¡Gracias, Laura!", m, true},
			modeCase{"Public talk: stroke warning signs for everyone, Thursday 6 PM. Open to the public.", m, false},
			modeCase{"Our holiday party is alcohol-free this year. Everyone welcome!", m, false},
		)
	}
	checkModeCases(t, g, nil, cases)
}
