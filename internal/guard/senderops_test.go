package guard

import "testing"

// TestSenderOps: the sender's own operations — a rule's state from a date
// on, a department not working on a holiday, a programme's deadline with an
// incentive, an opt-out line's number, a curbside pickup at the store's
// address, a webhook's account id — pass; the same frames tied to the
// reader, a relative or a named person stay reported (senderops.go, site18,
// dev100 fam-site, dev100d).
func TestSenderOps(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// a rule's state from a date on (opRuleState, policydate.go)
		{"Hospital Regional del Norte: A partir del 1 de febrero, el uso de mascarilla es obligatorio para todo el personal y los visitantes.", Standard, false},
		{"Clínica Dental Arcoíris: Desde el 2 de enero, el ingreso con alimentos a las salas de espera estará prohibido.", Standard, false},
		{"Sunnyside Children's Dental Clinics: A partir del 1 de marzo, el uso de cubrebocas es obligatorio en las salas de espera.", Standard, false},
		{"Maple Grove Clinic: A partir del 2 de enero, no se permitirá el ingreso con mascotas a las salas de espera.", Standard, false},
		{"Maple Grove Clinic: Starting January 8, the use of face masks will be required for all visitors.", Standard, false},
		{"Centro Pediátrico Los Almendros: A partir del 15 de febrero, el uso de la férula será obligatorio para su hijo durante la noche.", Standard, true},
		{"Maple Grove Clinic: Starting January 8, the use of the lift is required for Ana on every visit.", Standard, true},
		{"Maple Grove Clinic: A partir del 1 de febrero, la diálisis es obligatoria los martes y jueves.", Standard, true},
		{"Maple Grove Clinic: A partir del 1 de febrero, el ingreso del hijo de Marta a la sala de espera es obligatorio con acompañante.", Standard, true},
		// "espera" of a waiting list or a held place stays a booking word
		{"Nuestra oficina le tiene en lista de espera para el 3 de marzo a las 9:40.", Standard, true},
		// a department not working on a holiday (opNoService, closeddept.go)
		{"Clínica Santa Rosa: Con motivo del feriado del 9 de julio, la consulta externa no funcionará.", Standard, false},
		{"Policlínico San Andrés: Por el día festivo del 1 de mayo, la consulta externa no atenderá público.", Standard, false},
		{"Clínica del Sur: Con motivo del feriado del 8 de diciembre, la consulta externa y el vacunatorio no funcionarán.", Standard, false},
		{"Clínica del Sur: Con motivo del feriado del 18 de septiembre, su consulta de control no se realizará.", Standard, true},
		{"Clínica del Sur: Por el feriado del 1 de mayo, la consulta de Lucía no funcionará.", Standard, true},
		{"Clínica del Sur: Por el feriado del 1 de mayo, la consulta de la Sra. Pérez no funcionará y pasa al 2 de mayo.", Standard, true},
		{"Clínica del Sur: Por el feriado del 1 de mayo, la consulta no funcionará; te esperamos el 2 de mayo a las 9:40.", Standard, true},
		// a programme's deadline for everyone (opDeadline, words.go date())
		{"VitalLine Workplace Health: To earn the 2027 premium incentive, complete a screening or submit a physician form by March 31.", Standard, false},
		{"Keystone Workforce Health: To earn this year's premium discount, complete a wellness screening by October 31.", Standard, false},
		{"Summit Health Rewards: Complete an annual physical or a health assessment by November 15 to earn 500 points.", Standard, false},
		{"Programa Salud Total: Para obtener el descuento, realice un chequeo preventivo antes del 31 de marzo.", Standard, false},
		{"Brightlane Diabetes Program: To keep your incentive, complete your A1c test by March 31.", Standard, true},
		{"Keystone Workforce Health: To earn the incentive, complete the follow-up mammogram by March 31.", Standard, true},
		{"Keystone Workforce Health: To earn the incentive, Dana must complete a screening by March 31.", Standard, true},
		{"Keystone Workforce Health: To earn the incentive, his screening must be done by March 31.", Standard, true},
		{"Keystone Workforce Health: Complete a screening by March 31.", Standard, true},
		{"Programa Salud Total: Para mantener el descuento, realice su colonoscopia antes del 30 de abril.", Standard, true},
		// the sender's opt-out line (opOptOutPhone, numbers.go)
		{"Riverside Children's Hospital Foundation: You can opt out of these appeals anytime by calling (503) 555-0162.", Standard, false},
		{"St. Agnes Hospital Foundation: You may opt out of fundraising messages at any time by replying STOP or calling (617) 555-0150.", Standard, false},
		{"Fundación Hospital del Niño: Si ya no desea recibir estos mensajes, puede darse de baja respondiendo BAJA o llamando al (787) 555-0143.", Standard, false},
		{"Mercy Valley Health Foundation: Unsubscribe from donor updates at any time by texting STOP to 41500 or calling (414) 555-0129.", Standard, false},
		{"Mercy Valley Health Foundation: You opted out of reminders by calling (414) 555-0129.", Standard, true},
		{"Mercy Valley Health Foundation: You can opt out by calling your mobile (414) 555-0129.", Standard, true},
		{"Mercy Valley Health Foundation: Your daughter can opt out by calling (414) 555-0129.", Standard, true},
		{"Mercy Valley Health Foundation: Thanks for calling (414) 555-0129 about your infusion.", Standard, true},
		{"Fundación Hospital del Niño: Su hija se dio de baja llamando al (787) 555-0143.", Standard, true},
		{"You can opt out anytime by calling (414) 555-0129.", Standard, true},
		// a curbside pickup at the store's address (opPickupAt, senderplace.go)
		{"Fernwood Garden Supply: Your curbside order is ready at 88 Mill Rd. Text us when you arrive!", Standard, false},
		{"Camellia Row Boutique: Your curbside pickup order is ready at 214 Elm St, Suite 3. Text us when you pull up!", Standard, false},
		{"Papelería Girasol: Su pedido está listo en 450 Main St, Suite 2. Envíenos un mensaje cuando llegue.", Standard, false},
		{"Fernwood Garden Supply: Your curbside order will be delivered to your home at 88 Mill Rd instead.", Standard, true},
		{"Fernwood Garden Supply: Your order is ready at your home, 88 Mill Rd.", Standard, true},
		{"Fernwood Garden Supply: Your curbside order is ready at 88 Mill Rd, Apt 4.", Standard, true},
		{"Fernwood Garden Supply: Your curbside order is ready at 88 Mill Rd. We will bring it to you at your home.", Standard, true},
		{"Fernwood Garden Supply: Maria Lopez's order is ready at 88 Mill Rd.", Standard, true},
		{"Fernwood Garden Supply: Your curbside order is ready at 88 Mill Rd. Text us when you arrive for your infusion.", Standard, true},
		// a webhook's account id (opAcctID, snakeid.go)
		{`{"evento":"mensaje.nuevo","cuenta":"cta_88k2p"}`, Standard, false},
		{`{"event":"message.created","account_id":"cta_7r2k"}`, Standard, false},
		{`{"evento":"cita.nueva","procedimiento":"cta","fecha":"2027-03-03"}`, Standard, true},
		{`{"evento":"cita.nueva","procedimiento":"cta_4k2p"}`, Standard, true},
		{`{"event":"imaging.scheduled","study":"cta_chest"}`, Standard, true},
		{`{"cuenta":"cta_88k2p","estudio":"cta coronaria"}`, Standard, true},
		{`{"cuenta":"cta_88k2p"}`, Standard, true},
		{`{"evento":"mensaje.nuevo","cuenta":"cta_88k2p"} Su cta coronaria es el 3 de marzo.`, Standard, true},
	})
}
