package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The widgets and boxes of kind_widgets4.rules and ticker.go, written for this test, go as a
// line and glued to the end of a paragraph; reports on weather, markets, authors, trends and
// blocked videos stay.
func TestWidgetsAndReadings(t *testing.T) {
	assertLinesGo(t, []string{
		"This content is not available in your region.", "Dieser Inhalt ist in Ihrem Land nicht verfügbar.",
		"Ce contenu n'est pas disponible dans votre pays.", "Questo contenuto non è disponibile nel tuo paese.",
		"Di tendenza", "Gerade beliebt", "Tendencias", "Escolhas do editor", "Key events", "Live updates",
		"Live-Ticker aktualisieren", "Você ainda tem 3 matérias grátis este mês.",
		"Bevor Sie gehen: Verpassen Sie nicht unsere besten Geschichten",
		"Mostly cloudy 12°C", "Poco nuvoloso 18°", "Leicht bewölkt -2 °C", "DAX 15.234,50 +0,45 %",
		"FTSE 100 ▲ 0.3%", "EUR/USD 1,0842 -0,12%",
	}, []string{
		"Temperatures reached 12°C on Monday, the highest for the month.",
		"The DAX closed 0.45% higher at 15,234 points on Friday.",
		"Il meteo di domani: nuvoloso con temperature fino a 12°C.",
		"The author of the report, Jane Harlow, said the figures were not available in her region.",
		"Las tendencias del mercado inmobiliario siguen al alza, según el informe.",
	})
	v := Default().ScoreAs("DAX 15.234,50 +0,45 %", Line)
	assert.True(t, slices.Contains(v.Evidence, WidgetReadingEvidence), v.Evidence)
}

// A section label of kind_widgets4.rules or kind_toc.rules above a paragraph that takes up
// its words is that paragraph's subheading (topicHeading). Written for this test.
func TestSectionLabelAsHeading(t *testing.T) {
	for _, c := range []struct{ heading, under string }{
		{"Tendances", "Les tendances de l'été misent sur le lin et les couleurs vives, selon les créateurs."},
		{"Tendencias", "Las tendencias del verano apuestan por el lino y los colores vivos, según los diseñadores."},
		{"Live updates", "Updates on the storm will follow through the day as crews restore power."},
		{"Inhaltsverzeichnis", "Das Inhaltsverzeichnis des Berichts umfasst zwölf Kapitel zur Pflege."},
	} {
		v := scoreAsHeading(c.heading, c.under)
		assert.False(t, v.Spam, "%q above %q: %+v", c.heading, c.under, v)
		assert.Contains(t, v.Evidence, "topic-heading", c.heading)
	}
}

// TestMoreStoriesLikeThis: a recommendation box's label, "more stories like this" in the eight
// languages, written for this test, goes as a line and glued to a paragraph's end; a lead that
// opens on the same words and reports stays (anchoredLead).
func TestMoreStoriesLikeThis(t *testing.T) {
	assertLinesGo(t, []string{
		"More articles like this, picked for you",
		"Altre storie come questa, selezionate per te",
		"Mehr Geschichten wie diese, ausgewählt für dich",
		"D'autres histoires comme celle-ci, choisies pour vous",
		"Más historias como esta, seleccionadas para ti",
		"Mais histórias como esta, selecionadas para você",
		"Meer verhalen zoals dit, gekozen voor jou",
		"Więcej takich historii, wybranych specjalnie dla ciebie",
	}, []string{
		"Más historias como esta se repiten cada invierno en los pueblos de la sierra, según los vecinos.",
		"Więcej takich historii trafiło do rzecznika praw obywatelskich po emisji reportażu.",
	})
}
