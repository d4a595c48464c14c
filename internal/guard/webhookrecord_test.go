package guard

import "testing"

// TestWebhookRecord: the sending system's record ids (appointment, thread,
// subscription, order, shift, reminder, cita) and scheduling timestamps
// of a webhook payload that names no person and no care pass; the same
// shapes beside a person's key, a name, a clinical term or a care
// department, a person's record key or a birth date stay reported
// (webhookrecord.go, hook19b, dev104w).
func TestWebhookRecord(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		// the system's own: passes
		{`{"event":"appointment.reminder","appt_id":"CB-220913","center":"Hialeah","start":"2026-12-15T08:40","lang":"en"}`, Standard, false},
		{`{"event":"reminder.sent","appt_id":"A-558344","channel":"sms","status":"delivered"}`, Standard, false},
		{`{"type":"message.created","thread_id":"T-44102","sender":"clinic","link":"https://portal.example/m/t/44102"}`, Standard, false},
		{`{"event":"subscription.renewed","subscription_id":"SUB-11820","amount":"89.00","currency":"USD","next_ship":"2026-12-12"}`, Standard, false},
		{`{"event":"shift.published","shift_id":"SH-3313","start":"2026-12-20T07:00","end":"2026-12-20T15:00"}`, Standard, false},
		{`{"event":"cita.recordatorio","cita_id":"C-44121","inicio":"2026-12-15T08:40","idioma":"es"}`, Standard, false},
		{`{"event":"reminder.scheduled","reminder_id":"R-22091","send_at":"2026-12-14T18:00"}`, Strict, false},
		{`{"event":"appointment.cancelled","appointment_id":"AP-77102","slot":"2026-12-19T13:30"}`, Standard, false},
		// a Spanish platform's event key, a site's name of several words (fix108, dev108)
		{`{"evento":"cita.confirmada","cita_id":"C-71204","sede":"Santiago de los Caballeros","fecha":"2026-12-10T10:30:00-04:00"}`, Standard, false},
		{`{"evento":"cita.confirmada","cita_id":"C-71204","sede":"Unidad de Quemados Pediatricos","fecha":"2026-12-10T10:30:00-04:00"}`, Standard, true},
		{`{"evento":"cita.confirmada","cita_id":"C-71204","sede":"Oncologia de Santiago"}`, Standard, true},
		{`{"evento":"cita.confirmada","cita_id":"C-71204","location":"Maria Lopez home visit"}`, Standard, true},
		// a person or care in the payload, a person's record: reported
		{`{"event":"appointment.reminder","appt_id":"CB-220914","patient_name":"Maria Lopez","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"CB-220914","patient":"P-2291","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"reminder.sent","appt_id":"A-558345","procedure":"colonoscopy","channel":"sms"}`, Standard, true},
		{`{"event":"appointment.booked","appt_id":"CB-220915","department":"oncology","start":"2026-12-16T09:00"}`, Standard, true},
		{`{"event":"appointment.booked","appt_id":"CB-220915","center":"Dialysis West","start":"2026-12-16T09:00"}`, Standard, true},
		{`{"event":"appointment.reminder","patient_id":"P-558346","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"cita.recordatorio","paciente_id":"PAC-20931","inicio":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"cita.recordatorio","cita_id":"C-44120","fecha_nacimiento":"1979-05-02"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-558349","birth_date":"1990-07-14"}`, Standard, true},
		{`{"event":"shift.assigned","shift_id":"SH-3312","volunteer_id":"V-20931","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"MRN-00482913","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-558349","start":"1984-03-12"}`, Standard, true},
		{`{"event":"appointment.booked","appointment_at":"2026-03-12T09:00:00Z"}`, Standard, true},
		{`{"type":"message.created","thread_id":"MT-20919","from":"Emily Watson"}`, Standard, true},
		{`{"event":"appointment.booked","appt_id":"A-51200","visit_type":"Memory evaluation - cognitive testing","starts_at":"2027-01-11T09:00:00-08:00"}`, Standard, true},
		{`{"event":"appointment.booked","appt_id":"A-51200","kind":"memory clinic intake visit","starts_at":"2027-01-11T09:00:00-08:00"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-12345","start":"2026-12-15T08:40","clinic":"Maternity"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-12345","start":"2026-12-15T08:40","pt":"PT-4410"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-12345","start":"2026-12-15T08:40","ref":"MRN-00482913"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-12345","start":"2026-12-15T08:40","clinic":"Hearing"}`, Standard, true},
		// red20, dev104x: care in an event name or queue, a name in a note, a
		// birth date or a clinical record number in the record id: reported
		{`{"event":"psych_intake.booked","appt_id":"A-558344","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"mammo.reminder","appt_id":"A-558352","start":"2026-12-16T10:20"}`, Standard, true},
		{`{"event":"appointment.booked","appt_id":"A-558353","queue":"peds_psych","start":"2026-12-16T11:00"}`, Strict, true},
		{`{"event":"appointment.reminder","appt_id":"A-558354","start":"2026-12-15T08:40","note":"Okafor"}`, Standard, true},
		{`{"event":"cita.recordatorio","cita_id":"C-44121","inicio":"2026-12-15T08:40","nota":"Gutiérrez"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"A-19840312","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"booking.confirmed","booking_id":"BK-03121984","start":"2026-12-18T14:00"}`, Standard, true},
		{`{"event":"appointment.reminder","appt_id":"HC-00482913","start":"2026-12-15T08:40"}`, Standard, true},
		{`{"event":"cita.recordatorio","cita_id":"NHC-482913","inicio":"2026-12-15T08:40"}`, Standard, true},
		// a note of status words, a recent date in an order id: pass
		{`{"event":"appointment.reminder","appt_id":"A-558360","start":"2026-12-15T08:40","note":"confirmed"}`, Standard, false},
		{`{"event":"shift.published","shift_id":"SH-3320","start":"2026-12-20T07:00","memo":"holiday rota"}`, Standard, false},
		{`{"event":"appointment.booked","appt_id":"A-20261215","start":"2026-12-15T08:40"}`, Standard, false},
		{`Your appointment CB-220913 starts 2026-12-15T08:40`, Standard, true},
	})
}

// TestWebhookRecordCodes: a Spanish "evento" payload, a billing document's
// key and the digits of a lettered record code read as a ZIP or phone
// (r107, dev107, dev107x): the system's own codes and a bare "fecha" of
// 2020 or later pass; the same beside a person, a phone key, a birth date,
// a clinical record prefix or a test stay reported.
func TestWebhookRecordCodes(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{`{"evento":"factura.emitida","factura":"B-0003-00018821","importe":148900,"vencimiento":"2026-12-10"}`, Standard, false},
		{`{"evento":"cita.agendada","cita":"CT-55190","sucursal":"Coyoacán","fecha":"2026-12-09T07:30:00-06:00"}`, Standard, false},
		{`{"evento":"resultados.disponibles","orden":"OR-88213","enlace":"https://portal.example/m/resultados"}`, Standard, false},
		{`{"event":"invoice.issued","invoice":"A-0012-00045190","amount":52300}`, Standard, false},
		{`{"event":"order.created","order_id":"OR-60125","date":"2026-12-03"}`, Strict, false},
		// reported
		{`{"evento":"cita.agendada","cita":"CT-20417","paciente":"Rosa Medina","fecha":"2026-12-14T09:15:00-06:00"}`, Standard, true},
		{`{"evento":"factura.emitida","factura":"A-0012-00045190","telefono":"11 4567-8901"}`, Standard, true},
		{`{"evento":"cita.agendada","cita":"CT-20417","fecha":"1984-03-12"}`, Standard, true},
		{`{"evento":"resultados.disponibles","orden":"OR-60125","estudio":"VIH"}`, Standard, true},
		{`{"evento":"cita.agendada","cita":"HC-0048213","fecha":"2026-12-14"}`, Standard, true},
		{`{"evento":"cita.agendada","cita":"CT-20417","cp":"06700"}`, Standard, true},
		{`{"evento":"factura.emitida","factura":"B-19840312-0001"}`, Standard, true},
		{`{"evento":"orden.creada","nota":"OR-60125"}`, Standard, true},
		{`Su cita CT-55190 es el 2026-12-09`, Standard, true},
	})
}
