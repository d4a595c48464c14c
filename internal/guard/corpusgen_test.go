package guard

// The evaluation corpus in testdata/guard/corpus.jsonl is generated from
// synthetic patients by this file, deterministically from a fixed seed:
//
//	go test ./internal/guard -run TestGenerateCorpus -update-corpus
//
// Hand-written items (testdata/guard/handwritten.jsonl) are kept separate
// and never overwritten.

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateCorpus = flag.Bool("update-corpus", false, "rewrite testdata/guard/corpus.jsonl")

type corpusContext struct {
	Identity  []string `json:"identity,omitempty"`
	Sealed    []string `json:"sealed,omitempty"`
	AllowURLs []string `json:"allow_urls,omitempty"`
	Template  []string `json:"template,omitempty"`
	Terms     []Term   `json:"terms,omitempty"`  // tenant terms (dev37a: kind "approved")
	Sender    []string `json:"sender,omitempty"` // the tenant's display name (Context.Sender)
}

type corpusItem struct {
	ID      string         `json:"id"`
	Label   string         `json:"label"` // "leak" or "clean"
	Kinds   []string       `json:"kinds,omitempty"`
	Mode    string         `json:"mode,omitempty"`
	HTML    bool           `json:"html,omitempty"`
	Text    string         `json:"text"`
	Context *corpusContext `json:"context,omitempty"`
	// Tenant is the display name of the tenant whose library the row
	// belongs to (sets written from the eleventh pass on; guardreview's
	// onboarding measurement groups by it)
	Tenant string `json:"tenant,omitempty"`
}

const corpusPath = "../../testdata/guard/corpus.jsonl"

type gen struct {
	r     *rand.Rand
	items []corpusItem
	n     map[string]int
}

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) num(lo, hi int) int       { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) digits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return b.String()
}

func (g *gen) add(label, mode string, kinds []string, text string, html bool, c *corpusContext) {
	key := label
	if len(kinds) > 0 {
		key += "-" + kinds[0]
	}
	g.n[key]++
	g.items = append(g.items, corpusItem{ID: fmt.Sprintf("%s-%03d", key, g.n[key]), Label: label, Kinds: kinds,
		Mode: mode, HTML: html, Text: text, Context: c})
}

// synthetic people: names in the vocabulary and names that are not
var (
	genFirst   = []string{"Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Priya", "Dmitri", "Fatima", "Kevin", "Ngozi", "Hiroshi", "Emily", "Jamal", "Siobhan", "Lakshmi", "Tyrone", "Ingrid", "Mateo", "Hannah", "Yesenia", "Bartholomew", "Keisha", "Giuseppe", "Thanh"}
	genLast    = []string{"Lopez", "Okafor", "Nguyen", "Kowalczyk", "Patel", "Johnson", "Haddad", "Schmidt", "Fitzgerald", "Yamamoto", "Rodriguez", "Abernathy", "Castellanos", "Washington", "Oyelaran", "Brennan", "Chatterjee", "Moreau", "Delgado", "Whitaker"}
	genRare1   = []string{"Xiomara", "Eleuterio", "Zbigniew", "Oluwadamilare", "Thandiwe", "Radomir", "Ximena", "Anselm", "Yevgenia", "Bronwyn"}
	genRare2   = []string{"Quispe", "Wojciechowski", "Adebayo-Smythe", "Haugland", "Tshabalala", "Przybylski", "Achterberg", "Vuković", "Nakashima-Reyes", "Oyinlola"}
	genStreets = []string{"Elm", "Maple", "Oak", "Washington", "Lakeview", "Martin Luther King Jr", "Cedar Ridge", "Pine", "Sunset", "Highland", "5th", "Main", "Willow Creek", "N Broadway", "Old Mill"}
	genSuffix  = []string{"Street", "St", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Ln", "Dr", "Drive", "Ct", "Way", "Pl", "Terrace", "Pkwy"}
	genCities  = []struct{ c, s, z string }{{"Springfield", "IL", "62704"}, {"Cambridge", "MA", "02139"}, {"Austin", "TX", "78701"}, {"Fresno", "CA", "93721"}, {"Tulsa", "OK", "74103"}, {"Portland", "OR", "97205"}, {"Columbus", "OH", "43215"}, {"Albany", "NY", "12207"}, {"Madison", "WI", "53703"}, {"Boise", "ID", "83702"}}
	genMonths  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	genMon3    = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	genConds   = []string{"type 2 diabetes", "hypertension", "asthma", "HIV", "depression", "bipolar disorder", "breast cancer", "COPD", "hepatitis C", "migraines", "rheumatoid arthritis", "chlamydia", "schizophrenia", "atrial fibrillation", "kidney disease", "Crohn's disease", "opioid use disorder", "epilepsy", "PTSD", "anxiety disorder", "multiple sclerosis", "sleep apnea", "pregnancy", "high cholesterol", "prostate cancer", "Alzheimer's disease", "psoriasis", "gout", "ADHD", "hypothyroidism"}
	genMeds    = []string{"metformin", "Lipitor", "atorvastatin", "Ozempic", "sertraline", "Zoloft", "lisinopril", "Adderall", "insulin glargine", "Truvada", "Xanax", "levothyroxine", "Eliquis", "Suboxone", "amoxicillin", "Prozac", "Humira", "gabapentin", "Wegovy", "prednisone", "Seroquel", "Lexapro", "albuterol", "Viagra", "oxycodone", "Plan B", "methotrexate", "Lamictal", "Jardiance", "hydrochlorothiazide"}
	genLabs    = []string{"A1C", "hemoglobin A1c", "lipid panel", "CBC", "comprehensive metabolic panel", "PSA test", "TSH", "HIV test", "pregnancy test", "urinalysis", "Pap smear", "viral load", "liver function tests", "mammogram", "MRI", "CT scan", "genetic testing", "strep test", "drug screen", "bone density scan"}
	genProcs   = []string{"colonoscopy", "biopsy", "knee replacement", "hysterectomy", "chemotherapy", "dialysis", "cataract surgery", "vasectomy", "endoscopy", "cardiac catheterization", "IVF", "physical therapy", "root canal", "mastectomy", "spinal fusion", "C-section", "angioplasty", "tonsillectomy"}
	genAssoc   = []string{"prenatal vitamins", "diabetes supplies", "test strips", "hearing aids", "CPAP supplies", "incontinence products", "adult diapers", "a wheelchair", "ostomy supplies", "compression stockings", "nicotine patches", "a pregnancy test", "a blood pressure monitor", "breast pump parts", "a glucose meter", "smoking cessation aids", "weight loss program", "fertility supplements", "mobility aids", "sleep apnea masks"}
)

func (g *gen) person() (first, last string) {
	return g.pick(genFirst...), g.pick(genLast...)
}

func (g *gen) date() (y, m, d int) {
	return g.num(1925, 2006), g.num(1, 12), g.num(1, 28)
}

func (g *gen) fmtDate(y, m, d int) string {
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d/%02d/%04d", m, d, y)
	case 2:
		return fmt.Sprintf("%d/%d/%02d", m, d, y%100)
	case 3:
		return fmt.Sprintf("%s %d, %d", genMonths[m-1], d, y)
	case 4:
		return fmt.Sprintf("%d %s %d", d, genMon3[m-1], y)
	case 5:
		return fmt.Sprintf("%s. %d%s", genMon3[m-1], d, ordSuffix(d))
	case 6:
		return fmt.Sprintf("%d-%d-%04d", m, d, y)
	case 7:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	case 8:
		return fmt.Sprintf("%d%s of %s %d", d, ordSuffix(d), genMonths[m-1], y)
	case 9:
		return fmt.Sprintf("%s %d", genMonths[m-1], d)
	case 10:
		return fmt.Sprintf("%02d-%s-%04d", d, strings.ToUpper(genMon3[m-1]), y)
	}
	return fmt.Sprintf("%04d/%02d/%02d", y, m, d)
}

func ordSuffix(d int) string {
	switch {
	case d%100 >= 11 && d%100 <= 13:
		return "th"
	case d%10 == 1:
		return "st"
	case d%10 == 2:
		return "nd"
	case d%10 == 3:
		return "rd"
	}
	return "th"
}

func (g *gen) phone() string {
	a, b, c := g.num(201, 989), g.num(200, 999), g.digits(4)
	switch g.r.IntN(10) {
	case 0:
		return fmt.Sprintf("(%d) %d-%s", a, b, c)
	case 1:
		return fmt.Sprintf("%d.%d.%s", a, b, c)
	case 2:
		return fmt.Sprintf("+1 %d %d %s", a, b, c)
	case 3:
		return fmt.Sprintf("%d-%d-%s ext. %d", a, b, c, g.num(10, 999))
	case 4:
		return fmt.Sprintf("+1-%d-%d-%s", a, b, c)
	case 5:
		return fmt.Sprintf("1 (%d) %d-%s", a, b, c)
	case 6:
		return g.pick("+44 20 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+91 98765 43210", "+61 2 9374 4000", "+52 55 5123 4567", "+4915112345678")
	case 7:
		return fmt.Sprintf("%d%d%s", a, b, c)
	case 8:
		return fmt.Sprintf("%d-%s", b, c)
	}
	return fmt.Sprintf("%d-%d-%s", a, b, c)
}

func (g *gen) address() (string, string) {
	num := g.num(1, 9999)
	st := g.pick(genStreets...) + " " + g.pick(genSuffix...)
	c := genCities[g.r.IntN(len(genCities))]
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("%d %s, Apt %d%s", num, st, g.num(1, 40), g.pick("", "B", "C")), "address"
	case 1:
		return fmt.Sprintf("%d %s, %s, %s %s", num, st, c.c, c.s, c.z), "address"
	case 2:
		return fmt.Sprintf("PO Box %d, %s, %s %s", g.num(10, 9999), c.c, c.s, c.z), "address"
	case 3:
		return fmt.Sprintf("%s, %s %s-%s", c.c, c.s, c.z, g.digits(4)), "address"
	}
	return fmt.Sprintf("%d %s", num, st), "address"
}

func (g *gen) leaks() {
	std := "standard"
	// names
	for i := 0; i < 60; i++ {
		f, l := g.person()
		rf, rl := g.pick(genRare1...), g.pick(genRare2...)
		t := g.pick(
			"Hi %[1]s, your lab results are ready to view.",
			"Dear %[1]s %[2]s, you have a new secure message.",
			"Patient: %[2]s, %[1]s — statement available.",
			"Message for %[1]s %[2]s: please sign in to read it.",
			"Mr. %[2]s, your refill request has been received.",
			"%[1]s %[2]s, your appointment is confirmed.",
			"Dr. %[2]s sent you a message in the portal.",
			"%[3]s %[4]s has a new document in the portal.",
			"Hello %[3]s, a new message is waiting for you.",
			"Attn: %[3]s %[4]s — billing statement ready.",
			"Ms. %[4]s, your order has shipped.",
			"Your caregiver %[1]s %[2]s updated your profile.",
			"Thanks, %[1]s! Your payment was received.",
			"Patient name: %[3]s %[4]s",
			"Hi %[3]s %[4]s, please review your new message.",
			"%[2]s, %[1]s — please sign in to view your message.",
		)
		text := fmt.Sprintf(t, f, l, rf, rl)
		if i%7 == 3 {
			text = strings.ToUpper(text)
		}
		g.add("leak", std, []string{"name"}, text, false, nil)
	}
	// addresses, zip
	for i := 0; i < 40; i++ {
		a, _ := g.address()
		t := g.pick("Your order will ship to %s.", "We updated your address to %s", "Home address: %s", "Delivery address on file: %s.", "Mail-order refills go to %s")
		g.add("leak", std, []string{"address"}, fmt.Sprintf(t, a), false, nil)
	}
	for i := 0; i < 15; i++ {
		c := genCities[g.r.IntN(len(genCities))]
		t := g.pick("Patients in ZIP %[1]s: new clinic hours.", "zip code: %[1]s-%[2]s", "Your ZIP %[1]s is outside the delivery area.", "Postal code %[1]s confirmed.", "Ships to %[3]s %[1]s.")
		g.add("leak", std, []string{"zip"}, fmt.Sprintf(t, c.z, g.digits(4), c.s), false, nil)
	}
	// dates tied to a person
	for i := 0; i < 60; i++ {
		y, m, d := g.date()
		ds := g.fmtDate(y, m, d)
		t := g.pick("DOB: %s", "Date of birth %s — please confirm.", "Your appointment on %s is confirmed.", "Born %s", "Results from your visit on %s are ready.",
			"Date of service: %s", "You were discharged on %s.", "Specimen collected %s", "Happy birthday! (%s)", "Your lab test on %s has results.",
			"Admission date %s", "Reminder: your procedure is scheduled for %s.", "Birthday: %s", "Patient DOB %s", "Your vaccine dose was given %s.")
		g.add("leak", std, []string{"date"}, fmt.Sprintf(t, ds), false, nil)
	}
	// ages over 89
	for i := 0; i < 20; i++ {
		a := g.num(90, 104)
		t := g.pick("Patient is %d years old.", "aged %d", "Age: %d", "A %d-year-old member", "%d y/o female", "Age %d, follow-up needed", "at %d yrs old", "Our %d year old patient")
		g.add("leak", std, []string{"age"}, fmt.Sprintf(t, a), false, nil)
	}
	// phones
	for i := 0; i < 50; i++ {
		t := g.pick("Call us back at %s.", "Your callback number %s is on file.", "Fax: %s", "Text from %s: your results are in.", "Mobile %s verified.", "Contact: %s", "We tried to reach you at %s", "%s")
		g.add("leak", std, []string{"phone"}, fmt.Sprintf(t, g.phone()), false, nil)
	}
	// emails
	for i := 0; i < 25; i++ {
		f, l := g.person()
		dom := g.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me", "example.org")
		var e string
		switch g.r.IntN(4) {
		case 0:
			e = strings.ToLower(f + "." + l + "@" + dom)
		case 1:
			e = strings.ToLower(f[:1] + l + g.digits(2) + "@" + dom)
		case 2:
			e = strings.ToLower(l+"_"+f) + "@" + dom
		default:
			e = strings.ToLower(f) + "+rx@" + dom
		}
		t := g.pick("We sent a copy to %s.", "Reply-to: %s", "Your login %s was updated.", "Email on file: %s", "Contact %s for details.")
		if i%8 == 7 {
			e = strings.Replace(strings.Replace(e, "@", " [at] ", 1), ".com", " [dot] com", 1)
			e = strings.Replace(e, ".net", " [dot] net", 1)
		}
		g.add("leak", std, []string{"email"}, fmt.Sprintf(t, e), false, nil)
	}
	// SSNs
	for i := 0; i < 25; i++ {
		a, b, c := g.num(100, 899), g.digits(2), g.digits(4)
		s := g.pick(fmt.Sprintf("%d-%s-%s", a, b, c), fmt.Sprintf("%d %s %s", a, b, c), fmt.Sprintf("SSN %d%s%s", a, b, c),
			fmt.Sprintf("Social Security number ending in %s", c), fmt.Sprintf("SSN: %d-%s-%s", a, b, c), fmt.Sprintf("SSN last 4: %s", c))
		t := g.pick("%s", "Verify identity: %s", "Your form shows %s.", "Tax document for %s is ready")
		g.add("leak", std, []string{"ssn"}, fmt.Sprintf(t, s), false, nil)
	}
	// record / plan / account / license numbers
	ids := []struct{ kind, fmtS string }{
		{"mrn", "MRN: %s"}, {"mrn", "MRN %s"}, {"mrn", "Medical record #%s"}, {"mrn", "Medical Record Number: %s"}, {"mrn", "Chart No. %s"}, {"mrn", "Patient ID %s"},
		{"health_plan", "Member ID: %s"}, {"health_plan", "Policy # %s"}, {"health_plan", "Medicare ID %s"}, {"health_plan", "Group number %s"}, {"health_plan", "Subscriber ID %s"}, {"health_plan", "Member #: %s"},
		{"account", "Account number %s"}, {"account", "Acct #: %s"}, {"account", "account ending in %s"}, {"account", "Billing account %s"}, {"account", "Claim number %s"},
		{"license", "DEA # %s"}, {"license", "NPI %s"}, {"license", "Driver's license %s"}, {"license", "License no. %s"}, {"license", "Certificate number %s"},
		{"identifier", "Rx #%s"}, {"identifier", "Prescription number %s"}, {"identifier", "Case number %s"}, {"identifier", "ID number %s"},
	}
	for i := 0; i < 90; i++ {
		id := ids[i%len(ids)]
		var v string
		switch g.r.IntN(6) {
		case 0:
			v = g.digits(g.num(6, 10))
		case 1:
			v = strings.ToUpper(g.pick("A", "H", "XZ", "MBR", "W", "RN", "AB")) + g.digits(g.num(5, 9))
		case 2:
			v = g.digits(3) + "-" + g.digits(3) + "-" + g.digits(3)
		case 3:
			v = fmt.Sprintf("%d%s%d-%s", g.num(1, 9), g.pick("EG", "TF", "KX"), g.num(1, 9), g.pick("TE5-MK72", "AB1-CD23", "QR4-ST56"))
		case 4:
			v = g.digits(4)
		default:
			v = strings.ToUpper(g.pick("MRN", "PT", "ACC")) + "-" + g.digits(6)
		}
		if id.kind == "account" && strings.Contains(id.fmtS, "ending") {
			v = g.digits(4)
		}
		t := g.pick("%s", "Please reference %s when you call.", "Your %s is on file.", "Updated: %s.")
		g.add("leak", std, []string{id.kind}, fmt.Sprintf(t, fmt.Sprintf(id.fmtS, v)), false, nil)
	}
	// vehicles and devices
	for i := 0; i < 20; i++ {
		var s, k string
		switch i % 6 {
		case 0:
			s, k = "Vehicle VIN 1HGCM82633A00"+g.digits(4)+" registered for parking.", "vehicle"
		case 1:
			s, k = "License plate "+g.pick("7ABC123", "XYZ 4821", "8KLM442")+" approved for the garage.", "vehicle"
		case 2:
			s, k = "Device serial no. SN-"+g.digits(4)+"-XK"+g.digits(2), "device"
		case 3:
			s, k = "UDI (01)008445880"+g.digits(5)+"(17)141120(10)7654321D", "device"
		case 4:
			s, k = "Your pump serial number "+g.digits(8)+" was registered.", "device"
		default:
			s, k = fmt.Sprintf("Monitor MAC 00:1A:2B:%02X:%02X:%02X paired.", g.num(0, 255), g.num(0, 255), g.num(0, 255)), "device"
		}
		g.add("leak", std, []string{k}, s, false, nil)
	}
	// URLs and IPs
	for i := 0; i < 25; i++ {
		var s, k string
		switch i % 5 {
		case 0:
			s, k = "View it at https://records.example-health.com/patient?id="+g.digits(6), "url"
		case 1:
			s, k = "See www.facebook.com/"+strings.ToLower(g.pick(genFirst...))+"."+strings.ToLower(g.pick(genLast...)), "url"
		case 2:
			s, k = fmt.Sprintf("Login from %d.%d.%d.%d was noticed.", g.num(11, 223), g.num(0, 255), g.num(0, 255), g.num(1, 254)), "ip"
		case 3:
			s, k = "Device IP 2001:db8:85a3::8a2e:370:"+fmt.Sprintf("%x", g.num(4096, 65535)), "ip"
		default:
			s, k = "Open http://bit.ly/"+g.digits(3)+"xYz to see your chart.", "url"
		}
		g.add("leak", std, []string{k}, s, false, &corpusContext{AllowURLs: []string{"https://portal.example/m/"}})
	}
	// other unique numbers
	for i := 0; i < 15; i++ {
		s := g.pick("Reference %s for your results.", "Your file %s was updated.", "Lab accession %s", "ID %s", "Barcode %s")
		g.add("leak", std, []string{"identifier"}, fmt.Sprintf(s, g.digits(g.num(8, 12))), false, nil)
	}
	// clinical content
	for i := 0; i < 45; i++ {
		t := g.pick("Information about your %s treatment is available.", "New resources for managing %s.", "Your %s care plan was updated.",
			"Diagnosis: %s", "Support group for %s starts soon.", "Your screening for %s came back.", "Tips for living with %s")
		g.add("leak", std, []string{"condition"}, fmt.Sprintf(t, g.pick(genConds...)), false, nil)
	}
	for i := 0; i < 45; i++ {
		m := g.pick(genMeds...)
		t := g.pick("Your %s refill is ready for pickup.", "%s 30-day supply has shipped.", "Time to refill %s.", "Prior authorization for %s approved.",
			"Your order of %s 20 mg is on the way.", "Reminder: take your %s.", "%s is back in stock.")
		g.add("leak", std, []string{"medication"}, fmt.Sprintf(t, m), false, nil)
	}
	for i := 0; i < 30; i++ {
		t := g.pick("Your %s results are ready.", "Results: %s complete.", "Schedule your follow-up %s.", "Your %s came back normal.")
		g.add("leak", std, []string{"lab_test"}, fmt.Sprintf(t, g.pick(genLabs...)), false, nil)
	}
	for i := 0; i < 30; i++ {
		t := g.pick("Prep instructions for your %s.", "Your %s is scheduled.", "Recovery tips after %s.", "Pre-authorization for %s received.")
		g.add("leak", std, []string{"procedure"}, fmt.Sprintf(t, g.pick(genProcs...)), false, nil)
	}
	codes := []string{"E11.9", "I10", "F32.A", "J45.909", "Z79.4", "O09.90", "S72.001A", "M54.5", "C50.911", "B20"}
	for i := 0; i < 30; i++ {
		var s string
		switch i % 6 {
		case 0:
			s = "Diagnosis code " + codes[g.r.IntN(len(codes))] + " added to your claim."
		case 1:
			s = "ICD-10: " + g.pick("E11.9", "F41.1", "K21.9", "N39.0", "G43.909")
		case 2:
			s = "CPT " + g.pick("99213", "80053", "36415", "45378", "93000") + " billed"
		case 3:
			s = "NDC " + g.pick("0002-3227-30", "50090-1234-01", "12345-678-90", "00093-7146-56", "0378-1800-10")
		case 4:
			s = "LOINC " + g.pick("2345-7", "4548-4", "718-7", "2093-3", "2160-0")
		default:
			s = "Claim line: " + g.pick("E78.5", "I48.91", "Z34.90", "F90.0") + " and CPT 99214"
		}
		g.add("leak", std, []string{"code"}, s, false, nil)
	}
	// context matches: identity and sealed content repeated
	for i := 0; i < 50; i++ {
		f, l := g.pick(genRare1...), g.pick(genRare2...)
		y, m, d := g.date()
		mrn := "MR" + g.digits(7)
		ph := fmt.Sprintf("%d-%d-%s", g.num(201, 989), g.num(200, 999), g.digits(4))
		ctx := &corpusContext{
			Identity: []string{f + " " + l, fmt.Sprintf("%04d-%02d-%02d", y, m, d), mrn, ph, fmt.Sprintf("%d Quarry Hollow Rd", g.num(10, 999))},
			Sealed:   []string{"Your echocardiogram results", "Hello " + f + ", your results from the cardiology clinic show mild regurgitation. Dr. Vance recommends a follow-up in six weeks."},
		}
		var s string
		digits := strings.ReplaceAll(ph, "-", "")
		switch i % 8 {
		case 0:
			s = "Hello " + strings.ToLower(f) + ", you have a new message."
		case 1:
			s = "Message for " + l + " is waiting."
		case 2:
			s = "Please confirm " + g.fmtDate(y, m, d) + " in the portal."
		case 3:
			s = "Reference " + mrn[2:] + " when you call."
		case 4:
			s = "We'll text " + digits + " when it is ready."
		case 5:
			s = "Update: mild regurgitation noted, see portal."
		case 6:
			s = "Your cardiology follow-up: sign in for details."
		default:
			s = "Re: " + strings.ToUpper(l) + " account update"
		}
		g.add("leak", std, []string{"context"}, s, false, ctx)
	}
	// strict-mode association
	for i := 0; i < 40; i++ {
		t := g.pick("A new offer on %s just for you!", "Save 20%% on %s this week.", "Running low on %s? Reorder today.", "Because you bought %s, you might like these.", "Exclusive deal: %s", "Stock up on %s before the holidays.")
		g.add("leak", "strict", []string{"association"}, fmt.Sprintf(t, g.pick(genAssoc...)), false, nil)
	}
	// obfuscation
	obf := []func(string) string{
		func(s string) string { return strings.Join(strings.Split(s, ""), "\u200c") },
		func(s string) string { return strings.Join(strings.Split(s, ""), "\u200b") },
		func(s string) string { return strings.Join(strings.Split(s, ""), "\u00ad") },
		func(s string) string {
			r := strings.NewReplacer("a", "а", "e", "е", "o", "о", "p", "р", "c", "с", "i", "і")
			return r.Replace(s)
		},
		func(s string) string {
			var b strings.Builder
			for _, c := range s {
				if c >= 'a' && c <= 'z' {
					b.WriteRune(c - 'a' + 'ａ')
				} else {
					b.WriteRune(c)
				}
			}
			return b.String()
		},
		func(s string) string { return strings.Join(strings.Split(s, ""), " ") },
		func(s string) string { return strings.Join(strings.Split(s, ""), ".") },
		func(s string) string { return strings.Join(strings.Split(s, ""), "\u2060") },
	}
	for i := 0; i < 40; i++ {
		w := g.pick("metformin", "oxycodone", "diabetes", "chlamydia", "sertraline", "insulin", "hepatitis", "colonoscopy", "Truvada", "schizophrenia")
		ob := obf[i%len(obf)](w)
		t := g.pick("Your %s refill is ready.", "About your %s", "%s update available", "Order: %s")
		g.add("leak", std, []string{"obfuscation"}, fmt.Sprintf(t, ob), false, nil)
	}
	// HTML leaks
	for i := 0; i < 30; i++ {
		f, l := g.person()
		var s string
		switch i % 6 {
		case 0:
			s = "<p>Dear <b>" + f + "</b> " + l + ",</p><p>You have a new message.</p>"
		case 1:
			s = "<div>Your met<!-- x -->for<span></span>min refill is ready</div>"
		case 2:
			s = "<p>Call &#40;555&#41; 867&#45;" + g.digits(4) + " for details</p>"
		case 3:
			s = "<style>.x{color:red}</style><p>Your &#104;&#105;&#118; test is ready</p><script>var a=1;</script>"
		case 4:
			s = "<table><tr><td>DOB</td><td>" + fmt.Sprintf("%02d/%02d/%d", g.num(1, 12), g.num(1, 28), g.num(1930, 2000)) + "</td></tr></table>"
		default:
			s = `<a href="https://tracker.example.net/u?email=` + strings.ToLower(f) + `">View</a>`
		}
		k := []string{"name", "medication", "phone", "lab_test", "date", "url"}[i%6]
		g.add("leak", std, []string{k}, s, true, &corpusContext{AllowURLs: []string{"https://portal.example/m/"}})
	}
}

func (g *gen) cleans() {
	allow := []string{"https://portal.example/m/"}
	link := func() string { return "https://portal.example/m/" + fmt.Sprintf("%x", g.r.Uint64()) }
	seeds := []string{
		"Important information about your recent test",
		"Urgent message about your account",
		"Notification or reminder of an upcoming billing",
		"Payment processed successfully",
		"Account balance zero",
		"Your order total is $42.10; it is expected to ship on March 3",
		"You have a new message",
		"Your account balance is zero",
		"Reminder of an upcoming billing",
	}
	for _, s := range seeds {
		g.add("clean", "standard", nil, s, false, nil)
	}
	std := []string{
		"Your order total is $%[1]d.%02[2]d; it is expected to ship on %[3]s %[4]d.",
		"Payment of $%[1]d.%02[2]d processed successfully. Sign in to view your receipt: %[5]s",
		"Your statement is ready. Amount due: $%[1]d.%02[2]d by %[3]s %[4]d.",
		"Reminder: your payment of $%[1]d.%02[2]d is due on %[6]s.",
		"Your order #%[7]s has shipped and should arrive by %[3]s %[4]d.",
		"Good news! Your package is on its way. Estimated delivery: %[8]s, %[3]s %[4]d.",
		"You have a new secure message. Sign in to read it: %[5]s",
		"Important information about your recent test. Sign in to view: %[5]s",
		"Urgent message about your account. Please sign in at %[5]s",
		"Your verification code is %[9]s. It expires in 10 minutes.",
		"Use code %[9]s to finish signing in. Do not share this code.",
		"We received a request to reset your password. Reset it here: %[5]s",
		"Your password was changed on %[3]s %[4]d. If this wasn't you, contact support@sealpost-demo.com.",
		"Your account balance is $0.00. Thank you for your payment!",
		"You have an upcoming appointment. Sign in to see the details: %[5]s",
		"A care team member sent you a message. View it securely: %[5]s",
		"Your prescription is ready for pickup. Sign in for details.",
		"Time to refill? Sign in to manage your prescriptions: %[5]s",
		"We need a copy of your prescription to complete your order. Upload it here: %[5]s",
		"Important safety notice about a product you purchased. Sign in for return instructions.",
		"Your order of %[10]d items totaling $%[1]d.%02[2]d was received.",
		"Autopay is set for $%[1]d.%02[2]d on %[6]s.",
		"Your subscription renews on %[3]s %[4]d for $%[1]d.%02[2]d.",
		"Questions? Call us toll-free at 1-800-555-%[11]s, 24/7.",
		"Your refund of $%[1]d.%02[2]d has been issued and should post within 3-5 business days.",
		"Thanks for your order! Tracking number: 1Z%[12]s",
		"Your message center has %[10]d unread messages.",
		"Your invoice is available. Total due: $%[1]d.%02[2]d.",
		"Welcome to the portal! Confirm your email address: %[5]s",
		"Please confirm your email to finish registration: %[5]s",
		"Your delivery is scheduled for %[8]s between 9:00 AM and 1:00 PM.",
		"Order update: item backordered; expected to ship %[3]s %[4]d.",
		"Your return was received on %[6]s. Your refund is being processed.",
		"Our office will be closed on %[3]s %[4]d for the holiday.",
		"Scheduled maintenance: the portal will be unavailable %[3]s %[4]d from 1:00 to 3:00 AM ET.",
		"Your payment method ending in %[11]s was updated.",
		"Your card ending in %[11]s was charged $%[1]d.%02[2]d.",
		"Your Order #%[7]s Has Shipped",
		"Payment Received - Thank You",
		"New Message From Your Care Team",
		"Your Monthly Statement Is Ready",
		"Action Required: Please Update Your Payment Method",
		"Your cart is waiting: %[10]d items, subtotal $%[1]d.%02[2]d.",
		"Pickup ready at your selected store. Hold expires %[3]s %[4]d.",
		"Download the app to manage your account on the go.",
		"We updated our privacy notice effective %[3]s %[4]d, %[13]d. Read it at %[5]s",
		"Billing reminder: statement date %[6]s, balance $%[1]d.%02[2]d.",
		"Invoice INV-%[14]d is paid. Thank you.",
		"Your gift card balance is $%[1]d.%02[2]d.",
		"Step %[15]d of 3: confirm your contact preferences.",
		"Rate your experience from 1 to 5. It takes about 2 minutes.",
		"Your appointment request was received. We'll contact you to confirm.",
		"Please complete your registration within 7 days.",
		"You earned %[10]d reward points on your last purchase.",
		"Reminder: an upcoming billing on %[6]s. Sign in for details.",
		"Your account was accessed from a new device. If this was you, no action is needed.",
		"Your message could not be delivered. Please update your contact information.",
		"Hi there, your order is confirmed! Order total: $%[1]d.%02[2]d.",
		"Dear Customer, your payment was received.",
		"Dear Patient, you have a new document to review.",
		"Hello, a new statement is available in your account.",
		"Your shipment from our Dallas warehouse is on the way.",
		"Order %[7]s: 2 of 3 items shipped. Remaining items ship by %[3]s %[4]d.",
		"Version 2.4 of our app is here with faster sign-in.",
		"Your appointment has been rescheduled. Please sign in to see the new time.",
		"Your results are ready. Sign in to view them.",
		"Payment failed. Please update your card to avoid a late fee.",
		"Your HSA card payment of $%[1]d.%02[2]d was approved.",
	}
	for i := 0; i < 380; i++ {
		t := std[i%len(std)]
		dollars, cents := g.num(1, 950), g.num(0, 99)
		mon := genMonths[g.r.IntN(12)]
		day := g.num(1, 28)
		due := g.pick(fmt.Sprintf("%02d/%02d/2025", g.num(1, 12), g.num(1, 28)), fmt.Sprintf("%s %d", mon, day), fmt.Sprintf("2025-%02d-%02d", g.num(1, 12), g.num(1, 28)), fmt.Sprintf("%d/%d", g.num(1, 12), g.num(1, 28)))
		wd := g.pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
		s := fmt.Sprintf(t, dollars, cents, mon, day, link(), due, g.digits(g.num(5, 9)), wd, g.digits(6), g.num(2, 9), g.digits(4), strings.ToUpper(fmt.Sprintf("%x", g.r.Uint64()))[:14], 2025, g.num(10000, 99999), g.num(1, 3))
		if !strings.Contains(t, "%") {
			s = t
		}
		ctx := &corpusContext{AllowURLs: allow}
		if i%5 == 0 {
			// with a recipient context that the notice does not repeat
			ctx.Identity = []string{g.pick(genRare1...) + " " + g.pick(genRare2...), "1961-11-23", "MR" + g.digits(7), "404-555-0199", "77 Quarry Hollow Rd"}
			ctx.Sealed = []string{"Your echocardiogram results", "Hello, your results from the cardiology clinic show mild regurgitation. Please sign in to the portal to review your message."}
			ctx.Template = []string{t}
		}
		g.add("clean", "standard", nil, s, false, ctx)
	}
	marketing := []string{
		"Spring sale: 20%% off sitewide through %[1]s %[2]d. Shop now: %[3]s",
		"Free shipping on orders over $50 this week only.",
		"New arrivals in our wellness shop. Sign in to see your offer: %[3]s",
		"You have a new offer waiting. Sign in to view it.",
		"Members save 15%% this weekend. Details inside the portal.",
		"Our holiday hours have changed. See the schedule at %[3]s",
		"Refer a friend and you both get $10 off.",
		"Don't miss out: your reward expires %[1]s %[2]d.",
		"Thanks for being a loyal customer! Here's a little something for you.",
		"Summer Sale Ends Sunday",
		"Flash deal: buy 1, get 1 50%% off on select items.",
		"Check out what's new this month in our store.",
		"Your exclusive member discount is ready. Sign in to unlock it.",
		"Earn double points on every purchase until %[1]s %[2]d.",
		"Update your preferences to get offers you care about.",
		"We've refreshed our app. Download the latest version today.",
		"Save on household essentials. Offer valid through %[1]s %[2]d.",
		"Mark your calendar: our annual sale starts %[1]s %[2]d!",
		"A special thank-you gift is waiting in your account.",
		"Introducing same-day pickup at participating stores.",
		"Shop the new skincare collection today.",
		"Grace period extended: renew your membership by %[1]s %[2]d.",
		"Will you rate your recent order? It takes 30 seconds.",
		"Rose gold edition now available in our shop.",
		"Use promo code SAVE%[4]d at checkout.",
		"Cyber Monday: up to 40%% off. Ends at midnight.",
		"Your loyalty tier was upgraded to Gold!",
		"Join our newsletter for tips, offers and news.",
	}
	for i := 0; i < 140; i++ {
		t := marketing[i%len(marketing)]
		s := fmt.Sprintf(t, genMonths[g.r.IntN(12)], g.num(1, 28), link(), g.num(10, 30))
		if !strings.Contains(t, "%") {
			s = t
		} else if !strings.Contains(t, "%[") {
			s = strings.ReplaceAll(t, "%%", "%")
		}
		g.add("clean", "strict", nil, s, false, &corpusContext{AllowURLs: allow})
	}
	// HTML clean notices
	htmls := []string{
		`<html><head><style>p{font-family:Arial}</style></head><body><p>Hello,</p><p>You have a new secure message. <a href="%[1]s">Sign in to read it</a>.</p><p>&copy; 2025 Example Health</p></body></html>`,
		`<div><h1>Payment processed successfully</h1><p>Amount: <b>$%[2]d.00</b></p><p><a href="%[1]s">View receipt</a></p></div>`,
		`<p>Your order total is &#36;%[2]d.50; it is expected to ship on %[3]s 3.</p><!-- footer --><p>Questions? Reply to this email.</p>`,
		`<table><tr><td>Order</td><td>#%[4]d</td></tr><tr><td>Status</td><td>Shipped</td></tr></table>`,
		`<p>Important information about your recent test.</p><p><a href="%[1]s" title="Open the portal">Open</a></p><script>track()</script>`,
		`<p>Reminder: your statement is due on %[3]s 15.&nbsp;Pay online anytime.</p>`,
	}
	for i := 0; i < 30; i++ {
		s := fmt.Sprintf(htmls[i%len(htmls)], link(), g.num(10, 500), genMonths[g.r.IntN(12)], g.num(100000, 999999))
		g.add("clean", "standard", nil, s, true, &corpusContext{AllowURLs: allow})
	}
}

func TestGenerateCorpus(t *testing.T) {
	if !*updateCorpus {
		t.Skip("run with -update-corpus to regenerate " + corpusPath)
	}
	g := &gen{r: rand.New(rand.NewPCG(20260301, 3)), n: map[string]int{}}
	g.leaks()
	g.cleans()
	if err := os.MkdirAll(filepath.Dir(corpusPath), 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, it := range g.items {
		line, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(corpusPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d items", len(g.items))
}
