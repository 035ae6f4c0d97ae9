package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCopyrightHead(t *testing.T) {
	s := Default()
	for _, h := range []string{
		"© 2024 Example Media Group Ltd.",
		"2021 Gazeta Przykładowa.",
		"Copyright 2009-2024 by The Example Post.",
		"(c) 2023 Editora Exemplo S.A.",
		"© Mon Jan 6 09:00:00 GMT+01:00 2020 Jornal Exemplo.",
	} {
		assert.True(t, s.CopyrightHead(h), h)
	}
	for _, h := range []string{
		"2021 was a hard year for the club.",
		"2019 Beispiel Verlag hieß das Unternehmen damals.",
		"In 2021 Example Media was sold.",
		"2022.",
		"© 2021 The Estate was printed under it, the catalogue shows.",
		"© 2024 Example Media Group, one of the largest publishers in the region, and its many partners.",
	} {
		assert.False(t, s.CopyrightHead(h), h)
	}
}

func TestReplyAfterWe(t *testing.T) {
	assert.True(t, replyAfterWe(siteVoice, readerVoice, 1), "one sentence to the reader after the site's")
	assert.False(t, replyAfterWe(siteVoice, readerVoice, 2), "two sentences after it: the site must speak in them")
	assert.False(t, replyAfterWe(readerVoice, readerVoice, 1), "the spam sentence does not speak as the site")
	assert.False(t, replyAfterWe(siteVoice, siteVoice|readerVoice, 1), "the site speaks after it: AppealTail's own case")
}

func TestJoinedCandidates(t *testing.T) {
	s := Default()
	prose := "El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del año que viene, tras un debate de más de cuatro horas. "
	assert.Positive(t, s.ScoreAs(prose+"EntrarRegístrate", Glued).Candidates, "a run-together menu glued to the end")
	assert.Positive(t, s.ScoreAs(prose+"Lire la suiteLire la suite", Glued).Candidates, "a label anchored to the start, run together")
	// A brand with a capital inside is a join too, but no phrase: nothing to look at.
	assert.Zero(t, s.ScoreAs(prose+"Sony vende menos PlayStation que antes.", Glued).Candidates)
	assert.Zero(t, s.ScoreAs(prose+"Las ventas de la ThinkPad cayeron.", Glued).Candidates)
}

func TestFooterRow(t *testing.T) {
	for _, f := range []string{
		"© Example News | Impressum | Datenschutz | Kontakt | Hilfe (FAQ) : Web - App - Zeitung",
		"© 2024 Diario Ejemplo | Aviso legal | Privacidad | Cookies",
	} {
		assert.True(t, footerRow(f), f)
	}
	for _, f := range []string{
		"© Example News | Impressum | Datenschutz", // a row too short to be sure
		"Impressum | Datenschutz | Kontakt | AGB",  // no ©: the scorer's other features judge it
		"© AFP | Photo | Credit | The mayor said on Monday that the council would review the budget again in the spring", // a sentence in it
	} {
		assert.False(t, footerRow(f), f)
	}
}

// TestLinkRow: a row of three or more short items between separators, glued after a
// paragraph's last sentence, is a footer or a menu though no rule explains its words; a row
// with an item as long as a sentence, or one that ends on a full stop, is not.
func TestLinkRow(t *testing.T) {
	s := Default()
	row := "Ein Projekt von Familie Sommer · Hosting in Deutschland · Kein Tracking ohne Einwilligung"
	for _, f := range []string{row, "Über uns | Mediadaten | Jobs bei uns | Barrierefreiheit", "Inicio • Contacto • Política de privacidad"} {
		assert.True(t, linkRow(f), f)
	}
	for _, f := range []string{
		"Impressum | Datenschutz",               // two items
		"Über uns · Mediadaten · Jobs bei uns.", // a sentence's full stop
		"Über uns · Jobs · Der Rat tagte am Montag bis spät in die Nacht über den Haushalt", // a sentence in it
	} {
		assert.False(t, linkRow(f), f)
	}
	v := s.ScoreIn(row, Glued, Context{Doc: NewDoc([]string{"Der Rat tagte am Montag bis spät in die Nacht. " + row}), Tail: true})
	assert.True(t, v.Spam, "%+v", v)
}

func TestRuleOpens(t *testing.T) {
	s := Default()
	assert.True(t, s.ruleOpens("Los comentarios están cerrados."), "a phrase that runs past the first three fields")
	assert.True(t, s.ruleOpens("Sign up for free email alerts"), "a button's words, then the promo's phrase")
	assert.True(t, s.ruleOpens("Sign up to our free newsletter"), "a button's words, then the promo's phrase")
	assert.False(t, s.ruleOpens("Cookies kontrolliert wurden und die Cookie-Richtlinie verletzt war."), "the phrase starts later")
}

func TestLabelHeadline(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Read more: The cheapest family cars of the year", true},
		{"Lire aussi : Les loyers baissent dans les grandes villes", true},
		{"Read More: Books and the Modern Reader, which runs until March.", false}, // a sentence
		{"Read more about the cheapest family cars of the year", false},            // no label
	} {
		assert.Equal(t, c.want, labelHeadline(c.t, s.ScoreAs(c.t, Glued)), c.t)
	}
}
