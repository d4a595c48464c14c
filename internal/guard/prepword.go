package guard

import "strings"

// "prep" as preparation (issue 15, night session, dev25): the medication
// list holds "prep" (PrEP, HIV pre-exposure prophylaxis) with the exact
// flag, so "Hurricane prep: pharmacies may dispense early refills" was a
// medication. In lower case after a word of weather, emergencies, meals,
// schooling or events ("hurricane prep", "storm prep", "winter prep",
// "meal prep", "test prep", "holiday prep") it is preparation. PrEP
// written "PrEP" or "PREP", "prep" after your/su or anything else ("Your
// prep refill is ready"), and "bowel prep" stay reported.
//
// Red team (helper RED2, dev28r): a season or travel word is also what a
// PrEP user says ("Your summer prep refill is ready", "Weekend travel prep
// refill", "Your home prep delivery (30 tablets)"). Within four words
// after "prep" in its sentence, a word of a medicine (prepDrugWords:
// refill, prescription, rx, pill, tablet, dose, supply, medication,
// injection…) keeps the finding, unless goods or a list come first or
// right after (prepGoods: container, list, checklist, kit, bag, box,
// guide, tips, plan: "Meal prep container refills", "Hurricane prep
// supply list"); "Hurricane prep kit", "Meal prep containers" and
// "Hurricane prep: pharmacies may dispense early refills" (a colon ends
// the phrase) still pass.

var prepModifiers = wordSetTab("hurricane hurricanes storm storms winter summer spring fall weather emergency disaster " +
	"disasters flood wildfire fire tornado blizzard snow freeze earthquake season seasonal " +
	"meal meals food lunch dinner kitchen recipe cooking holiday holidays party thanksgiving christmas " +
	"test exam sat act gre gmat lsat mcat school college class homework interview travel trip move moving " +
	"garden lawn yard home house wedding")

// prepNotDrug: the finding at tokens i..j is "prep" written in lower case
// after a word of preparation.
func (s *scanner) prepNotDrug(i, j int) bool {
	if i != j || i == 0 || s.toks[i].low != "prep" || s.toks[i].sent {
		return false
	}
	t := &s.toks[i]
	if t.cls&(tCap|tUpper) != 0 || s.t.s[t.s:t.e] != "prep" {
		return false
	}
	if !prepModifiers.get(s.toks[i-1].h) || s.gap(i) != " " {
		return false
	}
	drug := false
	for k := i + 1; k < len(s.toks) && k <= i+5 && !s.toks[k].sent; k++ {
		if g := s.gap(k); strings.ContainsAny(g, ":;") {
			break
		}
		if prepGoods.get(s.toks[k].h) {
			return true // "meal prep container refills", "hurricane prep supply list"
		}
		if prepDrugWords.get(s.toks[k].h) && k <= i+4 {
			drug = true
		}
	}
	return !drug
}

// prepGoods: household goods and lists after "prep", which make it
// preparation whatever word of a medicine is near
var prepGoods = wordSetTab("container containers list lists checklist checklists kit kits bag bags box boxes bowl bowls " +
	"lid lids guide guides tips tip plan plans")

// prepDrugWords: words of a medicine after "prep" (red team, dev28r)
var prepDrugWords = wordSetTab("refill refills prescription prescriptions rx pill pills tablet tablets dose doses supply " +
	"medication medications meds injection injections shot pharmacy pharmacist receta resurtido pastillas dosis")
