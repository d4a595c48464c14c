package guard

import (
	"strings"
	"testing"
)

type tpCase struct {
	text string
	rule string // "" = no finding at all
}

// checkRuleCases runs the cases on g (leaks) and on g and the shipped
// guard (clean notices).
func checkRuleCases(t *testing.T, g *Guard, m Mode, cases []tpCase) {
	t.Helper()
	full := newTestGuard(t)
	for _, c := range cases {
		if c.rule == "" {
			fs, err := full.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, m)
			if err != nil || len(fs) > 0 {
				t.Errorf("%q: shipped guard: unexpected %v %v", c.text, fs, err)
			}
		}
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if c.rule == "" {
			if len(fs) > 0 {
				t.Errorf("%q: unexpected %v", c.text, fs)
			}
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule == c.rule {
				found = true
				if f.Reason == "" || f.Confidence <= 0 {
					t.Errorf("%q: finding without reason or confidence: %+v", c.text, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: want %s, got %v", c.text, c.rule, fs)
		}
	}
}

// TestStemsThirdPass: drug stems and condition/procedure endings added in
// issue 15's third pass, on words in no vocabulary; ordinary words and
// proper nouns with those endings pass.
func TestStemsThirdPass(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your zorvamine autoship is scheduled.", "frame.morphology"},
		{"Questions about quelphylline? Reply to this message.", "frame.morphology"},
		{"Your quennophobia follow-up visit is confirmed.", "frame.morphology"},
		{"Your zorvospasm education class starts soon.", "frame.morphology"},
		{"Prepare for your zorvosurgery: instructions inside.", "frame.morphology"},
		{"Your replacement zorvoscope is ready.", "frame.morphology"},
		{"Su zorvofobia fue actualizada.", "frame.morphology"},
		{"Your telescope order has shipped.", ""},
		{"Your horoscope for the week is ready.", ""},
		{"Your order from Gastonia has shipped.", ""},
		{"Your photography class starts Monday.", ""},
	})
}

// TestDeviceHeads: equipment words after a clinical modifier (and Spanish
// heads before "de" and the modifier); the same words after a household
// modifier pass.
func TestDeviceHeads(t *testing.T) {
	// without the supply lists, which hold many of these phrases
	g := guardWithout(t, func(file, _ string) bool { return file == "supplies.txt" || file == "wordnet_medical.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your breast pump has shipped.", "compose.device"},
		{"Your suction machine is back-ordered.", "compose.device"},
		{"Your enteral pump has shipped.", "compose.device"},
		{"Your ostomy supplies are on the way.", "compose.device"},
		{"Your knee brace will arrive Tuesday.", "compose.device"},
		{"Your hospital bed rental payment was received.", "compose.device"},
		{"Your oxygen concentrator is ready.", "compose.device"},
		{"Su cama de hospital fue entregada.", "compose.device"},
		{"Su silla de ruedas está lista.", "compose.device"},
		{"Su aparato auditivo está listo.", "compose.device"},
		{"Your pool pump has shipped.", ""},
		{"Your baby monitor has shipped.", ""},
		{"Your office supplies are on the way.", ""},
		{"Your eye mask order shipped.", ""},
		{"Your bed frame has shipped.", ""},
		{"Your pressure washer is ready for pickup.", ""},
		{"Su silla de oficina está lista.", ""},
		{"Su equipo de sonido fue enviado.", ""},
	})
}

// TestCognates: a Spanish (or British) spelling of a listed clinical term,
// in no vocabulary of its own, is reported; ordinary English and Spanish
// words whose keys would collide with a brand are not.
func TestCognates(t *testing.T) {
	// the guard without the Spanish list, so the Spanish words are unknown
	g := guardWithout(t, func(file, _ string) bool { return file == "clinical_es.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Sus resultados de artritis están disponibles.", "cognate.term"},
		{"Nuevos recursos sobre hipertension para usted.", "cognate.term"},
		{"Información sobre insulina en su portal.", "cognate.term"},
		{"Información sobre morfina en su portal.", "cognate.term"},
		{"Tenemos noticias sobre su demencia.", "cognate.term"},
		{"Le rogamos que revise su pedido.", ""},
		{"Su silla es muy cómoda.", ""},
		{"Su pedido amarillo fue enviado.", ""},
		{"Thanks for the concert tickets.", ""},
		{"Your addition to the order was saved.", ""},
		{"Your package from Porfirio arrives Tuesday.", ""},
	})
	for _, c := range []struct{ a, b string }{{"arthritis", "artritis"}, {"hypertension", "hipertension"}, {"dementia", "demencia"},
		{"cardiopathy", "cardiopatia"}, {"infection", "infeccion"}, {"insulin", "insulina"}, {"sclerosis", "esclerosis"},
		{"pneumonia", "neumonia"}, {"oedematous", "edematous"}, {"morphine", "morfina"}} {
		ka, oka := cognateKey(nil, c.a)
		kb, okb := cognateKey(nil, c.b)
		if !oka || !okb || string(ka) != string(kb) {
			t.Errorf("%s/%s: keys %q %v, %q %v", c.a, c.b, ka, oka, kb, okb)
		}
	}
	if ka, _ := cognateKey(nil, "addition"); string(ka) == string(must(cognateKey(nil, "addiction"))) {
		t.Error("addition and addiction share a key")
	}
}

func must(b []byte, _ bool) []byte { return b }

func TestSpelledDigits(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Call us back: five five five, one two three, four five six seven.", "phone.spelled"},
		{"Llame al cinco cinco cinco uno dos tres cuatro.", "phone.spelled"},
		{"Your code is four four one nine two two eight three.", "identifier.spelled"},
		{"One, two, three: easy steps to save.", ""},
		{"Buy two, get one free; three days only.", ""},
	})
}

func TestUsernames(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Signed in as fatima.rahman", "username.cue"},
		{"Username: jsmith42", "username.cue"},
		{"Su nombre de usuario es maria_lopez.", "username.cue"},
		{"New reply for @fatima_r in the forum.", "username.at"},
		{"Shared with maria.garcia yesterday.", "username.name"},
		{"Your login was successful.", ""},
		{"Follow us @acmepharmacy for deals.", ""},
		{"Email support@acme.com for help.", ""},
		{"Your username was changed. Sign in to see it.", ""},
	})
}

func TestPossessiveNames(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Grace's refill is ready for pickup.", "name.possessive"},
		{"Grace’s prescription was sent to the pharmacy.", "name.possessive"},
		{"Macy's order shipped.", ""},
		{"Visit Kroger's pharmacy today.", ""},
		{"Grace's bakery order is ready.", ""},
	})
}

func TestMemberDigits(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your insurance card ends in 4471.", "health_plan.last_digits"},
		{"Su tarjeta de seguro termina en 0932.", "health_plan.last_digits"},
		{"Your Visa card ending in 4242 was charged.", ""},
		{"Your order ending in 4471 shipped.", ""},
	})
}

// TestConsumerAndBilling: false positives cut in the third pass — product
// names after "your" (a given name opening one, or several capitalised
// words), bank drafts as billing dates, soft hyphens and zero-width
// characters inside ordinary words.
func TestConsumerAndBilling(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your Neutrogena Hydro Boost order has shipped.", ""},
		{"Your Stanley Quencher has shipped.", ""},
		{"Next draft: $45.00 on March 3.", ""},
		{"Your next draft of $45.00 is scheduled for March 3.", ""},
		{"Your state\u00adment is ready to view.", ""},
		{"Your pay\u00adment was received.", ""},
		{"Your or\u200bder shipped.", ""},
		{"Your CeraVe moisturizer order has shipped.", ""},
		// a person is still a person
		{"Stanley Quencher, your refill is ready.", "name.full"},
		{"Your appointment on March 3 is confirmed.", "date.person"},
	})
}

func TestOperationHeads(t *testing.T) {
	g := guardWithout(t, func(file, _ string) bool { return file == "labs_procedures.txt" || file == "wordnet_medical.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your bypass surgery kit has shipped.", "compose.head"},
		{"Please schedule your annual lumbar puncture.", "compose.head"},
		{"Results of your tubal ligation were reviewed.", "compose.head"},
		{"Your physiotherapy bill is ready.", "compose.affix"},
		{"We offer tree surgery on Mondays.", ""},
		{"Book puppy surgery consults online.", ""},
		{"Your aromatherapy kit has shipped.", ""},
		{"Your tire puncture repair is done.", ""},
	})
}

func TestAssociationThirdPass(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Strict, []tpCase{
		{"Still smoking? Our quit kit can help.", "association.term"},
		{"Feeling down lately? Try our mood support tea.", "association.term"},
		{"Recommended for people with sensitive stomachs.", "association.term"},
		{"Because you bought running shoes, you might like these socks.", ""},
		{"Customers like you love our cozy blankets.", ""},
		{"Hair care for every hair type.", ""},
	})
}

func TestDrugClasses(t *testing.T) {
	g := guardWithout(t, func(file, _ string) bool { return file == "wordnet_medical.txt" || file == "medications.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Time to reorder antiemetic? Sign in.", "compose.drug_class"},
		{"A new coupon is available for anti-emetic tablets.", "compose.drug_class"},
		{"Don't forget to take your beta blocker tonight.", "compose.drug_class"},
		{"Your opioid antagonist was changed.", "compose.drug_class"},
		{"Su inhibidor fue enviado.", ""},
		{"Your ad blocker subscription renews soon.", ""},
		{"Your rust inhibitor spray has shipped.", ""},
		{"Our antisocial cat mug is back in stock.", ""},
		{"Your antistatic mat has shipped.", ""},
	})
}

func TestLabHeads(t *testing.T) {
	g := guardWithout(t, func(file, _ string) bool { return file == "labs_procedures.txt" || file == "wordnet_medical.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Book your potassium level online.", "compose.lab"},
		{"The lab received your iron studies order.", "compose.lab"},
		{"Your urine sample report was sent.", "compose.lab"},
		{"Su nivel de potasio está listo.", "compose.lab"},
		{"Your loyalty level was upgraded.", ""},
		{"Free vitamin samples with every order.", ""},
		{"Your step count goal was reached.", ""},
		{"Your sales lead results are in.", ""},
		{"Your bone density scan is booked.", "compose.body"},
		{"Please schedule your annual tooth extraction.", "compose.body"},
		{"Your price reduction was applied.", ""},
	})
}

func TestHistoryHead(t *testing.T) {
	g := guardWithout(t, func(file, _ string) bool { return file == "conditions.txt" || file == "wordnet_medical.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"We updated your blindness history.", "compose.head"},
		{"Your order history is available.", ""},
		{"Your viewing history was cleared.", ""},
		{"Your workout history was synced.", ""},
		{"Your family history form is ready.", ""},
	})
}

func TestSpanishAuthorization(t *testing.T) {
	g := guardWithout(t, func(file, _ string) bool { return file == "clinical_es.txt" || file == "wordnet_medical.txt" })
	checkRuleCases(t, g, Standard, []tpCase{
		{"Su autorización para derrame cerebral fue aprobada.", "compose.head_before"},
		{"Su autorización de pago fue aprobada.", ""},
		{"Su autorización para cargos fue recibida.", ""},
	})
}

func TestSpacedCapitals(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your H I V results are in.", "clinical.condition.spaced"},
		{"Press A B C to continue.", ""},
		{"Rows X Y Z are closed.", ""},
	})
}

func TestRuralRoute(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Shipping to Rural Route 2, Box 17.", "address.po_box"},
		{"Mail to RR 2 Box 17 was returned.", "address.po_box"},
		{"Take Rural Route 9 to reach our farm stand.", ""},
	})
}

// TestThirdPassWordLengths: scanShapes looks up only tokens of 2 to 13
// letters in tpWords; every word of its lists must fit.
func TestThirdPassWordLengths(t *testing.T) {
	lists := []string{"zero oh one two three four five six seven eight nine cero uno una dos tres cuatro cinco seis siete ocho nueve",
		"username usernames userid login handle usuario as name id user"}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			if len(w) < 2 || len(w) > 13 {
				t.Errorf("%q", w)
			}
		}
	}
	for _, set := range []map[uint64]bool{setKeys(digitWords), setKeys(userCues), setKeys(deviceHeads), setKeys(deviceHeadsES), setKeys(labHeads), setKeys(labHeadsES), setKeys(classHeads)} {
		for h := range set {
			if tpWords.get(h) == 0 {
				t.Errorf("hash %x missing from tpWords", h)
			}
		}
	}
	// the sources of those sets, by length
	for _, src := range []string{"pump pumps monitor monitors supplies supply meter meters strips implant implants stockings brace braces bed beds lift sensor sensors machine machines mask masks tubing catheter catheters reader concentrator tank tanks kit kits splint boot collar pen pens needles lancets",
		"bomba bombas pluma plumas medias silla sillas monitor tiras suministros cama camas equipo aparato aparatos sensor sensores agujas lancetas",
		"level levels test tests testing panel count counts study studies result results reading readings sample samples specimen culture",
		"nivel niveles prueba pruebas muestra muestras conteo recuento analisis cultivo",
		"blocker blockers inhibitor inhibitors agonist agonists antagonist antagonists bloqueador bloqueadores inhibidor inhibidores agonista agonistas antagonista antagonistas"} {
		for _, w := range strings.Fields(src) {
			if len(w) < 2 || len(w) > 13 {
				t.Errorf("%q is outside 2..13 letters", w)
			}
		}
	}
}

func TestConditionAdjectives(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Tips for your asthmatic son are in the portal.", "compose.adjective"},
		{"Resources for autistic children: sign in.", "compose.adjective"},
		{"Our addictive snacks are back.", ""},
		{"A dramatic sale on fantastic shoes.", ""},
		{"Your automatic payment is set.", ""},
	})
}
