package guard

import "testing"

// TestOrganism: an organism a culture or test of the reader grew or found
// (organism.go); teaching about germs and probiotics' words pass.
func TestOrganism(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your toenail culture grew Trichophyton rubrum.", "compose.organism"},
		{"Your culture grew Staph aureus. Please finish all of the pills.", "compose.organism"},
		{"Good news: your culture showed no Candida this time.", "compose.organism"},
		{"The swab from your leg grew Klebsiella. We will call you.", "compose.organism"},
		{"Your stool sample was positive for Giardia.", "compose.organism"},
		{"Su cultivo resultó positivo para Trichophyton rubrum.", "compose.organism"},
		{"Su urocultivo: se aisló Proteus mirabilis.", "compose.organism"},
		{"Your wound swab came back positive for Serratia.", "compose.organism"},
		{"Hand washing stops germs like Staphylococcus and Klebsiella from spreading.", ""},
		{"Our food safety class covers Salmonella and Listeria, Tuesday at 6 PM.", ""},
		{"Our culture survey closes Friday. Thanks for your feedback!", ""},
		{"Recall: lab tests found Salmonella in some jars of our peanut butter.", ""},
		{"Kombucha starter kits are back, with a SCOBY and live cultures.", ""},
		// red15 (dev87x): a test of water, a kitchen, a surface or a food,
		// with no body specimen or reader's word
		{"Pool update: the water test came back negative for E. coli and Legionella. The pool reopens Saturday.", ""},
		{"Kitchen hygiene study: swab samples grew Staphylococcus on 30% of phone screens. Wipe yours weekly!", ""},
		{"Restaurant inspection: samples from the ice machine grew Pseudomonas; the machine was replaced.", ""},
		{"Your urine culture grew E. coli. Drink plenty of water.", "compose.organism"},
		{"Your throat swab test was positive for Streptococcus. Rest and drink water.", "compose.organism"},
		{"Lab results: the swab grew Staphylococcus. Keep the kitchen clean and your wound covered.", "compose.organism"},
	})
}
