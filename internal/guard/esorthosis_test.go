package guard

import "testing"

// TestReaderOrthosis: the reader's Spanish orthosis with a clinical
// qualifier and the reader's hearing aid with a fitting or examination
// word are reported (esorthosis.go); sports pads, headphones, a gift and a
// shop's range pass.
func TestReaderOrthosis(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the rule alone
	checkRuleCases(t, g, Standard, []tpCase{
		{"Ortopedia Almagro: ya llegó tu rodillera articulada con topes de flexión.", "compose.reader_orthosis"},
		{"Recuerde traer su audífono el día del reconocimiento.", "compose.reader_orthosis"},
		{"Su muñequera inmovilizadora llegó a la sucursal.", "compose.reader_orthosis"},
	})
	checkModeCases(t, g, nil, []modeCase{
		{"Ya podés retirar tu nueva codera articulada en el local de Palermo.", Standard, true},
		{"Sus audífonos quedan listos después de la calibración del jueves.", Standard, true},
		{"Tu rodillera de fútbol ya llegó a la tienda.", Standard, false},
		{"Tus audífonos inalámbricos ya fueron despachados.", Standard, false},
		{"Tu faja de regalo (talle M) ya está lista.", Standard, false},
		{"Tenemos fajas ortopédicas, rodilleras articuladas y collarines en stock.", Standard, false},
		{"Su bota de lluvia talle 38 llegó a la tienda.", Standard, false},
		// fix helper r113m: a collar's type, a fitting word (not for the everyday nouns)
		{"Su collarín Miami J talla M se entregará el jueves.", Standard, true},
		{"Su rodillera ya está lista para la prueba en tienda el martes.", Standard, true},
		{"Su bota de esquí está lista tras el ajuste de las fijaciones.", Standard, false},
		{"Tu faja colombiana talla M está lista para la prueba.", Standard, false},
		// lead (dev113-leak-071): a splint, a re-fitting, the reader told to bring it
		{"Kinesio Núñez: traé la valva de muñeca a la próxima sesión que la vamos a reajustar.", Standard, true},
		{"Trae la valva de muñeca a la próxima sesión para reajustarla.", Standard, true},
		{"Traiga la rodillera a su control para ajustarla.", Standard, true},
		{"Traé la rodillera al partido del sábado, ¡vamos equipo!", Standard, false},
		{"La valva del mejillón es un buen ejemplo para la clase.", Standard, false},
	})
}
