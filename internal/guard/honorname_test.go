package guard

import "testing"

// TestHonorificName: a name after a lower-case Spanish honorific where a
// greeting addresses a person (honorname.go), and shops and addressees.
func TestHonorificName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Hola doña Altagracia, su receta ya está lista en Farmacia Los Cocos.", "name.honorific"},
		{"Estimado señor Ramiro, su receta fue renovada.", "name.honorific"},
		{"Buenas tardes señora Altagracia, su cita es mañana.", "name.honorific"},
		{"Hola don Eusebio, su pedido llegó.", "name.honorific"},
		{"Hola doña Tota, le esperamos.", "name.honorific"},
		{"Gracias don Cliente, su pedido está listo.", ""},
		{"Hola señor Cliente, su pedido está listo.", ""},
		{"Hola don Fulano, bienvenido a nuestra tienda en línea.", ""},
		{"Estimada señora Directora, adjuntamos la factura.", ""},
		{"Pruebe el nuevo café Doña Lola, ahora en oferta.", ""},
		{"Don Julio tequila is 20% off this weekend.", ""},
		{"Happy hour at Señor Frog's starts at 5 PM.", ""},
	})
}

// TestHonorFilter: every honorific scanHonorificName starts from passes
// honorFilter and sets the field's notice-level bit fb2Honor, so the gate
// skips only fields the rule would find nothing in (helper SPEED12B).
func TestHonorFilter(t *testing.T) {
	for _, m := range []map[uint64]bool{setKeys(honorLower), setKeys(honorDot)} {
		for h := range m {
			if !honorFilter.may(h) || tokFilterTabBoth[h&16383]>>16&fb2Honor == 0 {
				t.Errorf("hash %x read by scanHonorificName is not in honorFilter/fb2Honor", h)
			}
		}
	}
	for _, w := range []string{"don", "dona", "senor", "senora", "senorita", "sr", "sra", "srta", "dr", "dra", "lic", "licda"} {
		if !honorFilter.may(hstr(w)) {
			t.Errorf("%q not in honorFilter", w)
		}
	}
}
