package guard

import (
	"strings"
	"testing"
)

// TestClinHead: the sender's trade name "<Brand> <clinical word>
// [<business noun>]" heading an ordinary notice passes with no tenant
// context; the reader's care beside it, a person's name as the header and
// a sensitive word in the name stay reported (clinhead.go).
func TestClinHead(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		leak bool
	}{
		// clean: ordinary notices under the trade name
		{"TorqueLimb Prosthetics Atelier: Your order ORD-7781 has shipped. Track it: https://portal.example/m/a1", false},
		{"TorqueLimb Prosthetics Atelier: 402913 is your one-time login code.", false},
		{"Subject: Your TorqueLimb Prosthetics Atelier statement\n\nAmount due: $20.00. https://portal.example/m/a2", false},
		{"Birchmoor Pain Clinic: Your statement is ready. Balance due: $15.00.", false},
		{"Birchmoor Pain Clinic: Su código de verificación es 118204.", false},
		{"KidneyLoop Dialysis Studio: We will be closed on 1 January.", false},
		{"Gravenhurst Headache Clinic: Your verification code is 551903.", false},
		{"Clínica del Dolor Birchmoor: Su código de verificación es 118204.", false},
		{"Taller de Prótesis TorqueLimb: su pedido fue enviado.", false},
		{"[Birchmoor Pain Clinic] Your statement is ready. Balance due: $15.00.", false},
		{"Message from Birchmoor Pain Clinic: We'll be closed on Monday.", false},
		{"Your Birchmoor Pain Clinic statement is ready. Balance due: $15.00.", false},
		{"Ridgeway Spine & Pain Institute: Your verification code is 118204.", false},
		{"Birchmoor Pain Clinic: Reminder - you have an upcoming appointment. See the date and time in your portal.", false},
		{"Brookmere Hearing Studio: your appointment is confirmed for Tuesday at 10:00.", false},
		{"Birchmoor Pain Clinic: Snow day! We're closed today and will reschedule anyone affected.", false},
		// leaks: the reader's care, a person, a sensitive name
		{"Larchfield Cancer Center: your appointment is confirmed for Monday at 9.", true},
		{"Clínica del Dolor Birchmoor: su cita es el martes a las 9.", true},
		{"Clínica del Dolor Birchmoor: su bloqueo nervioso es el martes.", true},
		{"Clínica del Dolor Ana Ruiz: su código es 4410.", true},
		{"Your Birchmoor Pain Clinic nerve block is Tuesday at 9.", true},
		{"Birchmoor Pain Clinic: your radiofrequency ablation is Tuesday.", true},
		{"Birchmoor Pain Clinic: your nerve block is Tuesday at 9 AM.", true},
		{"TorqueLimb Prosthetics Atelier: your below-knee socket fitting is Friday.", true},
		{"Gravenhurst Headache Clinic: your Botox injections are Tuesday.", true},
		{"Marisela Okonkwo: your claim for the knee MRI was approved.", true},
		{"Birchmoor HIV Clinic: Your statement is ready. Balance due: $15.00.", true},
		{"Larchfield Dental Group Sleep Apnea Clinic: your statement is ready.", true},
		{"AnxietyAway Rx: your order was delivered.", true},
		{"Birchmoor Pain Clinic newsletter: tips for managing your chronic back pain this winter.", true},
	} {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rs []string
			for _, f := range fs {
				rs = append(rs, f.Rule)
			}
			t.Errorf("%q: leak=%v, want %v (%s)", c.text, got, c.leak, strings.Join(rs, ","))
		}
	}
}
