package guard

import "testing"

// TestBrandPerson: a specialty "brand" run holding a given and a family name is a person's; a practice named by places, ordinary words or one family name passes (brandperson.go, red17b, dev99x).
func TestBrandPerson(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"Hope Martinez Oncology moved to Thursday at 9:40.", Standard, true},
		{"Follow Grace Okafor Cardiology on CaringBridge for updates.", Strict, true},
		{"Ruby Delgado Hematology's portal account is ready.", Standard, true},
		{"Refer a friend to Joy Nakamura Oncology and you both get a $20 credit.", Strict, true},
		{"New address: Dawn Okafor Oncology, 14 Elm St, Dayton OH 45402.", Standard, true},
		{"Urología Amparo Ruiz se muda al jueves a las 8:15.", Standard, true},
		{"Cardiología Paz Herrera: jueves 8:15, consultorio 2.", Standard, true},
		{"Okafor Oncology updated its notice of privacy practices.", Standard, false},
		{"Rose Hill Cardiology moved its billing office to Suite 200.", Standard, false},
		{"Refer a friend to Grace Valley Oncology and you both get a $20 credit.", Strict, false},
		{"Hope Springs Urology: our phones are down until noon.", Standard, false},
		{"Las oficinas de Cardiología Las Lomas cierran el 1 de enero.", Standard, false},
		{"Recomiende a un amigo a Dermatología Brisa Azul y ambos reciben $20.", Strict, false},
	})
}
