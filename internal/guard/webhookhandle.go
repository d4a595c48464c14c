package guard

// webhookhandle.go: a person's handle in a webhook's user, account,
// member or patient field (issue 15, nineteenth pass, fix helper hook19,
// dev102w, 2026-12-06).
//
// A webhook payload is JSON text the tenant's own systems receive; its
// user field names the person the event is about. username.go reads a
// handle after a user-name cue (user_id, username, login, handle,
// usuario) and orthoops.go's ooOpaqueUserID passes a platform's opaque id
// there; a handle under any other person key ("account_id", "member_id",
// "patient_id", "accountId", "cuenta", "id_paciente", "subscriber",
// "participant", "screen_name"), or one written as a concatenation
// ("rosamendez62", "ewatson92"), was never reported, nor a handle built
// from a condition and a patient word ("diab_pac07", "hepc_pt3").
//
// scanWebhookHandle (gated: the field is a JSON object, '{' first, whose
// lower case holds a person key's stem, whhKeyStems) walks the payload's
// strings once, keeping the key of each enclosing object and array, and
// reads every short string value under a person key (whhPersonKey: a
// key whose words are a person word, whhPersonWord, and id words,
// whhKeyWord; a generic id key, "id"/"handle"/"username", inside a person
// key's object: "user":{"id":…}). The value, letters, digits and "_" "."
// "-" only, is cut into parts at the separators and at camel case and
// digit boundaries, and reported when
//
//   - username.webhook (name): it spells a person: a listed given name
//     and a listed family name in two parts ("ana-garcia", "watson.emily",
//     "DanielaReyes"), or run together in one ("rosamendez62"), or an
//     initial run into a family name ("ewatson92", "jperez85"), or a
//     listed name that is no common word beside an initial, a year-like
//     number (two digits, or 1920-2015) or a word in no dictionary
//     ("lopez_m1990", "maria1990", "walt.kowalski"), or two such names
//     ("garcia_lopez");
//   - username.webhook_care (the term's kind, condition by default): a
//     part is a condition, drug or lab term of the clinical lists (one
//     word) or a short clinical abbreviation (whhCareAbbr: diab, hepc,
//     t1d, ckd…), and another part a patient word (whhPatientWord: pt,
//     pat, patient, pos, pac, paciente…): "hiv_pos01", "ckd4_pat",
//     "copdPatient12", "paciente_epoc_3".
//
// Not reported: opaque ids (a part with a letter after a digit:
// "usr_3a99c2", "u_8f2k1", uuids, hex, base32/62 tokens), a part that
// names a service (whhSystemWord: svc, bot, cron, api, portal, kiosk…),
// values with spaces, "@", "/" or ":" (e-mails, links, names written out:
// other rules), keys with any other word ("account_type", "user_agent",
// "member_status", "tipo_paciente"), one listed name alone ("jenkins_ci",
// "austin"), ambiguous names only ("grant_hill": both common words), a
// patient word without a condition ("pt_scheduler"). Both rules are tied
// to the reader (readertied.go): a handle is the person's identity.
//
// Accepted risk: a system account spelled like a person ("maria_lopez"
// as a test user) is reported; a handle of a given name alone, or of
// unlisted names, is not.

var (
	// whhKeyStems: the gate's byte searches in the field's lower case
	whhKeyStems = [...]string{"user", "account", "acct", "handle", "login", "member", "patient", "usuario", "paciente", "cuenta",
		"client", "subscriber", "participant", "respondent", "screen", "nick", "alias", "miembro", "afiliado", "customer", "person", "guest",
		// red20, dev104x: the person keys of whhPersonWord's last line
		"benefici", "socio", "socia", "usuari", "titular", "asegurad", "attendee", "requester", "requestor", "caller", "guardian",
		"dependent", "dependient", "insured", "enrollee", "policyholder"}
	// whhPersonWord: a key word naming a person or a person's account
	whhPersonWord = wordSetTab("user users username usernames userid userids usuario usuarios account accounts acct cuenta cuentas " +
		"handle handles login logins nickname nick alias member members miembro miembros afiliado afiliada patient patients paciente pacientes " +
		"client clients cliente clientes customer customers subscriber subscribers suscriptor participant participants participante " +
		"respondent respondents person persona guest guests huesped owner author sender recipient assignee screen display " +
		// red20, dev104x: a plan's, a club's, a class's or a call's person
		// ({"beneficiary_id":"ana-garcia"}, {"socio_id":"jose_perez85"},
		// {"attendee":"ewatson92"}, {"guardian":"DanielaReyes"})
		"beneficiary beneficiaries beneficiario beneficiaria beneficiarios socio socia socios socias usuaria usuarias " +
		"titular titulares asegurado asegurada asegurados attendee attendees requester requestor caller callers guardian guardians " +
		"dependent dependents dependiente dependientes insured enrollee enrollees policyholder")
	// whhKeyWord: the other words a person key may hold ("user_id",
	// "id_paciente", "member_handle", "login_name", "screen_name")
	whhKeyWord = wordSetTab("id ids uid ref key name nombre handle login slug de del ext external public primary " +
		"uname number num no nro numero") // red20, dev104x: "patient_uname", "member_number"
	// whhIDKey: a generic id key, a person's inside a person key's object
	whhIDKey = wordSetTab("id uid handle username login nick nickname alias slug usuario")
	// whhSystemWord: a part naming a service or a system account
	whhSystemWord = wordSetTab("svc service services bot bots cron job jobs api app apps web portal system sys admin root daemon worker " +
		"sync gateway integration scheduler kiosk lobby desk frontdesk reception test tests qa demo sandbox staging prod dev noreply " +
		"no reply support billing ops devops ci cd deploy build batch import export webhook hook hooks robot automation service_account")
	// whhPatientWord: a part naming the person as a patient, or a result
	whhPatientWord = wordSetTab("pt pts pat pats patient patients pac pacs paciente pacientes pte ptes pos neg positive negative positivo positiva")
	// whhCareAbbr: short clinical abbreviations a handle uses beside a
	// patient word that the clinical lists spell out
	whhCareAbbr = wordSetTab("diab dm dm1 dm2 t1d t2d t1dm t2dm iddm niddm hepc hepb hcv hbv hiv vih aids sida copd epoc chf ckd esrd " +
		"erc irc ptsd oud aud sud mdd gad bpd ocd adhd tdah asd tea ibd uc crohn crohns ms ela als cf sca scd tb onc cancer ca bc pca " +
		"preg pregnant embarazada ivf fiv dialysis dialisis hemo transplant trasplante bipolar schizo depres dep anx autism autismo")
)

// scanWebhookHandle: a person's handle in a webhook's person field (see
// the file comment).
func (s *scanner) scanWebhookHandle() {
	if !s.whhGate() {
		return
	}
	src := s.t.s
	type frame struct {
		key   string
		array bool
	}
	var stack [16]frame
	depth := 0
	key := ""    // the key awaiting its value
	parent := "" // the key of the object being read
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '{', '[':
			if depth < len(stack) {
				k := key
				if k == "" && depth > 0 && stack[depth-1].array {
					k = stack[depth-1].key
				}
				stack[depth] = frame{k, src[i] == '['}
			}
			depth++
			key = ""
		case '}', ']':
			if depth > 0 {
				depth--
			}
			key = ""
		case ',':
			key = ""
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) {
				return
			}
			k := j + 1
			for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\n' || src[k] == '\r') {
				k++
			}
			if k < len(src) && src[k] == ':' {
				key = src[i+1 : j]
				i = k
				continue
			}
			parent = ""
			if depth > 0 && depth <= len(stack) {
				parent = stack[depth-1].key
				if key == "" && stack[depth-1].array {
					key, parent = parent, ""
				}
			}
			if key != "" && s.whhPersonKey(key, parent) {
				s.whhValue(i+1, j)
			}
			key = ""
			i = j
		}
	}
}

// whhGate: the field is a JSON object whose lower case holds a person
// key's stem.
func (s *scanner) whhGate() bool {
	src := s.t.s
	a := 0
	for a < len(src) && (src[a] == ' ' || src[a] == '\t' || src[a] == '\n' || src[a] == '\r') {
		a++
	}
	if a >= len(src) || src[a] != '{' || !hasSub(src, `":`) {
		return false
	}
	for _, k := range whhKeyStems {
		if hasSub(s.t.low, k) {
			return true
		}
	}
	return false
}

// whhWords calls f with each word of a key or value part, lower-cased:
// words end at "_", ".", "-", " " and before a capital after a small
// letter ("userId", "memberHandle"); digits stay in their word.
func whhWords(v string, f func(w string) bool) bool {
	a := 0
	for b := 0; b <= len(v); b++ {
		cut := b == len(v)
		if !cut {
			c := v[b]
			cut = c == '_' || c == '.' || c == '-' || c == ' ' || c >= 'A' && c <= 'Z' && b > a && v[b-1] >= 'a' && v[b-1] <= 'z'
		}
		if !cut {
			continue
		}
		if b > a && !f(lowerASCII(v[a:b])) {
			return false
		}
		a = b
		if b < len(v) && (v[b] == '_' || v[b] == '.' || v[b] == '-' || v[b] == ' ') {
			a = b + 1
		}
	}
	return true
}

// whhPersonKey: key names a person's id or handle: a person word and id
// words only, or a generic id key inside a person key's object.
func (s *scanner) whhPersonKey(key, parent string) bool {
	if len(key) == 0 || len(key) > 40 {
		return false
	}
	person := false
	ok := whhWords(key, func(w string) bool {
		h := hstr(w)
		switch {
		case whhPersonWord.get(h):
			person = true
		case whhKeyWord.get(h):
		default:
			return false
		}
		return true
	})
	if ok && person {
		return true
	}
	return parent != "" && whhIDKey.get(hstr(lowerASCII(key))) && s.whhPersonKey(parent, "")
}

// whhValue: the string value at bytes a..b of a person key (see the file
// comment).
func (s *scanner) whhValue(a, b int) {
	v := s.t.s[a:b]
	if len(v) < 3 || len(v) > 48 {
		return
	}
	for k := 0; k < len(v); k++ {
		c := v[k]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return
		}
	}
	if kind, ok := s.whhCare(v); ok {
		s.add(a, b, kind, "username.webhook_care", 0.85, "is a user id that names a condition or treatment beside a patient word")
		return
	}
	if s.whhName(v) {
		s.add(a, b, KindName, "username.webhook", 0.8, "is a person's user name in a webhook's user field, which identifies a person")
	}
}

// whhTrimDigits: w without its trailing digits.
func whhTrimDigits(w string) string {
	e := len(w)
	for e > 0 && w[e-1] >= '0' && w[e-1] <= '9' {
		e--
	}
	return w[:e]
}

// whhCare: a part of v is a clinical term or abbreviation and another a
// patient word; it returns the term's kind.
func (s *scanner) whhCare(v string) (Kind, bool) {
	care, pat := false, false
	kind := KindCondition
	whhWords(v, func(w string) bool {
		for _, x := range [2]string{w, whhTrimDigits(w)} {
			if len(x) < 2 {
				continue
			}
			h := hstr(x)
			if whhPatientWord.get(h) {
				pat = true
				return true
			}
			if whhCareAbbr.get(h) {
				care = true
				return true
			}
			if k, ok := s.whhClinical(h); ok {
				care, kind = true, k
				return true
			}
		}
		return true
	})
	return kind, care && pat
}

// whhClinical: h is a one-word term of the clinical lists that needs no
// health cue (not an ordinary word); its kind.
func (s *scanner) whhClinical(h uint64) (Kind, bool) {
	w := s.v.get(h)
	if w == nil {
		return "", false
	}
	for _, ph := range w.phrases {
		if ph.class == pClinical && len(ph.toks) == 1 && ph.flags&fAmbig == 0 {
			return ph.kind, true
		}
	}
	return "", false
}

// whhName: v spells a person's handle from the name lists (see the file
// comment).
func (s *scanner) whhName(v string) bool {
	var given, family, strong, initial, year, other, full bool
	strongN := 0
	opaque := false
	whhWords(v, func(w string) bool {
		// a part: letters then digits, or digits only
		k := 0
		for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
			k++
		}
		al, dg := w[:k], w[k:]
		for q := 0; q < len(dg); q++ {
			if dg[q] < '0' || dg[q] > '9' {
				opaque = true // a letter after a digit: "3a99c2"
				return false
			}
		}
		if n := len(dg); n == 2 || n == 4 && dg >= "1920" && dg <= "2015" {
			year = true
		}
		if al == "" {
			return true
		}
		h := hstr(al)
		if whhSystemWord.get(h) {
			opaque = true
			return false
		}
		if len(al) == 1 {
			initial = true
			return true
		}
		f := s.whhFlags(h)
		amb := f&(wCommon|wStop|wMonth) != 0
		if len(al) >= 3 && f&(wFirst|wLast) != 0 {
			given = given || f&wFirst != 0 && !amb
			family = family || f&wLast != 0 && !amb
			if !amb {
				strong = true
				strongN++
			}
			return true
		}
		if len(al) >= 5 && !s.g.gen.has(h) && s.whhRunTogether(al) {
			full = true
			return true
		}
		if len(al) >= 3 && f == 0 && !s.g.gen.has(h) {
			other = true
		}
		return true
	})
	if opaque {
		return false
	}
	return full || given && family || strongN >= 2 || strong && (initial || year || other)
}

// whhFlags: the word flags of h.
func (s *scanner) whhFlags(h uint64) uint64 {
	if w := s.v.get(h); w != nil {
		return w.flags
	}
	return 0
}

// whhRunTogether: al is a given and a family name run together, either
// order, or an initial run into a family name ("rosamendez", "ewatson").
func (s *scanner) whhRunTogether(al string) bool {
	if f := s.whhFlags(hstr(al[1:])); len(al) >= 5 && f&wLast != 0 && f&(wCommon|wStop|wMonth) == 0 {
		return true
	}
	for i := 3; i+3 <= len(al); i++ {
		fa, fb := s.whhFlags(hstr(al[:i])), s.whhFlags(hstr(al[i:]))
		if (fa|fb)&wStop != 0 || fa&wCommon != 0 && fb&wCommon != 0 {
			continue
		}
		if fa&wFirst != 0 && fb&wLast != 0 || fa&wLast != 0 && fb&wFirst != 0 {
			return true
		}
	}
	return false
}

// whhServiceID (narrows username.go's username.cue): the handle at tokens
// j..e is a whole string value of a webhook's person key that names a
// service account ("portal_web", "api_client", "kiosk_lobby_01": a part
// of whhSystemWord, the other parts dictionary words, no listed name) or
// is an opaque token (no separator: "k7QpX2mZ9rTb", ten characters or
// more with three digit runs; "MFRGGZDFMZTWQ2LK", sixteen or more of
// capitals and digits). A value the rules above report never passes;
// "JSMITH1985XYZ" stays reported.
func (s *scanner) whhServiceID(j, e int) bool {
	src := s.t.s
	a, b := int(s.toks[j].s), int(s.toks[e].e)
	if a < 1 || src[a-1] != '"' || b >= len(src) || src[b] != '"' || !s.whhGate() {
		return false
	}
	key, _, ok := s.jsonValueKey(a)
	if !ok || !s.whhPersonKey(key, "") {
		return false
	}
	v := src[a:b]
	if len(v) < 3 || len(v) > 48 {
		return false
	}
	sep, upper, lower, runs := false, false, false, 0
	for k := 0; k < len(v); k++ {
		c := v[k]
		switch {
		case c == '_' || c == '.' || c == '-':
			sep = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			if k == 0 || v[k-1] < '0' || v[k-1] > '9' {
				runs++
			}
		default:
			return false
		}
	}
	if _, care := s.whhCare(v); care || s.whhName(v) {
		return false
	}
	if !sep && len(v) >= 10 && (runs >= 3 || upper && !lower && runs >= 1 && len(v) >= 16) {
		return true // an opaque token
	}
	system := false
	all := whhWords(v, func(w string) bool {
		al := whhTrimDigits(w)
		if al == "" {
			return true
		}
		h := hstr(al)
		if whhSystemWord.get(h) {
			system = true
			return true
		}
		f := s.whhFlags(h)
		return s.g.gen.has(h) && (f&(wFirst|wLast) == 0 || f&wCommon != 0)
	})
	return system && all
}
