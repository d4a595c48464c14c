package guard

import "testing"

// TestClosedSlot: an appointment, a visit or a cita "closed" on a holiday is one reader's slot; a department closed on a holiday passes (closedslot.go, red17, dev97x).
func TestClosedSlot(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Because of the Labor Day holiday, the appointment closed on Sept 1 moves to Sept 2 at 6:20 AM.", Standard, true},
		{"Por el feriado del 15 de septiembre, la cita cerrada pasa al 16 a las 8:20.", Standard, true},
		{"For the Thanksgiving holiday, the visit closed Nov 27 is now Nov 28 at 9:15.", Strict, true},
		{"Por el feriado del 15 de septiembre, la consulta externa estará cerrada.", Standard, false},
		{"Our clinic will be closed Sept 1 for the Labor Day holiday.", Standard, false},
		// red17b (dev99x): whatever is closed moves to a clock time (closedMovedDate)
		{"Because of the Labor Day holiday, the consult closed on Sept 1 moves to Sept 2 at 6:20 AM.", Standard, true},
		{"For the Thanksgiving holiday, the slot closed Nov 27 is now Nov 28 at 9:15.", Standard, true},
		{"Por el feriado del 15 de septiembre, la consulta cerrada pasa al 16 a las 8:20.", Standard, true},
		{"Because of the Labor Day holiday, the infusion center is closed on Sept 1 and reopens Sept 2 at 7 AM.", Standard, false},
		{"Por el feriado del 15 de septiembre, la consulta externa estará cerrada; reabre el 16 a las 8.", Standard, false},
	})
}
