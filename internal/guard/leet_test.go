package guard

// Tests of issue 15's fifth pass, l33t and telling OTC items:
// obfuscation.leet (leet.go), compose.abbrev_case (abbrevcase.go),
// otc.personal (otc.go) and frame.pharmacy_benefit (pharmacycue.go).

import (
	"os"
	"strings"
	"testing"
)

// fifthPassCase: text and the rule expected on it ("" for a clean text,
// which must pass with no finding at all; "*" for any finding).
type fifthPassCase struct {
	text, rule string
	kind       Kind
}

func runFifthPass(t *testing.T, g *Guard, cases []fifthPassCase) {
	t.Helper()
	for _, c := range cases {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if c.rule == "" {
			if len(fs) > 0 {
				t.Errorf("%q: want no finding, got %s", c.text, rulesOf(fs))
			}
			continue
		}
		found := false
		for _, f := range fs {
			if c.rule == "*" || f.Rule == c.rule && (c.kind == "" || f.Kind == c.kind) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s (%s), got %s", c.text, c.rule, c.kind, rulesOf(fs))
		}
	}
}

func rulesOf(fs []Finding) string {
	var b []string
	for _, f := range fs {
		b = append(b, string(f.Kind)+"/"+f.Rule)
	}
	return "[" + strings.Join(b, " ") + "]"
}

func TestLeet(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		// three or more digits, 8 for b, digits and symbols together
		{"Your s3rtr4l1ne refill is ready.", "obfuscation.leet", KindMedication},
		{"Time to refill your 0l4nz4p1n3 today.", "*", ""}, // also a long code: identifier.alnum first
		{"Your 8ipolar medication review is due.", "obfuscation.leet", KindCondition},
		{"Your 4nx13ty support group meets Thursday.", "obfuscation.leet", ""},
		{"Your h3p@t1t1s C results are ready.", "obfuscation.leet", KindCondition},
		{"Your s3rtr@l1ne refill was approved.", "obfuscation.leet", KindMedication},
		{"Su quimi0ter4pia empieza el martes.", "obfuscation.digits", ""},
		// short abbreviations with a test, result or clinic cue
		{"Results for your H1V test are available.", "obfuscation.leet", KindCondition},
		{"Your 5TD panel came back.", "obfuscation.leet", KindCondition},
		{"A1DS clinic visit confirmed for Friday.", "obfuscation.leet", KindCondition},
		{"Your 1UD insertion is booked.", "obfuscation.leet", KindMedication},
		{"Sus resultados de V1H ya están disponibles.", "obfuscation.leet", ""},
		// exact spelling: the letters as listed ("PrEP")
		{"Your Pr3P refill is ready.", "obfuscation.leet", KindMedication},
		// one or two digits stay obfuscation.digits (compose.go)
		{"Your d1abetes kit shipped.", "obfuscation.digits", KindObfuscation},
		// codes, model numbers, promo codes, quantities
		{"Use code SPR1NG25 at checkout for 25% off.", "", ""},
		{"Use code C4LM15 for 15% off candles.", "", ""},
		{"Use promo code H3ALTHY10 for 10% off smoothies.", "", ""},
		{"Your H0T5AUCE hot sauce sampler shipped.", "", ""},
		{"Your order A1B2C3 has shipped.", "", ""},
		{"Your PS4 controller is ready for pickup.", "", ""},
		{"Your Nintendo 3DS case has shipped.", "", ""},
		{"Your BMW M5 detailing is booked.", "", ""},
		{"Your H1V model speaker shipped.", "", ""}, // no test/result cue
		{"Your h1v test kit shipped.", "", ""},      // short and lower case: a code
		{"Your test is at 1PM today.", "", ""},
		{"Your NC5 screen protector shipped.", "", ""},  // a screen is no screening
		{"Your 0NFI refill pods have shipped.", "", ""}, // a household refill is no cue
		{"Your 4K TV has shipped.", "", ""},
		{"Your Core i7 laptop ships tomorrow.", "", ""},
		// "COVID19" is a spelling of the listed term, not digits for
		// letters: judged like "COVID-19" (conditions.txt, ambiguous)
		{"Your COVID19 booster is scheduled.", "clinical.condition", KindCondition},
		{"COVID19 safety measures at our store.", "", ""},
	})
}

func TestMixedAbbrev(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"vEEG admission confirmed.", "compose.abbrev_case", KindLabTest},
		{"cEEG monitoring starts Monday at 7 am.", "compose.abbrev_case", ""},
		{"Your rTMS session is confirmed for Friday.", "compose.abbrev_case", ""},
		{"Your hsCRP result is ready.", "compose.abbrev_case", ""},
		{"Your iFOBT kit has shipped.", "compose.abbrev_case", ""},
		{"hCG draw scheduled.", "compose.abbrev_case", KindLabTest},
		// consumer shapes; conditions with a prefix; pH
		{"Your eSIM is ready to activate.", "", ""},
		{"Your vCPU upgrade is active.", "", ""},
		{"Your iOS app update is ready.", "", ""},
		{"Your macOS update is ready.", "", ""},
		{"Your 5000 mAh power bank has shipped.", "", ""},
		{"Your uPVC windows are scheduled for install.", "", ""},
		{"Your pH balanced shampoo order has shipped.", "", ""},
		{"Your PhD defense is Friday.", "", ""},
		{"Your McAfee renewal is due.", "", ""},
		{"Your eCheck payment cleared.", "", ""}, // camelWord: no frame.unknown
	})
}

func TestOTCPersonal(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Your order: nicotine patch 14 mg/24 hr, 28 count, ships today.", "otc.personal", KindMedication},
		{"Nicotine lozenges, 2 mg, 72 count: your order ships tomorrow.", "otc.personal", KindMedication},
		{"Sus parches de nicotina ya están disponibles.", "otc.personal", KindMedication},
		{"Su chicle de nicotina ya fue enviado.", "otc.personal", ""},
		{"Your morning-after pill is ready for pickup.", "otc.personal", ""},
		{"Your quit-smoking patch kit ships today.", "otc.personal", KindCondition},
		{"Your bladder control pads are ready for pickup.", "otc.personal", ""},
		{"Su pastilla del día después está lista.", "otc.personal", ""},
		{"Sus pruebas de ovulación fueron enviadas.", "otc.personal", KindLabTest},
		// announcements without a personal frame; items that do not tell
		{"Nicotine gum is 20% off this week.", "", ""},
		{"Our nicotine lozenges now come with free shipping.", "", ""},
		{"Stop smoking with help from your pharmacist.", "", ""},
		{"Your Zyn nicotine pouches order has shipped.", "", ""},
		{"Your personal lubricant order has shipped in discreet packaging.", "", ""},
		{"Your condoms 12-pack has shipped.", "", ""},
		{"Your sunscreen SPF 50 order has shipped.", "", ""},
		{"Your first aid kit is on its way.", "", ""},
	})
	// strict mode still reports the announcement by association
	fs, err := g.CheckText("Nicotine gum is 20% off this week.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict: want an association finding, got %v %v", fs, err)
	}
}

func TestOTCTable(t *testing.T) {
	kinds := map[Kind]bool{KindMedication: true, KindCondition: true, KindLabTest: true, KindProcedure: true}
	n := 0
	for _, ps := range otcByFirst {
		for _, p := range ps {
			n++
			if !kinds[p.kind] || len(p.toks) < 2 {
				t.Errorf("otcTelling: bad entry %v", p)
			}
		}
	}
	if n < 40 {
		t.Errorf("otcTelling: %d entries, want 40+", n)
	}
}

func TestPharmacyBenefitBrand(t *testing.T) {
	g := newTestGuard(t)
	runFifthPass(t, g, []fifthPassCase{
		{"Copay card applied to your Xifaxan order - you pay $10.", "frame.pharmacy_benefit", KindMedication},
		{"Your copay for Praluent this month is $15.", "frame.pharmacy_benefit", ""},
		{"Copago aplicado a su pedido de Oxbryta: paga $10.", "frame.pharmacy_benefit", ""},
		{"Your Lupkynis copay assistance was renewed.", "frame.pharmacy_benefit", ""},
		{"Formulary update: Orilissa now has a co-pay of $25.", "frame.pharmacy_benefit", ""},
		// consumer brands without a cue; payers and places beside one
		{"Gift card applied to your Vuori order - you pay $10.", "", ""},
		{"Your Allbirds order ships today.", "", ""},
		{"Your Caremark copay card is active.", "", ""},
		{"Prior authorization requests now go through Optum.", "", ""},
		{"Cigna pharmacy benefit changes start in January.", "", ""},
		{"Your Humana formulary guide is online.", "", ""},
		{"Copay cards cannot be used at Costco.", "", ""},
		{"Your MDLive copay is $0.", "", ""},
		{"Your Sutter Health copay is $20.", "", ""},
	})
}

// TestFifthPassDict: with the operator's dictionary (when the environment
// names one) the clean texts stay clean ("formulary" is a dictionary word)
// and a de-l33ted dictionary word is found.
func TestFifthPassDict(t *testing.T) {
	d := os.Getenv("SEALPOST_GUARD_DICTIONARY")
	if d == "" {
		t.Skip("SEALPOST_GUARD_DICTIONARY is not set")
	}
	g, err := New(Options{MedicalDictionaries: []string{d}})
	if err != nil {
		t.Fatal(err)
	}
	runFifthPass(t, g, []fifthPassCase{
		{"Your Humana formulary guide is online.", "", ""},
		{"Copay card applied to your Xifaxan order - you pay $10.", "frame.pharmacy_benefit", ""},
		{"Your 4c3cl1dine refill is ready.", "obfuscation.leet", KindMedication}, // aceclidine: only in the dictionary
	})
}
