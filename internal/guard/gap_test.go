package guard

import (
	"strings"
	"testing"
)

// Tests of helper GAP's pass (dev26g): infusion.go, kinship.go,
// publicdate.go (was publicday.go), typo.go, brandlist.go (was personbrand.go), shopname.go, namepair.go and the
// list entries of vocab/conditions.txt and vocab/labs_procedures.txt.

// gapRule: text is flagged and one finding has the rule (or, when rule
// ends in ".", a rule starting with it).
func gapRule(t *testing.T, g *Guard, text, rule string) {
	t.Helper()
	fs, err := g.CheckText(text, nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if f.Rule == rule || strings.HasSuffix(rule, ".") && strings.HasPrefix(f.Rule, rule) {
			return
		}
		got = append(got, f.Rule)
	}
	t.Errorf("%q: want a %s finding, got %v", text, rule, got)
}

func TestGapInfusion(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your infusion is confirmed.",
		"Reminder: your infusion appointment has been moved to the afternoon.",
		"We have rescheduled your infusion.",
		"Please arrive 15 minutes early for your infusion.",
		"Su infusión está confirmada.",
		// another health word in the sentence keeps a drink word's infusion
		"Your herbal infusion is ready at the pharmacy counter.",
		"Your iron infusion is booked.",
	)
	checkFlagged(t, g, false,
		"Try our new herbal infusion tea: hibiscus and mint.",
		"Your tea infusion sampler has shipped.",
		"Our fruit infusion pitchers are 20% off this week.",
		"Your infusion pitcher has shipped.",
		"Su infusión de manzanilla ya fue enviada.",
		"Our cold brew infusions are back in stock.",
	)
	gapRule(t, g, "Your infusion is confirmed.", "clinical.procedure")
}

func TestGapEverydayConditions(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your hammertoe consultation is confirmed.",
		"Tips for managing your hammertoes at home.",
		"Your ingrown toenail appointment is tomorrow.",
		"Your cold sore cream has shipped.",
		"Your heel spur follow-up is booked.",
		"Your jock itch spray has shipped.",
		"Your toe fungus cream has shipped.",
		"Your earwax removal appointment is Monday.",
		"Your bedwetting alarm has shipped.",
		"Your Sexual Health Centre booking is confirmed.",
		"Your sexual health check-up is booked.",
		"Information about hospice care for you",
	)
	checkFlagged(t, g, false,
		"Sexual Health Awareness Month: free condoms at all our locations.",
		"Your cold brew order is ready.",
		// the entries were kept to single words and unambiguous pairs so
		// that no everyday word became a learned head (learned.go)
		"Your steel toe boots have shipped.",
		"Your cowboy spurs have shipped.",
		"Your gel nail kit has shipped.",
		"Your toe rings have shipped.",
		"Bedwetting alarms are 20% off this week.",
	)
}

func TestGapKinship(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"¡Hola, tía! Tu pedido ya salió.",
		"Hola tía, gracias por tu compra.",
		"Hola tia, gracias por tu compra.",
		"hi tia, your order shipped!",
		"Hi tia, your order shipped!",
		"Your tia's gift has shipped.",
		"Gracias, tía, por tu reseña.",
		"Hi mom, your order shipped!",
	)
	checkFlagged(t, g, true,
		"Your TIA follow-up is scheduled.",
		"Hi Maria, your TIA follow-up is scheduled.",
		"Reminder: TIA clinic appointment tomorrow.",
		"Your tia follow-up is scheduled.", // lower case, English, no kinship cue: fail closed
		"hola tía carmen, tu pedido salió", // a kinship word and a name (greetkin.go)
		"Hi tia maria, your order shipped.",
	)
	gapRule(t, g, "Your TIA follow-up is scheduled.", "clinical.condition")
}

func TestGapPublicDay(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Drug take-back day is October 26.",
		"National Prescription Drug Take Back Day is Saturday, April 27.",
		"Drug take-back day is October 26. Drop off unused medicines at any of our locations.",
		"Our takeback event is on October 26 at all stores.",
	)
	checkFlagged(t, g, true,
		"As discussed at your visit, drug take-back day is October 26.",
		"Your drug take-back appointment is October 26.",
		"Drug take-back day is October 26 - bring your old pills.",
		"Drug take-back day is October 26; we will also review your medications.",
		"World Diabetes Day is November 14.",
		"Your test is on October 26.",
	)
}

func TestGapOrdinaryTypos(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your pakage is on its way.",
		"Your oder has shiped.",
		"Thanks for your purchse!",
		"Your delivry is scheduled for tomorrow.",
		"Your paymnet was received.",
		"We recieved your return.",
		"Your acount has been updated.",
		"Your shippment is delayed.",
		"Your pacakge was delivered.",
		"Su pedido fue enviaddo ayer y llegara pronto.",
	)
	checkFlagged(t, g, true,
		// a health cue in the notice: frame.notice still reports the word
		"Your pakage from the pharmacy: your refill of zorvaldo is ready.",
		// a letter changed is no keyboard typo taken: fail closed
		"Your bycicle tune-up is complete.",
		"Your insullin has shipped.",
		"Your pakage of metforman is on its way.",
	)
	// drug brands one letter from an ordinary word stay reported when the
	// lists do not hold them (the case that made the earlier attempt lose
	// them on split15_dev): a letter changed or a letter added is not
	// taken for a typo, and "ambien" (ambient less a letter) is no typo of
	// a common notice word
	brands := map[string]bool{"abilify": true, "lyrica": true, "clarinex": true, "enablex": true, "ambien": true}
	gw := guardWithout(t, func(file, term string) bool { return brands[strings.ToLower(term)] })
	for b := range brands {
		text := "Your " + b + " has shipped."
		fs, err := gw.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not flagged by a guard without %q in its lists", text, b)
		}
	}
	// the shape and the medical-closeness checks on their own
	s := scanOf(t, g, "pakage recieved shippment concer abilify lyrica clarinex bycicle")
	for i, want := range []bool{true, true, true, false, false, false, false, false} {
		if got := s.ordinaryTypo(i, false); got != want {
			t.Errorf("ordinaryTypo(%q) = %v, want %v", s.toks[i].low, got, want)
		}
	}
	if !s.nearMedical("concer") {
		t.Error(`nearMedical("concer"): want true (one letter from "cancer")`)
	}
	if s.ordinaryTypo(0, true) {
		t.Error("a word of the medical dictionary is never a typo")
	}
}

func TestGapOrdinaryTyposDict(t *testing.T) {
	dicts := testDictionaries(t, false)
	if dicts == nil {
		t.Skip("SEALPOST_GUARD_DICTIONARY is not set")
	}
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	// the dictionary's sound key is loose ("pakage" and "pannage"): a
	// candidate must also be one letter off
	checkFlagged(t, g, false, "Your pakage is on its way.", "Thanks for your purchse!", "Your acount has been updated.")
	checkFlagged(t, g, true, "Your abilify is on its way.", "Your lyrica order has shipped.")
}

func TestGapPersonBrands(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your Trader Joe's order is ready for pickup.",
		"New at Trader Joe's: pumpkin bread is back.",
		"Trader Joe's in Cambridge is now open until 10 pm.",
		"Your Mrs. Meyer's hand soap has shipped.",
		"Mrs. Meyer's Clean Day dish soap is back in stock.",
		"Your Ben & Jerry's delivery is here.",
		"Your Papa John's order is on its way.",
		"Newman's Own salad dressing is back in stock.",
		"Thanks for shopping at Macy's today.",
	)
	checkFlagged(t, g, true,
		"Dear Mrs. Meyer, your order is ready.",
		"Mrs. Meyer called about your order.",
		"Hi Wendy, your order shipped.",
		"Joe Trader, your refill is ready.",
		// a one-word entry is a given name as often as the shop
		"Claire's order has shipped.",
		"Wendy's order is ready.",
		"Your Mrs. Meyer's appointment is Monday.",
	)
	checkFlagged(t, g, false, "Your Wendy's order is ready.", "Your order from Wendy's is ready.")
}

func TestGapShopName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your Insomnia Cookies order is on its way.",
		"Your order from Insomnia Cookies has shipped.",
	)
	checkFlagged(t, g, true,
		"Your Insomnia Center appointment is confirmed.",
		"Your insomnia cookies order is on its way.",
		"Your Insomnia Cookies order is ready at the pharmacy with your refill.",
		"Your Insomnia order is ready.",
		// goods that may be about the condition: no eatery
		"Your Depression Books order has shipped.",
		"Your Anxiety Candles order has shipped.",
		"Your Insomnia Cookies order is ready; your sleep study is Monday.",
	)
}

func TestGapNamePair(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{
		"Your Priya Raman photo book has shipped.",
		"Your Oluwaseun Adebayo canvas print has shipped.",
		"Your Zainab Qureshi calendar order is confirmed.",
		"Your Siobhan Thornquist photo album is on its way.",
		"Your Keanu Halvorsen keepsake blanket is ready.",
		"Your Priya Raman mug has shipped.",
	} {
		gapRule(t, g, text, "name.")
	}
	checkFlagged(t, g, false,
		"Your Nespresso Vertuo pods have shipped.",
		"Your Dyson Airwrap has shipped.",
		"Your Vitamix Ascent blender has shipped.",
		"Your Osprey Farpoint backpack is on its way.",
		"Your Yeti Rambler tumbler is ready for pickup.",
		"Your Haruki Murakami book has shipped.",
		"Your Sherlock Holmes jigsaw puzzle has shipped.",
		"Your Nespresso Vertuo Next mug has shipped.",
		"Your Le Creuset mug has shipped.",
		"Your Hydro Flask tumbler has shipped.",
		"Your Stanley Quencher mug has shipped.",
		"Your Bearaby Napper blanket has shipped.",
	)
}
