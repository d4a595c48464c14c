package guard

// Brand names built from clinical words or titles (issue 15, fifth pass:
// dev16): false positives cut, not findings.
//
// A capitalised hyphenated compound ("Fever-Tree", "Cold-Stone") whose
// clinical word is ordinary English and whose other part is a capitalised
// ordinary word that is no clinical, body or health word and no health
// qualifier ("-Free", "-Friendly", "-Relief", "-Care", "-Aid": "Asthma-Free",
// "Migraine-Relief" stay reported) is a brand, not a condition
// (brandCompound). Written in lower case, or with the other part a
// clinical word, it is still reported.
//
// A title and a capitalised word after your/the/our (directly), followed
// by shop goods or media within four more words of the product line
// ("Your Dr. Martens 1460 boots", "the Dr Pepper 12-pack", "your Mrs.
// Meyer's hand soap", "your Nurse Jackie season 2 DVD") is a brand or a
// title, not a person (titleBrand). "Your Dr. Patel appointment", "Dr.
// Martens called" and "Your Dr. Smith hand surgery" are still names.

// brandQualifiers: second parts that make a hyphenated compound of a
// clinical word health wording, not a brand.
var brandQualifiers = wordSet("free friendly safe safety relief care aid aids support control smart proof prone positive " +
	"negative related management awareness recovery survivor survivors warrior warriors fighter fighters " +
	"clinic center centre test testing screening treatment therapy medicine medication meds drug drugs " +
	"patient patients risk symptoms symptom flare flares attack attacks plan program programme kit")

// brandCompound: the clinical phrase i..j is one capitalised word joined
// by a hyphen to a capitalised ordinary word, as brands are written.
func (s *scanner) brandCompound(i, j int) bool {
	if i != j || s.toks[i].cls&tCap == 0 || s.toks[i].cls&tAlpha == 0 || !s.g.gen.english(s.toks[i].h) {
		return false
	}
	other := -1
	if i+1 < len(s.toks) && s.gap(i+1) == "-" {
		other = i + 1
	} else if i > 0 && s.gap(i) == "-" {
		other = i - 1
	}
	if other < 0 {
		return false
	}
	o := &s.toks[other]
	if o.cls&tAlpha == 0 || o.cls&tCap == 0 || len(o.low) < 3 || brandQualifiers[o.h] || s.used[other] {
		return false
	}
	if o.w != nil && (len(o.w.phrases) > 0 || o.w.flags&wHealthCue != 0) {
		return false
	}
	if tpWords.get(o.h) != 0 || s.v.learned.get(o.h) != 0 || !s.general(other) {
		return false
	}
	return true
}

// titleGoods: shop goods after a title brand.
var titleGoods = wordSet("boots boot shoes shoe sandals sneakers slippers socks jacket jackets bag bags backpack " +
	"soap soaps shampoo conditioner lotion lotions wash cleaner cleaners spray sprays candle candles " +
	"soda sodas cola pack packs bottle bottles can cans case cases maker makers blender mug mugs tumbler " +
	"insoles insole toothpaste toothbrush deodorant perfume cologne gift set sets bundle bundles " +
	"detergent wipes sponges sponge eraser erasers tea coffee beer cereal snacks " +
	// media and merchandise ("Nurse Jackie season 2 DVD", "Dr. Seuss books")
	"dvd dvds bluray lp vinyl cd cds album albums paperback hardcover books novel poster posters " +
	"figure figurine toy toys game games shirt tee hoodie jersey")

// titleBrand: title i and the capitalised word j after it are a brand:
// your/the/our right before the title, and shop goods after the word (a
// possessive and up to four words of the product line may come between:
// capitalised words, numbers, lower-case words in no clinical list and
// no health, date or stop word).
func (s *scanner) titleBrand(i, j int) bool {
	if i == 0 || !productDeterminers[s.toks[i-1].h] || s.gap(i) != " " {
		return false
	}
	k := j + 1
	n := len(s.toks)
	if k < n && s.toks[k].low == "s" && s.gap(k) == "'" {
		k++ // "Mrs. Meyer's"
	}
	// up to four words of the product line before the goods: capitalised
	// words ("Magic Eraser"), a model number or count ("1460", "12-pack",
	// "season 2"), lower-case words ("hand", "peppermint castile") that
	// are in no clinical list and no health cue
	for m := 0; m <= 4 && k < n; m, k = m+1, k+1 {
		t := &s.toks[k]
		if t.sent || (s.gap(k) != " " && s.gap(k) != "-") {
			return false
		}
		if titleGoods[t.h] {
			return true
		}
		if t.cls&tDigit != 0 || t.cls&tAlpha != 0 && t.cls&(tCap|tUpper) != 0 {
			continue
		}
		if t.cls&tAlpha == 0 || t.w != nil && (t.w.flags&(wHealthCue|wStop|wDatePerson) != 0 || clinicalWordAlone(t.w)) {
			return false
		}
	}
	return false
}

// clinicalWordAlone: the word is itself a term of the clinical lists (a
// phrase of one word), not only the first word of longer ones ("bath" of
// "sitz bath" is not, "insulin" is).
func clinicalWordAlone(w *wordInfo) bool {
	for _, p := range w.phrases {
		if len(p.toks) == 1 && p.class == pClinical {
			return true
		}
	}
	return false
}

// notClinicalUse: the clinical phrase i..j is part of a brand
// (brandCompound); its tokens are marked as seen so no later rule takes
// them. (Public services announced to everyone are announce.go's, on the
// whole notice.)
func (s *scanner) notClinicalUse(i, j int) bool {
	if s.brandCompound(i, j) {
		for m := i; m <= j; m++ {
			s.used[m] = true
		}
		return true
	}
	return false
}
