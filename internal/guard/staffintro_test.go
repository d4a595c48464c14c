package guard

import "testing"

// TestStaffIntro: staffintro.go's structures — a staff pleasantry, a home
// town, a titled clinician's specialty, an event's RSVP contact and phone, a
// titled Q&A host, a thanks to a staff member's nickname, more credentials —
// pass; the same slots about the reader, the reader's kin or the reader's
// care keep their findings.
func TestStaffIntro(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		// credentials (staffjob.go's srJobCreds)
		"Congratulations to Marcus Bell, PTA, on 10 years with Cedar Ridge Physical Therapy! Stop by the Aurora front desk to say hi.",
		"Meet Ben Cruz, LPTA, who joins our Northside team this month.",
		"Congratulations to Dana Ortiz, COTA, on 5 years with our Lakeview team!",
		// 1. a pleasantry
		"Meet Ryan Patel, our new head of member support. Ryan and his team are here for you 7 days a week.",
		"Please welcome Carolyn Pierce, our new Executive Director! Carolyn brings 20 years of senior living experience and can't wait to meet you.",
		// 2. a home town
		"Meet Angela Brooks, RN, our new nurse manager. Angela brings 18 years of nursing experience and is a proud Oxnard native.",
		// 3. a specialty
		"Harborview welcomes Dr. Elena Voss as our new Medical Director. Dr. Voss is board certified in undersea and hyperbaric medicine and joins us from UCLA Health.",
		"Bayside welcomes Dr. Kofi Mensah, board certified in wound care, to our Norfolk team.",
		"Please welcome Dr. Hana Sato to our Eastside office. Dr. Sato is fellowship-trained in pelvic medicine.",
		// 4. an RSVP contact
		"Mother's Day Tea in the Garden Room, Sunday May 10 at 2 PM. RSVP to Tasha Greene at (601) 555-0143 by May 5.",
		"Fall Harvest Dinner in the dining hall, Friday Oct 3 at 5 PM. RSVP to Linda Shaw by Sept 30.",
		// 5. a Q&A host
		"Join Keel's free live Q&A on heart-healthy eating with Dr. Nathan Brooks, Tuesday at 8 PM ET. Save your seat online.",
		// an aide, new clients, "staffed by", a thanks to the staff member
		"Hearthside congratulates home health aide Lorraine Becker on 25 years with us. Thank you, Lorraine!",
		"Our front-desk aide Brenda Cole celebrates 10 years with us this month. Thank you, Brenda!",
		"Our esthetician Lena Marchetti is taking new clients.",
		"The Wellness Center is now staffed by Mr. Luis Carrizales, LPC, Mondays and Wednesdays.",
		// a nickname thanked after the staff sentence
		"Felicitamos al Lcdo. José Figueroa por sus 25 años de servicio en La Ceiba de Arecibo. ¡Gracias, don Cheo!",
	)
	checkFlagged(t, g, true,
		"Congratulations, Marcus Bell, on finishing your cardiac rehab!",
		"Marcus Bell, PTA, will see you for your knee therapy on Tuesday at 3 PM.",
		"Congratulations to Marcus Bell on 10 years cancer-free! Stop by the Aurora front desk to say hi.",
		// 1.
		"Meet your new care team: Dr. Voss will see you for your wound on Tuesday.",
		"Meet Tom Alvarez, our new front desk supervisor. Tom is here for you after your surgery.",
		"Nina Brooks can't wait to meet you at your first chemo session on Monday.",
		"Please welcome baby Carolyn Pierce, born May 3 to our patient Jenna Pierce!",
		"Please welcome Sam Ortiz to our memory care unit. We are here for you, Sam.",
		"Welcome Ruth Abernathy to Magnolia Terrace! Ruth can't wait to meet you at the Mother's Day Tea.",
		// 2.
		"Angela Brooks, our new nurse manager, is a proud Oxnard native. She will check your wound tomorrow.",
		"Meet Maria Lopez, a proud Oxnard native, who finished her chemotherapy this week.",
		"Meet Jada Ellis, our newest resident. Jada is a proud Kalamazoo native recovering from a stroke.",
		// 3.
		"Dr. Kofi Mensah, board certified in wound care, will see you for your pressure ulcer.",
		"Dr. Elena Voss is board certified in hyperbaric medicine and treated Maria Lopez for her diabetic foot ulcer.",
		"Meet Dr. Voss, our new wound specialist. Dr. Voss is board certified in hyperbaric medicine and will see you Tuesday.",
		// 4.
		"RSVP for your son Tasha Greene by May 5 for the pediatric diabetes camp.",
		"RSVP to Tasha Greene at (601) 555-0143 by May 5.",
		"Support group for caregivers of dementia patients, May 10 at 2 PM. RSVP to Linda Shaw by May 5.",
		"Mother's Day Tea, Sunday May 10 at 2 PM. RSVP to Tasha Greene, who is recovering from hip surgery, at (601) 555-0143.",
		"Party for Tasha Greene, born May 3. RSVP to Linda Shaw at (601) 555-0143.",
		// 5.
		"Q&A with Dr. Voss about your biopsy results, Tuesday at 8 PM.",
		"Join our free Q&A on living with diabetes with Dr. Maya Chen. Save your seat for your follow-up.",
		// a nickname
		"Felicitamos al Sr. José Figueroa por completar su rehabilitación cardíaca. ¡Gracias, don Cheo!",
		"¡Gracias, don Cheo! Su cita de diálisis es el martes a las 8.",
		"Felicitamos al Lcdo. José Figueroa por sus 25 años de servicio. Su cita es mañana. ¡Gracias, don Cheo!",
		"Felicitamos a la Sra. Ana Ruiz por terminar su tratamiento.",
		// an aide, new clients, "staffed by", a staff member's own injury
		"Your home health aide Lorraine Becker will help you bathe after your hip surgery.",
		"Thank you, Lorraine! Your aide Lorraine Becker says your wound is healing.",
		"Our aide Lorraine Becker will help you bathe. Thank you, Lorraine!",
		"Congratulations to Lorraine Becker, our new client! Thank you, Lorraine!",
		"Lena Marchetti is taking new clients while she recovers from her chemotherapy.",
		"Your room is staffed by Mr. Luis Carrizales, LPC, during your detox stay.",
		"Our aide Lorraine Becker fell and broke her hip.",
		"Our cashier Lorraine Becker fell and broke her hip. Thank you, Lorraine!",
		// red-team (red14b, dev81x): the nickname named again outside the thanks
		"Our driver Luis Soto will bring don Cheo home Friday. ¡Gracias, don Cheo!",
		"Our driver Luis Soto brought don Cheo home from his stay on Friday. ¡Gracias, don Cheo!",
	)
}
