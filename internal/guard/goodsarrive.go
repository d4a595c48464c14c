package guard

// goodsarrive.go: goods that arrive are no person arriving (issue 15,
// fourteenth pass, helper sender14, dev78/dev80p, 2026-12-05).
//
// careArrival (carefacility.go) reads a verb of arriving (arrive, arrival,
// check in…: sdArrivalAt) as a person coming for care, and it gates every
// untied date of the notice as possibly the reader's (careSignal). A
// shop's holiday notice says its orders arrive: "Holiday notice: Keel
// shipments will not process Dec 25 or Jan 1. Orders placed after Dec 19
// may arrive after the holiday." (dev78-clean-192) was blocked for its
// dates. gaArrive passes the verb when its subject is goods: an order,
// package, shipment or delivery word (order(s), package(s), parcel(s),
// shipment(s), box(es), pedido(s), paquete(s), envío(s)) within seven tokens
// before it in its sentence, with no reader's word, kin word or care word
// between (careWords: "Your oxygen order may arrive …" keeps the gate;
// "your order" does not, the reader's order being no care). Only the
// arrival cue is dropped: every other care signal of the notice still
// gates its dates ("Your surgery is Dec 26. Orders may arrive late" stays
// reported).

var gaGoods = wordSetTab("order orders package packages parcel parcels shipment shipments box boxes pedido pedidos paquete paquetes envio envios")

// gaArrive: the arrival verb at token k has goods for its subject (see the
// file comment).
func (s *scanner) gaArrive(k int) bool {
	for m := k - 1; m >= 0 && m >= k-7; m-- {
		t := &s.toks[m]
		if gaGoods.get(t.h) {
			return true
		}
		if kinWords.get(t.h) || kinCareWords.get(t.h) || careBits.may(t.h) && careWords.get(t.h) {
			return false
		}
		if t.sent {
			return false
		}
	}
	return false
}
