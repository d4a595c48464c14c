package guard

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

var scannerPool = sync.Pool{New: func() any { return new(scanner) }}

// Mode selects how strict the guard is.
type Mode int

const (
	// Standard is for transactional notices (billing, shipping, account,
	// "you have a new message").
	Standard Mode = iota
	// Strict is for marketing notices: everything Standard blocks, plus
	// wording that reveals health information by association ("your
	// diabetes supplies", "a new offer on prenatal vitamins").
	Strict
)

// String returns "standard" or "strict".
func (m Mode) String() string {
	switch m {
	case Standard:
		return "standard"
	case Strict:
		return "strict"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ParseMode parses "standard" or "strict" (case-insensitive).
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "standard", "":
		return Standard, nil
	case "strict":
		return Strict, nil
	}
	return Standard, fmt.Errorf("guard: unknown mode %q (want standard or strict)", s)
}

// Kind is the stable category of a finding. See the package documentation
// for the list.
type Kind string

// Finding kinds. The strings are stable: they are stored and shown to
// tenants.
const (
	KindName        Kind = "name"
	KindAddress     Kind = "address"
	KindZIP         Kind = "zip"
	KindDate        Kind = "date"
	KindAge         Kind = "age"
	KindPhone       Kind = "phone"
	KindEmail       Kind = "email"
	KindSSN         Kind = "ssn"
	KindMRN         Kind = "mrn"
	KindHealthPlan  Kind = "health_plan"
	KindAccount     Kind = "account"
	KindLicense     Kind = "license"
	KindVehicle     Kind = "vehicle"
	KindDevice      Kind = "device"
	KindURL         Kind = "url"
	KindIP          Kind = "ip"
	KindIdentifier  Kind = "identifier"
	KindCondition   Kind = "condition"
	KindMedication  Kind = "medication"
	KindLabTest     Kind = "lab_test"
	KindProcedure   Kind = "procedure"
	KindCode        Kind = "code"
	KindContext     Kind = "context"
	KindAssociation Kind = "association"
	KindObfuscation Kind = "obfuscation"
	KindOversize    Kind = "oversize"
)

// AllKinds lists every kind the guard can report.
var AllKinds = []Kind{
	KindName, KindAddress, KindZIP, KindDate, KindAge, KindPhone, KindEmail,
	KindSSN, KindMRN, KindHealthPlan, KindAccount, KindLicense, KindVehicle,
	KindDevice, KindURL, KindIP, KindIdentifier, KindCondition, KindMedication,
	KindLabTest, KindProcedure, KindCode, KindContext, KindAssociation,
	KindObfuscation, KindOversize,
}

// ParseKind checks that s names a known kind.
func ParseKind(s string) (Kind, error) {
	for _, k := range AllKinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("guard: unknown kind %q", s)
}

// Finding is one suspected leak. It never carries the matched text: only
// where it is, what it looks like, why, and how a template author fixes it.
// Reason and Fix are built from fixed wording (rule descriptions and the
// guard's own cue words), never from the checked text, so a Finding may be
// logged or stored.
type Finding struct {
	Field string `json:"field"`
	Kind  Kind   `json:"kind"`
	Rule  string `json:"rule"`
	// Start and End are byte offsets into the field exactly as given (for
	// HTML, into the original HTML, not the stripped text), End exclusive.
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"` // 0..1: how sure the rule is
	Reason     string  `json:"reason"`     // a predicate: "is not ordinary vocabulary and comes before 'refill'"
	Fix        string  `json:"fix"`        // what to do about it
	// tied: the finding is about the reader's own care or identity
	// (readertied.go); the notice-wide drops of the sender's and the
	// public's wording never clear it. Not serialised.
	tied bool
}

// Field is one rendered part of a notice.
type Field struct {
	Name string // "subject", "text", "html", "sms", "webhook", "push_title", ...
	Text string
	HTML bool // stripped to text (scripts, styles, comments dropped; entities decoded) before checking
}

// Notice is everything that would leave sealpost on one channel.
type Notice struct {
	Fields []Field
}

// KindApproved marks a tenant term as approved wording: read as a phrase,
// it clears approvable findings (names, words in no vocabulary, dictionary
// words) inside its occurrences, and the frame detector treats its words as
// ordinary (approve.go). It is never the kind of a finding, and it does not
// switch off the built-in vocabularies or the identifier detectors.
const KindApproved Kind = "approved"

// KindSender marks a tenant term as the tenant's own wording exactly as its
// notices write it — its phone number, street address, email address, a
// branch's or a staff member's name: read like the display name
// (Context.Sender, sendercontext.go), a finding inside an occurrence of it
// is dropped, but clinical content (a condition, medication, lab test,
// procedure, code or association: only the display name, which the From
// line shows, clears those), a repeat of the recipient's identity or of
// the sealed message, and the tenant's own listed terms. Only that
// occurrence passes: no shorter form, no other number or address. It is
// never the kind of a finding.
const KindSender Kind = "sender"

// ParseTermKind checks that s is a kind a tenant term may have: any finding
// kind (the term is flagged as that kind) or "approved".
func ParseTermKind(s string) (Kind, error) {
	switch s {
	case string(KindApproved):
		return KindApproved, nil
	case string(KindSender):
		return KindSender, nil
	}
	return ParseKind(s)
}

// Term is a tenant-supplied extra term: a word or phrase flagged as Kind, or
// (Kind "approved") wording the frame detector counts as ordinary.
type Term struct {
	Text string `json:"text"`
	Kind Kind   `json:"kind"`
}

// Context is what the guard knows about the recipient and the message. It
// is held in memory only.
type Context struct {
	Identity  []string // recipient's sealed identity values: name, birth date, MRN, address lines, other ids
	Sealed    []string // the message's sealed subject and body
	AllowURLs []string // URL prefixes that may appear (the tenant's link base)
	Template  []string // the category's fixed template wording; never counts as a context match
	Wording   *Wording // more template wording, prepared once with NewWording (nil: none)
	Terms     []Term   // tenant-supplied extra terms
	// Sender are the names the notice's sender goes by (the tenant's
	// display name): findings inside an occurrence of one, read as a
	// phrase, are dropped, but a repeat of Identity or Sealed
	// (sendercontext.go).
	Sender []string
}

// Options configure a Guard.
type Options struct {
	// ExtraTerms are added to the built-in vocabularies for every check.
	ExtraTerms []Term
	// MaxFieldBytes caps the bytes checked per field (default 64 KiB).
	// Longer fields are checked up to the cap and reported as "oversize".
	MaxFieldBytes int
	// MaxFields caps the number of fields checked (default 64); the rest
	// are reported as "oversize".
	MaxFields int
	// MedicalDictionaries are files of medical words the operator installed
	// (a hunspell .dic such as Debian hunspell-en-med's
	// /usr/share/hunspell/en_med_glut.dic, or a plain list, one word a line),
	// read at New (sysvocab.go; DefaultMedicalDictionaries lists the
	// installed ones). A word of theirs that is not ordinary English or
	// Spanish is reported as dictionary.term. New fails if one cannot be
	// read. Empty (the default): none.
	MedicalDictionaries []string

	// holdOut, for evaluation only (split.go): built-in vocabulary entries
	// for which it answers true are left out, as if never written.
	holdOut func(file, term string) bool
	// addEntries, for tests only: lines appended to built-in vocabulary
	// files (by file name), as if written there after the lists were
	// frozen (learned.go's learnTrain).
	addEntries map[string][]string
}

// Guard checks notices. It is safe for concurrent use.
type Guard struct {
	v         *vocab
	gen       general      // ordinary English and Spanish words (frame.go)
	fuzzy     fuzzyIndex   // medication/condition spellings for misspellings
	med       *medDict     // external medical dictionaries (sysvocab.go); nil: none
	nm        *noticeModel // the frozen notice model (noticemodel.go)
	maxField  int
	maxFields int
	empty     *Prepared
	// sound: the terms of fuzzy by sound key (dictfuzzy.go)
	sound *soundIndex
	// shape: letter shapes of the loaded clinical words (shape.go)
	shape *shapeModel
}

// New builds a Guard, loading the embedded vocabularies and the external
// medical dictionaries named in opts.
func New(opts Options) (*Guard, error) {
	v, err := loadVocabFiltered(opts.ExtraTerms, opts.holdOut, opts.addEntries)
	if err != nil {
		return nil, err
	}
	fr, err := sharedFrames()
	if err != nil {
		return nil, err
	}
	if opts.holdOut != nil {
		if fr, err = loadFrames(opts.holdOut); err != nil {
			return nil, err
		}
	}
	med, err := loadMedDicts(opts.MedicalDictionaries, &fr.gen)
	if err != nil {
		return nil, err
	}
	g := &Guard{v: v, gen: fr.gen, fuzzy: fr.fuzzy, med: med, maxField: opts.MaxFieldBytes, maxFields: opts.MaxFields}
	g.sound = fr.sound
	if g.nm, err = loadNoticeModel(); err != nil {
		return nil, fmt.Errorf("guard: notice model: %w", err)
	}
	if g.shape, err = v.shapeWords.build(&fr.gen); err != nil {
		return nil, err
	}
	v.shapeWords = shapeCollector{}
	if g.maxField <= 0 {
		g.maxField = 64 << 10
	}
	if g.maxFields <= 0 {
		g.maxFields = 64
	}
	g.empty = g.Prepare(nil)
	return g, nil
}

var errNilGuard = errors.New("guard: nil Guard")

// Check runs every detector over every field of n. An error means the guard
// could not do its job; callers must treat it as a block.
func (g *Guard) Check(n Notice, c *Context, m Mode) ([]Finding, error) {
	if g == nil {
		return nil, errNilGuard
	}
	return g.CheckPrepared(n, g.Prepare(c), m)
}

// CheckText checks one plain-text field named "text".
func (g *Guard) CheckText(text string, c *Context, m Mode) ([]Finding, error) {
	return g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, c, m)
}

// CheckPrepared is Check with a context prepared once by Prepare (for
// example once per recipient and message, reused for every channel).
func (g *Guard) CheckPrepared(n Notice, p *Prepared, m Mode) (out []Finding, err error) {
	if g == nil {
		return nil, errNilGuard
	}
	if p == nil {
		p = g.empty
	}
	if p.g != g {
		return nil, errors.New("guard: Prepared belongs to another Guard")
	}
	defer func() {
		if r := recover(); r != nil {
			out = nil
			err = fmt.Errorf("guard: internal failure: %v", r)
		}
	}()
	s := scannerPool.Get().(*scanner)
	defer scannerPool.Put(s)
	s.dateKeep = false   // per notice (caresignal.go)
	var nmBuf [4]nmField // the fields' notice-model scores (noticemodel.go)
	nmf := nmBuf[:0]
	for i, f := range n.Fields {
		if i >= g.maxFields {
			out = append(out, Finding{Field: f.Name, Kind: KindOversize, Rule: "input.too_many_fields",
				Start: 0, End: len(f.Text), Confidence: 1, Reason: "is past the number of fields checked", Fix: fixFor(KindOversize, "input.too_many_fields")})
			continue
		}
		text := f.Text
		if len(text) > g.maxField {
			cut := g.maxField
			out = append(out, Finding{Field: f.Name, Kind: KindOversize, Rule: "input.oversize",
				Start: cut, End: len(text), Confidence: 1,
				Reason: fmt.Sprintf("is past the %d bytes checked per field (the rest was not checked)", g.maxField), Fix: fixFor(KindOversize, "input.oversize")})
			text = text[:cut]
		}
		s.reset(g, p, m, f.Name)
		s.run(text, f.HTML)
		first := len(out)
		out = append(out, s.out...)
		nmf = append(nmf, nmField{name: f.Name, noClear: true}) // not scored, until nmScore scores it
		s.nmScore(&nmf[len(nmf)-1], g.nm)
		// the same text decoded from nested encodings (decode.go): its
		// findings are added unless the plain pass found the same
		if s.plainNoEscape(text, f.HTML) && !s.mayHoldBase64() {
			continue // no escape byte and no base64 run: nothing to decode (decode.go, base64run.go)
		}
		dec, st, en, ok := decodeNestedBuf(text, &s.db) // in s.db: read only by runDecoded
		if !ok && s.mayHoldBase64() {
			dec, st, en, ok = base64Decoded(text) // text hidden in base64 (base64run.go)
		}
		if ok {
			nmf[len(nmf)-1].noClear = true
			s.runDecoded(dec, st, en, f.HTML)
			for _, d := range s.out {
				dup := false
				for _, o := range out[first:] {
					if o.Kind == d.Kind && o.Start <= d.Start && o.End >= d.End {
						dup = true
						break
					}
				}
				if !dup {
					out = append(out, d)
				}
			}
		}
	}
	out = g.dropCareFreeDates(n, p, m, s, out) // untied dates in a notice with no care signal (caresignal.go)
	if m == Standard {
		out = g.dropAnnouncements(n, out)          // general announcements of services (announce.go)
		out = g.dropPublicOffers(n, out)           // offers, services and news to everyone (publicoffer.go)
		out = g.dropGeneralCover(n, out)           // a plan's, a range's or a campaign's coverage of everyone (gencover.go)
		out = g.dropSiteOps(n, out)                // a site's operation, a sponsorship, the sender's header (siteop.go)
		out = g.dropSenderProg(n, out)             // the sender's programme, a goods policy, a webinar topic, a credential (senderprog.go)
		s.careStaffKeep(out)                       // names beside untied dates only (carestaff.go)
		pre117 := ownStaffPre(out)                 // before the staff drops, when it holds a name (ownstaff117red.go)
		out = g.dropStaffNews(n, out)              // news of the sender's clinicians (staffnews.go)
		out = g.dropStaffRoles(n, out)             // the sender's staff named with a role (staffrole.go)
		out = g.dropStaffSentences(n, out)         // a staff sentence: a credentialled, titled or role-named person beside a staff-news verb (staffsent.go)
		out = g.dropStaffAppointments(n, out)      // an appointment, welcome, award or talk of a clinician read by its slots (staffappoint.go)
		out = g.dropStaffMilestones(n, out)        // a staff member's training, service, clinic day or retirement read by its slots (staffmilestone.go)
		out = g.dropOwnStaff117(n, out)            // a person beside a business role of the sender's staff (ownstaff117.go)
		out = g.keepOwnStaff117Red(n, pre117, out) // a name beside a business role in a field of care comes back (ownstaff117red.go)
		out = g.dropNamedPlaces(n, out)            // a park, street or room named after a person (namedplace.go)
		out = g.dropSignoff(n, out)                // the signer of a letter with an administrative title (signoff.go)
		out = g.careStaffGate(n, p, m, s, out)
	} else {
		out = g.dropPublicOffers(n, out) // a menu, a new service, a public offer or a team's honour (publicoffer.go)
		out = g.dropGeneralCover(n, out) // a plan's, a range's or a campaign's coverage of everyone (gencover.go)
	}
	out = applyNoticeModel(nmf, out) // the notice model's finding and drop (noticemodel.go)
	return out, nil
}

// Blocked reports whether findings should block a send (any finding does).
func Blocked(fs []Finding) bool { return len(fs) > 0 }

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(x, y Finding) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
}
