// Package guard is sealpost's PHI guard: it checks every rendered notice
// (subject, text, HTML, SMS, push, webhook payload) before it leaves and
// reports anything that looks like protected health information, so the
// caller can block the send (fail closed: any finding, or any error, blocks).
//
// A finding says what was seen (kind and rule), where (byte span in the
// field as given; for HTML fields, in the original HTML), how sure the guard
// is, why (Reason) and what to do about it (Fix), but never the matched text
// itself, so findings can be logged and stored. Explain quotes the span for
// the sender of the text only.
//
// # How it works
//
// Each field is cut to Options.MaxFieldBytes (a longer field is reported
// as "oversize", never skipped), HTML is reduced to the text a reader sees
// (scripts and styles dropped, entities decoded, alt/title/href/data-*
// and similar attributes kept, CSS-hidden text kept, comments checked after
// the rest) and then normalised in one pass:
// compatibility decomposition (fullwidth, ligatures, mathematical letters),
// diacritics and zero-width/format characters removed, Cyrillic and Greek
// look-alike letters mapped to Latin, unicode spaces, dashes and quotes
// mapped to ASCII, invalid UTF-8 and control characters replaced by
// spaces. Every normalised byte keeps the span of the input that produced it.
// A field that carries a nested encoding (quoted-printable, percent-encoding,
// HTML entities in plain text; up to three rounds) is checked a second time
// decoded (decode.go), its spans still in the input.
// The text is split into word and number tokens once; detectors work on
// the tokens with hash-map lookups in the embedded vocabularies (no
// regular expressions), so a check is linear in the input.
//
// # Kinds
//
// Safe Harbor identifiers (45 CFR 164.514(b)(2)):
//
//	name         personal names: titles ("Dr. Patel"), greetings ("Dear Maria"),
//	             first+last names from the name lists, "Last, First", names after
//	             cue words ("Patient: ..."), capitalised words in no vocabulary
//	address      street addresses, PO boxes, "City, ST 12345", Australian,
//	             New Zealand and Canadian shapes ("Unit 9/41 Kingsway",
//	             "Glen Iris VIC 3146", "ON M5V 2T6": address.commonwealth)
//	zip          ZIP codes with a cue ("ZIP 02139", after a state) and ZIP+4
//	date         dates more specific than a year tied to a person (see below)
//	age          ages over 89 ("92 years old", "aged 91", "age: 95")
//	phone        NANP numbers in any punctuation, +international, national
//	             numbers starting with 0, 7-digit local numbers, extensions
//	email        email addresses (role mailboxes such as support@ or facturacion@ are allowed)
//	             and "name [at] host [dot] com"
//	ssn          123-45-6789, 123 45 6789, "SSN 123456789", SSN last four
//	mrn          medical record / chart / patient numbers after a cue word
//	health_plan  member, subscriber, policy, group, Medicare/Medicaid numbers;
//	             the Medicare Beneficiary Identifier shape (1EG4-TE5-MK72,
//	             id.mbi) except right after a promo/coupon/discount-code cue
//	             in a notice with no health-plan, personal or clinical word
//	             ("Use code 4KQ7-NM2-RT88 at checkout", promocode.go)
//	account      account, claim and payment card numbers (Luhn-valid)
//	license      licence, certificate, DEA, NPI numbers
//	vehicle      VINs, licence plates after a cue
//	device       serial numbers, UDI, device ids, MAC addresses
//	url          links other than the Context.AllowURLs prefixes
//	ip           IPv4 and IPv6 addresses
//	identifier   other unique numbers: long digit runs (7+), long alphanumeric
//	             codes, prescription/case/specimen numbers
//
// Clinical content:
//
//	condition    conditions and diagnoses (vocab/conditions.txt)
//	medication   generic and brand drug names, doses ("500mg")
//	lab_test     lab tests and measurements; readings and lab values of the
//	             person ("150/95", "glucose was 245", "96 kg" after "your
//	             weight", clinical.vital, vitals.go)
//	procedure    procedures and therapies; vaccinations of the person ("Your
//	             Tdap is overdue", clinical.vaccination, vitals.go)
//	code         ICD-10-CM (E11.9), CPT/HCPCS with a cue, NDC (4-4-2, 5-3-2,
//	             5-4-1, 11 digits with a cue), LOINC (2345-7, check digit verified)
//
// Other:
//
//	context      a word, number or date of the recipient's sealed identity or
//	             of the sealed message reappears in the notice
//	association  strict mode only: wording that reveals health by association
//	             ("your diabetes supplies", "prenatal vitamins")
//	obfuscation  a word disguised with zero-width characters or look-alike
//	             letters from another script (reported in addition to what
//	             the disguised word is)
//	oversize     the field was longer than the limit; only its start was checked
//
// Words in no vocabulary: a word that is neither in the built-in lists nor
// ordinary English or Spanish (vocab/general_*.txt.gz, from Debian's
// wamerican and wspanish) is reported in a clinical frame ("your … refill",
// "su receta de …": frame.clinical), a personal frame ("Hi …", "pickup for
// …": frame.name; "LAST, FIRST": frame.last_first), with a drug or
// condition ending (frame.morphology) or within two edits of a medication
// or condition (frame.misspelling), or — last resort — as a lower-case word
// of 6+ letters in no vocabulary at all (frame.unknown). Compositional rules
// (compose.go) hold for terms never listed: a clinical head with a modifier
// ("X disease", "síndrome de X": compose.condition), a body part and a
// clinical word ("kidney failure": compose.body), a content word before a
// head only clinical subjects take ("X referral", "X care plan":
// compose.head), an unknown word with a dose (compose.dose), ordinary words
// with endings only clinical words have ("-itis", "-ectomy":
// compose.affix), and names by position (compose.greeting, compose.name,
// compose.name_cue). Issue 15's second pass adds: a word in no vocabulary
// anywhere in a notice that names a health cue (refill, pharmacy, nurse,
// receta…: frame.notice); a medical root with a clinical ending
// ("pulmonologist", "cardiología": compose.root); a clinical head, a
// preposition and a content word ("su tratamiento de X", "prior
// authorization for X": compose.head_before); "living with X", "diagnosed
// with X" (compose.living_with); digits or symbols for letters and words
// broken in two ("d1abetes", "di@betes", "dia betes": obfuscation.digits,
// obfuscation.split); dotted capitals ("H.I.V."); "LAST, FIRST" in
// capitals with one known name (name.last_first); one-word foreign street
// names with a number ("Bahnhofstraße 14"). Invisible characters or
// look-alike letters inside an ordinary word that is no clinical term or
// name are not reported. Issue 15's third pass adds: WordNet 3.0 medical
// nouns (vocab/wordnet_medical.txt); Spanish/English cognates of listed
// terms ("artritis", "demencia": cognate.term, cognate.go); equipment and
// lab tests by their modifier ("insulin pump", "silla de ruedas":
// compose.device; "potassium level", "muestra de orina": compose.lab,
// heads.go); drug classes by action ("antiemetic", "beta blocker":
// compose.drug_class, drugclass.go); adjectives of listed conditions
// ("asthmatic": compose.adjective, adjective.go); digits written as words
// (phone.spelled, identifier.spelled), user names and handles
// (username.cue, username.name, username.at), given names in the
// possessive before a health word (name.possessive) and the last digits of
// an insurance card (health_plan.last_digits), all in shapes.go's one
// pass. Ordinary words that are clinical ("mumps", "pleurisy", "lumbago":
// vocab/wordnet_ordinary.txt, WordNet words whose most frequent sense is
// medical) are reported in a personal or health frame — after
// your/su/tu, after "managing", before a health-programme head (program,
// education, follow-up, care plan…), after "información sobre", and so are
// their Spanish spellings and the ordinary adjectives of listed conditions
// ("obese", "embarazada") (frame.ordinary, ordinary.go). Two adjacent
// words where one ends or starts several multi-word terms of the clinical
// lists, counted at New from the lists as loaded ("needle biopsy",
// "chronic pain", "degeneración macular": compose.learned, learned.go),
// and a capitals-only abbreviation of the lists written in lower case in a
// personal or health frame ("questions about copd": compose.abbrev,
// abbrev.go) are reported too. An ambiguous list word ("shingles",
// "mono", "withdrawal", "cane") whose only health cue is "your"/"su"
// passes beside a word of its own everyday sense ("Your roof shingles",
// "Your mono speaker", "Your withdrawal of $200", "Su bastón de
// trekking": producthead.go).
// With Options.MedicalDictionaries (files the operator installed,
// such as Debian hunspell-en-med, read at New and never embedded:
// sysvocab.go), a word of such a dictionary that is not ordinary English
// or Spanish is reported (dictionary.term); one the dictionary holds only
// capitalised, or capitalised inside a sentence, only where it names the
// item itself ("Questions about Serax?", not "Your Aquaphor order"); a word
// in no vocabulary that is the Spanish spelling of a lower-case entry
// ("reserpina", "clortalidona": same cognate key) is reported too
// (dictionary.cognate, dictcognate.go); a word one edit of sound key
// (ph/f, y/i, c/k/s, doubled letters, a final vowel…) from a lower-case
// entry, and at most two letters from it, is reported as
// dictionary.misspelling ("bronchiectesis"), and the same sound key finds
// misspellings of the built-in terms by ear (frame.misspelling:
// "skitzophrenia"); a word one edit from an ordinary English or Spanish
// word ("recieve") is a typo of that word and left to the frame rules
// (dictfuzzy.go). Issue 15's fifth pass (dev16, fifthpass.go) also adds
// specialties made of medical combining forms
// ("urogynecology", "electrophysiology": compose.specialty) and care
// places named by a clinical domain ("memory clinic", "sleep lab":
// compose.care_place, specialty.go), eponyms in the possessive before a
// condition head and device eponyms before a device word ("Raynaud's
// phenomenon": compose.eponym; "Holter hookup": compose.device_eponym,
// eponym.go) and names after an opening interjection ("Good news,
// Priyanka —": compose.vocative, vocative.go); hyphenated brands
// ("Fever-Tree"), accented loanwords ("crème brûlée") and state codes
// inside reference codes ("#TX-55201") are not reported (brandnames.go,
// loanword.go, refcode.go). The fifth pass's remaining development cases
// add a given name before a dash and "your" ("Rahul - your claim":
// compose.dash_name, dashname.go), care places with one connector ("the
// Memory Care Clinic", specialty.go), and a personal care sentence as the
// cue of an ambiguous clinical term elsewhere in the field ("Flu shots …
// Your refill is also ready": carecue.go); everyday vitamins, hygiene goods
// and product codes ("Your vitamin B12 gummies", "Su gel antibacterial",
// "SKU HRT-4420": everyday.go) and clinics named after their place ("the
// Riverside Clinic": placename.go) are not reported, and vaccine offers,
// over-the-counter drugs, fast results and mobile units on a schedule are
// general announcements (announce_offer.go), as are audiences open to
// anyone, advice to ask one's pharmacist, events with such an audience and
// the sender opening a place (announce_public.go); clinical letters of an
// order code ("Order #A1C-88213": ordercode.go), shop keys and queue
// tickets ("order_id", "ticket number is OR-17": shopid.go), Spanish
// sunscreen (sunblock.go) and "hurricane prep" (prepword.go) are not
// reported, and a public event's date is a business date (publicdate.go).
// The category's own template wording counts as ordinary for all of
// these; tenant terms of kind "approved" clear only approvable findings
// (names, words in no vocabulary, dictionary words), read as a phrase
// (approve.go). See frame.go,
// compose.go and README.md. Spanish fields are judged like English ones
// (lang.go): a field's language is read from its function words, so a
// Spanish Title Case line is Title Case and a word in no vocabulary
// opening a Spanish sentence before "programada", "lista para recoger"
// or ": su cita/receta/tratamiento" is reported (frame.es_clinical);
// Spanish phone, street, month, identity-document, booking and toll-free
// shapes have their own small rules there. Shop, brand, branch, city and
// pet names pass where a business-category word, a pet or travel noun or a
// brand slot says what they are ("Farmacias Guadalajara", "su perro Toby",
// "Su pedido de Mercadona", "your dog's rabies vaccine"); a person, health
// wording or a clinical frame keeps the finding (orgnames.go).
//
// Issue 15's fifth pass reads digits and symbols for letters with more
// digits, 8 for b and short capitals abbreviations beside a test or result
// word ("s3rtr4l1ne", "H1V test": obfuscation.leet, leet.go), mixed-case
// abbreviations ("vEEG", "hCG": compose.abbrev_case, abbrevcase.go),
// over-the-counter items that tell about health in a personal frame
// ("Your nicotine gum order", "Sus parches de nicotina": otc.personal,
// otc.go) and an unknown capitalised brand in a sentence about a
// prescription benefit ("Copay card applied to your Xifaxan order":
// frame.pharmacy_benefit, pharmacycue.go).
//
// For the long tail (dev20, tail.go) it reads clinical values under
// payload keys ({"test":"ANC"}: compose.json_value, jsonvalue.go), ASCII
// look-alike letters ("HlV", "rnorphine": obfuscation.lookalike,
// lookalike.go), a capitalised word in no vocabulary opening a sentence
// before a clinical head ("Gastroparisis diet guide": frame.initial,
// initialcap.go), a bare clinical term in a short CSS-hidden run of HTML
// (obfuscation.hidden; hidden elements are set apart from the words
// around them, htmlhidden.go), greetings of other languages before a name
// ("Kia ora Aroha,": greetintl.go) and European street shapes ("ul.
// Marszałkowska 84/92", "rue de Rivoli 12,": address_eu.go).
//
// Product noun phrases in shop wording ("Your Dr Pepper Zero 12-pack was
// added to your order", "Your Stephen King 'Doctor Sleep' paperback has
// shipped", "Su pedido de Dr. Martens ha sido enviado": "your"/"su" and
// capitalised words, titles or quoted titles before a goods head of
// vocab/goods_heads.txt, in a sentence with a shop frame) are found once
// per field (product.go): no name rule reports the words inside one, and an
// ambiguous clinical word in its quoted title or hyphenated brand
// ("Fever-Tree") is not reported. Any care or health word in the notice, a
// title before a listed family name ("Dr. Patel"), a personalisation word
// or a quoted given name on goods that are not media keeps every finding
// (fail closed).
//
// Billing and portal wording (imaging.go, greetkin.go, cardcue.go,
// closure.go): an imaging abbreviation in capitals before a body region or
// a contrast phrase ("CT abdomen/pelvis", "RM de rodilla":
// compose.imaging); a care-unit abbreviation after your/su or "in the /
// en la", or before a care head ("NICU care", "Your ER visit":
// compose.care_unit); a kinship word and a name, or a given name before a
// dash, after a greeting ("hello grandpa joe —", "hey bobby —":
// compose.greeting); an identifier after a cue beside an insurance card is
// reported even though a payment-card word is near ("Your insurance card
// (Policy W229-448-01)"); a date after the sender's place closes or
// reopens ("Our clinics will close early on Dec 31") is a business date.
//
// Devices by brand, model and part (devicebrand.go, vocab/devices.txt,
// vocab/device_parts.txt): a device product name of the list ("Zio patch",
// "Nucleus 8": clinical.supply); a device maker's name that is also an
// ordinary word, name or other brand beside a part word of its device
// family ("Guardian 4 sensors", "Hollister flanges": device.brand; one
// letter off, "Omnipad 5 pods": device.brand_typo), unless a word of the
// family's look-alike domain is in the notice (door and alarm sensors,
// toilet flanges, football headgear); two parts of one device, one no
// household product's ("flanges and paste": device.parts); a misspelled
// drug before pen, injection or syringe ("Humera pen": device.drug_pen).
// A hyphenated lower-case given name or three or four capitalised words
// after a greeting are a name ("hey jean-luc,", "Kia ora Aroha Te Rangi,":
// compose.greeting, greetname.go); a care role named by a condition or
// treatment ("Your transplant coordinator": compose.care_role,
// carerole.go), not a generic one ("your care coordinator"). A lettered
// code after an invoice, statement, account, claim or member word
// ("Invoice INV-558812": id.prefixed, idprefix.go); dental work with a
// dental or personal cue ("Your dental crown is back from the lab":
// clinical.dental, dental.go); recovery and treatment centers, sober
// living and inpatient units (compose.care_place, compose.care_unit,
// addictcare.go); a change of the recipient's weight with a unit ("your
// weight went up 4 lb": clinical.vital_change, bodychange.go); PT, OT and
// SLP visits ("Your PT eval": clinical.therapy_abbrev, therapyabbr.go);
// what a prior auth request is for (compose.prior_auth, priorauth.go); a
// name in no list opening a subject before ", your" (compose.name,
// subjname.go). Helper RED3's red team round (dev28s) adds a name before a
// colon and a personal recording's occasion ("Okafor Nnamdi: Wedding
// Highlights (DVD)": compose.name, occasionname.go) and a weight change
// without "your weight" when a clinician is to be called
// (clinical.vital_change, bodychange.go). The eighth pass (helper MISS2)
// adds IOP, PHP, HA and CI before their own heads ("Your IOP schedule",
// "your HA settings": clinical.therapy_abbrev, careabbr.go), a lower-case
// name after "thanks so much" or "mil gracias" (compose.vocative,
// thanksmore.go), the reader's relative treated in the sender's unit
// ("your daughter was treated in our NICU": compose.relative_care,
// relativecare.go) and an injury named by its body part ("your MCL tear",
// "fractura del pie": compose.injury, injury.go).
//
// Rules are stable dotted names (e.g. "phone.nanp", "date.person",
// "name.greeting", "id.mrn", "clinical.medication", "context.identity",
// "obfuscation.zero_width"); the kind is the part to act on, the rule says
// which detector fired.
//
// # Modes
//
// Standard is for transactional notices. Strict is for marketing notices
// and adds the association vocabulary (vocab/association.txt). In standard
// mode only, a general announcement of the sender's services ("Shingles and
// pneumonia vaccines are now stocked at all our locations", "ya disponibles
// en nuestras farmacias") passes: every finding is clinical, each sits in a
// sentence with a sender-side frame (all our locations, now available, in
// stock, walk-ins welcome, hours, sin cita) and nothing in the notice is
// about the recipient (you/your, su/usted, a name, a greeting, results,
// refills, due…); see announce.go.
//
// # The rule for dates
//
// A date more specific than a year is reported unless it is clearly not
// about the person's health care. Within the same sentence (up to 8 words
// before and 4 after) the guard looks for cue words:
//
//   - a person cue (born, birth, DOB, admitted, discharged, died, visit,
//     appointment, seen, surgery, test, lab, collected, service, diagnosed,
//     vaccine, exam, scan, results...) makes it "date.person" (confidence 0.9);
//   - otherwise an order/shipping/billing/system cue (ship, deliver, arrive,
//     order, due, bill, statement, invoice, payment, paid, charge, autopay,
//     renew, expires, valid, until, sale, offer, ends, closed, holiday,
//     maintenance, effective, updated, password, balance...) lets it pass:
//     "expected to ship on March 3", "payment due 04/10/2025";
//   - a date with neither is reported as "date.untied" (confidence 0.6): fail
//     closed. A notice whose every finding is an untied date, and which
//     carries no care signal anywhere (no care, record or kin word, no
//     reader-appointment wording, no clock time beside "you", no name, no
//     birth year…), passes: the dates are the sender's own (caresignal.go).
//     A person cue that only names the sender's lab or a public vaccination
//     day leaves the date untied (weakcue.go).
//
// Month and year alone ("March 1984") is reported only with a person cue.
// Independently, a date equal to a date of the recipient's identity (birth
// date) is a "context.identity_date" finding; a month-day match without
// year is exempt only when it sits in an order/shipping/billing sentence.
//
// # Context matching
//
// Context values are normalised like notices. The following count:
// single rare words (not a stop word, not a common English word, not
// Template wording, given per check in Context.Template or prepared once
// for many checks with NewWording and passed as Context.Wording; 2+ letters
// for identity values, 3+ for sealed text);
// identity word pairs (so a name made of common words, "Will Grant", is
// caught as a pair but "will" alone is not); runs of three content words
// (stop words and Template words skipped) from the sealed text; numbers of
// 4+ digits compared digits-only across any grouping (555-123-4567 =
// (555) 123 4567 = 5551234567, a leading country code 1 ignored), plus the
// last four digits of identity numbers of 7+ digits; dates compared by
// value whatever the format (1984-03-07 = 3/7/84 = March 7, 1984).
// Years alone, amounts of money, and sealed numbers in order/tracking
// context are not matched.
//
// # Performance
//
// Prepare a Context once per recipient and message (Guard.Prepare) and
// check every channel's notice with CheckPrepared; see docs/benchmarks.md.
package guard
