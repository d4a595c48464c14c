package guard

import "testing"

// TestMediaQuote: quoted media titles governed by a media noun, their
// artist or author, brand + product line + model number, business names
// with a title after the trade word (mediaquote.go); each clean shape
// beside the same shape said of the reader or a person.
func TestMediaQuote(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Radiohead – 'Paranoid Android' vinyl reissue shipped today.", Standard, false},
		{"The Smiths 'Heaven Knows I'm Miserable Now' 7\" single is ready for pickup at the record counter.", Standard, false},
		{"'Sleepless in Seattle' Blu-ray: your rental is due back Friday.", Standard, false},
		{"Your digital rental of 'Contagion' (2011) expires in 48 hours.", Standard, false},
		{"Your rental of 'Awakenings' (1990) is due back Tuesday.", Standard, false},
		{"Now streaming: 'Anatomy of a Fall' (2023) — your rental is ready.", Standard, false},
		{"Tu canción más escuchada del año fue 'Enfermo de amor' de Sonia Rivas.", Standard, false},
		{"Tu préstamo de 'La peste' de Albert Camus vence pronto en la biblioteca.", Standard, false},
		{"Tu película alquilada 'Fiebre del sábado por la noche' vence el domingo.", Standard, false},
		{"Coway Airmega 400 air purifier, 2-pack of filters, delivered to your mailbox.", Standard, false},
		{"Echo Dot (5th Gen) gift wrap added to order #C1122.", Standard, false},
		{"Samsung Galaxy Tab (128 GB) shipped today.", Standard, false},
		{"Dyson Airwrap 2-pack of brushes delivered.", Standard, false},
		{"Restaurante El Doctor Tortas: 2x1 en tortas los jueves.", Standard, false},
		{"Your 'Patch Adams' DVD has shipped.", Standard, false},
		{"Your insomnia follow-up is booked; your rental of 'Insomnia' (2002) expires in 48 hours.", Standard, true},
		{"Your digital rental of 'Insomnia' expires soon. Your insomnia treatment plan is attached.", Standard, true},
		{"'Cabin Fever' Blu-ray: your rental is due back Sunday. Your fever test results are ready.", Standard, true},
		{"Hi Floyd, your 'Comfortably Numb' single is ready for pickup.", Standard, true},
		{"Pink Floyd, your prescription is ready for pickup at the counter.", Standard, true},
		{"Your rental is ready. Maria Lopez, your appointment is Monday.", Standard, true},
		{"Your insomnia is getting worse; please call us.", Standard, true},
		{"Tu préstamo de 'El médico' vence. Hola Noah Gordon, tu cita es el lunes.", Standard, true},
		{"Tu canción fue 'Doctor Psiquiatra'. Tu cita con el Dr. Trevi es el martes.", Standard, true},
		{"Gloria Trevi, su receta de sertralina está lista.", Standard, true},
		{"Su consulta con el Doctor Psiquiatra Ramírez es el martes.", Standard, true},
		{"Anker Lopez, your 10000 mg prescription is ready.", Standard, true},
		{"Maria Lopez 300 air purifier filter for your asthma delivered.", Standard, true},
		{"Kindle Paperwhite order for Maria Lopez: your insulin is ready too.", Standard, true},
		{"Levoit Core 300 air purifier delivered. Your asthma inhaler refill is ready.", Standard, true},
		{"Cancer care candle for your chemo on June 21.", Standard, true},
		{"Dr. Simi le recuerda su cita del martes con el Dr. Ramírez.", Standard, true},
		{"Restaurante El Doctor: su cita con el Dr. Taquero es el lunes.", Standard, true},
		{"Hola Dr. Gómez, su consulta en la farmacia es el sábado.", Standard, true},
		{"Your 'Living with Diabetes' DVD has shipped.", Standard, true},
		{"Happy Mondays – 'Pills 'n' Thrills and Bellyaches' vinyl reissue shipped.", Standard, false},
		{"Pink Floyd 'Comfortably Numb' 12\" single is ready for pickup at the record counter.", Standard, false},
		{"Anker PowerCore 10000 — thanks for your review! Here's 10% off your next order.", Standard, false},
		{"'Cabin Fever' Blu-ray: your rental is due back Sunday.", Standard, false},
		{"Your digital rental of 'Insomnia' (2002) expires in 48 hours.", Standard, false},
		{"Levoit Core 300 air purifier filter, 2-pack, delivered to your mailbox.", Standard, false},
		{"Kindle Paperwhite (16 GB) gift wrap added to order #B7781.", Standard, false},
		{"Restaurante El Doctor Taquero: 2x1 en tacos al pastor los martes 🌮", Standard, false},
		{"Spotify Wrapped 🎧: tu canción más escuchada fue 'Doctor Psiquiatra' de Gloria Trevi.", Standard, false},
		{"Tu préstamo de 'El médico' de Noah Gordon vence pronto en la biblioteca. Renueva en línea.", Standard, false},
		{"Chidi Okonkwo 2 tickets confirmed for your order.", Standard, true},
		{"Chidi Okonkwo 1985 order shipped.", Standard, true},
		{"Okonkwo Adebayo 300 points added to your order.", Standard, true},
		{"Your rental of 'Insomnia' is due back. Your sleep study is Monday.", Standard, true},
		{"Pink Floyd 'Comfortably Numb' single is ready; your oxycodone refill is ready too.", Standard, true},
		{"Maria Lopez 'Comfortably Numb' single is ready for pickup.", Standard, true},
		{"Hi Maria, your 'Insomnia' rental expires in 48 hours.", Standard, true},
		{"Your 'Living with Diabetes' DVD has shipped.", Standard, true},
		{"Your rental of 'Insomnia' expires. Dr. Patel will see you Monday.", Standard, true},
		{"Zorvex Forte 500 mg order shipped.", Standard, true},
		{"Zorvex Forte 30 tablets order shipped.", Standard, true},
		{"Restaurante El Doctor García: su cita es el lunes.", Standard, true},
		{"Tu canción fue 'Doctor Psiquiatra' de Gloria Trevi. Tu cita de psiquiatría es el martes.", Standard, true},
		{"Tu préstamo de 'El médico' de Noah Gordon vence. Su receta de sertralina está lista.", Standard, true},
		{"Rental of 'Insomnia' for Maria Lopez expires soon.", Standard, true},
		{"Rock 'n' Roll Greatest Hits vinyl shipped.", Standard, false},
		{"Kindle Paperwhite (16 GB) shipped.", Standard, false},
		{"Taragüí Yerba Mate 500 g shipped.", Standard, false},
	})
}

// TestMediaQuoteKnown: shapes left reported on purpose (fail closed).
func TestMediaQuoteKnown(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// a family name of the lists after a clinical title
		{"Taquería El Doctor Pastor: hoy 3x2 en tacos al pastor.", Standard, true},
		// a title after "con el" in a pharmacy's notice (a mascot is no shape)
		{"Farmacias Similares te invita a su aniversario: baila con el Dr. Simi este sábado en Plaza Centro.", Standard, true},
	})
}
