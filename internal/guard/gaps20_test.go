package guard

import "testing"

// TestGaps20: a hair-loss patient's scalp photos, a baby named with its
// cord blood, an SSN's digits as words, the reader as an implant patient
// and the date of the care the reader received (gaps20.go); their clean
// look-alikes pass.
func TestGaps20(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Upload crown and hairline photos so your provider can compare.", "compose.scalp_photos"},
		{"Please upload new photos of your crown and temples before Tuesday.", "compose.scalp_photos"},
		{"Sube tus fotos de la coronilla en la app.", "compose.scalp_photos"},
		{"Suba sus fotos del cuero cabelludo antes de la consulta.", "compose.scalp_photos"},
		{"Good news: Baby Willow's cord blood unit passed every check.", "name.baby_cord"},
		{"La muestra de cordón de la bebé Estrella llegó hoy.", "name.baby_cord"},
		{"To verify, confirm the last four of your social: four two one nine.", "id.ssn_words"},
		{"Your SSN ends in three nine oh six.", "id.ssn_words"},
		{"Los últimos cuatro dígitos de su Seguro Social son cinco, ocho, uno, dos.", "id.ssn_words"},
		{"As an implant patient, you get a free check-up this month.", "compose.implant_patient"},
		{"Por ser paciente de implantes, tiene una revisión gratuita.", "compose.implant_patient"},
		{"We'd love your feedback on the care you received with us on December 3.", "date.person"},
		{"Nos gustaría conocer su opinión sobre la atención que recibió con nosotros el 3 de diciembre.", "date.person"},
		{"Share your progress photos from our 30-day step challenge.", ""},
		{"Our new travel guide has photos of temples in Kyoto and Nara.", ""},
		{"Upload photos of your kitchen remodel so our designer can compare.", ""},
		{"Our new crown-molding catalogue is out.", ""},
		{"Baby Week's free car-seat checks start Saturday.", ""},
		{"Our Baby Basics class covers cord blood banking options.", ""},
		{"Social hour starts at four; two drinks included, one per guest.", ""},
		{"We will never ask for the last four of your social by text.", ""},
		{"Por ser paciente de nuestra clínica, tiene un 10% de descuento.", ""},
		{"Our implant catalogue has three new models.", ""},
		{"We'd love your feedback on the package you received from us on December 3.", ""},
		{"Our survey about the care you received closes on December 15.", ""},
	})
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"As a Veloria pump user, you qualify for early access to our new patch system.", "association.device_user"},
		{"As a pump user, you're invited to our summer picnic.", "association.device_user"},
		{"Como usuario de la bomba Veloria, tiene acceso anticipado a la nueva app.", "association.device_user"},
		{"Para usuarias de bomba, nuevo club de descuentos y envío gratis.", "association.device_user"},
		{"As a heat pump user, you can save up to 20% on winter bills.", ""},
		{"As a sump pump owner, check your discharge line before the freeze.", ""},
		{"Como usuario de la bomba de calor, ahorre en su factura.", ""},
		{"Our pump track is open to all riders this weekend.", ""},
	})
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"As a Veloria pump user, you're invited to our summer picnic.", Strict, true},
		{"As a Veloria pump user, you're invited to our summer picnic.", Standard, false},
		{"Your hairline photos from March are in your chart. Add this month's set.", Standard, true},
		{"Congratulations to the Marsh family! Baby Juniper's cord blood unit has arrived at our lab.", Standard, true},
		{"We have the last 4 of your Social Security number as seven seven zero three.", Standard, true},
		{"A quick follow-up on the care you received with us on 11/28: how are you feeling?", Standard, true},
		{"We're hiring! Upload a photo and your resume; our office near the Crown Plaza is open 9-5.", Standard, false},
		{"Expecting? Join our free cord blood banking info session, open to all families.", Standard, false},
		{"Nunca le pediremos los últimos cuatro dígitos de su Seguro Social por mensaje.", Standard, false},
		{"As a patient of our practice, you get 10% off whitening.", Standard, false},
		{"We'd love your feedback on the care you received with us.", Standard, false},
	})
}
