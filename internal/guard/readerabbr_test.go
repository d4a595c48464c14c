package guard

import "testing"

// TestReaderAbbr: the reader's device or procedure abbreviation, the
// reader's fertility beta result and a national identity number after a
// dotted cue (readerabbr.go); the abbreviations listed in
// labs_procedures.txt and clinical_es.txt; their clean look-alikes pass.
func TestReaderAbbr(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// compose.reader_abbr
		{"Keep the monitor by your bed so your ICD can upload tonight.", "compose.reader_abbr"},
		{"Your PPM remote check is on Friday.", "compose.reader_abbr"},
		{"Your ILR flagged a pause last night.", "compose.reader_abbr"},
		{"Tom's PPM is due for a check at 10 AM.", "compose.reader_abbr"},
		{"Su DAI enviará los datos esta noche.", "compose.reader_abbr"},
		{"Your URS is set for Monday at 7 AM.", "compose.reader_abbr"},
		{"Your implanted ICD is due for its check.", "compose.reader_abbr"},
		{"Starting in May we bill with ICD-10 codes.", ""},
		{"Questions about your ICD-10 code? Ask billing at check-out.", ""},
		{"Your ICD 10 code list is on page 2.", ""},
		{"Pool chlorine is at 3 PPM today.", ""},
		{"Your CRT monitor order has shipped.", ""},
		// compose.fertility_beta
		{"Your beta came back at 97. We will call you this afternoon.", "compose.fertility_beta"},
		{"Your first beta was negative; Dr. Lin will call you.", "compose.fertility_beta"},
		{"Su beta salió en 180. ¡Felicidades!", "compose.fertility_beta"},
		{"Tu segunda beta fue de 520.", "compose.fertility_beta"},
		{"Your beta draw is Monday at 7 AM.", "compose.fertility_beta"},
		{"Your beta: 64. Repeat in two days.", "compose.fertility_beta"},
		{"Your beta today was 212.", "compose.fertility_beta"},
		{"Your beta on Monday came back at 148.", "compose.fertility_beta"},
		{"Su beta de hoy salió positiva.", "compose.fertility_beta"},
		{"Your beta today is open to 50 more testers.", ""},
		{"Try our beta app today.", ""},
		{"Your beta access is ready. Sign in to try it.", ""},
		{"Your beta invite expires in 5 days.", ""},
		{"Únase a la beta de nuestra app.", ""},
		{"Thanks for the beta feedback: 212 testers came back.", ""},
		// id.national_dotted
		{"Su C.I. N.º 2.345.678 fue vinculada a su ficha.", "id.national_dotted"},
		{"Su D.N.I. 30.123.456 quedó registrado.", "id.national_dotted"},
		{"R.U.T. 15.234.567-K: su hora está reservada.", "id.national_dotted"},
		{"Su C.U.R.P. ROLA900101HDFRPN03 fue agregada.", "id.national_dotted"},
		{"Traiga su C.I. original el día de su cita.", ""},
		{"Ref. C.I. 2025: reunión del comité interno.", ""},
		{"Su pedido N.º 3.881.245 fue enviado.", ""},
	})
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Reminder: your ESWL is Friday at 6:45 AM.", Standard, true},
		{"Your PCNL is on Tuesday; nothing to eat after midnight.", Standard, true},
		{"Your CRT-D battery check is Wednesday.", Standard, true},
		{"Su LEOC es el viernes a las 8:00.", Standard, true},
	})
}
