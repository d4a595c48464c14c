package guard

import "testing"

func TestSenderAcronym(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"CFS: Su código de verificación es 482913. Vence en 10 minutos.",
		"CFS: Ahora puede recibir recordatorios por WhatsApp.",
		"CFS Facturación: Su plan de pagos fue aprobado.",
		"CFS: El laboratorio de la clínica Kissimmee se mudó al edificio B.",
	)
	checkFlagged(t, g, true,
		"Your CFS clinic visit is Monday.",
		"Diagnóstico: CFS.",
		"CFS: your CFS flare plan is ready.",
		"HIV: your result is ready.",
		"cfs: su plan está listo.",
		"CFS is now in your chart.",
	)
}
