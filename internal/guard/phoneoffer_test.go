package guard

import "testing"

// TestPhoneOffer: the sender's number after a keyword reply and "or call",
// on a line named by its sites, in a call with a booking purpose or
// questions, after "Tel." on an hours line, and an Argentine 0800/0810
// number pass; a person's, the reader's home or a family line stay
// reported (phoneoffer.go).
func TestPhoneOffer(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Lakeside Dental: Please confirm your upcoming appointment. Reply C to confirm or call (541) 555-0110.", Standard, false},
		{"To stop receiving fundraising messages from Mercy Hospital Foundation, reply STOP or call 260-555-0190.", Standard, false},
		{"Storm prep: If a storm closes our offices, we'll text updates. Salem and Keizer emergency line: 503-555-0144.", Standard, false},
		{"Reminder: cancellations less than 24 hours before your visit may incur a $25 fee. Call 503-555-0144 to reschedule.", Standard, false},
		{"Lakeside Dental Billing Office hours: Mon-Fri 8 AM-5 PM. Call (541) 555-0112 with statement questions.", Standard, false},
		{"Atención al Paciente de Clínica Norte: horario de lunes a viernes de 9:00 a 19:00. Tel. 915 220 330.", Standard, false},
		{"Clínicas del Sur abre su nueva sede en Belgrano. Pedí turno al 0810-555-4411.", Standard, false},
		{"Maria, reply STOP or call 503-555-0144.", Standard, true},
		{"Your home line: 503-555-0144.", Standard, true},
		{"Chesapeake and Suffolk home line: 503-555-0144.", Standard, true},
		{"Call 503-555-0144 to cancel the home visit.", Standard, true},
		{"Call 503-555-0144 to reschedule for Maria.", Standard, true},
		{"Reply C to confirm your home visit or call (541) 555-0110.", Standard, true},
		{"Horario de visitas: lunes a viernes. Tel. 915 220 330 de su hija.", Standard, true},
		{"Su celular 0351-555-4411 fue registrado.", Standard, true},
	})
}
