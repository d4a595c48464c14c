package guard

// Tests of product lines after a listed brand, [media] titles of
// vocab/brands.txt and listed brands the medical dictionary holds
// (brandline.go).

import (
	"strings"
	"testing"
)

// TestBrandLine: product lines after a listed brand, media titles beside a
// media word, comma lists of goods; each was reported before brandline.go
// (dev27, dev28, dev28b).
func TestBrandLine(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Order ready: Neutrogena Hydro Boost water gel, Olay Regenerist serum, Maybelline Sky High mascara.", ""},
		{"Thanks for buying Neutrogena Ultra Sheer sunscreen SPF 50!", ""},
		{"Your Gerber Lil' Crunchies and Pampers Swaddlers Size 2 will arrive tomorrow.", ""},
		{"Order confirmed: Clinique Moisture Surge 100H, La Roche-Posay Anthelios SPF 60.", ""},
		{"Shipped: Dr. Dennis Gross Alpha Beta peel pads and Sol de Janeiro Bum Bum Cream.", ""},
		{"Order shipped: Dr. Jart+ Cicapair Tiger Grass cream.", ""},
		{"Thanks for shopping! Your Olay Regenerist Micro-Sculpting cream ships tomorrow.", ""},
		{"Enviado: Cerave crema hidratante y bloqueador Hawaiian Tropic FPS 50.", ""},
		// comma lists of goods ("Garcia, Sara" is no LAST, FIRST here)
		{"Items in your delivery: Ben & Jerry's Cherry Garcia, Sara Lee Butter Bread, Newman's Own marinara.", ""},
		{"Items in your delivery: Dave's Killer Bread, Sara Lee Honey Wheat, King's Hawaiian rolls.", ""},
		{"Order ready for pickup: Gerber Puffs, Enfamil NeuroPro powder, Similac Pro-Advance 12.4 oz.", ""},
		// media titles with a clinical or care word
		{"Shipped: 'Tropic of Cancer' by Henry Miller (paperback) and 'The Sun Also Rises' by Ernest Hemingway.", ""},
		{"Shipped: Trauma Center: New Blood (Wii, pre-owned) and Surgeon Simulator 2 (Steam key).", ""},
		{"Your Plague Inc: Evolved (Nintendo Switch) digital code is ready in your account.", ""},
		{"Pedido confirmado: juego «Dr. Kawashima's Brain Training» para Switch y audífonos inalámbricos.", ""},
		{"Your pre-order of Dr. Mario World strategy guide has shipped.", ""},
		{"Shipped: Two Point Hospital (PS4) and Theme Hospital (Steam key).", ""},
		// a title with a colon subtitle before a platform or media word;
		// a listed title in quotes after "for"
		{"Shipped: Lara Croft: Tomb Raider (DVD) and Sherlock Holmes: A Game of Shadows (Blu-ray).", ""},
		{"Your Steam key for 'Surgeon Simulator' is ready.", ""},
		// a listed name ending in an initial's dot, then its line
		{"Liquid I.V. Hydration Multiplier (16 sticks) shipped.", ""},
		// a shop named by its trade
		{"Your frames are ready for pickup at Clearview Optical. No appointment needed during store hours.", ""},
	})
}

// TestBrandLineFailClosed: a listed brand or title never hides care
// wording, a drug, a clinician or a person's name.
func TestBrandLineFailClosed(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		// the line stops at a listed name, a stop word, a care word
		"Order ready: Olay Regenerist serum for Maria Lopez.",
		"Your Neutrogena Hydro Boost gel has shipped to Maria Lopez.",
		"Order shipped: Olay Maria Lopez gift set.",
		"Order ready: Olay Regenerist refill for your prescription.",
		"Your Pampers Swaddlers and your pediatrician appointment on March 3 at 10 AM.",
		// drug brands stay drugs beside listed brands
		"Your Ozempic pen pack and Gatorade Zero have shipped.",
		"Shipped: Adderall XR 20 mg (30 capsules) and Nature Valley bars.",
		// a media title beside care wording or with no media word
		"Your Tropic of Cancer paperback and your oncology follow-up appointment details are enclosed.",
		"Shipped: Trauma Center: New Blood. Your trauma surgery follow-up is Tuesday.",
		"Your cancer screening results are ready.",
		"Tropic of Cancer: your results are ready.",
		// persons in comma lists and possessives
		"Ship to: Kate Spade, 12 Main St.",
		"Kate Spade's Clinique order is ready for pickup.",
		"Now serving OKONKWO, BOLA at window 3.",
		"Items: Lopez, Maria, Olay serum.",
		// a colon after a person's name is no title's subtitle
		"Maria Lopez: Your DVD has shipped.",
		"Maria Lopez: Olay Regenerist (DVD) shipped.",
		"Patient Name: Maria Lopez (DVD).",
		"Customer: Maria Lopez (DVD).",
		// a clinician named like a brand
		"Your appointment with Dr. Mario is Monday at 3 PM.",
		"Your Nintendo Switch order shipped. Dr. Nguyen will call you about your biopsy.",
		// an ambiguous supply word is consumer goods only beside a consumer qualifier
		"Pedido confirmado: juego «Dr. Kawashima's Brain Training» y audífonos para su pérdida auditiva.",
	} {
		fs, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not reported", text)
		}
	}
}

// TestBrandLineMedia: a [media] title's clinical word is not reported
// beside a media word only; without one, or for a medication, it is.
func TestBrandLineMedia(t *testing.T) {
	g := newTestGuard(t)
	has := func(text, rule string) bool {
		fs, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == rule {
				return true
			}
		}
		return false
	}
	if has("Shipped: 'Tropic of Cancer' (paperback).", "clinical.condition") {
		t.Error("media title with a media word: condition reported")
	}
	if !has("Shipped: Tropic of Cancer.", "clinical.condition") {
		t.Error("media title without a media word: condition not reported")
	}
	if !has("Shipped: Tropic of Cancer (paperback). Your cancer treatment plan is attached.", "clinical.condition") {
		t.Error("media title beside care wording: condition not reported")
	}
}

// TestBrandListNoDrugs: brands.txt holds no medication or device: no
// entry's word is a one-word medication, device or supply term of the
// clinical lists (ambiguous or not; a [media] title's condition word is
// allowed; an ambiguous supply word of a family name or a shop is:
// "Johnnie Walker", "Mercado Libre"), and, with the operator's dictionary,
// no word of a [title] or [brand] entry that the dictionary holds has a
// drug's ending (stemKind). The dictionary also holds eponyms, places and
// skin-care brands ("Harris", "Eucerin", "Cetaphil"), so it cannot be
// used as a list of drugs by itself; drug brands were left out of
// brands.txt by hand.
func TestBrandListNoDrugs(t *testing.T) {
	g := newTestGuard(t)
	for _, e := range brandWords.entries {
		for k, h := range e.h {
			w := g.v.words[h]
			if w == nil {
				continue
			}
			for _, ph := range w.phrases {
				if ph.class != pClinical || len(ph.toks) != 1 {
					continue
				}
				switch ph.kind {
				case KindMedication, KindDevice:
					t.Errorf("%q: %q is a %s term", e.name, e.text[k], ph.kind)
				}
				if ph.rule == "clinical.supply" && ph.flags&fAmbig == 0 { // "Johnnie Walker", "Mercado Libre"
					t.Errorf("%q: %q is a supply term", e.name, e.text[k])
				}
			}
		}
	}
	dicts := testDictionaries(t, false)
	if dicts == nil {
		t.Log("no dictionary: the dictionary half is skipped (SEALPOST_GUARD_DICTIONARY)")
		return
	}
	gD, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range brandWords.entries {
		if e.media {
			continue
		}
		for k, h := range e.h {
			if gD.med.lookup(h) == 0 {
				continue
			}
			if kd, _, ok := stemKind(strings.ToLower(e.text[k])); ok && (kd == KindMedication || kd == KindDevice) {
				t.Errorf("%q: %q is in the medical dictionary with a drug's ending", e.name, e.text[k])
			}
		}
	}
}

// TestBrandLineDictionary: with the operator's dictionary, a listed brand
// it holds is no dictionary.term in shop wording, and is one again beside
// care wording.
func TestBrandLineDictionary(t *testing.T) {
	dicts := testDictionaries(t, true)
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Thanks for buying Cetaphil!", false},
		{"Your Similac 360 Total Care powder 30.8 oz is ready for pickup.", false},
		{"Your order of Haribo Goldbears and Pringles has shipped.", false},
		{"Your Cetaphil prescription is ready.", true},
		{"Your Similac refill is ready at the pharmacy counter.", true},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q: flagged %v, want %v (%v)", c.text, got, c.want, fs)
		}
	}
}
