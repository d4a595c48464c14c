package guard

import (
	"bufio"
	"strings"
)

// organism.go: an organism a culture or test of the reader grew or found
// (issue 15, fifteenth pass, helper recall15, dev82 "Summit Foot & Ankle:
// Your toenail culture grew Trichophyton rubrum.").
//
// vocab/organisms.txt lists the genera of the bacteria, fungi and parasites
// that microbiology reports name (Staphylococcus, Streptococcus, Candida,
// Trichophyton, Escherichia, Klebsiella, MRSA…) and the species written
// after an initial ("E. coli", "C. diff", "H. pylori"). A listed word is
// reported (rule compose.organism, kind condition), with the lower-case
// species word after it ("Trichophyton rubrum", "Staph aureus"), when its
// sentence reads as a result:
//
//   - a specimen or test word (culture, swab, scraping, specimen, sample,
//     stool, urine, sputum, wound, nail, biopsy, test, result(s), cultivo,
//     urocultivo, muestra, examen, frotis…) at most ten words before it, and
//     between them a result word (grew, growing, showed, detected, found,
//     isolated, identified, positive, negative, revealed, creció, aisló,
//     positivo, negativo, resultó, detectó…); or
//   - "positive for", "negative for", "positivo para", "negativo para"
//     right before it (the organism may open a species: "positivo para
//     Escherichia coli").
//
// Stays clean: a food or product recall (orgRecall: recall, lot, batch,
// product, food, retiro, lote… anywhere in the field: "Recall: lab tests
// found Salmonella in some jars"), an organism in public health teaching without a result
// ("how hand washing stops germs like Staphylococcus and E. coli from
// spreading"), a probiotic's strains (not listed), a word of the list in
// any other sentence. Red team red15 (dev87x): a test of water, a
// kitchen, a surface, a food or a ferment (orgEnviron: water, pool,
// kitchen, restaurant, soil, phone screens, yogurt, probiotic, kombucha,
// brewery…) in a field with no body specimen, reader's word or culture
// (orgBody: urine, stool, wound, nail, blood, throat, culture, your, su…)
// is no one's result.
var (
	orgWords = loadOrganisms()
	// orgInitialSpecies: the species written after an initial
	orgInitialSpecies = wordSetTab("coli diff difficile pylori")
	orgSpecimen       = wordSetTab("culture cultures swab swabs scraping scrapings specimen specimens sample samples stool " +
		"urine sputum wound nail nails toenail clipping clippings biopsy test tests result results panel screen " +
		"cultivo cultivos urocultivo hemocultivo coprocultivo muestra muestras examen frotis exudado resultado resultados")
	orgResult = wordSetTab("grew grow grows growing growth showed shows show detected detect detects found finds isolated " +
		"identified positive negative revealed confirmed " +
		"crecio crecimiento aislo aislamiento aislado detecto detectado detectada identifico mostro positivo positiva " +
		"negativo negativa resulto revelo")
	orgFor = wordSetTab("for para")
	// orgRecall: a food or product recall's words ("Recall: lab tests
	// found Salmonella in lot 44"): a public safety notice, not a result
	orgRecall = wordSetTab("recall recalls recalled lot lots batch batches product products food foods " +
		"retiro retirado lote lotes producto productos alimento alimentos")
	// orgEnviron: what an environmental, food or ferment test samples
	// (red15, dev87x: "swab samples grew Staphylococcus on 30% of phone
	// screens", "the water test came back negative for E. coli", "our
	// probiotic yogurt tested positive for Lactobacillus"): no one's
	// result when the field names no body specimen (orgBody)
	orgEnviron = wordSetTab("water pool pools spa kitchen kitchens restaurant restaurants cafeteria inspection " +
		"soil garden tank aquarium ice phone phones screens surfaces surface doorknobs boards counters " +
		"yogurt kefir kombucha probiotic probiotics ferment fermented brewery beer ale barrels cheese " +
		"agua piscina cocina restaurante inspeccion yogur")
	// orgBody: a body specimen, which keeps the result the reader's ("Your
	// urine culture grew E. coli. Drink plenty of water.")
	orgBody = wordSetTab("urine stool sputum wound wounds nail nails toenail toenails clipping clippings biopsy blood " +
		"throat skin vaginal rectal nasal nasopharyngeal ear eye culture cultivo urocultivo hemocultivo coprocultivo " +
		"orina heces sangre herida una unas your you su tu")
	// orgStartFilter: the list's words (fb3Organism, scanOrganism's gate)
	orgStartFilter = tabsFilter(orgWords)
)

func loadOrganisms() setTab {
	data, err := vocabFS.ReadFile("vocab/organisms.txt")
	if err != nil {
		panic("guard: vocab/organisms.txt: " + err.Error()) // embedded: cannot happen
	}
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		b.WriteString(l)
		b.WriteByte(' ')
	}
	return wordSetTab(b.String())
}

// scanOrganism reports compose.organism.
func (s *scanner) scanOrganism() {
	if s.fbAll3&fb3Organism == 0 { // no word of the list in the field
		return
	}
	s.scanOrganismOn()
}

// scanOrganismOn is scanOrganism past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanOrganismOn() {
	n := len(s.toks)
	recall := -1 // whether the field has a recall's word: read once, on the first candidate
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		if s.used[i] || t.cls&tAlpha == 0 || !orgWords.get(t.h) {
			continue
		}
		a := i
		if orgInitialSpecies.get(t.h) {
			// "E. coli": the initial, a dot, the species
			if i == 0 || len(s.toks[i-1].low) != 1 || strings.TrimSpace(s.gap(i)) != "." {
				continue
			}
			a = i - 1
		}
		if !s.orgResultBefore(a) {
			continue
		}
		if recall < 0 {
			recall = 0
			env, body := false, false
			for k := range s.toks {
				h := s.toks[k].h
				if orgRecall.get(h) {
					recall = 1
					break
				}
				env = env || orgEnviron.get(h)
				body = body || orgBody.get(h)
			}
			if env && !body {
				recall = 1 // a test of water, a kitchen, a food or a ferment (red15)
			}
		}
		if recall == 1 {
			return
		}
		e := i
		if e+1 < n && !s.toks[e+1].sent && s.gap(e+1) == " " && s.toks[e+1].cls&tAlpha != 0 && s.toks[e+1].cls&(tCap|tUpper|tDigit) == 0 &&
			len(s.toks[e+1].low) >= 4 && (s.toks[e+1].w == nil || s.toks[e+1].w.flags&(wCommon|wStop) == 0) && !s.general(e+1) {
			e++ // the species: "Trichophyton rubrum", "Staph aureus"
		}
		if e == i && e+2 < n && s.gap(e+1) == " " && orgInitialSpecies.get(s.toks[e+1].h) {
			e++ // "Clostridioides difficile"
		}
		s.addTok(a, e, KindCondition, "compose.organism", 0.75, "is an organism named in the result of a culture or test")
		i = e
	}
}

// orgResultBefore: the sentence before token a reads as a result (see the
// file comment).
func (s *scanner) orgResultBefore(a int) bool {
	if a >= 2 && orgFor.get(s.toks[a-1].h) && orgResult.get(s.toks[a-2].h) && !s.toks[a].sent && !s.toks[a-1].sent {
		return true // "positive for", "positivo para"
	}
	result := false
	for k := a - 1; k >= 0 && k >= a-10 && !s.toks[k+1].sent; k-- {
		h := s.toks[k].h
		if orgResult.get(h) {
			result = true
		} else if result && orgSpecimen.get(h) {
			return true
		}
	}
	return false
}
