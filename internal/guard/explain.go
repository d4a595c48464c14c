package guard

import "strings"

// Fix hints: one line a template author can act on, chosen by the rule's
// family and the finding's kind. Fixed wording only, never the text.
const (
	fixApprove = "if this word is ordinary wording for your notices (a brand, product or place), approve it for this tenant: " +
		"PUT /v1/guard/terms with kind \"approved\"; if it is about the patient, leave it out and let the patient read it behind the link"
	// fixName: name-like findings (approve.go): approval clears them only
	// inside the approved phrase
	fixName = "if this is your brand, shop, product or place name, approve the whole name for this tenant as one phrase: " +
		"PUT /v1/guard/terms with kind \"approved\" (it then passes only where that phrase appears); if it is a person's name, " +
		"leave it out or use the template's own wording, and let the patient read it behind the link"
	fixClinical = "clinical content stays behind the link: reword generically (\"your order\", \"a new message\") or leave it out; " +
		"a tenant term cannot approve a word of the built-in clinical vocabularies"
	fixIdentifier = "leave the value out of the notice, or use a typed variable of the category (order number, amount, shipping date) " +
		"whose values the guard checks when rendered"
	// fixOwnContact: phones, addresses and email addresses, which a
	// tenant term of kind "sender" can clear exactly (senderterm_test.go)
	fixOwnContact = "if this is your own phone number, address or email address, written the same in your notices, add it for this tenant: " +
		"PUT /v1/guard/terms with kind \"sender\" (then exactly that value passes); if it is the patient's, leave it out and let the patient read it behind the link"
	fixContext = "this repeats the recipient's identity or the message's sealed text: leave it out; the patient reads it behind the link"
	fixModel   = "the wording reads as news of the reader's own health: say only that a message is waiting and let the patient read the rest behind the link; " +
		"if it is an announcement for everyone, say so plainly (\"for all our patients\", \"open to everyone\")"
	fixTenant     = "this matches one of your tenant's guard terms (GET /v1/guard/terms): reword, or change the term list"
	fixURL        = "link only to the tenant's link base (the {{link}} variable) or a prefix given in allow_urls"
	fixObfusc     = "write the text in plain letters: disguised characters are blocked"
	fixSize       = "shorten the text or split it into fewer fields: what was not checked is not sent"
	fixDictionary = "if this word is ordinary wording for your notices (a brand, product or place), approve it for this tenant: " +
		"PUT /v1/guard/terms with kind \"approved\"; if it names the patient's medication or condition, leave it out or use a typed " +
		"variable of the category (order number, amount, shipping date), and let the patient read it behind the link"
	fixAssoc = "marketing must not reveal health information by association: reword without the product class or condition"
)

func fixFor(k Kind, rule string) string {
	switch {
	case strings.HasPrefix(rule, "frame."):
		if rule == "frame.misspelling" || rule == "frame.morphology" {
			return fixApprove + "; it looks like a misspelt or unlisted " + string(k) + " name"
		}
		return fixApprove
	case strings.HasPrefix(rule, "dictionary."):
		return fixDictionary
	case rule == "compose.dose": // the frame detector's word in no vocabulary, before a dose
		return fixDictionary
	case rule == "model.notice":
		return fixModel
	case strings.HasPrefix(rule, "context."):
		return fixContext
	case rule == "term.tenant":
		return fixTenant
	case k == KindName && approvable(k, rule):
		return fixName
	}
	switch k {
	case KindCondition, KindMedication, KindLabTest, KindProcedure, KindCode:
		return fixClinical
	case KindAssociation:
		return fixAssoc
	case KindURL:
		return fixURL
	case KindObfuscation:
		return fixObfusc
	case KindOversize:
		return fixSize
	case KindContext:
		return fixContext
	case KindPhone, KindAddress, KindEmail, KindZIP:
		return fixOwnContact
	}
	return fixIdentifier
}

// Explain is a finding's one-line reason with the text it points at quoted:
// "'Zorvaldo' is not ordinary vocabulary and comes before 'refill'". text is
// the field exactly as checked. The answer contains that text, so it is for
// the sender of the text only (the API's check answer), never for logs,
// metrics, audit events or stored rows.
func Explain(f Finding, text string) string {
	q := excerpt(text, f.Start, f.End)
	if q == "" {
		q = "This field"
	} else {
		q = "'" + q + "'"
	}
	if predicate(f.Reason) {
		return q + " " + f.Reason
	}
	return q + ": " + f.Reason
}

// predicate: the reason reads as a verb phrase ("looks like …") rather than a
// noun phrase ("post office box").
func predicate(r string) bool {
	v, _, _ := strings.Cut(r, " ")
	switch v {
	case "is", "are", "looks", "names", "matches", "repeats", "follows", "comes", "ends":
		return true
	}
	return false
}

// excerpt returns text[a:b] with runs of white space collapsed, cut to 60
// bytes on a character boundary (with "…").
func excerpt(text string, a, b int) string {
	if a < 0 || b > len(text) || a >= b {
		return ""
	}
	s := strings.Join(strings.Fields(strings.ToValidUTF8(text[a:b], "\uFFFD")), " ")
	if len(s) > 60 {
		cut := 60
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
