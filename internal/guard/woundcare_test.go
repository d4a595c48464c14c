package guard

import "testing"

// TestWoundCare: the reader's wound or injury care (woundcare.go, dev77r);
// stitches of knitting and websites, staples of documents, a cast of
// actors, salad dressing and loyalty points pass.
func TestWoundCare(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Reminder to return in 10 days for suture removal from your left forearm.", "compose.wound_care"},
		{"Northgate Urgent Care: your staple removal visit (scalp) is set for Thu 2:15 PM.", "compose.wound_care"},
		{"Keep your hand laceration dry for 48 hours and return Monday for a wound check.", "compose.wound_care"},
		{"Reminder: burn dressing change for your right hand tomorrow at 9 AM.", "compose.wound_care"},
		{"Sprain follow-up: please return in 1 week so we can re-check your ankle.", "compose.wound_care"},
		{"Recordatorio: su cita para retiro de puntos del brazo es el viernes a las 11.", "compose.wound_care"},
		{"Mantenga su herida limpia y seca; regrese en 5 días para la revisión.", "compose.wound_care"},
		{"Hola Marta, la revisión de su yeso es mañana a las 9:30.", "compose.wound_care"},
		{"Please return for staple removal in 7-10 days.", "compose.wound_care"},
		{"Le quitaremos los puntos de la rodilla el jueves.", "compose.wound_care"},
		{"We removed the stitches from our website's header design; the new look is live.", ""},
		{"Knitting club: learn to pick up dropped stitches on Thursday.", ""},
		{"Remove the staples from your documents before your shredding appointment.", ""},
		{"The cast of our spring musical will meet Tuesday for a costume check.", ""},
		{"Cast your vote for the best float in the parade!", ""},
		{"Burn calories with your arms workout this Friday.", ""},
		{"Wardrobe staples: jeans that flatter your legs.", ""},
		{"Salad dressing of the month: lemon tahini.", ""},
		{"Canjee sus puntos en cualquier punto de venta.", ""},
		{"El retiro de puntos de su tarjeta de lealtad ya está disponible en la app.", ""},
		{"Su pedido de yeso para paredes llegó a la tienda.", ""},
		{"Return your used staples and stitches kit for recycling.", ""},
		{"Your dress fitting: we will remove the staples from your hem at your appointment.", ""},
		{"Tu equipo ganó puntos: vuelva el lunes para el retiro de premios.", ""},
	})
}
