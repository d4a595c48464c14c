package guard

// otpcode.go: one-time verification codes (issue 15, dev38). A sign-in
// notice says "Two-step verification is now on for your ClearDraw account.
// Your code is 217009. It expires in 10 minutes." The identifier cue
// "account" reaches over "Your code is" to the six digits and reported
// them as an account number (id.account). A one-time code is no record
// identifier (the product's judgement calls: verification codes are
// clean).
//
// oneTimeCode passes the value only when all of these hold:
//   - the cue is an account cue (KindAccount), not member, patient or MRN;
//   - the cue does not touch the value: a code word ("code", "passcode",
//     "pin", "otp") stands between them ("account. Your code is 217009");
//   - the value is one token of 4 to 8 digits;
//   - the notice has a verification word (verify, verification, expires,
//     login, passcode, 2fa);
//   - the notice has no record word (patient, member, MRN, chart, record,
//     DOB, claim, policy, Medicaid, Medicare, SSN, paciente, afiliado,
//     expediente).
//
// What stays reported: "Patient account 45120987. Your code expires…"
// (the cue touches the value), "Your code is 668821. Your member number is
// 88213407" (member cue), a code in a notice naming a patient.
// Accepted risk: an account number written after "your code is" in a
// sign-in notice with no record word passes.

var (
	otpCodeWords   = wordSetTab("code codes passcode pin otp")
	otpVerifyWords = wordSetTab("verify verification verifying verified expires expire expiring expired signin login passcode 2fa")
	// insurance, plan, benefits, afiliación (dev43r, helper RED2): "your code
	// is 44120987, the number on your insurance card" is a member id
	otpRecordWords = wordSetTab("patient patients member members mrn chart record records dob claim policy subscriber paciente afiliado expediente " +
		"insurance insurer plan benefits benefit coverage afiliacion seguro " +
		// RED (dev53r): "Your code is 88213407, your Medicaid number"
		"medicaid medicare medi-cal ssn ssi")
)

func (s *scanner) oneTimeCode(i, j, start, end int, p *phrase) bool {
	if p.kind != KindAccount || start != end || start <= j+1 {
		return false
	}
	v := &s.toks[start]
	if v.cls&tDigit == 0 || v.e-v.s < 4 || v.e-v.s > 8 {
		return false
	}
	code := false
	for k := j + 1; k < start; k++ {
		if otpCodeWords.get(s.toks[k].h) {
			code = true
		}
	}
	if !code {
		return false
	}
	verify := false
	for k := range s.toks {
		h := s.toks[k].h
		if otpRecordWords.get(h) {
			return false
		}
		if otpVerifyWords.get(h) {
			verify = true
		}
	}
	return verify
}

// signInCode: a one-time sign-in code named by the cue itself (issue 15,
// thirteenth pass, helper date13, dev71/dev73b: "ClearPath Rx code:
// 660182. Use it to finish signing in."). The pharmacy's brand "Rx" is
// read as an identifier cue, and oneTimeCode takes account cues only. It passes when all of these hold:
//   - a code word (code, passcode, pin, otp) ends the cue or stands
//     between it and the value ("Rx code: 660182"), and the cue's kind is
//     an account or a plain identifier (not member, MRN, plan);
//   - the value is one token of 4 to 8 digits;
//   - the notice says what the code is for: signing or logging in
//     ("sign in", "signing in", "log in", "iniciar sesión") or a
//     verification word (otpVerifyWords);
//   - the notice has no record word (otpRecordWords) and, outside the
//     cue, no care word: no person cue of the date rule, no health cue, no
//     word of careWords (refill, prescription, receta, medication…).
//
// A pickup word (pickup, pick, recoger) is care too: "Rx code: 660182. Show
// it to verify at pickup" is the prescription's code (red13/dev77x).
// Stays reported: "Your Rx code 660182 is ready" (no sign-in), "Rx code:
// 660182. Sign in to see your refill" (a care word), "Member code 660182
// … sign in" (member kind), "MRN code 660182".
// sicCare: care words of a pharmacy's sign-in notice no other list holds
var sicCare = wordSetTab("refill refilled prescription prescribed receta recetas resultados results result pickup recoger pick")

func (s *scanner) signInCode(i, j, start, end int, p *phrase) bool {
	if p.kind != KindAccount && p.kind != KindIdentifier || start != end {
		return false
	}
	code := false
	for k := j; k < start; k++ {
		code = code || otpCodeWords.get(s.toks[k].h)
	}
	if !code {
		return false
	}
	v := &s.toks[start]
	if v.cls&tDigit == 0 || v.cls&tAlpha != 0 || v.e-v.s < 4 || v.e-v.s > 8 {
		return false
	}
	n := len(s.toks)
	signin := false
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		h := t.h
		if otpRecordWords.get(h) {
			return false
		}
		if k >= i && k <= end {
			continue
		}
		if t.w != nil && (t.w.flags&wDatePerson != 0 || t.w.flags&wHealthCue != 0 && !recipientWords.get(h)) || careWords.get(h) && !otpCodeWords.get(h) || sicCare.get(h) {
			return false
		}
		nx := ""
		if k+1 < n && !s.toks[k+1].sent {
			nx = s.toks[k+1].low
		}
		switch t.low {
		case "sign", "signing", "log", "logging":
			signin = signin || nx == "in"
		case "iniciar":
			signin = signin || nx == "sesion"
		}
		signin = signin || otpVerifyWords.get(h)
	}
	return signin
}
