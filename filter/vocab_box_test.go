package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVocabularyBox: a box the scraper kept as one paragraph goes whole when the glued rules
// found its last sentence (the sign-up line) and the vocabulary model reads the sentences
// before it, which have no evidence of their own, as the site's text. The same sign-up line
// glued to a paragraph of news takes only itself.
func TestVocabularyBox(t *testing.T) {
	news := "Die Stadtwerke senken zum Jahreswechsel die Preise für Fernwärme um durchschnittlich zwölf Prozent, nachdem die Einkaufskosten deutlich gefallen sind."
	after := "Die Senkung gilt für alle Haushalte im Stadtgebiet, teilte ein Sprecher mit; Gewerbekunden sollen im Frühjahr ein eigenes Angebot erhalten."
	for _, tc := range []struct{ name, before, box, after string }{
		{"tail found by the glued rules", news,
			"„Markt am Morgen“ ist unser täglicher Wirtschaftspodcast. Jeden Werktag ab 6 Uhr mit unseren Börsenreportern. Für Anleger und alle, die es werden wollen. Abonnieren Sie ihn bei Spotify oder Apple Podcasts.",
			after},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Join([]string{tc.before, tc.box, tc.after}, "\n\n")
			res := Clean(in)
			checkInvariants(t, in, res)
			spam := byStage(res, StageSpam)
			if assert.Len(t, spam, 1, "%+v", spam) {
				assert.Equal(t, tc.box, spam[0].Text)
			}
			assert.Contains(t, res.Text, tc.before)
			assert.Contains(t, res.Text, tc.after)
		})
	}
	// The sign-up sentence glued to news takes only itself, and news that reports an offer
	// in its words stays.
	host := news + " Abonnieren Sie ihn bei Spotify oder Apple Podcasts."
	report := "Der Verlag kündigte an, Leserinnen und Leser könnten ab Januar für vier Euro im Monat unbegrenzt auf alle Artikel zugreifen. Die Zahl der Digitalabos sei im vergangenen Jahr um zwölf Prozent gestiegen."
	in := strings.Join([]string{host, report, after}, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, news)
	assert.NotContains(t, res.Text, "Apple Podcasts")
	assert.Contains(t, res.Text, report)
}

// TestVocabularySpread: a line of two sentences that the vocabulary model alone judged goes
// when each of its sentences leans towards boilerplate in its words (spam.LeansBoilerplate),
// though no rule found evidence in either: the model's evidence is spread over the line.
func TestVocabularySpread(t *testing.T) {
	news := "Die Stadtwerke senken zum Jahreswechsel die Preise für Fernwärme um durchschnittlich zwölf Prozent, nachdem die Einkaufskosten deutlich gefallen sind."
	after := "Die Senkung gilt für alle Haushalte im Stadtgebiet, teilte ein Sprecher mit; Gewerbekunden sollen im Frühjahr ein eigenes Angebot erhalten."
	line := "Sie möchten keine Nachricht aus Ihrem Viertel verpassen? Die Lokalredaktion jetzt auch als Kanal auf Ihrem Handy."
	in := strings.Join([]string{news, line, after}, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	spam := byStage(res, StageSpam)
	if assert.Len(t, spam, 1, "%+v", spam) {
		assert.Equal(t, line, spam[0].Text)
		assert.Contains(t, spam[0].Evidence, "vocabulary")
	}
	assert.Contains(t, res.Text, news)
	assert.Contains(t, res.Text, after)
}

// TestVocabularyOpenEnd: a teaser run on after the article's last full stop, with no rule
// phrase in it and no full stop of its own, goes on its vocabulary; the article's sentence
// stays. A last sentence of news that lacks its full stop stays, and so does one that ends on
// a German closing quote.
func TestVocabularyOpenEnd(t *testing.T) {
	news := "Die Stadtwerke senken zum Jahreswechsel die Preise für Fernwärme um durchschnittlich zwölf Prozent, nachdem die Einkaufskosten deutlich gefallen sind."
	after := "Die Senkung gilt für alle Haushalte im Stadtgebiet, teilte ein Sprecher mit; Gewerbekunden sollen im Frühjahr ein eigenes Angebot erhalten."
	teaser := "Jetzt die wichtigsten Nachrichten aus Ihrer Region aufs Handy holen"
	in := strings.Join([]string{news + " " + teaser, after}, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	spam := byStage(res, StageSpam)
	if assert.Len(t, spam, 1, "%+v", spam) {
		assert.Equal(t, teaser, spam[0].Text)
		assert.Contains(t, spam[0].Evidence, "vocabulary")
	}
	assert.Contains(t, res.Text, news)
	for _, end := range []string{
		"Die Stadtwerke rechnen mit weiteren Senkungen im Frühjahr",
		"„Wir geben die Ersparnis vollständig an unsere Kundinnen und Kunden weiter“, sagte der Geschäftsführer. „Jeder Haushalt spart im Schnitt 90 Euro.“",
	} {
		in := strings.Join([]string{news + " " + end, after}, "\n\n")
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.Empty(t, byStage(res, StageSpam), end)
	}
}
