package guard

import "strings"

// Drug classes named by action (issue 15, third pass): pharmacology names
// a class by what it works against or on, and the names are built, not
// listed — "antiemetic", "antiarrhythmic", "anticonvulsant",
// "antiepileptic"; "beta blocker", "alpha-adrenergic blocker", "proton
// pump inhibitor", "dopamine agonist". Reported as medications:
//
//   - compose.drug_class: a word "anti" + a pharmacological action of the
//     closed list antiActions (ordinary or not: "antisocial", "antistatic",
//     "anticlimactic" are not on it);
//   - compose.drug_class: blocker/inhibitor/agonist/antagonist (and
//     Spanish bloqueador, inhibidor, agonista, antagonista) after a
//     modifier that is not generic and not a household or industrial one
//     ("ad blocker", "rust inhibitor" pass).

var antiActions = []string{
	"emetic", "emetics", "epileptic", "epileptics", "convulsant", "convulsants", "pyretic", "pyretics", "coagulant",
	"coagulants", "platelet", "arrhythmic", "arrhythmics", "anginal", "hypertensive", "hypertensives", "diabetic",
	"diabetics", "depressant", "depressants", "psychotic", "psychotics", "histamine", "histamines", "biotic", "biotics",
	"viral", "virals", "retroviral", "retrovirals", "fungal", "fungals", "bacterial", "microbial", "malarial", "parasitic",
	"spasmodic", "spasmodics", "cholinergic", "cholinergics", "adrenergic", "inflammatory", "inflammatories", "rheumatic",
	"tussive", "tussives", "diarrheal", "nauseant", "parkinsonian", "thyroid", "neoplastic", "neoplastics", "lipemic",
	"tubercular", "helminthic", "protozoal", "anxiety", "obesity", "cholesterol", "rejection", "estrogen", "androgen",
	"mycotic", "septic", "epilepticos", "emetico", "emeticos", "epileptico", "convulsivo", "convulsivos", "piretico",
	"pireticos", "coagulante", "coagulantes", "arritmico", "arritmicos", "hipertensivo", "hipertensivos", "diabetico",
	"diabeticos", "depresivo", "depresivos", "psicotico", "psicoticos", "histaminico", "histaminicos", "biotico",
	"bioticos", "viral", "virales", "retroviral", "retrovirales", "fungico", "fungicos", "bacteriano", "inflamatorio",
	"inflamatorios", "espasmodico", "espasmodicos", "tusivo", "tusivos", "diarreico", "parkinsoniano", "tiroideo",
	"neoplasico", "neoplasicos", "micotico",
}

var antiActionSet = func() map[string]bool {
	m := make(map[string]bool, len(antiActions))
	for _, a := range antiActions {
		m[a] = true
	}
	return m
}()

var (
	classHeads = wordSetTab("blocker blockers inhibitor inhibitors agonist agonists antagonist antagonists " +
		"bloqueador bloqueadores inhibidor inhibidores agonista agonistas antagonista antagonistas")
	// modifiers of those heads that name no drug
	classNotModifiers = wordSetTab("ad ads pop popup spam call calls draft sun light noise wind rust corrosion scale " +
		"scratch odor odour mold mould weed stain cookie tracker script")
)

// drugClass: token i (or i-1..i) names a drug class; it returns the span.
func (s *scanner) drugClass(i int) (int, int, bool) {
	t := &s.toks[i]
	if t.cls&tAlpha == 0 || s.used[i] || s.tp[i]&tpClass == 0 && (len(t.low) < 4 || t.low[0] != 'a' || !strings.HasPrefix(t.low, "anti")) {
		return 0, 0, false
	}
	// "antiemetic", "anti-emetic" (tokenised as two words)
	if strings.HasPrefix(t.low, "anti") && len(t.low) >= 9 && antiActionSet[t.low[4:]] {
		return i, i, true
	}
	if t.low == "anti" && i+1 < len(s.toks) && s.gap(i+1) == "-" && antiActionSet[s.toks[i+1].low] && !s.used[i+1] {
		return i, i + 1, true
	}
	if s.tp[i]&tpClass == 0 || sunBlocker(s, i) {
		return 0, 0, false
	}
	if j, ok := esBlockerClass(s, i); ok { // "sus bloqueadores beta" (sunblock.go)
		return i, j, true
	}
	if i == 0 {
		return 0, 0, false
	}
	// English: the modifier before ("beta blocker", "alpha-adrenergic
	// blocker"); Spanish: after ("inhibidor de la bomba de protones")
	m := i - 1
	if g := s.gap(i); (g == " " || g == "-") && !s.used[m] && s.toks[m].cls&(tAlpha|tMixed) != 0 &&
		s.fl(m)&wStop == 0 && !headArticles.get(s.toks[m].h) && !productDeterminers.get(s.toks[m].h) && !genericModifiers.get(s.toks[m].h) && !classNotModifiers.get(s.toks[m].h) && len(s.toks[m].low) >= 2 {
		return m, i, true
	}
	return 0, 0, false
}
