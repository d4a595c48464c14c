package guard

// clinicnature.go: "Linden Clinic", "Harbor Clinic", "Maple Clinic" are the
// sender's own name (issue 15, eighth pass, helper MISC2, dev52:
// "Oficina de facturación de Linden Clinic: …", "Linden Clinic Billing: a new
// statement is ready", "Join the Linden Clinic community 5K", "Linden
// Clinic's new Eastside office … opens"). compose.head read the word before
// "Clinic" as an unlisted clinical subject ("the Zorvex Clinic" stays so).
//
// natureName: a tree, landform or water word, or a word organisations take
// as a name (Linden, Maple, Cedar, Harbor, Summit, Meadow, Beacon,
// Cornerstone…), names a clinic the way a listed place does: clinicPlaceName
// (placename.go) takes it under the same conditions, both words
// capitalised. None of these words is a clinical subject; a subject word
// ("Pain Clinic", "Sleep Clinic", "Memory Clinic") is in no such list and
// stays reported. Cost: one map lookup, only for a capitalised word before
// a capitalised "Clinic".
var natureNames = wordSetTab("linden maple oak oaks cedar cedars birch willow willows elm elms pine pines aspen magnolia cypress " +
	"juniper laurel sequoia redwood spruce hawthorn chestnut poplar sycamore alder hickory walnut cherry dogwood holly ivy " +
	"harbor harbour river rivers lake lakes bay valley summit meadow meadows ridge brook grove park hill hills canyon creek " +
	"forest garden gardens spring springs stone bridge field fields haven coast shore shores beacon horizon pinnacle " +
	"keystone crescent evergreen sunrise sunset compass anchor lighthouse landmark heritage liberty unity trinity " +
	"cornerstone prairie mesa sierra vista canal island islands orchard hollow glen")
