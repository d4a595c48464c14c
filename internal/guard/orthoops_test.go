package guard

import "testing"

// TestOrthoOps: a "<Brand> Scoliosis & Orthotics" header over a visitor
// rule for everyone, the sender's own arrival rule, holiday closure and
// system retirement dates, and a webhook's opaque user id pass; the same
// frames tied to the reader or a named patient stay reported (orthoops.go,
// ortho18, dev101 fam2-ortho, dev101o).
func TestOrthoOps(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Brightwater Scoliosis & Bracing welcomes Dana Whitfield, CPO, to our Northgate office.", Standard, false},
		{"Cedar Hollow Scoliosis & Orthotics: visitors must check in at the front desk and wear a badge.", Standard, false},
		{"Lakemont Orthotics: meet Carla Reyes, our new front desk lead. She'll help with billing questions.", Standard, false},
		{"Northpeak Scoliosis & Prosthetics welcomes Priya Natarajan, CPO, who joins our Eastfield team.", Standard, false},
		{"Cedar Hollow Scoliosis & Orthotics: children under 16 must be accompanied by a parent or guardian at every appointment.", Standard, false},
		{"Ridgeview Spine: we'll retire the old billing site on Feb 28. Set up your new account before then: https://portal.example/m/Qx7rT2", Standard, false},
		{"Pinecrest Spine & Surgery Center will be closed Thursday, Nov 26 for Thanksgiving Day.", Standard, false},
		{"Pinecrest Spine & Surgery Center: starting March 2, please arrive 20 minutes early for all appointments.", Standard, false},
		{"Ridgeview Spine: the old patient app will stop working on April 30. Download the new app before then.", Standard, false},
		{"Summit Spine & Joint will be closed Monday, Feb 16 for Presidents' Day.", Standard, false},
		{"Summit Spine & Joint: beginning Jan 5, please bring a photo ID to all visits. Patients without ID may need to reschedule.", Standard, false},
		{"Centro de Columna San Rafael estará cerrado el lunes 16 de septiembre por el Día de la Independencia.", Standard, false},
		{"{\"event\":\"user.login\",\"user_id\":\"usr_7f21bd\",\"ip_country\":\"US\",\"ts\":\"2026-12-04T08:01:44Z\"}", Standard, false},
		{"{\"evento\":\"cuenta.bloqueada\",\"user_id\":\"usr_b41k9q\",\"pais_ip\":\"MX\",\"ts\":\"2026-12-03T17:20:00Z\"}", Standard, false},
		{"{\"type\":\"session.expired\",\"user_id\":\"u_92ac7d\",\"ts\":\"2026-12-05T01:02:03Z\"}", Standard, false},
		{"Summit Spine & Joint: we'll retire the old patient portal on Jan 31. Create your new login before then: https://portal.example/m/Zk3pW9", Standard, false},
		// the same frames tied to the reader or a named patient
		{"Brightwater Scoliosis & Bracing: your scoliosis brace fitting is Tuesday at 3 PM.", Standard, true},
		{"Cedar Hollow Scoliosis & Orthotics: Maya Chen's new back brace is ready for pickup.", Standard, true},
		{"Lakemont Orthotics welcomes back Jordan Pike after his spinal fusion surgery.", Standard, true},
		{"Valleverde Escoliosis y Órtesis: su corsé para la escoliosis estará listo el 12 de enero.", Standard, true},
		{"Harborline Clubfoot & Orthotics: Leo's clubfoot brace needs adjusting; please bring him in this week.", Standard, true},
		{"Ridgeview Spine: your spinal fusion is scheduled for Feb 28.", Standard, true},
		{"Pinecrest Spine & Surgery Center: your surgery is on Monday, Jan 19. Please arrive 2 hours early.", Standard, true},
		{"Pinecrest Spine & Surgery Center: starting Feb 1, your physical therapy visits move to Tuesdays.", Standard, true},
		{"Summit Spine & Joint: Ana Torres, your knee replacement is confirmed for March 2.", Standard, true},
		{"Centro de Columna San Rafael: su cirugía de columna es el lunes 16 de septiembre.", Standard, true},
		{"{\"event\":\"user.login\",\"user_id\":\"maria.lopez@example.com\",\"ip_country\":\"US\"}", Standard, true},
		{"{\"event\":\"account.created\",\"username\":\"carlos_mendez\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		{"{\"event\":\"user.updated\",\"user_id\":\"Lucia Fernandez\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		{"{\"event\":\"account.password_changed\",\"user_id\":\"jsmith\",\"diagnosis\":\"scoliosis\"}", Standard, true},
		{"Keystone Spine & Surgery Center: starting Feb 1, please arrive 30 minutes early for all your infusion visits.", Standard, true},
		{"Keystone Spine & Surgery Center will be closed Monday, Jan 19 for Maria Lopez's surgery.", Standard, true},
		{"Keystone Spine & Surgery Center will be closed Monday, Jan 19 for Martin Luther King Jr. Day; your spinal fusion moves to Jan 20.", Standard, true},
		{"Ridgeview Spine: we'll retire your old back brace on Jan 31 at your fitting.", Standard, true},
		{"Summit Spine & Joint: we'll retire the old patient portal on Jan 31, the day of your lumbar fusion.", Standard, true},
		{"Centro de Columna San Rafael: a partir del 1 de marzo, por favor llegue 30 minutos antes a todas sus sesiones de quimioterapia.", Standard, true},
		{"{\"event\":\"user.login\",\"user_id\":\"ana_lopez7\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		{"{\"type\":\"account.locked\",\"user_id\":\"jo_smith1\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		{"Cedar Hollow Scoliosis & Orthotics: your son must be accompanied by a parent at his brace fitting.", Standard, true},
		{"Tallpine Scoliosis & Orthotics: Ana must be accompanied by a parent or guardian at her scoliosis check on Monday.", Standard, true},
		{"Cedar Hollow Scoliosis & Orthotics: patients recovering from spinal fusion must be accompanied by an adult.", Standard, true},
		{"Lakemont Orthotics: say hello to Rita Gomez, our new patient coordinator. She'll help with scheduling and insurance questions.", Standard, false},
		{"Lakemont Orthotics: your new knee brace is ready for pickup on Tuesday.", Standard, true},
		{"Lakemont Orthotics: say hello to Ben Castillo, our new patient. He is recovering from spinal fusion.", Standard, true},
		{"Castillo Orthotics: Ben, your scoliosis brace is ready.", Standard, true},
	})
}
