package guard

import "strings"

// senderdate.go: the sender's own dates and addresses (issue 15, helper
// DATES, dev33/dev37d).
//
// senderDate makes a date allowed that date() found untied when its
// sentence is about the sender or its goods and nothing in the notice is
// about the reader's care:
//
//	"Summer Sale: 30% off all frames through July 4."
//	"Lumen Optical abre su nueva tienda … el 2 de mayo."
//	"Register now for the Peak Fuel Desert Dash 5K, Nov 9 at Kiwanis Park."
//	"mileage reimbursement rises to 70 cents per mile from Jan 1."
//	"Your 2025 W-2 … Paper copies mail by Jan 31."
//
// The frame is a sender noun in the date's sentence (sale, event, race,
// 5K, class, offer, statement, payment, invoice, backordered, policy,
// W-2, store, office, opening, tienda, oferta, carrera…), or a deadline
// word right before the date (through, until, by, from, hasta, límite…)
// with a sender noun anywhere in the notice. Fail closed: any care word
// in the notice (appointment, visit, cleaning, caregiver, shift, home,
// birth, cita, consulta…; services, servicios, transport, traslado,
// ambulance and "date of service" of a statement (RED, dev53r), and
// servicedate.go's serviceDate in the date's sentence ("for the Oct 3
// service", "wheelchair van ride, Nov 9"; dev53q); and every
// date person cue of date()), or a
// reader's word (you, your, su, tu…) not followed within four words by a
// goods noun ("Your 2025 W-2", "su estado de cuenta", "Your order"),
// ends it; so does a year before 2010.
//
// senderAddress passes an address whose sentence names the sender's place:
// our/nuestra… and within three words an office, branch, store, tienda,
// oficina or sucursal; "the <Name> office/branch/store"; "pickup at";
// or a capitalised name ending in a shop category word (Optical, Dental,
// Office, Baby, Hearing, Staffing…) right before it through "·" or ",".
// A reader's word in the sentence (your, su, tu, ship, deliver, home,
// client, dirección, domicilio…), any care word in the notice, or a
// name cue ends it.

var (
	sdSenderNouns = wordSetTab("sale sales event evento eventos race carrera 5k 10k bbq parrillada " +
		"class clase clases workshop taller offer oferta ofertas promo promocion code codigo statement statements estado invoice factura " +
		"payment pago pagos backordered backorder policy politica w w2 1099 shipment opening opens abre inaugura " +
		"store stores tienda tiendas office oficina branch sucursal descuento off paperless reimbursement mileage stock tasting degustacion " +
		"collection coleccion copies monto saldo limite early access members " +
		// DATES2 (dev43d): the sender's Spanish events, campaigns, sales,
		// closures, outages, job posts and staff news, and English
		// foundation events
		sdSenderNounsEs)
	sdSenderNounsEs = "gala galas cena feria ferias expo campana campanas bicicleteada caminata maraton webinar charla " +
		"cine posada show trunk brindis fiesta fiestas patrias navidad navidena navideno inauguracion inauguramos muestra " +
		"aniversario celebramos concierto festival kermes colecta rifa sorteo venta ventas black friday cyberday cyber hot " +
		"envoltura regalo regalos despacho despachos envio envios inventario remodelacion festivo feriado " +
		"abrimos abrira abriremos cerramos cerrada cerrado cerrados cerradas cierra cierre cerrara horario horarios " +
		"sede sedes showroom local mantenimiento servicio app plataforma sitio " +
		"postulate postulacion postulaciones postula becarios becas beca empleo empleos vacante vacantes contratamos buscamos convocatoria " +
		"inscripcion inscripciones inscribete voluntarios voluntariado bienvenida gerente director directora jubila " +
		"donante donantes donacion donaciones iguala igualara facturacion " +
		"gift gifts giving match matched matching donor donors ceremony lighting golf shotgun tee tournament gala " +
		"shop volunteer volunteers foundation usps label drop " +
		"acompanenos acompananos gratuita gratuito gratis cupos asesoria consultorio traslada trasladamos muda mudamos " +
		"ups fedex dhl delivery shipped ships orientacion orientation voluntario marathon team vigor terminos " +
		"recibo cargado cargados renovo membresia hiring apply careers goodbye discontinued discontinuing " +
		// ADDR44 (dev44): the sender's sites moving ("CareFleet's Midwest warehouse moves to … on Nov 3")
		"warehouse warehouses fulfillment showroom"
	sdDeadline = wordSetTab("through thru until til hasta by from ends termina vence limite before antes desde partir solo")
	sdGoods    = wordSetTab("w w2 1099 tax statement statements estado order orders pedido pedidos invoice factura account cuenta " +
		"copies copy form forms package paquete badge portal lista store tienda tiendas sucursal oficina office branch " +
		// DATES2: the reader's cart, gift or volunteering, the return label
		"carrito regalo regalos compra compras voluntariado label aniversario cv " +
		"tribute foursome plan pago pagos membresia recibo")
	// sdInvite: a reader's word right before an invitation verb ("te
	// esperamos en la Feria", "les invitamos al brindis") is the sender's
	// greeting; a care word in the notice still ends it ("Le esperamos
	// … para su consulta")
	hEntrega    = hstr("entrega")
	sdRangeJoin = wordSetTab("y al a e and to")
	// the venue of the sender's event ("Feria de empleo el 9 de diciembre,
	// 9–14 h, Av. Constitución 400")
	sdEventNouns = wordSetTab("feria gala carrera evento eventos event fair caminata job bicicleteada posada brindis webinar taller " +
		"inauguracion expo festival concierto colecta campana")
	sdInvite = wordSetTab("esperamos invitamos invita desea deseamos invited")
	// a weekday between the deadline word and the day ("A partir del lunes 7
	// de abril")
	sdWeekdays = wordSetTab("lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday friday saturday sunday")
	// a street's name before its type ("1800 Hospital Dr") is no care word
	sdStreetWords = wordSetTab("dr st ave rd blvd way ln pkwy av avenue street road drive")
	sdCare        = wordSetTab("appointment appointments appt visit visits cleaning limpieza exam examen consulta cita citas surgery cirugia " +
		"shift shifts home casa hogar client cliente patient paciente born birth birthday " +
		"cumpleanos nacimiento admitted seen see fitted fitting hearing test prueba results resultados prescription receta refill " +
		"treatment tratamiento therapy terapia nurse enfermera doctor dentist dentista extraction extraccion root canal checkup " +
		"chemotherapy disability leave baby's son daughter hijo hija")
	// dev43r (helper RED2): words that hold a day for one reader — a
	// booking, an expected arrival, a household, a service rendered
	// ("Our office has reserved March 3 at 9:40 AM for your account",
	// "Nuestra oficina lo espera el 3 de marzo") are care words too
	sdHeld = wordSetTab("reserved reservo reservado reservada booked blocked calendar slot expect expects expecting espera " +
		"presentarse presentese household rendered prestados eat comer " +
		// RED (dev53r): a statement's or invoice's services and transports
		// are the reader's ("Statement for services on Nov 9", "Invoice for
		// the Nov 9 ambulance transport", "Factura por el traslado del 3 de
		// octubre")
		"services servicios transport transporte traslado ambulance ambulancia")
	// a verb that sends something to the address ("Our office will mail
	// the kit to 14 Elm St"): the address is the destination, the reader's
	sdSendVerbs = wordSetTab("mail mailed mails send sends sent ship courier couriered bring brings drop drops deliver delivers " +
		"envio enviamos enviaremos enviara mando mandamos mandaremos lleva llevamos")
	// an apartment or household line in the address: a residence
	sdAptWords   = wordSetTab("apt apartment depto departamento dpto apto")
	sdReaderAddr = wordSetTab("household family familia you your yours su sus tu tus ship shipping deliver delivered delivery entrega entregaremos enviar home casa client cliente patient paciente lives live vive direccion domicilio residence mailing")
	sdPlaceNouns = wordSetTab("office oficina oficinas branch sucursal sucursales store stores tienda tiendas location locations showroom warehouse " +
		"sede sedes clinica clinicas consultorio local farmacia farmacias optica")
	sdShopHeads = wordSetTab("optical optics dental hearing baby staffing fuel office group inc llc co store shop tienda optica " +
		"farmacia farmacias clinica clinicas pharmacy pharmacies direct billing supply supplies distribution")
	// DATES2: the sender moving or opening ("La sede Laureles se muda a la
	// Cra. 70 #44-25", "¡Nos mudamos! Desde el 2 de febrero estamos en …",
	// "We've moved! … find Alder & Pine Compounding Pharmacy at …")
	sdMoveWords = wordSetTab("moved moving relocated relocating relocates mudo muda mudamos mudara traslada trasladamos trasladara " +
		"abrimos abre inaugura reopens opens open")
	// the sender as the subject: a first-person plural or the sender's place
	sdWeWords = wordSetTab("we were weve nos estamos atenderemos abrimos mudamos trasladamos our nuestra nuestro retiro local " +
		"sede clinica clinicas consultorio tienda sucursal store office pharmacy farmacia")
	sdMovedVerbs  = wordSetTab("moved moving relocated mudo muda cambio traslado")
	sdPickupWords = wordSetTab("pickup pick recoger recogida")
	// a home-care visit: the address is the client's, whoever the
	// sentence names ("our caregiver starts at 3921 N Camino Seco")
	sdHomeCare = wordSetTab("caregiver caregivers caregivers cuidadora cuidador cuidadoras cuidadores shift shifts turno aide aides")
)

// sdCareInNotice: a care word or a date person cue anywhere in the notice.
func (s *scanner) sdCareInNoticeScan() bool {
	for m := range s.toks {
		if m+1 < len(s.toks) && s.toks[m].low == "visit" && s.toks[m+1].low == "us" {
			continue // "Visit us at the new space"
		}
		if s.fdScanTag(m) {
			continue // "scan your key tag at the desk" (facilitydate.go)
		}
		if s.toks[m].low == "dos" && s.toks[m].cls&tUpper == 0 {
			continue // the Spanish "two", not a date of service
		}
		if m > 0 && m+1 < len(s.toks) && s.toks[m-1].cls&tDigit != 0 && sdStreetWords.get(s.toks[m+1].h) && s.sdCapital(m) {
			continue // "1800 Hospital Dr": a street's name
		}
		if s.sdCareTok(m) && !s.sdNamePart(m) && !s.sdTradeUse(m) {
			return true
		}
		if m >= 2 && s.toks[m].low == "service" && (s.toks[m-1].low == "of" && s.toks[m-2].low == "date" || s.toks[m-1].low == "de" && s.toks[m-2].low == "fecha") {
			return true // "date of service Oct 3" (RED, dev53r)
		}
		if m >= 2 && s.toks[m].low == "servicio" && s.toks[m-1].low == "de" && s.toks[m-2].low == "fecha" {
			return true // "fecha de servicio"
		}
		if s.namedFamily(m) { // "Caminata de la familia Ruiz el 3 de junio" (publicdate.go; RED5, dev49d)
			return true
		}
	}
	return false
}

// sdNamePart: token m is a capitalised word inside a shop's or brand's
// name ("BrightPath Home Care Staffing", "Transparent Labs"): the word
// before it is capitalised, no stop word, and neither a reader's word nor
// a care word itself ("Your Hearing Test", "The MRI" stay care); an
// all-capital word is never a name part here.
func (s *scanner) sdNamePart(m int) bool {
	if m >= 1 && !s.toks[m].sent && s.sdCapital(m) && s.toks[m].cls&tUpper == 0 && s.sdAmpName(m) {
		return true // "Stitch & Shift"
	}
	if m < 1 || s.toks[m].sent || !s.sdCapital(m) || !s.sdCapital(m-1) || s.gap(m) != " " {
		return false
	}
	if s.toks[m].cls&tUpper != 0 || s.fl(m-1)&wStop != 0 {
		return false // "The MRI at our Summit clinic"
	}
	p := s.toks[m-1].h
	return !recipientWords.get(p) && !sdCare.get(p) && s.fl(m-1)&wDatePerson == 0 && !loyaltyCareEvent.get(p)
}

// sdCapital: token m is a word written with a capital first letter
// ("Home", "BrightPath").
func (s *scanner) sdCapital(m int) bool {
	r := s.rawTok(m)
	return s.toks[m].cls&tAlpha != 0 && len(r) >= 2 && r[0] >= 'A' && r[0] <= 'Z'
}

// sdPersonIsName: every date person cue in date()'s window around i..j is
// a word of a shop's name (sdNamePart).
func (s *scanner) sdPersonIsName(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.fl(k)&wDatePerson != 0 && !s.sdNamePart(k) && !s.sdTradeUse(k) {
			return false
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.toks[k].sent {
			break
		}
		if s.fl(k)&wDatePerson != 0 && !s.sdNamePart(k) && !s.sdTradeUse(k) {
			return false
		}
	}
	return true
}

// sdJSONSiteKeys: the second word of a JSON key naming the sender's lab
// ("lab_site", "lab_location", "lab_id").
var sdJSONSiteKeys = wordSetTab("site location id city name code")

// sdTradeUse: care word m is used as a word of the sender's trade, not of
// the reader's care (helper DATES5, dev47d, from dev33–dev45's flagged
// notices):
//
//	"… el nuevo tomógrafo para el hospital. La inauguración será el 15 de
//	diciembre": a hospital named as an institution, in a notice with no
//	reader's word at all (you, your, su, tu…);
//	"Come see the new clog wall", "See the new office": "see" after
//	"come" or before the, our, what or more;
//	"Order #AP-598679 left our lab on Sep 3": "our lab" / "nuestro
//	laboratorio" right after left, salió, or shipped/salió from/de;
//	"atención al cliente", "servicio al cliente": customer service;
//	"cashiers and shift leads": a job title;
//	{"lab_site": "Austin"}: a JSON key naming the sender's lab (words.go
//	then lets a JSON system time like "received_at" pass, jsontime.go).
//
// "See you on March 3", "your sample at our lab", "Su ingreso al hospital",
// "the client's home visits", "your caregiver's shift" stay care.
func (s *scanner) sdTradeUse(m int) bool {
	low := s.toks[m].low
	prev := func(k int) string {
		if k < 0 || s.toks[k+1].sent {
			return ""
		}
		return s.toks[k].low
	}
	next := ""
	if m+1 < len(s.toks) && !s.toks[m+1].sent {
		next = s.toks[m+1].low
	}
	switch low {
	case "hospital", "hospitales":
		for k := range s.toks {
			if recipientWords.get(s.toks[k].h) {
				return false
			}
		}
		return true
	case "see":
		return next != "you" && next != "your" && (prev(m-1) == "come" || next == "the" || next == "our" || next == "what" || next == "whats" || next == "more" || next == "it")
	case "lab", "laboratorio":
		if m+1 < len(s.toks) && s.gap(m+1) == "_" && sdJSONSiteKeys.get(s.toks[m+1].h) {
			return true // a JSON key naming the sender's site: "lab_site": "Austin"
		}
		if s.ownSiteChange(m) {
			return true // "The lab closes Feb 28" (owncareword.go)
		}
		if p := prev(m - 1); p != "our" && p != "nuestro" {
			return false
		}
		p2 := prev(m - 2)
		return p2 == "left" || p2 == "salio" || (p2 == "from" || p2 == "de") && (prev(m-3) == "shipped" || prev(m-3) == "ships" || prev(m-3) == "salio")
	case "cliente", "clientes", "client", "clients":
		if h := s.pd117GreetHead(); h >= 0 && m <= h {
			return true // the greeting's generic addressee: "Estimado cliente:" (policy117.go)
		}
		p, p2 := prev(m-1), prev(m-2)
		return (p == "al" || p == "a") && (p2 == "atencion" || p2 == "servicio")
	case "test", "tests":
		return next == "drive" || next == "drives" || next == "ride" || next == "rides" // "free test drives of every scooter model" (listingaddr.go)
	case "shift", "shifts":
		return next == "leads" || next == "lead" || next == "supervisor" || next == "supervisors" || next == "manager" || next == "managers"
	}
	return s.ownCareWordUse(m) // owncareword.go
}

// sdReaderOK: every reader's word of the notice ("thank you" excepted) is
// followed within four words by a goods noun.
func (s *scanner) sdReaderOK() bool {
	for m := range s.toks {
		if !recipientWords.get(s.toks[m].h) || s.toks[m].low == "you" && m > 0 && (s.toks[m-1].low == "thank" || s.toks[m-1].low == "thanks") {
			continue
		}
		ok := m+1 < len(s.toks) && sdInvite.get(s.toks[m+1].h) ||
			m+2 < len(s.toks) && (s.toks[m+1].low == "re" || s.toks[m+1].low == "are") && sdInvite.get(s.toks[m+2].h) // "You're invited to the Starlight Gala"
		for k := m + 1; k < len(s.toks) && k <= m+4 && !s.toks[k].sent; k++ {
			if sdGoods.get(s.toks[k].h) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// senderDate: the date at tokens i..j (year y, 0 when not written) is the
// sender's (see the file comment).
func (s *scanner) senderDate(i, j, y int) bool {
	if y > 0 && y < loyaltyFirstYear {
		return false
	}
	if s.sdCareInNotice() {
		return false // the last test below, asked first: once per token list (caremo.go)
	}
	lo, hi := s.sentSpan(i)
	frame := false
	for m := lo; m < hi; m++ {
		if (m < i || m > j) && sdSenderNouns.get(s.toks[m].h) {
			frame = true
			break
		}
	}
	frame = frame || s.sdSenderMove(lo, hi) || s.ownSiteChangeIn(lo, hi) // owncareword.go; "Our Elm Street pharmacy is moving to … on May 1" (sendermove.go)
	if !frame {
		dl := false
		// "Solo 28 y 29 de noviembre", "del 12 al 25": step back over the
		// list's or range's first day
		for i > lo+1 && s.toks[i-1].cls&tDigit == 0 && sdRangeJoin.get(s.toks[i-1].h) && s.toks[i-2].cls&tDigit != 0 && s.toks[i-2].nd <= 2 {
			i -= 2
		}
		if i > lo && sdWeekdays.get(s.toks[i-1].h) {
			i--
		}
		for m := i - 1; m >= lo && m >= i-2; m-- {
			if sdDeadline.get(s.toks[m].h) {
				dl = true
			}
		}
		if dl {
			for m := range s.toks {
				if (m < lo || m >= hi) && sdSenderNouns.get(s.toks[m].h) {
					frame = true
					break
				}
			}
		}
	}
	return frame && !s.sdCareInNotice() && !s.serviceDate(i, j) && s.sdReaderOK() && !s.sdArrival() && !s.sdOddClock(lo, hi)
}

// sdOddClock: the sentence lo..hi holds a clock time whose minutes are
// neither :00 nor :30 ("March 3 at 9:40 AM"): a booked slot, not a shop's
// or an event's hour (dev43r, helper RED2).
func (s *scanner) sdOddClock(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	txt := s.t.s[s.toks[lo].s:s.toks[hi-1].e]
	for k := 1; k+2 < len(txt)+0 && k+2 <= len(txt)-1; k++ {
		if txt[k] != ':' || txt[k-1] < '0' || txt[k-1] > '9' || txt[k+1] < '0' || txt[k+1] > '5' || txt[k+2] < '0' || txt[k+2] > '9' {
			continue
		}
		if k+3 < len(txt) && txt[k+3] >= '0' && txt[k+3] <= '9' {
			continue
		}
		if mm := txt[k+1 : k+3]; mm != "00" && mm != "30" {
			return true
		}
	}
	return false
}

// sdArrivalScan (sdArrival, once per token list: arrivememo.go): an arrival instruction anywhere in the notice ("so arrive
// early", "llegue", "fasting": redcuts.go's redArrive) makes a date the
// reader's visit, whatever the sender's nouns around it (dev40r-leak-082,
// "March 3 at 10:40 AM — our clinic closes at noon that day, so arrive
// early", passed after the merge of the two branches).
//
// "Check your foursome at …", "check out our sale" are no check-in
// (dev38-clean-173; helper DATES5): "check" before your, our, the or out.
func (s *scanner) sdArrivalScan() bool {
	for k := range s.toks {
		if s.sdArrivalAt(k) {
			return true
		}
	}
	return false
}

// sdArrivalAt: token k is an arrival word of sdArrival.
func (s *scanner) sdArrivalAt(k int) bool {
	if s.toks[k].low == "check" && k+1 < len(s.toks) && !s.toks[k+1].sent {
		switch s.toks[k+1].low {
		case "your", "our", "the", "out":
			return false
		}
	}
	return redArrive.get(s.toks[k].h)
}

// senderAddress: the address at tokens i..j is the sender's place (see the
// file comment).
func (s *scanner) senderAddress(i, j int) bool {
	if s.sdCareInNotice() {
		return false // asked again below; first, as it is once per token list (caremo.go)
	}
	lo, hi := s.sdSpan(i)
	for m := lo; m < hi; m++ {
		if m >= i && m <= j {
			continue
		}
		h := s.toks[m].h
		// "your" before the sender's place may name the reader's errand
		// ("Your orientation is at our Northside office, …"); after it, or
		// within three words of the address, it is the reader's address
		if h == hEntrega && m >= 2 && s.toks[m-1].low == "de" && (s.toks[m-2].low == "puntos" || s.toks[m-2].low == "punto") {
			continue // "Puntos de entrega en Av. Montes de Oca 40": the campaign's drop-off
		}
		if sdReaderAddr.get(h) && (!recipientWords.get(h) || m > i-4 || s.sdPlaceBefore(m)) || s.fl(m)&(wNameCue|wTitle) != 0 {
			return false
		}
	}
	if s.sdCareInNotice() || s.sdSentTo(lo, i, j, hi) {
		return false
	}
	if s.bhBranchAddr(i) {
		return true // "El centro Westside (1200 Alvarado Blvd)" (branchhead.go)
	}
	tok := func(m int) string {
		if m < 0 || m >= len(s.toks) {
			return ""
		}
		return s.toks[m].low
	}
	for m := lo; m < i; m++ {
		h := s.toks[m].h
		// "our Maple Grove branch", "nuestra oficina", "the Northside office"
		low := tok(m)
		if low == "our" || low == "the" || low == "la" || low == "el" || low == "nuestra" || low == "nuestro" || low == "nuestras" || low == "nuestros" {
			for k := m + 1; k < i && k <= m+3; k++ {
				if sdPlaceNouns.get(s.toks[k].h) || low == "our" && s.toks[k].low == "address" {
					// "the Northside office", "the foundation office"; "our new address"
					if low != "the" && low != "la" && low != "el" || k > m+1 && (s.isCapWord(m+1) || sdSenderNouns.get(s.toks[m+1].h)) {
						return true
					}
				}
			}
		}
		// "ready at Store #88 (2901 Kenwood Rd)": a numbered store
		if m >= i-4 && sdPlaceNouns.get(h) && s.sdCapital(m) && m+1 < i && s.toks[m+1].cls&tDigit != 0 && strings.HasSuffix(s.gap(m+1), "#") {
			return true
		}
		// "ready for pickup at Little Harbor Baby Westlake, 1120 …"
		if p := s.sdPrevWord(i); sdPickupWords.get(h) && p > m && s.isCapWord(p) {
			return true
		}
	}
	// "Visítanos en Av. Chapultepec Sur 210", "Visit us at 1200 Pike St",
	// "Find us at …" (DATES5, dev42): the sender's invitation to its place,
	// also when the address reading began before it ("… ahora es 24 horas.
	// Visítanos en Av. …")
	for m := lo; m < j-1; m++ {
		low := tok(m)
		us := low == "visitanos" || low == "visitenos" || low == "encuentranos" || (low == "visit" || low == "find") && tok(m+1) == "us"
		if !us {
			continue
		}
		n := m + 1
		if low == "visit" || low == "find" {
			n++
		}
		if tok(n) == "en" || tok(n) == "at" {
			return true
		}
	}
	// "Lumen Optical · 88 Charles St", "… Billing Office · 410 Fairview Ave N",
	// "Farmacias Del Valle · Av. Insurgentes Sur 1602" (the shop word
	// within the last four capitalised words)
	if p := s.sdPrevWord(i); p >= 1 && s.isCapWord(p) && s.isCapWord(p-1) {
		g := s.gap(i)
		if g == " · " || g == ", " || g == " - " {
			for k := p; k >= 0 && k > p-4 && s.isCapWord(k); k-- {
				if sdShopHeads.get(s.toks[k].h) && (k < p || s.isCapWord(p-1)) {
					return true
				}
				if k < p && s.toks[k+1].sent {
					break
				}
			}
		}
	}
	elo := lo
	if lo > 0 {
		elo, _ = s.sentSpan(lo - 1) // "Job fair! Brightway Distribution Center, 5100 Logistics Dr"
	}
	for m := elo; m < hi; m++ {
		if s.sdEventNounAt(m, lo, i, j) { // eventplace.go
			return true
		}
	}
	// an HTML list item after the sender's opening ("Our Franklin office
	// opens Aug 5!</p><ul><li>610 Columbia Ave"): the sentence before the
	// item's own sentence, not the one before its block tag (DATES5)
	mlo, _ := s.sentSpan(i)
	return s.sdHasNumber(i, j) && s.sdMoved(min(lo, mlo), hi)
}

// sdHasNumber: the address at tokens i..j holds a number (a house or
// street number): "We moved to a new facility in Reno, NV." is a city,
// not the sender's door, and stays with the city rules (TestCarrierHub).
func (s *scanner) sdHasNumber(i, j int) bool {
	for m := i; m <= j && m < len(s.toks); m++ {
		if s.toks[m].cls&tDigit != 0 {
			return true
		}
	}
	return false
}

// sdMoved: the notice says the sender moves or opens (sdMoveWords) and the
// address's sentence, or the one before it, has the sender as its subject
// (sdWeWords).
func (s *scanner) sdMoved(lo, hi int) bool {
	move := false
	for m := range s.toks {
		if sdMoveWords.get(s.toks[m].h) {
			move = true
			break
		}
	}
	if !move {
		return false
	}
	plo := lo
	if lo > 0 {
		plo, _ = s.sentSpan(lo - 1)
	}
	for m := plo; m < hi; m++ {
		if sdWeWords.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// sdSentTo: the address at i..j is where something is sent or a
// residence (dev43r, helper RED2): a send verb (mail, sent, courier,
// bring, drop, envió, mandó…) after our/we/nuestra… before it in its
// sentence while the word
// before the address (after an optional to/at/a/en) is no place noun or
// capitalised name ("Our office will mail the kit to 14 Elm St"; "Mail
// checks to our office, 2200 Lake St" keeps passing), or an apartment
// word in the address or right after it ("Apt 2", "Depto 2").
func (s *scanner) sdSentTo(lo, i, j, hi int) bool {
	if s.sdAptIn(i, j) {
		return true
	}
	// the sender is the subject: "our"/"we"/"nuestra"… before the verb
	// ("Please mail the signed form to 410 Fairview Ave" is the reader
	// sending to the sender, and passes as before)
	subj, send := false, false
	for m := lo; m < i && !send; m++ {
		switch s.toks[m].low {
		case "our", "we", "nuestra", "nuestro", "nuestras", "nuestros":
			subj = true
		}
		send = subj && sdSendVerbs.get(s.toks[m].h)
	}
	if !send && !s.passiveSendTo(lo, i) { // "was mailed today to 9 Orchard Ct" (addrpassive.go)
		return false
	}
	p := s.sdPrevWord(i)
	if p >= 0 {
		switch s.toks[p].low {
		case "to", "at", "a", "en":
			p--
		}
	}
	return p < 0 || !(sdPlaceNouns.get(s.toks[p].h) || sdDestPlace.get(s.toks[p].h) || s.isCapWord(p))
}

// sdHoursWords: the sender's hours ("Our office closes at 4:45 PM on Dec
// 24"): an odd clock time there is no booked slot.
var sdHoursWords = wordSetTab("open opens opening close closes closing closed hours reopen reopens abre abrimos cierra cerramos cerrada cerrado horario")

// sdBookedBits: one filter over sdHoursWords, sdHeld and sdPlaceNouns,
// tested before them for every token of the sentence sdBookedSlot reads
// (helper SPEED12).
var sdBookedBits = tabsFilter(sdHoursWords, sdHeld, sdPlaceNouns)

// sdDestPlace: a facility noun right before the address ("to our
// recycling center at 500 Commerce Dr"): the sender's place.
var sdDestPlace = wordSetTab("center centre facility hub depot dock department dept desk clinic lab laboratory pharmacy headquarters plant returns")

// sdPlaceBefore: an "our" or "nuestra…" comes before token m in its
// sentence (a reader's word after the sender's place).
func (s *scanner) sdPlaceBefore(m int) bool {
	for k := m - 1; k >= 0; k-- {
		switch s.toks[k].low {
		case "our", "nuestra", "nuestro", "nuestras", "nuestros":
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// homeCareAddress: the sentence of the address at token i names a
// caregiver or a shift (a home-care visit): the address is the client's,
// and neither senderAddress nor bizAddress's footer reading may pass it.
func (s *scanner) homeCareAddress(i int) bool {
	lo, hi := s.sdSpan(i)
	for m := lo; m < hi; m++ {
		// not a word of a capitalised name ("Stitch & Shift Riverside
		// store", dev40o-clean-037, after the merge)
		if sdHomeCare.get(s.toks[m].h) && !(s.toks[m].cls&tCap != 0 && (m > lo && !s.toks[m].sent && s.isCapWord(m-1) || m+1 < hi && s.isCapWord(m+1))) &&
			!(s.toks[m].cls&tCap != 0 && m > lo && s.sdAmpName(m)) { // "Stitch & Shift"
			return true
		}
	}
	return false
}

// sdTag: token m is an HTML tag's name written in a plain-text field
// ("<p>", "</b>": the gap before it ends with "<" or "</").
func (s *scanner) sdTag(m int) bool {
	g := s.gap(m)
	return len(g) > 0 && (g[len(g)-1] == '<' || len(g) > 1 && g[len(g)-2:] == "</")
}

// sdAnyTag: the text holds a "<", without which sdTag is false for every
// token; computed once per token list (sdLTState: 0 not computed, 1 no,
// 2 yes; cleared wherever s.toks is tokenized again: detect, careView,
// addContext; SPEED11).
func (s *scanner) sdAnyTag() bool {
	if s.sdLTState == 0 {
		s.sdLTState = 1
		if strings.IndexByte(s.t.s, '<') >= 0 {
			s.sdLTState = 2
		}
	}
	return s.sdLTState == 2
}

var sdBlockTags = wordSetTab("p div br li td tr th table h1 h2 h3 h4 h5 h6 ul ol")

// sdSpan: the sentence of token i, also ended by a block tag of HTML
// written in a plain-text field ("… Room B.</p><p>Bring …").
func (s *scanner) sdSpan(i int) (lo, hi int) {
	lo, hi = s.sentSpan(i)
	if !s.sdAnyTag() {
		return lo, hi // no "<" in the text: no tag (SPEED11)
	}
	for m := i - 1; m >= lo; m-- {
		if s.sdTag(m) && sdBlockTags.get(s.toks[m].h) {
			lo = m + 1
			break
		}
	}
	for m := i + 1; m < hi; m++ {
		if s.sdTag(m) && sdBlockTags.get(s.toks[m].h) {
			hi = m
			break
		}
	}
	return lo, hi
}

// sdPrevWord: the last token before i that is no HTML tag's name, or -1.
func (s *scanner) sdPrevWord(i int) int {
	for m := i - 1; m >= 0; m-- {
		if !s.sdTag(m) {
			return m
		}
	}
	return -1
}

// sdBookedSlot: the date's sentence names the sender's place (office,
// branch, store, oficina, sucursal…) and holds a booking word (sdHeld:
// reserved, booked, slot, espera, household…) or a clock time off the
// hour and half hour ("Your table is booked for March 3" names no place
// and passes as before): a day held for one reader, which no business
// calendar rule may pass (dev43r, helper RED2: "Our office has reserved
// March 3 at 9:40 AM for your account", "Nuestra sucursal reservó el 3 de
// marzo a las 9:40 para su cuenta").
func (s *scanner) sdBookedSlot(i int) bool {
	lo, hi := s.sentSpan(i)
	place, held, hours := false, false, false
	for m := lo; m < hi; m++ {
		// (one bit of sdBookedBits before the three sets, helper SPEED12)
		if h := s.toks[m].h; sdBookedBits.may(h) {
			hours = hours || sdHoursWords.get(h)
			// "Our Billing Services office moves …": a held word inside a
			// department's capitalised name is no booking (weakcue.go; helper CONTACT9)
			held = held || sdHeld.get(h) && !s.wkDeptName(m) && !s.serviceDept(m) && !s.opWaitRoom(m) // "Client services office" (closeddept.go); "salas de espera" (senderops.go)
			place = place || sdPlaceNouns.get(h)
		}
		// "Report to our Lakeview office on March 3"
		held = held || s.toks[m].low == "report" && m+1 < hi && s.toks[m+1].low == "to"
	}
	return place && (held || !hours && s.sdOddClock(lo, hi))
}

// sentToAddress: the address at i..j is where the sender sends something,
// or a residence (sdSentTo); bizAddress may not pass it.
func (s *scanner) sentToAddress(i, j int) bool {
	lo, hi := s.sdSpan(i)
	return s.sdSentTo(lo, i, j, hi)
}

// sdAptIn: an apartment word (Apt, Apartment, Depto…) in the address at
// i..j or in the three tokens after it, within its sentence: a residence
// (dev43r, helper RED2; also vetoes officemove.go's moved office).
func (s *scanner) sdAptIn(i, j int) bool {
	_, hi := s.sentSpan(i)
	for m := i; m < hi && m <= j+3; m++ {
		if sdAptWords.get(s.toks[m].h) {
			return true
		}
	}
	return false
}

// sdAmpName: token m follows "&" after a capitalised word ("Stitch &
// Shift"), a word of a shop's name.
func (s *scanner) sdAmpName(m int) bool {
	if s.gap(m) == " & " {
		return s.isCapWord(m - 1)
	}
	return m >= 2 && s.toks[m-1].low == "&" && s.isCapWord(m-2)
}
