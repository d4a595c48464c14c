package guard

import "testing"

// TestNoticeModelWhose: the drop clears a weak finding only in a sentence
// saying it is the sender's or everyone's, or inside the sender's name
// (nmwhose.go). Texts written for this test (in no corpus): one reader's
// care padded with holiday-hours wording, next to announcements of the
// same words. Each kept text is checked to be one the drop would clear
// without the sentence reading (nmWhoseOn off), so the test cannot pass by
// the model alone.
func TestNoticeModelWhose(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	pad := "Holiday hours: all locations close at 3 pm on Dec 24 and reopen Dec 26. Free parking and our new family lounge are open to everyone. "
	end := " Happy holidays to all our families!"
	kept := []string{
		pad + "On hold at the pharmacy counter: one bottle of Eliquis 5 mg, 90 tablets." + end,
		pad + "Shipped by mail order: gift wrap and one 30-day supply of lithium carbonate." + end,
		pad + "The embryo transfer is confirmed for the first week of January." + end,
		"Horario de fiestas: todas las sucursales cierran a las 15 h el 24 de diciembre. Estacionamiento gratis para todos. Esta semana en mostrador: una caja de metformina a nombre de esta cuenta. ¡Felices fiestas a todas las familias!",
		// second red team (red23b): the sender as agent is no range, an
		// organisation's name at the reader's visit, a webhook's item
		pad + "We sent the new Xarelto prescription to the Oak St counter this morning." + end,
		pad + "Please check in at the Hepatitis C Treatment Clinic before the 9 am visit." + end,
		`{"event":"notice","item":"Mounjaro 7.5 mg pens","body":"` + pad + end + `"}`,
	}
	cleared := []string{
		pad + "Flu shots and generic atorvastatin are available at every counter, no appointment needed." + end,
		"Tiene un mensaje nuevo de Tri-County Urology. Inicie sesión: https://portal.example/m/Nmr8b8KR",
		pad + "Generic atorvastatin and flu shots are available at every counter, no appointment needed." + end,
	}
	nmWhoseOn = false
	for _, text := range kept {
		fs, err := g.CheckText(text, ctx, Standard)
		if err != nil || Blocked(fs) {
			t.Fatalf("%q: without the sentence reading the drop must clear it (else this test proves nothing): %v %v", text, fs, err)
		}
	}
	nmWhoseOn = true
	nmDropOn = false
	for _, text := range cleared {
		fs, err := g.CheckText(text, ctx, Standard)
		if err != nil || !Blocked(fs) {
			t.Fatalf("%q: without the drop the rules must report it (else this test proves nothing): %v %v", text, fs, err)
		}
	}
	nmDropOn = true
	var cases []modeCase
	for _, text := range kept {
		cases = append(cases, modeCase{text, Standard, true})
	}
	for _, text := range cleared {
		cases = append(cases, modeCase{text, Standard, false})
	}
	checkModeCases(t, g, ctx, cases)
}
