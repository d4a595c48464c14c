package guard

import (
	"strings"
	"testing"
)

// TestBrandSlot: a specialty word inside the sender's own name, in a
// sender's slot, passes; the reader's visit, referral or care beside the
// same name stays reported (brandslot.go).
func TestBrandSlot(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		mode Mode
		leak bool
	}{
		// clean: the sender's own name in a sender's slot
		{"Maple Grove Urology offices closed Friday, Dec 25 for Christmas.", Standard, false},
		{"Maple Grove Urology has updated its website terms.", Standard, false},
		{"Refer a neighbor to Maple Grove Urology & Men's Health and you both get a $30 credit.", Strict, false},
		{"Refer a loved one to Sandpiper Cardiology and get $10 off your next statement.", Strict, false},
		{"Sandpiper Cardiology proudly sponsors the Lakeside fun run this Saturday.", Strict, false},
		{"Sandpiper Cardiology's main office will be closed Monday for a system upgrade.", Standard, false},
		{"Follow Sandpiper Cardiology on Facebook for office news.", Strict, false},
		{"New address: Maple Grove Urology, 18 Birch St, Suite 3.", Standard, false},
		{"Urología Montebello actualizó su política de privacidad.", Standard, false},
		{"Las oficinas de Cardiología del Norte cierran el lunes festivo.", Standard, false},
		{"Recomiende a una amiga a Dermatología Costa Brava y ambas reciben $20.", Strict, false},
		{"Urología Montebello: nuestra sucursal sur se muda a Calle 8 número 40.", Standard, false},
		// leaks: the reader's care beside the same name, or no sender's slot
		{"Maple Grove Urology: your consult is Monday at 9.", Standard, true},
		{"Your appointment with Sandpiper Cardiology is Thursday at 10.", Standard, true},
		{"Your Maple Grove Urology visit is confirmed for Monday.", Standard, true},
		{"Sandpiper Cardiology has received your referral.", Standard, true},
		{"Sandpiper Cardiology welcomes you as a new patient.", Standard, true},
		{"Maple Grove Urology offices closed Friday. Your appointment moves to Monday.", Standard, true},
		{"Refer a friend to Maple Grove Urology. See you at your visit Monday.", Strict, true},
		{"Thanks for visiting Maple Grove Urology today.", Standard, true},
		{"Urología Montebello: su consulta es el lunes a las 9.", Standard, true},
		{"Urología Montebello actualizó su expediente clínico.", Standard, true},
		{"Su cita en Cardiología del Norte es el martes.", Standard, true},
		{"Maple Grove Psychiatry offices closed Friday, Dec 25 for Christmas.", Standard, true},
		{"Refer a friend to Dana Whitfield Urology and get $20.", Strict, true},
	} {
		fs, err := g.CheckText(c.text, nil, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rules []string
			for _, f := range fs {
				rules = append(rules, f.Rule)
			}
			t.Errorf("%q: flagged %v, want %v (%s)", c.text, got, c.leak, strings.Join(rules, ","))
		}
	}
}
