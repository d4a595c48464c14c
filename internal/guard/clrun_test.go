package guard

import "testing"

// TestChileanRUN: the dotted shape of a person's RUN is an identifier
// whatever cue comes before it (clrun.go); prices, a company's RUT and a
// release number are not read as one.
func TestChileanRUN(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		// dev116-leak-039
		{"Documento folio 3-48219977 emitido para RUN 15.842.377-K. Descárguelo aquí: https://portal.example/m/licencia", Standard, true},
		{"Licencia emitida a nombre de 21.004.118-3, aprobada por la mutual.", Standard, true},
		{"Trabajador 9.123.456-5: su certificado está listo.", Standard, true},
		{"Beneficiario 7.654.321-k registrado correctamente.", Standard, true},
		// look-alikes
		{"Precio final: 1.250.000 pesos por el plan anual.", Standard, false},
		{"Oferta: 1.250.000 - 1 unidad por cliente, en todas las tiendas.", Standard, false},
		{"La versión 3.104.220-1 de la aplicación ya está disponible.", Standard, false},
	})
}
