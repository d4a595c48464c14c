package guard

// Quoted media titles governed by a media noun, their artist or author,
// and goods named by brand, product line and model number (issue 15,
// seventh pass, helper MEDIA: dev34/dev35 false positives; a
// false-positive cut, no finding).
//
// dev34/dev35 flagged songs, albums, films and library loans whose titles
// hold a clinical or personal word, and the artist or author beside
// them: "Happy Mondays – 'Pills 'n' Thrills and Bellyaches' vinyl
// reissue shipped" (frame.clinical), "Pink Floyd 'Comfortably Numb' 12\"
// single" (name.given), "'Cabin Fever' Blu-ray: your rental is due"
// (compose.learned), "Your digital rental of 'Insomnia' (2002)"
// (clinical.condition), "tu canción más escuchada fue 'Doctor
// Psiquiatra' de Gloria Trevi" (name.title, name.full), "Tu préstamo de
// 'El médico' de Noah Gordon" (name.full). The quoted-title shape of
// brandlist.go (quotedShape) took a quotation only right after a media,
// ticket or business word or right before "by" or a media head. Here:
//
//   - a quotation is governed by a media noun when such a noun stands in
//     its sentence up to six tokens before it ("tu canción más escuchada
//     fue 'X'", "your digital rental of 'X'") or up to three after it,
//     past a number, a size or a year ("'X' 12\" single", "'X' (2002)",
//     "'X' vinyl reissue"): goods_heads.txt's [media] words,
//     brandMediaWords, and mediaQuoteNouns (rental, single, album, song,
//     canción, película, préstamo, biblioteca…);
//   - such a quotation is taken by quotedShape (with every check of a
//     quoted name it had: no personalisation word, no quoted given and
//     family name, no care word elsewhere in the notice, brandAccept),
//     and needs no other shop wording (brandAccept);
//   - "de" after it reads as "by" ("'El médico' de Noah Gordon");
//   - one to three capitalised words opening the sentence right before it
//     ("Pink Floyd 'Comfortably Numb'", "Happy Mondays – 'Pills …'") are
//     its artist (mediaArtist): no title, greeting, name cue or stop word
//     among them, not a name made only of listed given and family names;
//   - a clinical term inside it (not a medication or a device) is the
//     title's only when a film, music or rental noun governs it
//     (mediaFilmNouns: rental, stream, single, vinyl, album, song,
//     Blu-ray, película, canción…, or a year in brackets after it): then
//     its words carry prodMedia like a listed [media] title
//     ("'Insomnia' (2002)", "'Cabin Fever' Blu-ray"). A book, DVD or
//     guide word is not enough ("Your 'Living with Diabetes' DVD" keeps
//     its finding: self-help media tell).
//
// Everything else is read as before: a care word anywhere else in the
// notice ("your insomnia follow-up", "fever test results") stops every
// quoted name (brandCares), a greeting name or a name after the title
// outside the shapes is reported, and context matching runs as before.
//
// modelShape reads goods named by brand and product line before a model
// number or capacity: "Anker PowerCore 10000", "Levoit Core 300 air
// purifier", "Kindle Paperwhite (16 GB)": two or three capitalised words
// (no title, greeting, name cue or stop word; not all of them listed given
// or family names: "Maria Lopez 300" is a person's) right before a
// number, not a dose ("500 mg", "30 tablets" keep compose.dose and the
// frame rules), at most one word of which is a listed given or family
// name. It is a candidate of markBrands like a listed name: no care word
// in the notice, shop wording, brandAccept's person frames.

import "strings"

// modelUnits are capacities and sizes after a model's number; modelCounts
// nouns a count goes before.
var (
	modelUnits  = wordSetTab("gb tb mb mah wh w kg lb lbs oz qt inch in cm mm l litre liter quart gal")
	modelCounts = wordSetTab("items item tickets ticket guests guest people persons personas seats points puntos packages orders pieces pcs units boletos entradas")
)

// mediaQuoteNouns govern a quoted title besides goods_heads.txt's [media]
// words and brandMediaWords (lower case, accents folded as tokens are).
var mediaQuoteNouns = wordSetTab("rental rentals rent rented single singles reissue remaster remastered ep track tracks " +
	"song songs album albums playlist podcast soundtrack vinyl lp record " +
	"cancion canciones tema temas album albumes disco discos vinilo pelicula peliculas serie series episodio episodios " +
	"temporada capitulo prestamo prestamos alquiler biblioteca novela libro libros audiolibro")

// mediaFilmNouns make a quoted title a film, a recording or a rental,
// whose title says nothing of the reader's health.
var mediaFilmNouns = wordSetTab("rental rentals rent rented single singles reissue remaster remastered ep " +
	"song songs album albums soundtrack vinyl lp blu ray streaming stream film films movie movies episode " +
	"cancion canciones tema album disco vinilo pelicula peliculas episodio alquiler")

// mediaQuoteWord reports whether token k is a word that governs a quoted
// title.
func (s *scanner) mediaQuoteWord(k int) bool {
	h := s.toks[k].h
	return mediaQuoteNouns.get(h) || brandMediaWords.get(h) || s.goodsIn(goodsWords.media, &goodsWords.mediaBits, k)
}

// mediaQuoteGov reports whether the quotation i..last is governed by a
// media noun of its sentence (gov) and whether that noun is a film,
// recording or rental noun or a bracketed year follows it (film).
func (s *scanner) mediaQuoteGov(i, last int) (gov, film bool) {
	n := len(s.toks)
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k+1].sent || k+1 < i && strings.ContainsAny(s.gap(k+1), ".;!?") {
			break
		}
		if s.mediaQuoteWord(k) {
			gov = true
			film = film || mediaFilmNouns.get(s.toks[k].h)
		}
	}
	for k, m := last+1, 0; k < n && m < 3 && !s.toks[k].sent; k++ {
		t := &s.toks[k]
		if t.cls&(tDigit|tMixed) != 0 {
			if k == last+1 && len(t.low) == 4 && (strings.HasPrefix(t.low, "19") || strings.HasPrefix(t.low, "20")) && strings.HasSuffix(s.gap(k), "(") {
				gov, film = true, true // "'Insomnia' (2002)"
			}
			continue // "'X' 12\" single"
		}
		if strings.ContainsAny(s.gap(k), ".;!?,") && k > last+1 {
			break
		}
		if s.mediaQuoteWord(k) {
			gov = true
			film = film || mediaFilmNouns.get(s.toks[k].h)
		}
		m++
	}
	if film && s.redMediaPersonal(i) { // redcuts.go
		film = false
	}
	return gov, film
}

// mediaQuoted reports whether the quotation i..last is governed by a
// media noun (mediaQuoteGov's first answer).
func (s *scanner) mediaQuoted(i, last int) bool {
	gov, _ := s.mediaQuoteGov(i, last)
	return gov
}

// mediaArtist returns the first token of one to three capitalised words
// that open the sentence right before the quotation at q ("Pink Floyd
// 'Comfortably Numb'", "Happy Mondays – 'Pills …'"), or -1.
func (s *scanner) mediaArtist(q int) int {
	if q < 1 {
		return -1
	}
	g := strings.TrimRight(s.gap(q), "'\"\u2018\u201c")
	if g != " " && g != " – " && g != " - " && g != " — " && g != ": " {
		return -1
	}
	a := q - 1
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		f := s.fl(k)
		if !s.isCapWord(k) || f&(wTitle|wGreeting|wNameCue|wStop) != 0 {
			return -1
		}
		a = k
		if s.toks[k].sent || k == 0 {
			break
		}
		if !s.nameGap(k) {
			return -1
		}
	}
	if !(s.toks[a].sent || a == 0) || s.personLike(a, q-1) {
		return -1
	}
	return a
}

// modelShape reads a brand and product line before a model number or
// capacity at i (see the file comment) and returns its last word.
func (s *scanner) modelShape(i int) (int, bool) {
	n := len(s.toks)
	k := i
	for ; k < n && k < i+3; k++ {
		if !s.isCapWord(k) || s.fl(k)&(wTitle|wGreeting|wNameCue|wStop) != 0 || k > i && !s.nameGap(k) {
			break
		}
	}
	end := k - 1
	if end <= i || k >= n || s.toks[k].sent || s.toks[k].cls&tDigit == 0 {
		return i, false
	}
	if g := s.gap(k); g != " " && g != " (" {
		return i, false
	}
	if k+1 < n && doseUnits.get(s.toks[k+1].h) {
		return i, false // "Zorvex Forte 500 mg"
	}
	// a model number of three digits or more that is no year ("300",
	// "10000"), or a capacity or size ("16 GB", "1 kg"); not a count
	// ("Chidi Okonkwo 2 tickets", "… 1985")
	num := s.toks[k].low
	unit := k+1 < n && modelUnits.get(s.toks[k+1].h) && !s.toks[k+1].sent
	year := len(num) == 4 && (strings.HasPrefix(num, "19") || strings.HasPrefix(num, "20"))
	if !unit && (len(num) < 3 || year || k+1 < n && !s.toks[k+1].sent && modelCounts.get(s.toks[k+1].h)) {
		return i, false
	}
	names := 0
	for m := i; m <= end; m++ {
		if f := s.fl(m); f&(wFirst|wLast) != 0 && f&wCommon == 0 {
			names++
		}
	}
	if names > 1 {
		return i, false // "Maria Lopez 300"
	}
	return end, true
}

// bizNotEatery are words of orgBefore that name a care place or no trade:
// a title after them may be a clinician ("Farmacia Dr. Ramírez").
var bizNotEatery = wordSetTab("farmacia farmacias clinica veterinaria centro grupo banco plaza hotel hoteles hostal parador chez maison")

// bizTitle reads a business name whose title follows the trade's word,
// with an optional article between ("Restaurante El Doctor Taquero",
// "Taquería El Doctor Pastor"): a title at i after an eatery or shop word
// of brandEatery or orgBefore (not a care place: bizNotEatery) opening
// its sentence, then one or two capitalised words that are no stop word
// (after a clinical title, no given or family name of the lists that is
// no common word: "Restaurante El Doctor García" stays reported). It
// returns the last word of the name.
func (s *scanner) bizTitle(i int) (int, bool) {
	n := len(s.toks)
	p := i - 1
	if p >= 0 && s.nameGap(i) && (s.toks[p].low == "el" || s.toks[p].low == "la" || s.toks[p].low == "los" || s.toks[p].low == "las") && s.toks[p].cls&tCap != 0 {
		p--
	}
	if p < 0 || !s.nameGap(p+1) || !(s.toks[p].sent || p == 0) {
		return i, false
	}
	if h := s.toks[p].h; !(brandEatery.get(h) || orgBefore.get(h)) || bizNotEatery.get(h) || s.toks[p].cls&(tCap|tUpper) == 0 {
		return i, false
	}
	clinical := prodClinicalTitle.get(s.toks[i].h)
	end := i
	for k := i + 1; k < n && k <= i+2; k++ {
		if !s.isCapWord(k) || s.fl(k)&(wStop|wTitle|wGreeting|wNameCue) != 0 || k == i+1 && s.gap(k) != " " && s.gap(k) != ". " || k > i+1 && !s.nameGap(k) {
			break
		}
		if f := s.fl(k); clinical && f&(wFirst|wLast) != 0 && f&wCommon == 0 {
			return i, false
		}
		end = k
	}
	return end, end > i
}
