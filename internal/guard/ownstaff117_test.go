package guard

import "testing"

// TestOwnStaff117: a person beside a business role of the sender's staff
// (advocate, asesora, ejecutivo de cuenta, concierge, CEO, teammate, Lic.
// as a talk's host) is the sender's (ownstaff117.go, r117n, dev117); the
// same shapes with a care role, a relative, "Dr.", a care word, a
// possessive or the reader's appointment stay reported.
func TestOwnStaff117(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		// dev117's clean rows
		{"Your advocate, Tasha, will be out Dec 22-26. Her teammate Ravi is covering your case in the meantime - no need to do anything.", Standard, false},
		{"Live Q&A this Wednesday: 'How to read a hospital bill', with advocate Dana Kim. Bring your questions - everyone's welcome.", Standard, false},
		{"After 6 wonderful years, our co-founder Erin Walsh is stepping back from daily operations. Priya Nandakumar becomes CEO on Jan 1.", Standard, false},
		{"BillWise advocate Dana Kim was named to Modern Healthcare's 2026 list of patient advocates to watch. We're proud of you, Dana!", Standard, false},
		{"Tu asesora, Marta, te ha dejado un documento para firmar. Solo tardarás un minuto: https://portal.example/m/firma", Standard, false},
		{"¡Bienvenida, Renata Ibarra! Se une como directora de alianzas con clínicas en la región Bajío.", Standard, false},
		{"Te presentamos a Ignacio Fuenzalida, tu nuevo ejecutivo de cuenta para la empresa. Puedes escribirle desde el portal.", Standard, false},
		{"Charla abierta y gratuita \"ESI para familias\" con la Lic. Carla Bustos, sábado 13 en el Centro Cultural Recoleta. Sin inscripción previa.", Standard, false},
		{"Le damos la bienvenida a Gabriela Torres, concierge bilingüe que se une a nuestro equipo de Houston.", Standard, false},
		// leaks of the same shapes whose only finding is the name
		{"Your advocate, Maria Lopez, was admitted on Tuesday.", Standard, true},
		{"Your advocate Dana Kim's claim was approved.", Standard, true},
		{"Your advocate is reviewing Maria Lopez's claim.", Standard, true},
		{"Your caregiver, Tasha, will be out tomorrow.", Standard, true},
		{"Tu asesora, Marta, revisará la receta de tu hijo.", Standard, true},
		{"Your advocate, Dana Kim, will call about your appointment.", Standard, true},
		{"Your advocate, Maria Lopez, is our patient too.", Standard, true},
		{"Te presentamos a Ignacio Fuenzalida, tu nuevo cuidador.", Standard, true},
		{"Dear Tasha, your advocate will call.", Standard, true},
		{"Charla con la Lic. Carla Bustos, paciente del programa.", Standard, true},
		{"Priya Nandakumar becomes CEO of the family after her mother's death.", Standard, true},
		{"Your advocate Dana Kim: your husband's visit is confirmed.", Standard, true},
		{"Tu asesora, Marta, está internada desde el lunes.", Standard, true},
		{"Lic. Carla Bustos, su turno es el lunes.", Standard, true},
		{"Her teammate Ravi is covering your son's sessions.", Standard, true},
		{"Advocate Dana Kim is the one who was discharged Friday.", Standard, true},
		{"¡Bienvenida, Renata Ibarra! Se une como directora tras su alta hospitalaria.", Standard, true},
		{"Your sister Maria Lopez is covering your case.", Standard, true},
		{"Advocate Dana Kim is reviewing the claim. We're proud of you, Maria!", Standard, true},
		{"Nuestro asesor Jorge fue elegido para revisar su póliza.", Standard, true},
		{"Our teammate Ravi will call you about the form.", Standard, true},
		// leaks of the same shapes with other findings besides
		{"Your advocate, Maria Lopez, had her chemo claim denied.", Standard, true},
		{"Your advocate is reviewing Maria Lopez's chemo claim.", Standard, true},
		{"Your advocate Dana Kim's claim for the biopsy was approved.", Standard, true},
		{"Your nurse, Tasha, will be out Dec 22-26.", Standard, true},
		{"Teammate Ravi Patel, your son, is covering your dialysis.", Standard, true},
		{"Dr. Ana Ruiz, your oncologist, diagnosed stage 2 breast cancer.", Standard, true},
		{"Advocate Dana Kim: your appointment is Dec 3 at 9:40 AM.", Standard, true},
		{"Your advocate, Dana Kim, booked your colonoscopy for Dec 3.", Standard, true},
		{"Tu asesora, Marta, revisará la cirugía de tu hijo.", Standard, true},
		{"Hola Marta, tu asesora te espera el 3 de marzo.", Standard, true},
		{"Te presentamos a Ignacio Fuenzalida, tu nuevo enfermero para la diálisis.", Standard, true},
		{"Maria Lopez becomes CEO of her own recovery after the transplant.", Standard, true},
		{"¡Bienvenida, Renata Ibarra! Se une como paciente a nuestro programa de diálisis.", Standard, true},
		{"¡Bienvenida, Renata Ibarra! Se une como directora de su tratamiento de quimioterapia.", Standard, true},
		{"Charla con la Dra. Carla Bustos sobre su diagnóstico de VIH.", Standard, true},
		{"Charla con la Lic. Carla Bustos sobre su diagnóstico de VIH el 3 de marzo.", Standard, true},
		{"Your concierge, Maria Lopez, was diagnosed with lupus.", Standard, true},
		{"We're proud of you, Maria! Your chemo is done.", Standard, true},
		{"Our advocate Dana Kim helped Maria Lopez with her HIV claim.", Standard, true},
		{"Your advocate, Tasha, will be out Dec 22-26. Her teammate Ravi is covering your mother's hospice admission.", Standard, true},
	})
}
