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
		"About the author: Jane Harlow is a senior reporter covering local politics.",
		"Zur Autorin: Anna Weber ist Redakteurin im Ressort Lokales.",
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
