package guard

import "testing"

func TestSeasonYears(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Aviso para todos: ya ofrecemos la vacuna actualizada contra el COVID-19 2026-2027 para mayores de 6 meses.",
		"Our 2026-2027 catalogue is here.",
	)
	checkFlagged(t, g, true,
		"Reference 2026-2027-4411 is on file.",
		"ID 19 2026-2027 was assigned.",
		"Your COVID-19 test on 2026-11-02 was positive.",
	)
}
