package guard

import "testing"

// TestTrialDrug: a trial's study drug or placebo the reader takes
// (trialdrug.go); recruitment and teaching pass.
func TestTrialDrug(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Dosing reminder: take 2 tablets of study drug MRD-4410 (or placebo) with breakfast. Your next supply is dispensed at Visit 5.", "compose.trial_drug"},
		{"Reminder: bring your study medication bottle (active or placebo) to Visit 3 on Tuesday.", "compose.trial_drug"},
		{"Your study drug kit for Visit 6 is ready — return unused tablets and the empty bottle.", "compose.trial_drug"},
		{"Please keep your placebo tablets in the fridge.", "compose.trial_drug"},
		{"Recordatorio: traiga el medicamento del estudio a su próxima cita.", "compose.trial_drug"},
		{"Now enrolling adults 18–65 for a placebo-controlled study of an investigational medicine.", ""},
		{"Our site is recruiting healthy volunteers for new studies. Compensation up to $600 for completed visits.", ""},
		{"Your study kit for the SAT has shipped — happy studying!", ""},
		{"What is a placebo? Our researchers explain how trials work.", ""},
		{"Take part in a study drug trial near you: learn more at our open house.", ""},
	})
}

// TestCordUnit: a stored cord-blood unit's counts for the reader
// (cordunit.go); a bank's public page passes.
func TestCordUnit(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Unit LT-26-009183 processed successfully. TNC count and viability are in your report.", "compose.cord_unit"},
		{"Your baby's cord blood unit was processed: TNC 1.2 billion, viability 92%.", "compose.cord_unit"},
		{"The post-thaw viability and CD34+ count of your stored unit are in your report.", "compose.cord_unit"},
		{"Unit processed: TNC 1.4 billion.", "compose.cord_unit"},
		{"Why families choose us: every unit is tested for TNC count and viability in our accredited lab.", ""},
		{"Ask us how we measure TNC count and viability — we'll show you the lab.", ""},
		{"Our units average a TNC of 1.5 billion.", ""},
		{"Su solicitud de pinzamiento tardío del cordón fue enviada al equipo de parto.", "compose.cord_unit"},
		{"Charla gratuita: el pinzamiento tardío del cordón, el jueves a las 7.", ""},
		{"Seed viability drops after two years; store your seeds cool and dry.", ""},
	})
}

// TestEDProgram: an eating-disorder programme by acronym or an exposure
// meal for the reader (edprogram.go); awareness talks pass.
func TestEDProgram(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Quick check-in from the ARFID program: how did this week's exposure snack go?", "compose.ed_program"},
		{"Your ARFID group meets Thursday — bring your food log.", "compose.ed_program"},
		{"Reminder from the OSFED track: your meal support session starts at noon.", "compose.ed_program"},
		{"How did your exposure meal go this week?", "compose.ed_program"},
		{"Free ARFID awareness talk for parents: picky eating or something more? Thursday at 6 PM.", ""},
		{"Join our free community talk on ARFID and picky eating in children, open to all.", ""},
		{"Is your child a picky eater? Learn about ARFID at our free talk for parents.", ""},
		{"How ARFID differs from picky eating: read our new blog post.", ""},
		{"Your ARFID group meets Thursday after the parents' talk.", "compose.ed_program"},
		{"Double exposure photo walk this Saturday, snacks included.", ""},
	})
}

// TestVaporPart: a part for the reader's medical vaporizer (vaporpart.go);
// a sale to everyone passes.
func TestVaporPart(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your Volcano Hybrid vaporizer replacement valve came in — grab it at the counter on your next visit.", "compose.vapor_part"},
		{"The replacement mouthpiece for your Volcano Medic is ready for pickup.", "compose.vapor_part"},
		{"The dosing capsules for your Mighty+ vaporizer arrived — pick them up at the counter.", "compose.vapor_part"},
		{"La válvula de repuesto para su vaporizador llegó; recójala en el mostrador.", "compose.vapor_part"},
		{"Sale: Volcano Hybrid vaporizers 15% off this weekend for all customers.", ""},
		{"New in store: replacement valves and mouthpieces for all vaporizer models.", ""},
		{"Get your replacement valve for any vaporizer, 10% off this week.", ""},
		{"Replacement valves for every vaporizer are back in stock — come grab yours at the counter.", ""},
		{"The vaporizer valve you ordered came in — pick it up at the counter.", "compose.vapor_part"},
		{"The volcano tour leaves at 9; bring a replacement battery for your camera.", ""},
	})
}

// TestSpacedKinOwner: a relative's possessive stands for the reader before
// a spelled-out ambiguous term (spacedphrase.go's spacedKinOwner).
func TestSpacedKinOwner(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Heads up: mom's b l o o d  t y p e  O neg (R h −) was noted on your kit form.", "clinical.lab_test.spaced"},
		{"Mom's B L O O D  T Y P E: AB neg, R h negative — noted on the kit.", "clinical.lab_test.spaced"},
		{"Heads up: mom's b-l-o-o-d t-y-p-e was noted.", "clinical.lab_test.spaced"},
		{"Blood drive Saturday! All blood types welcome, especially O neg donors.", ""},
		{"Mom's T h a n k  y o u  brunch is Sunday.", ""},
		{"Join our w e i g h t  l o s s challenge!", ""},
	})
}

// TestLactationSupplies: a supplemental nursing system for the reader
// (vocab/supplies.txt); a lactation class passes.
func TestLactationSupplies(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your supplemental nursing system tubing refill ships today.", "clinical.supply"},
		{"Su repuesto del sistema de nutrición suplementaria (SNS) fue enviado.", "clinical.supply"},
		{"Your delayed cord clamping request has been shared with the delivery team.", "clinical.procedure"},
		{"Free breastfeeding class Saturday: latch, pumping and supplemental nursing systems explained.", ""},
	})
}
