package guard

import "testing"

// TestFertility: a reproductive material with a process (fertility.go).
func TestFertility(t *testing.T) {
	g := newTestGuard(t)
	checkRuleIn(t, g, Standard, "clinical.fertility", true,
		"The annual blastocyst storage renewal of $500 is due next week.",
		"Your donor egg cycle payment plan has been approved.",
		"Your storage of frozen embryos renews on June 1; the fee is $600.",
		"Your zygote culture fee is posted.",
		"Su cuota anual de almacenamiento de embriones de $600 se cobrará el 10 de enero.",
		"Su cita para la congelación de óvulos es el martes a las 9:00 am.",
		"Sus óvulos vitrificados se conservan en nuestro banco.",
		"Cargo por la transferencia de sus embriones: $900.",
	)
	checkRuleIn(t, g, Standard, "clinical.fertility", false,
		"Your egg storage container order has shipped.",
		"Egg cartons are 20% off this week.",
		"Tips for freezing eggs and bread at home.",
		"Your bull semen storage invoice is attached.",
		"Your storage fee for unit 12 is due.",
		"Congelación de alimentos: consejos para el verano.",
		"Venta de semen de toro: catálogo de primavera.",
	)
	// compose.learned reads these first (sperm, embryo are learned modifiers)
	checkFlagged(t, g, true,
		"Reminder: the semiannual sperm storage fee of $350 will be charged on March 1.",
		"Invoice 44821: embryo vitrification and 12 months of storage, $1,150.00.",
	)
	// nothing else reports the look-alikes either
	checkFlagged(t, g, false,
		"Your egg storage container order has shipped.",
		"Tips for freezing eggs and bread at home.",
		"Congelación de alimentos: consejos para el verano.",
	)
}
