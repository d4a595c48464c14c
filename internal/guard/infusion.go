package guard

// Infusions of the recipient and infusions to drink (issue 15, helper GAP,
// dev26g).
//
// "Your infusion is confirmed", "Your infusion appointment", "We have
// rescheduled your infusion", "Su infusión está confirmada" name a care
// service of the reader (an intravenous drug given at an infusion centre):
// vocab/labs_procedures.txt listed "infusion therapy", "iron infusion" and
// "iv infusion" but not the word alone. "infusion" is also a tea or a
// flavoured water ("herbal infusion", "una infusión de manzanilla"), so it
// is listed ambiguous (`infusion|a`): reported with a health cue near it,
// "your" and "su" among them. Its everyday sense is given word by word
// (producthead.go's phSenses, through infusionDrinkWords):
//
//   - a drink word before it after the possessive ("Your tea infusion
//     sampler", "your herbal infusion order") or a goods head after it
//     ("your infusion pitcher", "your infusion tea bags"; not bags or
//     bottles alone, which are an IV's as often: red team, dev26r);
//   - in Spanish, de/para and a drink word after it ("Su infusión de
//     manzanilla").
//
// compose.learned read "herbal infusion", "fruit infusion" as a clinical
// pair ("infusion" ends "iron infusion", "iv infusion"): drinkInfusion
// leaves such a pair to the list entry, which needs a health cue.
// Fail closed: with another health word in the sentence ("Your herbal
// infusion is ready at the pharmacy counter") the word is reported.

// infusionDrinkWords: what an infusion to drink or to cook with is made of.
var infusionDrinkWords = "tea teas herbal herb herbs fruit fruity water botanical cucumber citrus lemon lime orange " +
	"grapefruit mint peppermint ginger hibiscus chamomile berry berries strawberry raspberry peach mango apple " +
	"vanilla coffee brew cold rose lavender floral jasmine rooibos matcha spice spiced honey oil garlic chili " +
	"flavor flavour flavored flavoured cinnamon melon"

var (
	infusionDrink = wordSetTab(infusionDrinkWords)
	hInfusion     = hstr("infusion")
)

// infusionHeads: goods heads after "infusion" that make it a drink's.
//
// Not "bag(s)", "bottle(s)": an infusion bag or bottle is an intravenous
// one as often ("Your infusion bags will be delivered Tuesday": home
// infusion supplies; red team, dev26r). "Your infusion tea bags" keeps its
// drink sense through "tea".
const infusionHeads = "pitcher pitchers sampler samplers blend blends tea teas set sets jar jars"

// infusionES: Spanish words after "infusión de/para" that make it a drink.
const infusionES = "manzanilla hierbas hierba menta hierbabuena frutas fruta te tila jengibre canela rooibos jamaica " +
	"limon naranja anis poleo rosa rosas lavanda"

// drinkInfusion: tokens i, i+1 are a drink word and "infusion(s)" ("herbal
// infusion", "fruit infusions"): no learned clinical pair.
func (s *scanner) drinkInfusion(i int) bool {
	if i+1 >= len(s.toks) || !infusionDrink.get(s.toks[i].h) {
		return false
	}
	h := s.toks[i+1].h
	return h == hInfusion || singularHash(s.toks[i+1].low) == hInfusion
}
