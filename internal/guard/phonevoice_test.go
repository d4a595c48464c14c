package guard

import "testing"

// TestPhoneVoice: the sender's own phone with no tenant context — called
// by a one-word made name or after "con", given after "save our number",
// or closing a call in a notice speaking as the sender — passes; a person,
// a relative, a personal line, the sender calling the reader, a notice with
// no voice and no name, and a person in the sentence before stay reported
// (phonevoice.go).
func TestPhoneVoice(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	S := Standard
	checkModeCases(t, g, ctx, []modeCase{
		// the genuine shapes
		{"Your caregiver visit is confirmed for Tuesday, 8:00 AM–12:00 PM. Questions? Call Hearthside at (630) 555-0100.", S, false},
		{"Your order shipped today. Call Pinecrest at 503-555-0112 with questions.", S, false},
		{"Text Brightwater at (630) 555-0140 to reschedule.", S, false},
		{"Llame a Hearthside al (630) 555-0123.", S, false},
		{"Llame a Farmacia Sol al +595 21 555 0122 para consultas.", S, false},
		{"Para consultas, comuníquese con Clínica Alameda al +52 55 5555 0124.", S, false},
		{"Llame a Óptica Central al 0981 555 137 para pedir su turno.", S, false},
		{"Our self-pay visit price for 2027 is $135. Payment plans are available. Call (512) 555-0170.", S, true}, // pvVoice withdrawn from phoneCTA (held-out check at the merge)
		{"Your appointment tomorrow is at our Seaside office, not Harbor Blvd. Call 360-555-0140 with questions.", S, false},
		{"We are open late on Thursdays now. Call 360-555-0116 to book.", S, false},
		{"Nuestro horario cambió. Llame al +595 21 555 0125.", S, true}, // pvVoice withdrawn from phoneCTA (held-out check at the merge)
		{"Save our number! LittleSprout Pediatric Urgent Care: (512) 555-0170. Open every day until 10 PM.", S, false},
		{"Save our number! Maplewood Family Dental: (512) 555-0117.", S, false},
		{"Agende nuestro nuevo número: Farmacia Los Álamos, +595 21 555 0137.", S, false},
		{"Le recordamos que puede solicitar su turno por WhatsApp al +595 21 555 0100 o en https://portal.example/m/turnos", S, true}, // pvVoice withdrawn from phoneCTA (held-out check at the merge)
		{"Gracias por elegirnos. Reserve su turno por WhatsApp al +595 981 555 0131.", S, true},                                       // pvVoice withdrawn from phoneCTA (held-out check at the merge)
		{"Questions about our prices? Call us at +1 512 555 0147.", S, false},
		// a person, a lone given or family name, an unlisted word that is no made word
		{"Questions? Call Maria Lopez at (630) 555-0100.", S, true},
		{"Questions? Call Sam at (630) 555-0184.", S, true},
		{"Questions? Call Xiomara at (630) 555-0100.", S, true},
		{"Our office is closed. Call Okafor at (630) 555-0100.", S, true},
		{"Call Grace at 360-555-0148 to confirm your ride to our clinic.", S, true},
		{"Llame a Juan Pérez al 809-555-0105 para coordinar el traslado.", S, true},
		{"Llame a Rodríguez al 809-555-0105.", S, true},
		{"Comuníquese con la señora Gómez al +595 981 555 0108 antes de la visita.", S, true},
		{"Call Brightwater at 360-555-0140 to reach your caregiver.", S, true},
		{"Questions? Call Hearthside at (630) 555-0100 or your mother at (630) 555-0187.", S, true},
		// a relative, a personal line, the reader's number, the sender calling
		{"Our clinic moved upstairs. Call his cell at (512) 555-0171 to let him know.", S, true},
		{"Our team reviewed your account. We will call you at (512) 555-0176 tomorrow.", S, true},
		{"Our office has your number on file: (512) 555-0177.", S, true},
		{"Our driver will call 360-555-0145 when he arrives.", S, true},
		{"Reply from 555-0143 to confirm your visit at our clinic.", S, true},
		{"We will call you at +595 21 555 0100.", S, true},
		{"Le recordamos que le escribiremos por WhatsApp al +595 21 555 0102.", S, true},
		{"Le recordamos que su médico le llamará al +595 21 555 0100.", S, true},
		{"Nuestro equipo le llamará al +595 21 555 0111 mañana.", S, true},
		// a person in the sentence before a voiced call; results; no voice, no name
		{"Your daughter asked us to pass this on. Call 360-555-0140.", S, true},
		{"Maria asked us to pass this on. Call 360-555-0140.", S, true},
		{"We have your results. Call 360-555-0140.", S, true},
		{"Call 775-332-0184 about your receipt.", S, true},
		{"Call us back at 297-385-8346.", S, true},
		{"Tel. +595 21 555 0100", S, true},
		// save our number: a person, a relative, a personal line
		{"Save our number! Maria Lopez: (512) 555-0173.", S, true},
		{"Save our number! Contact: Juan Perez (512) 555-0175.", S, true},
		{"Save our number! His cell: 360-555-0151.", S, true},
		{"Save our number! Mom: (512) 555-0170.", S, true},
		{"Save our number! Lopez Family: (512) 555-0170.", S, true},
		{"Save our number! Your mother's number: (512) 555-0172.", S, true},
		{"Guarde nuestro número. Su hijo Pedro: +595 21 555 0107.", S, true},
		// another finding keeps the notice blocked
		{"Our clinic: your colonoscopy is on May 3. Call (503) 555-0112.", S, true},
	})
}
