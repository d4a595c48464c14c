package guard

// staffnews.go: news of the sender's clinicians (issue 15, dev31, helper
// F31A). "Please welcome Dr. Anita Varga, who joins our Lakeside clinic as
// medical director", "Dr. Samuel Okafor has retired after 32 years —
// thank you for your service to our community!": a clinician named as the
// sender's staff is no health information of the reader's, but the name
// detectors report "Dr. Anita Varga" (name.title, name.greeting), and the
// announcement rule never drops a name. dropStaffNews, run in standard
// mode after dropAnnouncements, drops the notice's findings — all or
// none — when:
//
//  1. every field is plain text (no HTML, no nested encoding: fail closed)
//     and, once the sender's courtesies "thank you for your service",
//     "please welcome", "join us in", "thanking him/her/them for
//     his/her/their service" are blanked, says no "you"/"your" (hasYou)
//     and carries no personal cue of the announcement rule
//     (announcePersonal: his/her, results, due, refill, scheduled…);
//  2. every finding is a name inside a clinician's name — "Dr."/"Doctor"
//     and up to three capitalised words after it —, or a clinical finding
//     the announcement rule could drop (announceEligible), and lies in a
//     sentence with a staff-news frame: "joins/joined/joining/welcome(s)"
//     with "our" (or "the team") within four words after it, or
//     retired/retiring/retire/retirement;
//  3. a clinical finding names a unit of the sender's: a site or team head
//     (clinic, department, team, center, unit, program, service(s)…) at
//     most two words after it ("joins our cardiology team", "our Lakeside
//     clinic"; "joins our team to manage the schizophrenia" stays
//     reported);
//  4. no such sentence names a care event (opsCareEvents: appointment,
//     visit, session, treatment, surgery, results…).
//
// "Dr. Anita Varga will see you", "Your appointment with Dr. Samuel
// Okafor", "Dr. Anita Varga, your new oncologist, joins our clinic" and
// "Dr. Helen Strauss has reviewed the biopsy results" stay reported; so
// does every other person's name in the notice ("Maria Lopez").
// Strict mode never drops anything.

import "strings"

// staffCourtesies: the sender's courtesies blanked before the personal
// check (lower case, ASCII).
var staffCourtesies = []string{"thank you for your service", "please welcome", "join us in",
	"thanking him for his service", "thanking her for her service", "thanking them for their service"}

// staffJoin: verbs of a clinician joining the sender; staffRetire: of one
// retiring.
var (
	staffJoin   = wordSetTab("joins joined joining welcome welcomes welcoming")
	staffRetire = wordSetTab("retired retiring retire retires retirement")
	staffTitle  = wordSetTab("dr doctor")
)

// dropStaffNews: see the file comment.
func (g *Guard) dropStaffNews(n Notice, out []Finding) []Finding {
	if len(out) == 0 || len(n.Fields) > g.maxFields || anyReaderTied(out) { // readertied.go
		return out
	}
	for _, f := range out {
		if ok, _ := announceEligible(f); !ok && f.Kind != KindName {
			return out
		}
	}
	type view struct {
		name string
		t    ntext
		toks []token
	}
	views := make([]view, 0, len(n.Fields))
	for i, f := range n.Fields {
		for _, e := range n.Fields[:i] {
			if e.Name == f.Name {
				return out
			}
		}
		if f.HTML || len(f.Text) > g.maxField {
			return out
		}
		if _, _, _, ok := decodeNested(f.Text); ok {
			return out
		}
		b := []byte(f.Text)
		low := make([]byte, len(b))
		for k, c := range b {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[k] = c
		}
		for _, p := range staffCourtesies {
			for from := 0; ; {
				k := strings.Index(string(low[from:]), p)
				if k < 0 {
					break
				}
				for m := from + k; m < from+k+len(p); m++ {
					b[m], low[m] = ' ', ' '
				}
				from += k + len(p)
			}
		}
		txt := string(b)
		if hasYou(txt) {
			return out
		}
		t := normalize(txt, nil, nil)
		toks := tokenize(&t, nil)
		if g.announcePersonal(toks, t.s) {
			return out
		}
		views = append(views, view{f.Name, t, toks})
	}
	for _, f := range out {
		seen := false
		for k := range views {
			v := &views[k]
			if v.name != f.Field {
				continue
			}
			for m, tk := range v.toks {
				a, b := v.t.orig(int(tk.s), int(tk.e))
				if b <= f.Start || a >= f.End {
					continue
				}
				lo, hi := sentenceSpan(v.toks, m)
				if !staffFrame(v.toks[lo:hi]) {
					return out
				}
				if f.Kind == KindName && !inClinicianName(v.toks, lo, m) {
					return out
				}
				if f.Kind != KindName && !staffHeadAfter(v.toks, m, hi) {
					return out
				}
				seen = true
			}
		}
		if !seen {
			return out
		}
	}
	return out[:0]
}

// staffFrame: a sentence of staff news with no care event.
func staffFrame(toks []token) bool {
	frame := false
	for k := range toks {
		h := toks[k].h
		if opsCareEvents.get(h) {
			return false
		}
		if staffRetire.get(h) {
			frame = true
		}
		if staffJoin.get(h) {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].low == "our" || toks[j].low == "team" {
					frame = true
				}
			}
		}
	}
	return frame
}

// inClinicianName: token m is "Dr."/"Doctor" or one of up to three
// capitalised words right after it (tokens from lo, the sentence's start).
func inClinicianName(toks []token, lo, m int) bool {
	for j := m; j >= lo && j >= m-3; j-- {
		if staffTitle.get(toks[j].h) && toks[j].cls&tCap != 0 {
			for q := j + 1; q <= m; q++ {
				if toks[q].cls&tCap == 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// staffTeamHeads: heads of a unit of the sender's after a clinical word.
var staffTeamHeads = wordSetTab("team teams center centre unit program programme service services practice group")

// staffHeadAfter: a site or team head at most two words after token m,
// before hi.
func staffHeadAfter(toks []token, m, hi int) bool {
	for j := m + 1; j < hi && j <= m+2; j++ {
		if opsSiteHeads.get(toks[j].h) || staffTeamHeads.get(toks[j].h) {
			return true
		}
	}
	return false
}
