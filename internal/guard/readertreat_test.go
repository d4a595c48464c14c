package guard

import "testing"

// TestReaderTreat: allergy immunotherapy as the reader's treatment, the
// reader's dental extraction, aligners and cardiac event monitor, and an
// SSN's last digits spelled with separators (readertreat.go); their clean
// look-alikes pass.
func TestReaderTreat(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your next refill of sublingual dust mite drops ships Monday.", "compose.allergy_immuno"},
		{"Su próxima caja de gotas sublinguales para ácaros sale el lunes.", "compose.allergy_immuno"},
		{"Tu nuevo frasco de extracto alergénico está listo para recoger.", "compose.allergy_immuno"},
		{"Reminder: your SLIT kit refill ships tomorrow.", "compose.allergy_immuno"},
		{"Han pasado seis meses desde su extracción del 3 de junio.", "compose.reader_extraction"},
		{"Sus alineadores de la fase 12 ya están listos.", "compose.reader_aligners"},
		{"Tus alineadores de la etapa 5 llegan esta semana.", "compose.reader_aligners"},
		{"Please return the event monitor in the prepaid envelope by Friday.", "compose.event_monitor"},
		{"Por favor devuelva el monitor de eventos antes del viernes.", "compose.event_monitor"},
		{"Confirme que los últimos 4 dígitos de su Seguro Social son 4-4-1-8.", "id.ssn_digits"},
		{"Los últimos cuatro dígitos de su número de Seguro Social son 3 9 1 5.", "id.ssn_digits"},
		{"Limited drops every Friday: shop the new tote bags.", ""},
		{"New drops this week: our summer sunscreen is back for everyone.", ""},
		{"Phase 2 of our renovation starts Monday.", ""},
		{"La fase 12 de las obras del estacionamiento termina el viernes.", ""},
		{"Please return the loaner tablet to the front desk by Friday.", ""},
		{"Aceptamos pagos del Seguro Social y Medicare.", ""},
		{"Our event monitor dashboard shows 3 alerts.", ""},
		{"Your data extraction report is ready.", ""},
	})
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Brezza: your next refill of sublingual dust mite drops ships Monday.", Standard, true},
		{"Please return your Holter monitor to the front desk by Wednesday.", Standard, true},
		{"Allergy season is here! Tips for everyone: keep windows closed on high pollen days.", Standard, false},
		{"Please return the signed form in the prepaid envelope by Friday.", Standard, false},
		{"We never ask for your Social Security number by text message.", Standard, false},
	})
}
