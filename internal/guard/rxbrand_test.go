package guard

import "testing"

// TestRxBrand: a coined pharmacy brand of two ordinary words before "Rx", or
// joined to it, in a sender's slot passes; a drug, a misspelling, an
// unknown drug-shaped word or a surname before "Rx", and the brand in a
// drug's slot stay reported (rxbrand.go, helper BRAND12, dev71).
func TestRxBrand(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		// the sender's brand
		{"MossBridge Rx: your order was delivered.", Standard, false},
		{"HeartCare Rx: your order has shipped.", Standard, false},
		// red12 (dev73x): a condition or treatment as the brand's half
		{"Your SoberPath Rx account is ready.", Standard, true},
		{"Welcome to CancerCare Rx. Your first shipment is on the way.", Standard, true},
		{"Your BirthControl Rx order has shipped.", Standard, true},
		{"SmokeFree Rx: your patch order was delivered.", Standard, true},
		{"Tidewell Rx: your mail-order package has shipped.", Standard, false},
		{"Your SilverFern Rx mail-order statement is ready.", Standard, false},
		{"Your BrightLane Rx email preferences were updated.", Standard, false},
		{"Download the new Kestrelpoint Rx app to view your member card.", Standard, false},
		{"Welcome to Stonecrest Rx! Create your online account.", Standard, false},
		{"Your payment method on file with IronGate Rx expires soon.", Standard, false},
		{"Join GoldenReed Rx's free webinar on Thursday.", Standard, false},
		{"NorthGlen Rx's member services team is available 24/7.", Standard, false},
		{"SilverFern Rx will never ask for your password by text.", Standard, false},
		{"Lanternbay Rx: important plan information is in your portal.", Standard, false},
		{"VistaClara Rx: su pedido por correo está en camino.", Standard, false},
		{"Bienvenido a Stonecrest Rx. Active su cuenta en línea.", Standard, false},
		{"Descargue la aplicación de CedarMill Rx.", Standard, false},
		{"PineCrestRx: autopay is now set up on your mail-order account.", Standard, false},
		// a drug, a misspelling, an unknown drug-shaped word, a surname
		{"Your Mounjaro Rx is ready for pickup.", Standard, true},
		{"Your lisinopril Rx is ready.", Standard, true},
		{"Your Jardianse Rx is ready.", Standard, true},
		{"Your Velquora Rx is ready.", Standard, true},
		{"Zolvinta Rx: your refill has shipped.", Standard, true},
		{"Your Dravenzi Rx order has shipped.", Standard, true},
		{"Vukovic Rx: your refill is ready for pickup.", Standard, true},
		{"Su Zalprenta Rx ya fue enviada.", Standard, true},
		// the brand in a drug's slot, or beside a drug
		{"Your MossBridge Rx is ready.", Standard, true},
		{"MossBridge Rx refill ready for pickup.", Standard, true},
		{"Su receta de VistaClara Rx está lista.", Standard, true},
		{"mossbridge rx: your order was delivered.", Standard, true},
		{"GoldenReed Rx: your Velquora refill is ready for pickup.", Standard, true},
		{"Your Trexaprine from SkyHarbor Rx has shipped.", Standard, true},
	})
}

// TestRxBrandShape: two ordinary words, camel case or run together.
func TestRxBrandShape(t *testing.T) {
	s := &scanner{g: newTestGuard(t)}
	for _, c := range []struct {
		w  string
		ok bool
	}{
		{"ClearPath", true}, {"SkyHarbor", true}, {"VistaClara", true}, {"HealthWarehouse", true},
		{"Tidewell", true}, {"Stonecrest", true},
		{"Velquora", false}, {"Zepbound", false}, {"Vukovic", false}, {"CLEARPATH", false},
		{"ClearPathPlus", false}, {"clearPath", false}, {"Rx", false},
		// red12 (dev73x): a clinical half is no brand; HeartCare stays one
		{"SoberPath", false}, {"CancerCare", false}, {"WeightLoss", false}, {"BirthControl", false},
		{"Soberpath", false}, {"Smokefree", false}, {"HeartCare", true},
	} {
		if got := rxBrandShape(s, c.w); got != c.ok {
			t.Errorf("rxBrandShape(%q) = %v, want %v", c.w, got, c.ok)
		}
	}
}
