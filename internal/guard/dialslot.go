package guard

// dialslot.go: the reader's dialysis session or chair time (issue 15,
// fifteenth pass, helper org2, dev86o, 2026-12-05).
//
// A dialysis unit writes of the reader's treatment slot in words no other
// rule reads as care: "RenalPath Dialysis: Your Thursday session moved to
// 6:00 AM", "Your chair time is now 5:30 AM on Mon/Wed/Fri", "Su sesión
// del jueves se cambió". With no context the header's "Dialysis" was the
// only finding; once the tenant's name is given (Context.Sender) nothing
// reported the notice (latent14_test.go). scanDialSlot reports "session(s)",
// "sesión/sesiones" and "chair time(s)/schedule" (rule compose.dialysis_slot,
// kind procedure) when a reader's word (your, su, sus, tu, tus) stands at
// most three words before it in the same sentence and the field names
// dialysis anywhere (dialysis, dialisis, hemodialysis, hemodialisis, the
// sender's name included).
//
// Stays clean: a sign-in session ("Inicie sesión", "your portal session
// expired": a sign-in word right before it or an expiry word right after),
// a session of no reader ("Our Saturday sessions now start at 5:00 AM"),
// and a session in a field that never names dialysis.
//
// Gate: fb3DialSlot (dsStartFilter: session, sessions, sesion, sesiones,
// chair).
var (
	dsDialysis    = wordSetTab("dialysis dialisis hemodialysis hemodialisis")
	dsSignIn      = wordSetTab("sign signin login log portal browser web app inicie iniciar inicio cerrar chat video")
	dsExpiry      = wordSetTab("expired expires expire timed ended caducada caduco expiro")
	dsChairAfter  = wordSetTab("time times schedule")
	hChair        = hstr("chair")
	dsStartFilter = tabsFilter(wordSetTab("session sessions sesion sesiones chair"))
)

// scanDialSlot reports compose.dialysis_slot.
func (s *scanner) scanDialSlot() {
	if s.fbAll3&fb3DialSlot == 0 { // no session word nor "chair" in the field
		return
	}
	n := len(s.toks)
	dial := -1 // not asked
	for i := 1; i < n; i++ {
		t := &s.toks[i]
		e := i
		switch t.low {
		case "session", "sessions", "sesion", "sesiones":
		case "chair":
			if i+1 >= n || s.gap(i+1) != " " || !dsChairAfter.get(s.toks[i+1].h) {
				continue
			}
			e = i + 1
		default:
			continue
		}
		if s.used[i] || dsSignIn.get(s.toks[i-1].h) || e+1 < n && !s.toks[e+1].sent && dsExpiry.get(s.toks[e+1].h) {
			continue
		}
		own := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if recipientPossessive.get(s.toks[k].h) {
				own = true
				break
			}
			if s.toks[k].sent {
				break
			}
		}
		if !own {
			continue
		}
		if dial < 0 {
			dial = 0
			for k := range s.toks {
				if dsDialysis.get(s.toks[k].h) {
					dial = 1
					break
				}
			}
		}
		if dial == 0 {
			return
		}
		s.addTok(i, e, KindProcedure, "compose.dialysis_slot", 0.7, "is a treatment slot of a dialysis unit after a personal word")
	}
}
