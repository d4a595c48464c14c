package guard

// detoxgoods.go: wellness "detox" goods (issue 15, helper GAPS, dev37g;
// dev28m's three flagged clean rows).
//
// "detox" (vocab/conditions.txt) is withdrawal care for an addiction: "Your
// detox kit for alcohol withdrawal shipped", "Your opioid detox kit has
// shipped", "Your alcohol detox support pack is ready" are reported. Shops
// also sell "detox tea", "juice detox" bundles, "detox bath salts", "detox
// foot pads" and "digital detox" retreats, which say nothing about an
// addiction. detoxGoods reports that the vocabulary's "detox" at token i is
// such a good: a wellness goods word right after it ("tea", "juice",
// "cleanse", "bath", "salts", "pads", "smoothie", "water", "mask", "wrap",
// "shampoo", "té", "jugo" …: detoxGoodsAfter), or a word right before it
// that names what is cleansed or how (juice, digital, sugar, skin, hair,
// social media, dopamine, tea, green: detoxGoodsBefore) — and no word of
// addiction or withdrawal care anywhere in the notice (detoxAddictionCues:
// alcohol, opioid, drug, withdrawal, substance, methadone, suboxone,
// rehab, sober, recovery, heroin, fentanyl, nicotine, inpatient, medical,
// supervised, program, clinic, center, abstinencia, adicción, drogas …).
//
// Fail closed: a kit, pack, program, plan or support after "detox" is not
// a good here ("Your detox kit has shipped" stays reported without a
// wellness word), and a detox tea in a notice that names alcohol or a
// withdrawal is reported.

var (
	hDetox          = hstr("detox")
	detoxGoodsAfter = wordSetTab("tea teas juice juices cleanse cleanses bath baths salts salt soak soaks pads pad foot " +
		"smoothie smoothies water waters drink drinks shake shakes mask masks clay wrap wraps shampoo scrub scrubs " +
		"soup soups gummies tonic tonics te jugo jugos batido batidos sales mascarilla")
	detoxGoodsBefore = wordSetTab("juice juices digital sugar skin hair social media dopamine tea green smoothie " +
		"spring summer holiday")
	detoxAddictionCues = wordSetTab("alcohol alcoholic alcohols opioid opioids opiate opiates drug drugs withdrawal withdrawals " +
		"substance substances methadone suboxone buprenorphine naloxone narcan naltrexone rehab rehabilitation sober " +
		"sobriety recovery heroin fentanyl benzo benzos benzodiazepine nicotine addiction addictions addicted " +
		"inpatient outpatient medical supervised program programs clinic clinics center centre unit ward " +
		"detoxification abstinencia adiccion adicciones drogas desintoxicacion alcoholismo " +
		// helper RED (dev40r, redcuts.go)
		"dts aa pills taper tapering quit quitting kicking kratom meth bebida")
)

// detoxGoods reports whether the one-token "detox" at i is a wellness good.
func (s *scanner) detoxGoods(i int) bool {
	n := len(s.toks)
	goods := false
	if k := i + 1; k < n && !s.toks[k].sent && (s.gap(k) == " " || s.gap(k) == "-") && detoxGoodsAfter.get(s.toks[k].h) {
		goods = true
	}
	if k := i - 1; !goods && k >= 0 && !s.toks[i].sent && (s.gap(i) == " " || s.gap(i) == "-") && detoxGoodsBefore.get(s.toks[k].h) {
		goods = true
	}
	if !goods {
		return false
	}
	for k := range s.toks {
		if detoxAddictionCues.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
