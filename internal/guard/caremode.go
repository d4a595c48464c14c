package guard

// careModes are Spanish words for the way care is delivered, not for what
// it treats (helper ES, dev30: "consultas de telemedicina para toda la
// familia"): the operator's medical dictionary lists telemedicine, so
// dictionary.cognate read "telemedicina" as a drug-like Spanish spelling
// of it, and a drug is never dropped from an announcement. Like "consulta"
// or "cita" they say that someone sees a clinician, not why; a notice that
// names a specialist, a test or a condition beside them is reported for
// that word ("Su consulta de telemedicina con el endocrinólogo"). Written
// for sealpost from general knowledge of Spanish health-service wording.
var careModes = wordSetTab("telemedicina telesalud teleconsulta teleconsultas teleasistencia")
