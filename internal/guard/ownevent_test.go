package guard

import "testing"

// TestOwnEventCue: the sender's observances, name, lines, purchases,
// outreach and policies pass; the reader's care in the same shapes stays
// reported (ownevent.go, helper DATE9, dev54/dev61d).
func TestOwnEventCue(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Nurses Week pop-up: visit our Charlotte showroom May 6-12 for try-ons and free coffee.",
		"Keystone Lab is sponsoring the Miami Valley adaptive sports day on June 6. Volunteers welcome!",
		"Keystone Lab offices will be closed Monday, January 19 for Martin Luther King Jr. Day.",
		"Brightwater Lab offices will be closed Monday, May 25 for Memorial Day.",
		"Beginning March 1, 2027, we require 24 hours' notice to cancel an appointment.",
		"A partir del 1 de marzo de 2027, requerimos 24 horas de aviso para cancelar una cita.",
		"Nuestro nuevo número de citas es 1-800-555-0175. El número anterior dejará de funcionar el 31 de enero.",
		"La línea de citas cambia el 15 de febrero. Nuevo teléfono: 1-800-555-0190.",
		"Our appointment line has a new number: 1-800-555-0175. The old number stops working on January 31.",
		"The Pine Hollow Foundation's pancake breakfast raises funds for a new ambulance. Sunday, March 15, Fenwick Grange Hall.",
		"Nuestra unidad móvil visitará el barrio Santa Olaya el sábado 14 de marzo de 8:00 am a 12:00 pm.",
		"Our mobile unit will visit the Eastgate neighborhood on Saturday, March 14, 8 am to noon.",
		"Visit our booth at the county fair, June 3–5.",
		"National Nurses Day is May 6! Free coffee in the lobby.",
	)
	checkFlagged(t, g, true,
		"Nurses Week: your home nurse visit is moved to May 8.",
		"Happy Nurses Week, Maria! Your wound check is May 7.",
		"Keystone Lab results for your blood draw on June 6 are ready.",
		"Brightwater Lab received your specimen on August 9.",
		"Keystone Lab offices: your glucose test is Monday, January 19.",
		"Beginning March 1, your appointment moves to our Elm Street office.",
		"Starting July 1, we will see you every two weeks for your infusion.",
		"A partir del 1 de marzo, su cita de diálisis será los lunes.",
		"Beginning March 1, we require parents to bring their son's chart on March 3.",
		"Su número de cita es 4471. Lo esperamos el 31 de enero.",
		"Our appointment line confirmed your visit on January 31.",
		"The pancake breakfast raises funds for your son's new wheelchair. Sunday, March 15.",
		"Nuestra enfermera visitará su casa el sábado 14 de marzo a las 9:15 am.",
		"Our nurse will visit you at home on Saturday, March 14.",
		"Our nurse will visit the Smith home on Saturday, March 14.",
		"Su hija recibirá la visita de nuestra unidad móvil el 14 de marzo.",
		"Please visit our office on March 3 at 10 am.",
		"Visit our clinic on March 3.",
		"Surgery Day is March 3.",
		"Discharge Day: March 3.",
	)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Celebrate National Hospital Week with free cookies in the lobby, May 10-16!", false},
		{"Keystone Lab turns 30 this year! Join our anniversary cookout on July 18.", false},
		{"Happy Patient Safety Week! Free hand sanitizer at the front entrance March 9-15.", false},
		{"National Hospital Week: thank you for staying with us. Your discharge date is May 12.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Strict)
		if err != nil || (len(fs) > 0) != c.want {
			t.Errorf("strict %q: findings %v, %v; want flagged %v", c.text, fs, err, c.want)
		}
	}
}
