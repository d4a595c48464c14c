package guard

import "testing"

// TestRoleMailboxJobs: helper MISC2's role mailboxes (vocab/places.txt) and
// "Estimado paciente:" (generic_addressee), with personal twins.
func TestRoleMailboxJobs(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Vacante: Cajero(a) para sucursal Centro. Envía tu CV a vacantes@farmaciasnorte.mx",
		"Buscamos voluntarios para la colecta. Escribinos a voluntarios@fundacionsol.org.ar",
		"We're hiring pharmacy techs. Send your resume to careers@brightwayrx.com",
		"Questions about benefits enrollment? Write to hr@greenleafclinic.org",
		"Medios de comunicación: prensa@clinicavida.org",
		"<p>Estimado paciente:</p><p>Su estado de cuenta está disponible. Saldo: $0.00.</p>",
	)
	checkFlagged(t, g, true,
		"Paciente Juan Pérez escribió desde jperez1975@hotmail.com para pedir su receta.",
		"Please send the lab results to ana.ruiz82@yahoo.com today.",
		"Estimado Sr. Hernández: su biopsia está lista para revisión.",
		"Estimado paciente: su resultado de VIH fue positivo.",
	)
}
