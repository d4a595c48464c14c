package guard

import "strings"

// A bare five-digit ZIP code after "delivery to" (dev31, helper M32).
//
// "Delivery to 94110 is delayed due to weather" names where the recipient
// lives: ZIP codes are Safe Harbor identifiers. numbers.go reports five
// digits as a ZIP only after a ZIP cue or a state; deliveryZip adds five
// digits right after "to" (a single space between, no "#" or "$"), with a
// delivery word at most three words before "to" in the sentence (delivery,
// delivered, ship, shipping, "on its way", headed, sending…), and no count
// noun or count word in the two words after the number, no "+" or "%"
// ("Delivery to 10000 customers", "shipped to 12000 happy customers",
// "delivering to 10000+ homes"), and no "up to". Order numbers and amounts
// do not come after "to" ("Order #94110 has shipped", "$94,110").
var (
	zipDeliveryWords = wordSetTab("delivery deliveries delivered deliver delivering ship ships shipped shipping " +
		"shipment shipments way headed heading sending sent route transit mailed mailing going " +
		// a move of the reader ("moving to 94110"; helper GAPS, dev37g)
		"moving move moved relocating relocate relocated relocation")
	// Spanish delivery and move words before "a" ("entrega a 94110"; helper GAPS)
	zipDeliveryWordsES = wordSetTab("entrega entregas entregado entregada entregamos entregar envio envios enviado enviada " +
		"enviamos enviar enviaremos entregaremos camino rumbo mudanza muda mudamos mudarse mudando traslado")
	hA            = hstr("a")
	zipCountNouns = wordSetTab("items item units unit orders customers customer stores store people households homes " +
		"addresses miles km points dollars usd pieces packages parcels boxes locations cities members users " +
		"pm am percent lbs lb kg pounds times subscribers " +
		"clientes cliente hogares casas tiendas personas pedidos articulos puntos dias horas millas unidades " +
		"miembros socios familias direcciones paquetes ciudades usuarios")
	zipCountAdj = wordSetTab("more new happy satisfied other additional different plus extra mas nuevos nuevas")
	hTo         = hstr("to")
)

// deliveryZip reports whether the five-digit token i is a ZIP code a
// delivery goes to.
func (s *scanner) deliveryZip(i int) bool {
	if i < 2 || s.gap(i) != " " || s.gap(i-1) != " " {
		return false
	}
	words := zipDeliveryWords
	switch s.toks[i-1].h {
	case hTo:
	case hA: // "entrega a 94110"
		words = zipDeliveryWordsES
	default:
		return false
	}
	if s.low(i-2) == "up" || s.toks[i-1].sent {
		return false
	}
	cue := false
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if words.get(s.toks[k].h) {
			cue = true
			break
		}
		if s.toks[k].sent {
			break
		}
	}
	if !cue {
		return false
	}
	// a count, not a place: "10000+ homes", "12000 happy customers",
	// "20000 more households"
	if g := s.gap(i + 1); i+1 < len(s.toks) && (strings.HasPrefix(g, "%") || strings.HasPrefix(g, "+")) {
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
		if s.toks[j].sent || s.gap(j) != " " {
			break
		}
		if zipCountNouns.get(s.toks[j].h) || zipCountAdj.get(s.toks[j].h) {
			return false
		}
	}
	return true
}
