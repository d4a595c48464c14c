package guard

import "testing"

// TestRed19aNarrow: the older sender-name, header and announcement drops
// narrowed by red team red19a (dev102y): a listed surname before a word of
// ongoing care, a care place on a statement's later line before an amount,
// a status or callback header naming a procedure, a person's awareness or
// memorial day, a vaccine offer held in a treatment unit; the genuine
// shapes stay clean.
func TestRed19aNarrow(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks: one person's ongoing care read as the sender's name
		{"Okafor Dialysis Care: Our office will be closed Monday, January 19.", Standard, true},
		{"Okafor Dialysis Care: Our office will be closed Monday, January 19.", Strict, true},
		{"Nguyen Infusion Center: We have a new secure message for you. Log in to read it.", Standard, true},
		{"Patel Transfusion Services: your one-time login code is 448201.", Standard, true},
		{"Subject: Your Okafor Dialysis Care statement\nYour statement is ready in the portal.", Standard, true},
		{"Clínica de Diálisis Okafor: su estado de cuenta está listo.", Standard, true},
		{"Chen Dialysis Care: your statement is ready.", Standard, true},
		// leaks: a provider on a statement's later line
		{"Statement summary\nMetro Cancer & Infusion Center: $180.00", Standard, true},
		{"Statement summary\nNorthgate Oncology Infusion: $220.00", Strict, true},
		{"Resumen de cuenta\nCentro de Diálisis Norte: $60.00", Standard, true},
		// leaks: a status or callback header
		{"Pending Biopsy Callback: please call the office.", Standard, true},
		{"Upcoming Chemo Infusion: please call the office.", Strict, true},
		{"Missed Colonoscopy Follow-Up: please call the office.", Standard, true},
		{"Biopsy Callback Pending: please call the office.", Standard, true},
		{"Biopsia Pendiente: llame a la oficina.", Standard, true},
		// leaks: a person's day
		{"Mia Lopez Awareness Day is Feb 10.", Standard, true},
		{"Join us for Mia Lopez Awareness Day on March 3.", Standard, true},
		{"Ethan Brooks Memorial Day is June 2.", Standard, true},
		{"Sofia Ramirez Remembrance Day is April 12.", Standard, true},
		// leaks: a vaccine offer in a treatment unit
		{"Vacunación contra la hepatitis B para mayores de 18 años en la Unidad de Diálisis Renal, domingo de 10 a 4. Sin costo.", Standard, true},
		{"Flu shots now available in the Oncology Infusion Suite on Saturdays. Free.", Standard, true},
		{"Free pneumonia vaccine at the HIV Clinic this Saturday, walk-ins welcome.", Standard, true},
		{"Free COVID boosters in the Dialysis Unit on Saturdays, walk-ins welcome.", Standard, true},
		{"Vacuna contra la gripe gratis en la Sala de Hemodiálisis, sábados de 9 a 1.", Standard, true},
		{"Free flu shots at the Methadone Clinic every Saturday, walk-ins welcome.", Standard, true},
		// clean: the genuine shapes
		{"Okafor Dermatology: your statement is ready in the portal.", Standard, false},
		{"Okafor Wound Care: your statement is ready.", Standard, false},
		{"Moreno & Blake PT: your one-time sign-in code is 220931.", Standard, false},
		{"Moreno & Blake Fisioterapia: Su estado de cuenta está listo. Saldo: $40.00.", Standard, false},
		{"Moreno & Blake Physical Therapy - Westerville: 512 S State St, Westerville OH. Mon-Thu 6:30 AM-7 PM, Fri 6:30 AM-3 PM. (614) 555-0121.", Standard, false},
		{"Cedarline Pain Clinic: Your statement is ready in the portal.", Standard, false},
		{"NephroWay Dialysis Studio: your order has shipped.", Strict, false},
		{"Subject: Holiday hours\nCedarline Pain Clinic: closed Thursday and Friday.", Standard, false},
		{"Holiday hours\nNephroWay Dialysis Studio: closed Thursday, open Friday 8-4.", Standard, false},
		{"Oakfield Renal Unit: the car park is closed 14-18 December for resurfacing.", Standard, false},
		{"Tidewater Wound & Hyperbaric: closed Monday for the holiday.", Standard, false},
		{"World Kidney Day is March 12.", Standard, false},
		{"Kidney Health Awareness Week is March 9-15.", Standard, false},
		{"Martin Luther King Day: all offices closed Monday, January 19.", Standard, false},
		{"Flu shots now available at all our pharmacies, walk-ins welcome.", Standard, false},
		{"Vacunación gratuita contra la gripe para mayores de 65 años en todas nuestras farmacias, sábado de 9 a 1.", Standard, false},
		{"Servicio de pediatría para toda la familia, abierto los sábados.", Standard, false},
	})
}
