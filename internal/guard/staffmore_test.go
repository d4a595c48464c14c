package guard

import "testing"

// TestStaffMore: titled clinicians in staff news, roles after a comma,
// auction lots' authors, holidays and storms named after people pass; the
// reader's clinicians, greetings and patients stay reported (staffmore.go).
func TestStaffMore(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pass := []string{
		"La Dra. Paola Sandoval se incorpora como directora médica de la región de Houston.",
		"El Dr. Esteban Quiroga (pediatría) y la Dra. Marisol Vega (medicina interna) se unen a la clínica de Hialeah.",
		"Nuevos médicos: Dr. Pablo Ferreyra — Pediatría, Mesa. Dra. Camila Rojas — Medicina interna, Tempe. Todos aceptan pacientes nuevos.",
		"Homenaje al Dr. Horacio Lanusse, jefe de cirugía durante 30 años.",
		"Damos la bienvenida a la Lic. Verónica Paz como nueva Directora Ejecutiva, a partir del 2 de enero.",
		"Felicitamos a nuestra recepcionista Yesenia Morales por sus 20 años de servicio.",
		"Please welcome Dr. Kevin Tran, DDS, to our Green Hills team! Dr. Tran grew up in Nashville.",
		"Congrats to Denise Okafor, store manager at Store #45, named Brightway's 2024 Manager of the Year!",
		"Meet Marcus Lee, the new photo center lead at Westgate. Marcus teaches a free class.",
		"Conoce a Rocío Salgado, gerente de la sucursal Centro. ¡Felicidades, Rocío!",
		"Subasta de la Gala: una camiseta firmada por Lionel Messi.",
		"ClearPath Billing will be closed Monday, Jan 20 for Martin Luther King Jr. Day.",
		"Due to Hurricane Helene, our Charlotte office is closed today.",
		"Por la tormenta tropical Alberto, las entregas se retrasan dos días.",
		"Dr. Lewis Grant, chief of oncology, joins our team.",
	}
	report := []string{
		"Su médico, el Dr. Tomás Aguirre, lo atenderá el martes.",
		"La Dra. Marta Gil lo atenderá en la clínica de Orlando.",
		"Damos la bienvenida a la Dra. Elena Suárez, su nueva médica de familia.",
		"Dr. Pablo Ferreyra — su médico de cabecera, Phoenix.",
		"El Dr. Pablo Ferreyra (pediatría) atenderá a su hijo Mateo el jueves.",
		"Your appointment with Dr. Kevin Tran is on March 4.",
		"Please welcome Dr. Kevin Tran, DDS, to our team! Dr. Tran will see you Tuesday.",
		"Congrats to our patient Tom Hardy on finishing chemotherapy!",
		"Subasta: una camiseta firmada por su hijo Tomás Pérez.",
		"Due to Hurricane Helene, your session with Dr. Nathan Cole moves to Friday.",
		"Hola Rocío Salgado, gerente de cuenta: su saldo es $40.",
		"Congrats to Denise Okafor, seen by nurse Kim for her diabetes.",
		"Felicitamos a Daniela Orozco por completar su rehabilitación con nosotros.",
		"Meet Jason Park, our new pharmacy technician, born 04/12/1980.",
		"Felicitamos a la Dra. Ana Ferrer, nacida el 3 de marzo de 1975.",
		"Welcome Dr. Ana Ferrer (HIV) to our team.",
		"Damos la bienvenida a la Dra. Ana Ferrer. Ana, su receta está lista.",
		"Welcome Dr. Ana Ferrer (oncology) to our clinic, where Juan Perez had chemotherapy.",
		"Conoce a Rocío Salgado, gerente. Rocío Salgado tiene diabetes.",
	}
	checkFlagged(t, g, false, pass...)
	checkFlagged(t, g, true, report...)
	if fs, _ := g.CheckText(pass[0], nil, Strict); len(fs) == 0 {
		t.Errorf("strict: titled staff name dropped")
	}
}
