package guard

// telemode.go: a remote service mode written as one tele- compound (issue
// 15, twentieth pass, dev106's fam fpB, fix helper fpb, probe set dev106w).
//
// "Due to the snowstorm, all … clinics are closed today. Teletherapy
// sessions will run as scheduled." was blocked: frame.morphology read
// "teletherapy" as a word ending in -therapy, and with the operator's
// medical dictionary dictionary.term read it too. Like caremode.go's
// "telemedicina", tele- + a service noun (therapy, rehab, health,
// dentistry, counseling, psychiatry, terapia, rehabilitación, odontología…)
// says how care is delivered, not what it treats.
//
// teleMode(i) holds for such a compound (one token, "tele" and a word of
// teleServices) only when its sentence holds no reader's word (you, your,
// su, tu… of recipientwords.go): "Teletherapy sessions will run as
// scheduled" passes, "Your teletherapy session for stuttering is tomorrow"
// is read as before (fail closed: the reader's own care mode stays with
// the older rules), and a condition, drug or specialist named beside it is
// reported for its own word in any case.
// Tests `TestTeleMode`.

// teleServices: service nouns that follow "tele" in one word
var teleServices = wordSetTab("therapy therapies rehab rehabilitation health healthcare dentistry dental medicine " +
	"psychiatry psychology counseling counselling audiology pharmacy nursing consult consults consultation consultations " +
	"visit visits care speech terapia terapias rehabilitacion odontologia psicologia psiquiatria farmacia medicina salud " +
	"consulta consultas asistencia fonoaudiologia logopedia enfermeria orientacion")

// teleMode: token i is a tele- compound of a service mode in a sentence
// with no reader's word (see the file comment).
func (s *scanner) teleMode(i int) bool {
	low := s.toks[i].low
	if len(low) < 8 || low[:4] != "tele" || !teleServices.get(hstr(foldAccents(low[4:]))) {
		return false
	}
	return !s.sentenceHas(i, &recipientWords)
}
