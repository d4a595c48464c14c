package guard

import "testing"

func TestPhoneCueAl(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		// the sender's line after a channel or a consulting cue: passes
		{"Clínica Monterrico Salud: Ahora puede sacar cita por WhatsApp al 01 615 4000, de lunes a sábado.", Standard, "", false},
		{"Clínica Monterrico Salud: Consulte con nuestras asesoras al 01 615 4000.", Strict, "", false},
		{"Clínica Monterrico Salud: Hable con nuestra central al 01 615 4000.", Standard, "", false},
		// the reader's number: stays reported
		{"Clínica Monterrico Salud: le llamaremos al 01 615 4000 para confirmar su cita.", Standard, "phone.national", true},
		{"Clínica Monterrico Salud: Le escribiremos por WhatsApp al 01 615 4000 para confirmar.", Standard, "phone.national", true},
		{"Clínica Monterrico Salud: Recibirá un recordatorio por WhatsApp al 01 615 4000 un día antes.", Standard, "phone.national", true},
		{"Farmacia Los Cocos: Confirmaremos su pedido por WhatsApp al 809-555-0110.", Standard, "", true},
		{"Clínica Monterrico Salud: su número registrado es 01 615 4000.", Standard, "phone.national", true},
		{"Clínica Monterrico Salud: Consulte con su hija al 01 615 4000.", Standard, "phone.national", true},
		{"Monterrico Salud: We'll call you at 01 615 4000 the day before your visit.", Standard, "phone.national", true},
	})
}
