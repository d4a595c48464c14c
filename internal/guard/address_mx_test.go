package guard

import "testing"

// TestAddressMX: address.street_date, address.colonia and zip.mx
// (address_mx.go).
func TestAddressMX(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Tu pedido se entregará en Calle 5 de Mayo 123, Col. Centro, C.P. 06000, CDMX.", "address.street_date"},
		{"Tu pedido se entregará en Calle 5 de Mayo 123, Col. Centro, C.P. 06000, CDMX.", "address.colonia"},
		{"Tu pedido se entregará en Calle 5 de Mayo 123, Col. Centro, C.P. 06000, CDMX.", "zip.mx"},
		{"Tu paquete llegará a Av. 20 de Noviembre 45, Col. Centro, C.P. 06060, CDMX.", "address.street_date"},
		{"Tu dirección de entrega: Col. Roma Norte, C.P. 06700, CDMX.", "address.colonia"},
		{"Enviaremos la tarjeta a Calle Hidalgo 45, Colonia Centro, Alcaldía Cuauhtémoc, CDMX.", "address.colonia"},
		// the sender's own address, perfume, a collection, a date alone
		{"Visítanos en Av. Juárez 50, Col. Centro, C.P. 06000, CDMX.", ""},
		{"Visítanos en Calle 5 de Mayo 20, Col. Centro, C.P. 06000, CDMX.", ""},
		{"Nuestra tienda: Calle Madero 12, Col. Centro, C.P. 06000, CDMX. Abierto de 9 a 18 h.", ""},
		{"Colonia Agua Fresca 100 ml, ahora con 20% de descuento.", ""},
		{"Tu colonia favorita regresó: Agua de Colonia 4711 en existencia.", ""},
		{"Col. de invierno: chamarras y bufandas con envío gratis.", ""},
		{"Colonia Centro, la mejor tienda de la ciudad, abre el lunes.", ""},
	})
}
