package guard

import "strings"

// Spanish shops named after their keeper with an honorific (helper F32B,
// dev31/dev32: "Farmacias Don Beto te informa: …", "Tienda Don Julio: su
// pedido…", "Panadería Doña Rosa: sus churros están listos"). The name rules
// read "Don Beto" as a title and a person (name.title). markEsShopDon marks
// such a name as a brand (prodName|prodBrand, as markBrands does) when all
// hold, and fails closed otherwise:
//
//   - the notice is Spanish (spanish(), lang.go);
//   - the shop word (esShopWords) opens the notice or a sentence and is
//     capitalised, Don/Doña/Doñita follows directly, then one or two
//     capitalised words;
//   - the name ends at a colon, a dash, or before "te/le/les informa",
//     "te invita", "les invita" (the shop speaks: a heading, not a person
//     addressed);
//   - no care word anywhere in the notice outside the shop word
//     (brandCares): "Farmacias Don Beto: Don Beto Ramírez, su receta…"
//     stays reported, and so does a pharmacy notice naming any medication.

// esShopWords are Spanish shop and eatery words that name a shop before
// its keeper's name (lower case, diacritics folded as tokens' low form).
var esShopWords = map[string]bool{
	"farmacia": true, "farmacias": true, "tienda": true, "tiendas": true,
	"panaderia": true, "pasteleria": true, "taqueria": true, "tortilleria": true,
	"carniceria": true, "abarrotes": true, "ferreteria": true, "papeleria": true,
	"fruteria": true, "dulceria": true, "zapateria": true, "miscelanea": true,
	"restaurante": true, "fonda": true, "cocina": true, "cafeteria": true,
	"loncheria": true, "pizzeria": true, "heladeria": true, "floreria": true,
	"libreria": true, "merceria": true, "polleria": true, "birrieria": true,
	"cenaduria": true, "mariscos": true, "tacos": true, "tortas": true,
	"bazar": true, "boutique": true, "cantina": true, "almacen": true,
	"almacenes": true, "supermercado": true, "bodega": true,
}

var esShopTitle = map[string]bool{"don": true, "dona": true, "donita": true}

// markEsShopDon marks "shop word + Don/Doña + name" shop names (see the
// file comment).
func (s *scanner) markEsShopDon() {
	n := len(s.toks)
	if n < 4 || s.fbAll3&fb3EsShopTitle == 0 || !s.spanish() {
		return
	}
	var cares []int
	read := false
	for i := 0; i+2 < n; i++ {
		t := &s.toks[i]
		if t.cls&tCap == 0 || !esShopWords[foldLow(t.low)] {
			continue
		}
		if i > 0 && !s.sentenceStart(i) {
			continue
		}
		d := &s.toks[i+1]
		if d.cls&tCap == 0 || !esShopTitle[foldLow(d.low)] {
			continue
		}
		b := i + 2
		if s.toks[b].cls&tCap == 0 || s.toks[b].cls&tAlpha == 0 {
			continue
		}
		if b+1 < n && s.toks[b+1].cls&tCap != 0 && s.toks[b+1].cls&tAlpha != 0 && !s.gapHas(b, ':') {
			b++
		}
		if !s.shopDonEnd(b) {
			continue
		}
		if !read {
			cares, read = s.brandCares(), true
		}
		ok := true
		for _, k := range cares {
			if k != i {
				ok = false
				break
			}
		}
		if !ok {
			return
		}
		s.prodMarks()
		for k := i + 1; k <= b; k++ {
			s.prod[k] |= prodName | prodBrand
		}
	}
}

var esShopFold = strings.NewReplacer(esShopFoldPairs...)

// esShopFoldPairs: esShopFold's letters and what each folds to.
var esShopFoldPairs = []string{"á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u"}

// esShopTitleFilter holds every lower-case word foldLow turns into a word
// of esShopTitle ("don", "doña", "dóna", …: each letter either itself or
// one esShopFoldPairs folds to it): a field with no token that may be one
// (fb3EsShopTitle, tokfilter.go) has no title to read, and markEsShopDon
// returns before it reads the field's language (helper SPEED14).
var esShopTitleFilter = func() *hashFilter {
	f := &hashFilter{}
	var walk func(pre, rest string)
	walk = func(pre, rest string) {
		if rest == "" {
			f.add(hstr(pre))
			return
		}
		walk(pre+rest[:1], rest[1:])
		for k := 0; k+1 < len(esShopFoldPairs); k += 2 {
			if esShopFoldPairs[k+1] == rest[:1] {
				walk(pre+esShopFoldPairs[k], rest[1:])
			}
		}
	}
	for _, w := range []string{"don", "dona", "donita"} {
		walk("", w)
	}
	return f
}()

// foldLow folds the Spanish diacritics of a lower-case word.
func foldLow(w string) string { return esShopFold.Replace(w) }

// sentenceStart reports whether token i opens a sentence (its gap holds a
// sentence end or a line break).
func (s *scanner) sentenceStart(i int) bool {
	return strings.ContainsAny(s.gap(i), ".!?\n")
}

// gapHas reports whether the gap after token k holds c.
func (s *scanner) gapHas(k int, c byte) bool {
	return strings.IndexByte(s.gap(k+1), c) >= 0
}

// shopDonEnd reports whether the shop name ending at token b ends at a
// colon or dash, or before "te/le/les informa/invita".
func (s *scanner) shopDonEnd(b int) bool {
	if strings.ContainsAny(s.gap(b+1), ":—–-") {
		return true
	}
	if b+2 < len(s.toks) {
		p, v := s.toks[b+1].low, s.toks[b+2].low
		if (p == "te" || p == "le" || p == "les" || p == "los") && (v == "informa" || v == "invita" || v == "recuerda" || v == "desea") {
			return true
		}
	}
	return false
}
