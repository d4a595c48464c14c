package guard

import "testing"

// TestPublicInvite: an event open to families and neighbors, a booth at a
// public place and a charity walk are public events (publicdate.go,
// announce_public.go; T36B, dev36); the reader's own care on the same days
// stays reported.
func TestPublicInvite(t *testing.T) {
	g := newTestGuard(t)
	check := func(s string) []Finding {
		t.Helper()
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: s}}}, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	for _, s := range []string{
		"Join our Alzheimer's Awareness Walk on Sept 28 — families, friends and neighbors welcome. Register at https://portal.example/m/walk",
		"World Kidney Day is March 13 — stop by our booth at City Hall for free info materials.",
		"Nuestro nuevo centro de rehabilitación abre el lunes. ¡Todos los vecinos están invitados!",
		"Breast Cancer Awareness Month: our Pink Run is Oct 20, open to all runners.",
		"Stroke Awareness Day is May 6 — join our free community lecture at the library.",
	} {
		if fs := check(s); len(fs) > 0 {
			t.Errorf("reported %q: %+v", s, fs)
		}
	}
	for _, s := range []string{
		"Your Alzheimer's memory screening is Sept 28 at 10 AM.",
		"Your kidney function test on March 13 showed stage 3 kidney disease.",
		"Su terapia en el nuevo centro de rehabilitación empieza el lunes.",
		"Breast Cancer Awareness: your mammogram is due on Oct 19, Maria.",
		"Stroke Awareness Day is May 6 — your community lecture seat is booked.",
		"Join your cardiac rehab group on Oct 5 — your heart failure follow-up is after.",
	} {
		if fs := check(s); len(fs) == 0 {
			t.Errorf("passed %q", s)
		}
	}
}
