package guard

import "testing"

// TestDictPrefix: "pre" and an ordinary word is no Spanish spelling of a
// dictionary term (dictprefix.go); clinical words and the reader's DPI
// number beside it stay reported.
func TestDictPrefix(t *testing.T) {
	dicts := testDictionaries(t, true)
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Recibimos su preadmisión en línea. El día indicado preséntese en Admisión, primer nivel, con su DPI.",
		"Traiga su DPI y su tarjeta de seguro el día de su preadmisión.")
	checkFlagged(t, g, true,
		"Su DPI 2345678900101 quedó registrado en su preadmisión.",
		"Recibimos su preadmisión para la cesárea del 12 de marzo.",
		"Recibimos su preadmisión para el control de preeclampsia.",
		"Reserpina: su receta está lista.",
		"Cistoscopia confirmada para el lunes.")
}
