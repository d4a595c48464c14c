package web

// The staff reply page's text (replies_staff.go, templates/staff_reply.html),
// merged into the catalogs at start like catalog_staff.go. Same rules as
// catalog_en.go.

var repliesCatalogEN = map[string]string{
	"staffReply.title":          "Patient reply",
	"staffReply.heading":        "Reply from a patient",
	"staffReply.received":       "Received",
	"staffReply.conversation":   "Conversation",
	"staffReply.fromPatient":    "Patient",
	"staffReply.toPatient":      "Sent to the patient",
	"staffReply.thisReply":      "this reply",
	"staffReply.entryRemoved":   "Content removed.",
	"staffReply.answerHeading":  "Answer the patient",
	"staffReply.answerLabel":    "Your answer",
	"staffReply.answerHint":     "The patient gets a notice without any content and reads your answer after signing in. It appears in the same conversation.",
	"staffReply.send":           "Send answer",
	"staffReply.sent":           "Your answer was sent to the patient.",
	"staffReply.answeredBy":     "Answered by %s",
	"staffReply.error.empty":    "Write your answer before you send it.",
	"staffReply.error.long":     "Your answer is too long. Send it in two parts.",
	"staffReply.error.answered": "Someone already answered this reply. The patient can reply to that answer.",
	"staffReply.removed.title":  "This reply was removed",
	"staffReply.removed.line":   "Your pool's policy removes a reply's content a set time after it is first read, and in any case after a maximum age.",
	// The patient's reply form (replyattachments.go).
	"reply.fileLabel":  "Add a file (optional)",
	"reply.fileHint":   "A photo or document, for example. It is stored encrypted and only the team can open it.",
	"reply.fileFailed": "Your reply was sent, but the file could not be added: it may be too large or not readable. You can send another reply with the file.",
}

var repliesCatalogES = map[string]string{
	"staffReply.title":          "Respuesta de paciente",
	"staffReply.heading":        "Respuesta de un paciente",
	"staffReply.received":       "Recibida",
	"staffReply.conversation":   "Conversación",
	"staffReply.fromPatient":    "Paciente",
	"staffReply.toPatient":      "Enviado al paciente",
	"staffReply.thisReply":      "esta respuesta",
	"staffReply.entryRemoved":   "Contenido eliminado.",
	"staffReply.answerHeading":  "Responder al paciente",
	"staffReply.answerLabel":    "Su respuesta",
	"staffReply.answerHint":     "El paciente recibe un aviso sin contenido y lee su respuesta después de iniciar sesión. Aparece en la misma conversación.",
	"staffReply.send":           "Enviar respuesta",
	"staffReply.sent":           "Su respuesta se envió al paciente.",
	"staffReply.answeredBy":     "Respondida por %s",
	"staffReply.error.empty":    "Escriba su respuesta antes de enviarla.",
	"staffReply.error.long":     "Su respuesta es demasiado larga. Envíela en dos partes.",
	"staffReply.error.answered": "Otra persona ya respondió. El paciente puede contestar a esa respuesta.",
	"staffReply.removed.title":  "Esta respuesta fue eliminada",
	"staffReply.removed.line":   "La política de su grupo elimina el contenido de una respuesta un tiempo fijo después de la primera lectura, y en todo caso tras una antigüedad máxima.",
	"reply.fileLabel":           "Añadir un archivo (opcional)",
	"reply.fileHint":            "Por ejemplo, una foto o un documento. Se guarda cifrado y solo el equipo puede abrirlo.",
	"reply.fileFailed":          "Su respuesta fue enviada, pero no se pudo añadir el archivo: puede ser demasiado grande o no legible. Puede enviar otra respuesta con el archivo.",
}

func init() {
	for k, v := range repliesCatalogEN {
		catalogEN[k] = v
	}
	for k, v := range repliesCatalogES {
		catalogES[k] = v
	}
}
