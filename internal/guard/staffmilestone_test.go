package guard

import "testing"

// TestStaffMilestones: the sender's news of a staff member's milestone (a
// new clinic day, a completed training with a praise closer, a slash role
// with credentials in parentheses or mixed case, years of service, a
// retirement) passes when every finding lies in a slot of the sentence
// (staffmilestone.go); the same frames tied to the reader's care, or
// naming the reader as the one who completed a programme or reached a
// milestone, stay reported.
func TestStaffMilestones(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Pinecrest Spine & Sports: Dr. Nadia Okafor, DO, physiatrist for the Tacoma Herons, now sees patients on Tuesdays at our Lakewood clinic.",
		"Fresh Start Quit Service: our lead adviser Liam Doyle has completed NCSCT specialist training. Well done, Liam!",
		"Fresh Start: our stop smoking practitioner Liam Doyle, RGN, has completed NCSCT training. Thank you, Liam!",
		"Keystone Limb Centre welcomes prosthetist/orthotist Kofi Asante, CPO, to the Exeter workshop.",
		"Bayfront Imaging welcomes sonographer Erin Walsh, RDMS(AB), to the Kingsport center.",
		"Hillside Pharmacy congratulates pharmacist Omar Riaz, MRPharmS, on 15 years of service. Thank you, Omar!",
		"Our sonographer Priya Nair, RDMS, retires on Friday after 27 years at Lakeside Cardiology. Happy retirement, Priya!",
		"Clínica Vitalia: nuestra higienista dental Laura Gómez cumple 15 años de servicio. ¡Gracias, Laura!",
		"Ortopedia del Norte: nuestro técnico ortopédico Luis Vega ha completado su formación en prótesis de miembro superior. ¡Enhorabuena, Luis!",
		"Eastfield Kidney Centre: charge nurse Ruth Mensah, CNN, now leads our Sunday dialysis shift.",
	)
	checkFlagged(t, g, true,
		"Dr. Nadia Okafor now sees you on Tuesdays: your steroid injection for the torn meniscus is at 9:40.",
		"La Dra. Marta León lo atenderá el martes en nuestra clínica de Getafe.",
		"Well done, Marcus Bell, 30 days smoke-free! Keep using your nicotine patches.",
		"Owen Blake has completed the 12-week weight management programme, losing 14 kg. Well done, Owen!",
		"Our adviser Liam Doyle has completed NCSCT training. Well done, Marcus Bell, 30 days smoke-free!",
		"Our nurse Ana Ruiz has completed her chemotherapy course. Well done, Ana!",
		"Our pharmacist Omar Riaz has completed her own cancer treatment. Well done, Omar!",
		"Keystone Limb Centre welcomes prosthetist/orthotist Kofi Asante, CPO, who will cast your new transtibial socket next Tuesday.",
		"Nuestra enfermera Ana Ruiz celebra 20 años de servicio; ella le pondrá su insulina el lunes 3 de marzo.",
		"Dr. Omar Haddad, FRCP, now sees patients with heart failure on Mondays at our Eastgate clinic.",
		"Felicitamos a Juan Ortega por sus 90 días sin fumar. ¡Bien hecho, Juan!",
	)
}
