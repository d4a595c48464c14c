package guard

// woundcare.go — the reader's wound or injury care (issue 15, thirteenth
// pass, helper RECALL13, probe set dev77r from the seed "SwiftCare:
// Reminder to return in 10 days for suture removal from your left forearm
// laceration (6 stitches)."): rule compose.wound_care, kind procedure.
//
// The lists hold "stitches" and "sutures" only as ambiguous words (a
// possessive right before them: "your stitches"), "laceration", "wound",
// "cast", "splint", "dressing", "staples", "puntos", "herida", "yeso" not
// at all, and injury.go wants a part right beside its noun ("ankle
// sprain"). Adding them to the lists would move shape.go's letter-shape
// model (the "cefoperazone" knife edge) and give "cast", "dressing" and
// "puntos" their everyday senses. Read here instead, from a wound word
// (woundFirst), with a reader's word (recipientWords, or text-speak "ur",
// "u") in its sentence or the one before, or a visit the reader is told to
// return for in its sentence (return, regrese, vuelva: "Please return for
// staple removal in 7-10 days"), when one of these holds:
//
//   - the word is a suture or laceration word (suture, sutures, laceration,
//     lacerations, sutura, suturas, laceracion): no everyday sense;
//   - a body part (injuryParts, injuryPartsES and a few more: chin,
//     forehead, scalp, lip, eyebrow, cheek, brazo, barbilla, frente only
//     after de/del/en) is in the same sentence: "burn dressing change for
//     your right hand", "Sprain follow-up: … re-check your ankle", "su
//     cita para retiro de puntos del brazo";
//   - a removal word (removal, remove, removed, out, retiro, retirar,
//     quitar…) within three words and a visit word (visit, return, come back, clinic, walk in,
//     appointment, cita, regrese, consulta…) share its sentence: "your
//     staple removal visit";
//   - a wound word (wound, wounds, incision, herida, heridas, quemadura,
//     incision) comes right after the reader's possessive ("su herida",
//     "your wound"), or with a care word (check, care, dressing, dry,
//     clean, heal, limpia, seca, curacion, revision) in its sentence;
//   - an injury noun (sprain, fracture, esguince, fractura) or a cast word
//     (cast, splint, yeso, ferula) with a follow-up word (follow-up, recheck,
//     check, control, revision) in its sentence.
//
// Vetoes (the word's sentence): goods and loyalty words (order, shipped,
// sale, off, stock, pedido, tarjeta, canje, lealtad, recompensa, saldo…) —
// "El retiro de puntos de su tarjeta de lealtad ya está disponible",
// "Cast your vote", "Salad dressing of the month", "Knitting club: pick up
// dropped stitches", "We removed the stitches from our website" (no
// reader's word), "The cast of our spring musical" pass. Only the new rule
// is vetoed: nothing another rule reports is let through.
//
// Cost: runs from scanReaderSlots (readerslots.go) at its first words
// only; one or two sentence walks each, no allocation.

var (
	woundSuture = wordSetTab("suture sutures laceration lacerations sutura suturas laceracion laceraciones")
	woundWound  = wordSetTab("wound wounds incision incisions herida heridas quemadura quemaduras incision")
	woundStitch = wordSetTab("stitch stitches staple staples puntos punto grapas")
	woundSoft   = wordSetTab("dressing dressings burn burns vendaje vendajes")
	woundBurn   = wordSetTab("burn burns quemadura quemaduras wound wounds herida heridas incision")
	woundDress  = wordSetTab("dressing dressings vendaje vendajes curacion bandage")
	woundInjury = wordSetTab("sprain sprains fracture fractures esguince esguinces fractura fracturas cast casts splint splints yeso ferula ferulas")
	woundFirst  = tabsUnion(woundSuture, woundWound, woundStitch, woundSoft, woundInjury)

	woundPartMore = wordSetTab("chin forehead scalp lip lips eyebrow cheek palm palms thigh thighs brow brazo barbilla menton ceja labio cuero")
	woundRemoval  = wordSetTab("removal remove removed removing out retiro retirar retiramos quitar quitarle quitaremos quitamos")
	woundVisit    = wordSetTab("visit return come walk appointment appt clinic nurse doctor provider follow followup recheck cita regrese regresar vuelva volver consulta clinica control revision enfermera medico")
	woundCare     = wordSetTab("check care dressing dry clean heal healing covered cover bandage change infection limpia limpio seca seco curacion revision cambio cubierta infeccion")
	woundFollow   = wordSetTab("follow followup recheck check checked control revision revisar clinic clinica appointment cita")
	woundVeto     = wordSetTab("order orders shipped ship shipping sale off stock shop store price coupon vote musical play rehearsal knitting crochet sewing quilt yarn " +
		"hem hems garment tailor alteration alterations seam seams upholstery premio premios equipo juego partido liga marcador recycling recycle wardrobe fashion outfit jeans calories workout recipe document documents paper papers shredding scanning scan binder stapler " +
		"documentos papel papeles " +
		"pedido pedidos tarjeta canje canjee lealtad recompensa recompensas saldo acumulados compra compras tienda oferta descuento reparto obra")
	woundTextSpeak = wordSetTab("ur u yr yur")
	// woundReturn: a visit the notice tells its reader to come back for
	// stands for the reader's word ("Please return for staple removal")
	woundReturn = wordSetTab("return regrese vuelva")
)

// readerNear: a reader's word (recipientWords, or text-speak "ur", "u",
// "yr") in the sentence of token i or the one before it.
func (s *scanner) readerNear(i int) bool {
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k < hi; k++ {
		if h := s.toks[k].h; recipientWords.get(h) || woundTextSpeak.get(h) {
			return true
		}
	}
	return false
}

// woundPart: a body part in the sentence of token i.
func (s *scanner) woundPart(i int) bool {
	lo, hi := s.sentSpan(i)
	for k := lo; k < hi; k++ {
		h := s.toks[k].h
		if woundPartMore.get(h) || injuryPartsES.get(h) || injuryParts.get(h) && h != hBack {
			return true
		}
	}
	return false
}

// woundRemovalNear: a removal word within three words of token i, in its
// sentence ("staple removal", "remove the staples", "take out the
// sutures", "retiro de puntos").
func (s *scanner) woundRemovalNear(i int) bool {
	lo, hi := s.sentSpan(i)
	for k := i - 3; k <= i+3; k++ {
		if k >= lo && k < hi && k != i && woundRemoval.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// woundCareAt: token i is one of woundFirst.
func (s *scanner) woundCareAt(i int) {
	h := s.toks[i].h
	if !s.readerNear(i) && !s.wholeSentenceHas(i, &woundReturn) || s.wholeSentenceHas(i, &woundVeto) {
		return
	}
	ok := false
	switch {
	case woundSuture.get(h):
		ok = true
	case woundSoft.get(h): // "burn dressing change", "the dressing on your hand … clinic"
		ok = s.wholeSentenceHas(i, &woundBurn) && s.wholeSentenceHas(i, &woundDress) || s.woundPart(i) && s.wholeSentenceHas(i, &woundVisit)
	case woundWound.get(h):
		ok = i > 0 && recipientPossessive.get(s.toks[i-1].h) || s.wholeSentenceHas(i, &woundCare) || s.woundPart(i)
	case woundStitch.get(h):
		ok = s.woundPart(i) || s.woundRemovalNear(i) && s.wholeSentenceHas(i, &woundVisit)
	case woundInjury.get(h):
		ok = s.woundPart(i) || s.wholeSentenceHas(i, &woundFollow)
	}
	if ok {
		s.addTok(i, i, KindProcedure, "compose.wound_care", 0.7, "names the reader's aftercare for an injury")
	}
}
