package guard

import "testing"

// TestPublicInvite: an event open to families and neighbors, a booth at a
// public place and a charity walk are public events (publicdate.go,
// announce_public.go; T36B, dev36); the reader's own care on the same days
// stays reported.
func TestPublicInvite(t *testing.T) {
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, newTestGuard(t), ctx, []modeCase{
		{"Join our Alzheimer's Awareness Walk on Sept 28 — families, friends and neighbors welcome. Register at https://portal.example/m/walk", Standard, false},
		{"World Kidney Day is March 13 — stop by our booth at City Hall for free info materials.", Standard, false},
		{"Nuestro nuevo centro de rehabilitación abre el lunes. ¡Todos los vecinos están invitados!", Standard, false},
		{"Breast Cancer Awareness Month: our Pink Run is Oct 20, open to all runners.", Standard, false},
		{"Stroke Awareness Day is May 6 — join our free community lecture at the library.", Standard, false},
		{"Your Alzheimer's memory screening is Sept 28 at 10 AM.", Standard, true},
		{"Your kidney function test on March 13 showed stage 3 kidney disease.", Standard, true},
		{"Su terapia en el nuevo centro de rehabilitación empieza el lunes.", Standard, true},
		{"Breast Cancer Awareness: your mammogram is due on Oct 19, Maria.", Standard, true},
		{"Stroke Awareness Day is May 6 — your community lecture seat is booked.", Standard, true},
		{"Join your cardiac rehab group on Oct 5 — your heart failure follow-up is after.", Standard, true},
		// RED5 (dev49d): one named family's walk is about that family
		{"Neighbors welcome: Okafor family's kidney walk on June 3 at Kiwanis Park.", Standard, true},
		{"Families and neighbors welcome at our June 3 spring walk at Kiwanis Park.", Standard, false},
		{"Caminata de la familia Ruiz abierta al público el 3 de junio.", Standard, true},
		{"Caminata comunitaria Familia Sana, domingo 7 de diciembre, 8 a.m., salida del parque central.", Standard, false},
	})
}
