package guard

import (
	"bufio"
	"bytes"
	"math"
	"strings"
	"testing"
)

// TestNoticeModelDrop: the notice model's drop (noticemodel.go) clears the
// weak findings of an announcement the model reads as plainly ordinary,
// and keeps every finding tied to the reader, of a structural kind, in
// strict mode, or in a field with hidden HTML; the same texts without the
// model keep their findings. Texts written for this test (in no corpus).
func TestNoticeModelDrop(t *testing.T) {
	g := newTestGuard(t)
	rules := newTestGuard(t)
	rules.nm = nil
	cleared := []string{
		"Our infusion nursing team was honored with a regional quality award this fall. Thank you, team!",
		"The sleep lab parking lot is being repaved on Saturday, so the lot will be closed all day. Please use the north entrance and street parking.",
		"Weather update: our Riverside clinic opens at noon today. Telehealth visits continue as scheduled.",
	}
	for _, text := range cleared {
		fs, err := rules.CheckText(text, nil, Standard)
		if err != nil || len(fs) == 0 {
			t.Fatalf("%q: the rules alone must report it (the drop has nothing to clear): %v %v", text, fs, err)
		}
	}
	checkModeCases(t, g, nil, []modeCase{
		{cleared[0], Standard, false},
		{cleared[1], Standard, false},
		{cleared[2], Standard, false},
		// strict mode: no drop
		{cleared[1], Strict, true},
		// the reader's own care, a phone beside the same words
		{"Hi Marisol, your infusion nursing visit is Thursday at noon.", Standard, true},
		{"The sleep lab parking lot is being repaved on Saturday. Questions: call Dana at 555-201-7788.", Standard, true},
	})
	// hidden HTML: never cleared
	html := `<p>The sleep lab parking lot is being repaved on Saturday. Please use the north entrance.</p><span style="display:none">lupus</span>`
	fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: html, HTML: true}}}, nil, Standard)
	if err != nil || len(fs) == 0 {
		t.Errorf("hidden HTML: findings cleared: %v %v", fs, err)
	}
}

// TestNoticeModelFile: the model file reads back as written, and a
// corrupt one is refused (New fails closed on it).
func TestNoticeModelFile(t *testing.T) {
	q := make([]int16, 1<<nmBits)
	q[3], q[1000], q[nmMask] = 5, -7, 32767
	var b bytes.Buffer
	if err := writeNoticeModel(&b, q, []string{"abc dev1.jsonl"}); err != nil {
		t.Fatal(err)
	}
	m, err := readNoticeModel(bufio.NewReader(bytes.NewReader(b.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range q {
		if m.w[i] != v {
			t.Fatalf("weight %d: %v, want %v", i, m.w[i], v)
		}
	}
	if len(m.files) != 1 || m.files[0] != "abc dev1.jsonl" {
		t.Fatalf("files %q", m.files)
	}
	raw := b.Bytes()
	for _, bad := range [][]byte{
		nil,
		[]byte("not a model\n"),
		raw[:len(raw)-1],                    // cut
		append(append([]byte{}, raw...), 0), // trailing
		[]byte(strings.Replace(string(raw), "weights 3", "weights 4", 1)),
	} {
		if _, err := readNoticeModel(bufio.NewReader(bytes.NewReader(bad))); err == nil {
			t.Errorf("corrupt model %q… read without error", bad[:min(len(bad), 30)])
		}
	}
}

// TestNoticeModelLogit: logit, the check's loop, sums exactly the
// features nmFeatures gives training, in the same order, on every
// development row.
func TestNoticeModelLogit(t *testing.T) {
	m, err := loadNoticeModel()
	if err != nil {
		t.Fatal(err)
	}
	g := newTestGuard(t)
	sc := scannerPool.Get().(*scanner)
	defer scannerPool.Put(sc)
	n := 0
	for _, it := range devCorpusItems(t, "dev1*.jsonl") {
		sc.reset(g, g.empty, Standard, "text")
		sc.run(it.Text, it.HTML)
		for _, strict := range []bool{false, true} {
			var sum int32
			k := 0
			nmFeatures(sc.toks, strict, func(idx uint32, _ int) {
				sum += int32(m.w[idx])
				k++
			})
			want := float32(float64(sum) / nmScale / math.Sqrt(float64(k)))
			if got := m.logit(sc.toks, strict); got != want {
				t.Fatalf("%s: logit %v, features' sum %v", it.ID, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d rows", n)
	}
}

// TestNoticeModelDropAddressed: the drop keeps a field whose weak finding
// sits within nmAddrWin words after a word addressing the reader (your,
// tu, su …): the reader's refill or balance padded with newsletter or
// billing wording (red team redm, dev108r), or a relative's care or one
// order waiting for the reader (red team redm22, dev114r). Each text scores at or under
// nmClearAt (under a model built to score every field low), so only the
// narrowing keeps it; the same padding about goods for everyone is still
// cleared. Texts written for this test (in no
// corpus).
func TestNoticeModelDropAddressed(t *testing.T) {
	g := newTestGuard(t)
	rules := newTestGuard(t)
	rules.nm = nil
	kept := []string{
		"Welcome to our winter newsletter! This season we opened a new parking lot, added evening hours on Thursdays and repainted the waiting room. Our staff ran the city half marathon. Your Lexapro refill was sent to the pharmacy this morning. Stay warm and have a great season.",
		"Good news from our billing office: online bill pay is now open around the clock, we accept all major cards and HSA cards, and statements have a new look this month. The balance for your hernia repair is due at the end of the month. Thank you for choosing us.",
		"Boletín de invierno: abrimos un nuevo estacionamiento, ampliamos el horario de los jueves, renovamos la sala de espera y sumamos dos idiomas al menú telefónico. Nuestro equipo corrió la media maratón de la ciudad. Ya enviamos tu escitalopram a la sucursal. Que tenga una excelente temporada.",
		// the reader named after the care as the one who asked for it (red22, dev113r-leak-047)
		"Holiday hours: all locations close at 3 pm on Dec 24 and reopen Dec 26. Free parking and our new family lounge are open to everyone. Pharmacy note: the lithium refill you requested is ready for pickup. Happy holidays to all our families!",
		"Horario de fiestas: todas las sucursales cierran a las 15 h el 24 de diciembre. Estacionamiento gratis para todos. Aviso de farmacia: la sertralina que usted solicitó ya está lista. ¡Felices fiestas a todas las familias!",
		// a relative's care, or one order waiting for the reader, with no
		// possessive addressing the reader (red team redm22, dev114r)
		"Holiday hours: all locations close at 3 pm on Dec 24 and reopen Dec 26. Free parking and our new family lounge are open to everyone. A reminder that Mom's dialysis chair moves to the afternoon shift next week. Happy holidays to all our families!",
		"Horario de fiestas: todas las sucursales cierran a las 15 h el 24 de diciembre. Estacionamiento gratis para todos y nueva sala familiar. La diálisis de la abuela se mueve al turno de la tarde. ¡Felices fiestas a todas las familias!",
		"Holiday hours: all locations close at 3 pm on Dec 24 and reopen Dec 26. Free parking and our new family lounge are open to everyone. Pharmacy note: the Xarelto refill is ready for pickup at the Elm St counter. Happy holidays to all our families!",
		"Holiday hours: all locations close at 3 pm on Dec 24 and reopen Dec 26. Free parking and our new family lounge are open to everyone. Pharmacy note: a refill of naltrexone was approved by the doctor and is ready. Happy holidays to all our families!",
		"Horario de fiestas: todas las sucursales cierran a las 15 h el 24 de diciembre. Estacionamiento gratis para todos y nueva sala familiar. Aviso de farmacia: la receta de sertralina quedó lista para recoger. ¡Felices fiestas a todas las familias!",
	}
	cleared := "Welcome to our winter newsletter! This season we opened a new parking lot, added evening hours on Thursdays and repainted the waiting room. Our staff ran the city half marathon. We now stock Lexapro and other generics at every store. Stay warm and have a great season."
	// a model that scores every field far under nmClearAt, so that the
	// narrowing alone decides (the trained model is retrained as data
	// grows; these cases test the mechanism)
	low := &noticeModel{w: make([]int16, 1<<nmBits)}
	for i := range low.w {
		low.w[i] = -8 * nmScale
	}
	g.nm = low
	for _, text := range append(kept, cleared) {
		if fs, err := rules.CheckText(text, nil, Standard); err != nil || len(fs) == 0 {
			t.Fatalf("%q: the rules alone must report it: %v %v", text, fs, err)
		}
		if l := nmTextLogit(g, text); l > nmClearAt {
			t.Fatalf("%q: scores %v, over nmClearAt: the case does not reach the drop", text, l)
		}
	}
	cases := []modeCase{
		{cleared, Standard, false},
		{strings.Replace(cleared, "every store.", "every store, thank you for asking.", 1), Standard, false},
		// a relative or a readiness word far from the drug: still cleared
		{strings.Replace(cleared, "Welcome to", "Mother's Day is coming! Welcome to", 1), Standard, false},
		{strings.Replace(cleared, "every store.", "every store. New lockers are ready for everyone.", 1), Standard, false},
	}
	for _, k := range kept {
		cases = append(cases, modeCase{k, Standard, true})
	}
	checkModeCases(t, g, nil, cases)
}

// nmTextLogit: the notice model's score of text read as one plain field.
func nmTextLogit(g *Guard, text string) float32 {
	sc := scannerPool.Get().(*scanner)
	defer scannerPool.Put(sc)
	sc.reset(g, g.empty, Standard, "text")
	sc.run(text, false)
	return g.nm.logit(sc.toks, false)
}
