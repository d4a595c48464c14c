package guard

// esorthosis.go: compose.reader_orthosis (procedure), fix helper r112
// (issue 15, twenty-second pass; dev112, 2026-12-06).
//
// A Spanish orthopaedics shop or hearing centre tells the reader their
// device is ready: "Ortopedia Almagro: ya llegó tu rodillera articulada con
// topes de flexión", "Recuerde traer su audífono el día del
// reconocimiento". The nouns are ordinary (a rodillera is also a sports
// knee pad, audífonos are headphones in most of Latin America), so no list
// reports them alone.
//
// Reported: an orthosis noun (rodillera, tobillera, muñequera, codera,
// faja, collarín, cabestrillo, corsé, bota, inmovilizador) with the
// reader's possessive (tu, su, tus, sus) right before it or one word
// before ("su nueva faja"), and a clinical qualifier within three words
// after it (articulada, ortopédica, inmovilizadora, postquirúrgica,
// cervical, lumbar, rígida, de yeso, con bisagras…); or audífono(s) with
// the possessive and, in its sentence, a word of fitting or examination
// (ajuste, calibración, adaptación, audiometría, revisión, reconocimiento,
// molde, retroauricular, intracanal, audioprotesista). "Tus audífonos
// inalámbricos ya fueron despachados", "Rodilleras deportivas para vóley",
// Also (fix helper r113m, dev113): a collar's type after the noun
// (Philadelphia, Miami J, Schanz, Minerva) as a qualifier, and a noun not
// worn every day (not bota, faja, corsé) with a fitting word in its sentence
// (prueba, ajuste, adaptación, medidas, molde, colocación): "su collarín
// Philadelphia talla M ya está listo para la prueba", "Su rodillera ya está
// lista para la prueba". "Tu faja de regalo (talle M)" and a shop's range ("Tenemos fajas
// ortopédicas, rodilleras articuladas…": no possessive) pass.
//
// Also (lead, dev113-leak-071): a splint (valva, férula) among the nouns,
// re-fitting words (reajustar, ajustar) among the fitting words, and the
// reader told to bring the device ("traé la valva de muñeca a la próxima
// sesión que la vamos a reajustar") as well as the possessive.
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20Orthosis).
var (
	eoNoun = wordSetTab("rodillera rodilleras tobillera tobilleras muñequera muñequeras munequera munequeras codera coderas " +
		"faja fajas collarin collarín collarines cabestrillo corse corsé bota botas inmovilizador inmovilizadores " +
		"valva valvas ferula férula ferulas férulas")
	eoHear  = wordSetTab("audifono audífono audifonos audífonos")
	eoStart = wordSetTab("rodillera rodilleras tobillera tobilleras muñequera muñequeras munequera munequeras codera coderas " +
		"faja fajas collarin collarín collarines cabestrillo corse corsé bota botas inmovilizador inmovilizadores " +
		"valva valvas ferula férula ferulas férulas " +
		"audifono audífono audifonos audífonos")
	eoPoss = wordSetTab("tu tus su sus")
	eoQual = wordSetTab("articulada articuladas articulado articulados ortopedica ortopédica ortopedicas ortopédicas " +
		"ortopedico ortopédico inmovilizadora inmovilizadoras inmovilizador postquirurgica postquirúrgica " +
		"posquirurgica posquirúrgica postoperatoria posoperatoria cervical lumbar lumbosacra sacrolumbar " +
		"rigida rígida semirrigida semirrígida yeso bisagras bisagra topes termoformada walker " +
		"philadelphia filadelfia miami schanz minerva")
	eoFit = wordSetTab("ajuste ajustes calibracion calibración adaptacion adaptación audiometria audiometría " +
		"revision revisión reconocimiento molde moldes retroauricular retroauriculares intracanal intrauricular " +
		"audioprotesista audioprotesistas")
	// eoTry: a fitting of the orthosis in its sentence (fix helper r113m);
	// eoEveryday: the nouns also worn every day (a rain or ski boot,
	// shapewear, a wedding corset), which a fitting word alone does not report.
	eoTry = wordSetTab("prueba pruebas ajuste ajustes adaptacion adaptación medidas molde moldes colocacion colocación " +
		"reajuste reajustes reajustar reajustarla reajustarlo ajustar ajustarla ajustarlo")
	// eoBring: the reader told to bring the device ("traé la valva a la
	// próxima sesión", lead, dev113-leak-071), as a possessive would
	eoBring    = wordSetTab("trae traé traiga traigan traer traerla traerlo lleve llevá llevar")
	eoArt      = wordSetTab("la el las los")
	eoEveryday = wordSetTab("bota botas faja fajas corse corsé")
)

// scanReaderOrthosis runs compose.reader_orthosis at its start words.
func (s *scanner) scanReaderOrthosis() {
	if s.p20&p20Orthosis == 0 { // no orthosis or hearing-aid noun (pass20gate.go)
		return
	}
	n := len(s.toks)
	for i := range s.toks {
		h := s.toks[i].h
		if s.used[i] || !eoStart.get(h) || s.toks[i].sent {
			continue
		}
		poss := i >= 1 && eoPoss.get(s.toks[i-1].h) && s.gap(i) == " " ||
			i >= 2 && !s.toks[i-1].sent && (eoPoss.get(s.toks[i-2].h) || eoBring.get(s.toks[i-2].h) && eoArt.get(s.toks[i-1].h)) && s.gap(i) == " " && s.gap(i-1) == " "
		if !poss {
			continue
		}
		b := -1
		if eoNoun.get(h) {
			for k := i + 1; k < n && k <= i+3 && !s.toks[k].sent; k++ {
				if eoQual.get(s.toks[k].h) {
					b = k
					break
				}
			}
			if b < 0 && !eoEveryday.get(h) { // a fitting word in its sentence (fix helper r113m)
				lo, hi := sentenceSpan(s.toks, i)
				for k := lo; k < hi; k++ {
					if eoTry.get(s.toks[k].h) {
						b = i
						break
					}
				}
			}
		} else { // audífono: a fitting or examination word in its sentence
			lo, hi := sentenceSpan(s.toks, i)
			for k := lo; k < hi; k++ {
				if eoFit.get(s.toks[k].h) {
					b = i
					if k > i && k <= i+3 {
						b = k
					}
					break
				}
			}
		}
		if b < 0 {
			continue
		}
		free := true
		for k := i; k <= b; k++ {
			free = free && !s.used[k]
		}
		if free {
			s.addTok(i, b, KindProcedure, "compose.reader_orthosis", 0.75, reasonFor(KindProcedure))
		}
	}
}
