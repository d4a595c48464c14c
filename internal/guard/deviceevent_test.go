package guard

import "testing"

// TestDeviceEvent: a health event of the reader reported by a monitoring
// device (deviceevent.go, dev77r); a fall sale, pendant lights, a fall in
// temperature, an aquarium's oxygen and a cake's sugar pass.
func TestDeviceEvent(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"LifeBeacon Medical Alert: Your fall-detection pendant registered a fall at 3:12 AM. Responders were dispatched.", "compose.device_event"},
		{"SafeStep: your wristband detected a fall in the bathroom at 6:05 PM. EMS was sent.", "compose.device_event"},
		{"Your smart pill dispenser shows the 9 PM dose was not taken.", "compose.device_event"},
		{"Su monitor cardíaco registró un ritmo irregular anoche.", "compose.device_event"},
		{"Alerta: su colgante detectó una caída a las 3:20 a. m.", "compose.device_event"},
		{"Su dispensador indica una dosis omitida a las 8:00.", "compose.device_event"},
		{"Your watch detected a hard fall and called 911.", "compose.device_event"},
		{"Su reloj detectó una caída fuerte y llamó al 911.", "compose.device_event"},
		{"Fall sale: 30% off all pendant lights this weekend.", ""},
		{"Our pendant lights are back in stock.", ""},
		{"Leaves fall, prices fall: autumn clearance starts now.", ""},
		{"Your thermostat detected a fall in temperature overnight.", ""},
		{"Your LifeBeacon fall-detection pendant has shipped.", ""},
		{"Is your aquarium low on oxygen? Our air pumps are 20% off.", ""},
		{"Your cake order: sugar levels are high, alert the baker.", ""},
		{"Missed a dose of our newsletter? Read it online.", ""},
		{"Your dispenser reports the dose of detergent was missed.", ""},
		{"Your pool sensor detected low oxygen and high chlorine.", ""},
		{"Su reloj registró una caída de la red wifi a las 3.", ""},
		{"Your team, Early Birds, has been registered for the fall walking challenge.", ""},
		{"Caída del sistema: nuestro sitio estará fuera de servicio el sábado.", ""},
	})
}
