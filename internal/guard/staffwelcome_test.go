package guard

import "testing"

// TestStaffWelcome: staffwelcome.go's slots — the sender's header, a
// titled clinician's one-word specialty or specialist noun, "who
// specializes in", an award's name ending in "<Role> of the Year", a
// language before "-speaking", a titled thanks, a practice joining the
// network, the sender's name before "welcomes" — pass; the same slots
// about the reader, another person or the reader's care keep their
// findings.
func TestStaffWelcome(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Clínica Monterrico Salud da la bienvenida al Dr. Renzo Paredes Salazar, cardiólogo, quien atiende en la sede Surco desde este mes.",
		"Clínica San Felipe da la bienvenida a la Dra. Lucía Vargas Quispe, dermatóloga, quien atiende en la sede Jesús María desde este mes.",
		"Clínica Monterrico Salud: La Dra. Milagros Chávez Rojas, pediatra, se suma a nuestro staff de la sede San Borja.",
		"Policlínico Miraflores: El Dr. Andrés Huamán Torres, traumatólogo, se suma a nuestro equipo de la sede Barranco.",
		"ClearSight Vision Plan: We added 140 in-network optometrists this quarter, including Dr. Hannah Lowe's practice in Decatur.",
		"Keystone Orthotics: Certified orthotist Ben Okafor, CO, now leads our custom splint lab.",
		"ScriptLine: Meet our new Spanish-speaking pharmacist team led by Luis Carbajal, PharmD. Call and press 2 for español.",
		"RxDirect: Meet our new Vietnamese-speaking pharmacist team led by Linh Tran, PharmD. Call and press 3.",
		"RenalPath Dialysis: Please welcome Dr. Samuel Adeyemi, our new medical director at the Westside center.",
		"Riverbend: Congratulations to nurse manager Teresa Kim, named Endoscopy Nurse of the Year by the state society!",
		"Riverbend Digestive welcomes gastroenterologist Dr. Felipe Araújo, who specializes in IBD and advanced endoscopy.",
		"Harbor Heart welcomes cardiologist Dr. Nina Patel, who specializes in heart failure and echocardiography.",
		"Maple ENT News: Dr. Harold Brennan retires this spring after 28 years at Maple ENT. Thank you, Dr. Brennan!",
		"Glow MedSpa welcomes laser specialist Carla Diaz, LE, to our Doral location!",
		"Policlínico Miraflores: El Dr. Andrés Huamán Torres, traumatólogo, se suma a nuestro equipo de la sede Barranco.",
		"Dr. Irene Walsh retires this month after 25 years with Maple ENT. Thank you, Dr. Walsh, for your years of service to our community!",
	)
	checkFlagged(t, g, true,
		"Clínica San Felipe: La Dra. Lucía Vargas Quispe, dermatóloga, lo atenderá el martes por su psoriasis en la sede Jesús María.",
		"Clínica San Felipe da la bienvenida al Dr. Jorge Salas Rivas, neumólogo, quien atenderá su control de asma mañana.",
		"Policlínico Miraflores da la bienvenida a la paciente Rosa Quispe Mendoza, que se suma a nuestro programa de diálisis.",
		"Dra. Lucía Vargas Quispe, dermatóloga: su biopsia de piel está lista para recoger en la sede Jesús María.",
		"Dr. Harold Brennan retires this spring. Your hearing aid follow-up on May 3 moves to Dr. Lena Cruz.",
		"Maple ENT News: Dr. Harold Brennan retires this spring. Thank you, Dr. Brennan, for your care of my mother.",
		"BrightEyes: Your glaucoma check is set with Dr. Grace Ortiz's practice in Marietta on June 4.",
		"We added Dr. Grace Ortiz's practice to your network for your glaucoma care.",
		"Certified prosthetist Dan Reyes, CP, will fit your below-knee prosthesis on Tuesday.",
		"RxDirect: Your insulin refill was reviewed by our team led by Linh Tran, PharmD.",
		"Please welcome Dr. Omar Haddad, our new medical director. He will review your dialysis labs on Monday.",
		"Congratulations to Paula Reyes, named Patient of the Year after finishing her colon cancer treatment!",
		"Lakeview Digestive welcomes Dr. Amir Nasser, who will do your endoscopy on Friday.",
		"Riverbend: Dr. Felipe Araújo, who will do your endoscopy, specializes in IBD.",
		"Riverbend Digestive welcomes Dr. Felipe Araújo, who will do your endoscopy on Friday.",
		"Lakeview Digestive welcomes Maria Lopez to our Crohn's support group. Maria was diagnosed with Crohn's disease last year.",
		"Harbor Heart welcomes cardiologist Dr. Nina Patel, who specializes in heart failure and will see John Reyes for his arrhythmia.",
		"Maria Lopez welcomes gastroenterologist Dr. Felipe Araújo to her care team for her Crohn's disease.",
		"Diabetes: Dr. Samuel Adeyemi will see you Monday.",
		"Dialysis: Please welcome Dr. Samuel Adeyemi, our new medical director, who starts dialysis on Maria Lopez Monday.",
		"Thank you, Dr. Walsh, for your care of my mother during her chemotherapy.",
		"Dr. Irene Walsh retires this month. Thank you, Dr. Walsh, for your years of service to our patients!",
		"Riverbend: Congratulations to Teresa Kim, named Endoscopy Patient of the Year after her colon surgery!",
	)
}
