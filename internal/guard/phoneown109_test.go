package guard

import "testing"

// TestPhoneOwn109: the sender's changed number after "our number" and
// "Save it:"/"Guárdelo:" or a colon (phoneown109.go, r109, dev110,
// dev109x); the reader's or a named person's number stays reported.
func TestPhoneOwn109(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{"Estimado cliente: actualizamos nuestro número de WhatsApp de atención. Guárdelo: +502 5555 0142.", Standard, false},
		{"We changed our WhatsApp number. Save it: +502 5555 0142.", Standard, false},
		{"Actualizamos nuestro número de WhatsApp: +502 5555 0142.", Standard, false},
		{"We updated your WhatsApp number. Save it: +502 5555 0142.", Standard, true},
		{"We updated our records. Save it: +502 5555 0142.", Standard, true},
		{"We updated our WhatsApp number. Save it: Maria Lopez +502 5555 0142.", Standard, true},
		{"Actualizamos nuestro número de WhatsApp de Juan Pérez: +502 5555 0142.", Standard, true},
		{"Actualizamos nuestro número de WhatsApp para su hijo: +502 5555 0142.", Standard, true},
		{"Actualizamos nuestro número de WhatsApp y el de su esposa: +502 5555 0142.", Standard, true},
	})
}
