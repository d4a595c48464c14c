package guard

import "testing"

// TestPhoneSent: a number the notice was sent to or will call is a phone;
// order numbers and codes not after "to"/"al" pass (phonesent.go).
func TestPhoneSent(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your ClearPath login code was sent to 6155550142. It expires in 5 minutes.", Standard, true},
		{"We texted the code 482913 to 6155550142.", Standard, true},
		{"Tu código fue enviado al 5548219037. Vence en 10 minutos.", Standard, true},
		{"Si no puedes recoger tu pedido, te llamaremos al 55 4821 9037 para reprogramar la entrega.", Standard, true},
		{"Your login code is 482913. It expires in 5 minutes.", Standard, false},
		{"Your code was sent to the phone number on file. It expires in 5 minutes.", Standard, false},
		{"Te llamaremos en 2 a 4 días hábiles para reprogramar la entrega.", Standard, false},
		{"Your refund of $42.10 was sent to your card ending 4417.", Standard, false},
	})
}
