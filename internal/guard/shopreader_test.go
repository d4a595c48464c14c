package guard

import "testing"

// TestShopReaderName: a given name after a shop's category word, then a
// colon and a word to the reader, stays a name (shopreader.go, dev49r).
func TestShopReaderName(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Tienda Carmen Vidal: tu prueba de embarazo está lista para recoger.", true},
		{"Drogerie Lucia Ferrante: Ihr Insulin ist abholbereit.", true},
		{"Tienda Santa Fe: tu pedido está listo.", false},
		{"Sucursal Del Valle Lindavista: tu pedido está listo.", false},
		{"Chez Marcel: your table for 2 is confirmed for Friday.", false},
		{"Farmacia Guadalajara: tu pedido está listo.", false},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if len(f.Rule) > 5 && f.Rule[:5] == "name." {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: name finding %v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
