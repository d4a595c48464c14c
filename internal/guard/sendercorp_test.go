package guard

import (
	"strings"
	"testing"
)

func TestSenderCorp(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		mode Mode
		leak bool
	}{
		// clean: a Spanish hospital name and a camel-case care brand in the sender's slots
		{"Hospital Cerro Quezaltepec: su contraseña fue cambiada. Si no fue usted, llámenos.", Standard, false},
		{"Hospital Privado Valle Ilobasco: tiene un mensaje nuevo en su portal de pacientes.", Standard, false},
		{"Tiene una factura nueva en el portal del Hospital Monte Texistepeque.", Standard, false},
		{"El Hospital Cerro Quezaltepec felicita a su personal de laboratorio en su día.", Strict, false},
		{"Policlínica Monte Jucuarán: gracias por su pago. Su recibo está en el portal.", Standard, false},
		{"Birchcombe QuickCare: thanks for your payment of $20.00. Your receipt is in the portal.", Standard, false},
		{"Due to the holiday, Pellingham CityHealth clinics will be closed Monday.", Standard, false},
		{"Pay at any Whitmoor UrgentCare front desk or online.", Standard, false},
		{"Reminder from Ostbury MedPoint: the north parking lot is closed this week.", Standard, false},
		// leaks: a person's name in the same slots
		{"Hospital de Marisol Quezaltepec: su cita fue confirmada.", Standard, true},
		{"Hospital Ximena Tobar: su cita fue confirmada.", Standard, true},
		{"Visita al hospital de Ondina Jucuarán programada para el jueves.", Standard, true},
		{"Birchcombe QuickCare Anneliese Brockhurst: your appointment is tomorrow.", Standard, true},
		{"Birchcombe Jones: your appointment is confirmed for Friday.", Standard, true},
		{"Reminder for Pellingham Ashdown: your QuickCare visit is Friday.", Standard, true},
		{"Hola Ondina Jucuarán, el Hospital Cerro Quezaltepec le informa que su cita fue confirmada.", Standard, true},
		{"Hospital Cerro Quezaltepec: cita confirmada para Ismenia Tobar el martes.", Standard, true},
		{"Birchcombe QuickCare: Thaddeus Orkney checked in at 2:15 pm.", Standard, true},
		{"Whitmoor UrgentCare: your strep test came back positive.", Standard, true},
	} {
		fs, err := g.CheckText(c.text, nil, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rules []string
			for _, f := range fs {
				rules = append(rules, f.Rule)
			}
			t.Errorf("%q: flagged %v, want %v (%s)", c.text, got, c.leak, strings.Join(rules, ","))
		}
	}
}

func TestSenderCorpParts(t *testing.T) {
	for w, want := range map[string]bool{"QuickCare": true, "CityHealth": true, "WalkInCare": true, "MedPoint": true, "ZipPay": false, "AnnMarie": false} {
		if got := scCareParts(w); got != want {
			t.Errorf("scCareParts(%q) = %v, want %v", w, got, want)
		}
	}
}
