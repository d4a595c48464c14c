package guard

// Tests of system times under JSON keys (jsontime.go).

import "testing"

// TestJSONTimeKey: an ISO time under a ready/eta/created/updated/sent key
// passes (each was date.untied before jsontime.go, dev29); the same time
// under a birth, appointment, visit or admission key stays reported.
func TestJSONTimeKey(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"type":"refill.ready","store":"#0412","ready_at":"2026-12-05T15:30:00Z"}`, ""},
		{`{"tipo":"receta.lista","tienda":"#0412","listo":"2026-12-05T15:30:00Z"}`, ""},
		{`{"job":"nightly_export","status":"ok","run_at":"2026-12-04T02:00:00Z"}`, ""},
		{`{"event":"order.ready","store":"#7","ready_at": "2026-12-05T15:30:00Z"}`, ""},
		{`{"event":"profile.updated","birth_date":"1984-03-07"}`, "date.person"},
		{`{"type":"reminder","dob":"03/07/1984","ready_at":"2026-12-05T15:30:00Z"}`, "date.person"},
	})
	g := newTestGuard(t)
	for _, text := range []string{
		`{"patient":"Maria Lopez","dob":"1984-03-07"}`,
		`{"tipo":"perfil","fecha_nacimiento":"1984-03-07"}`,
		`{"event":"appointment.booked","appointment_at":"2026-12-09T09:30:00Z"}`,
		`{"event":"admission","admitted_at":"2026-12-01T04:00:00Z"}`,
		`{"event":"surgery.scheduled","surgery_date":"2026-12-15T07:00:00Z"}`,
		// a system-time word with a person word in the same key
		`{"event":"x","birth_created_at":"1984-03-07"}`,
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: no finding", text)
		}
	}
}
