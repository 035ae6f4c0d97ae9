package spam

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What embeds, product boxes and editorial notices leave in the text (kind_embed.rules),
// written for this test, goes as a line and glued to the end of a paragraph; news that
// reports on a post, an article written by a machine, prices or a regulator's warning stays.
func TestEmbedsAndEditorialNotes(t *testing.T) {
	assertLinesGo(t, []string{
		"View this post on Instagram", "A post shared by Riverside Rowing Club (@riversiderowing)",
		"Visualizza questo post su Instagram", "Un post condiviso da Comune di Borgoalto (@comuneborgoalto)",
		"Une publication partagée par Office de tourisme du Val (@tourisme.val)",
		"Diesen Beitrag auf Instagram ansehen", "Ver esta publicación en Instagram",
		"Voir cette publication sur Instagram", "Bekijk dit bericht op Instagram", "Wyświetl ten post na Instagramie",
		"This article was translated with the help of artificial intelligence.",
		"This story was generated with the help of AI tools and checked by an editor.",
		"Questo articolo è stato scritto con il supporto dell'intelligenza artificiale.",
		"Questo articolo è stato generato con l'aiuto dell'intelligenza artificiale e rivisto dalla redazione.",
		"Cet article a été traduit automatiquement puis relu par la rédaction.",
		"Este artículo fue traducido con ayuda de inteligencia artificial.",
		"Este artigo foi traduzido automaticamente e revisto pela redação.",
		"Dit artikel is automatisch vertaald en nagekeken door de redactie.",
		"Ten artykuł został wygenerowany przy użyciu sztucznej inteligencji.",
		"Preise zuletzt aktualisiert am 3.05.2024 · Bildquelle: Amazon Product Advertising API",
		"Ultimo aggiornamento prezzi: 3 maggio 2024. Immagini dalle API di Amazon.",
		"Podaruj ten artykuł znajomym", "Artikel cadeau doen",
		"Questo contenuto è bloccato perché non hai accettato i cookie.",
		"Este contenido está bloqueado porque no has aceptado las cookies.",
		"Deze inhoud kan niet worden weergegeven zonder cookies van derden.",
		"Il 71% dei conti degli investitori al dettaglio perde denaro negoziando in CFD con questo fornitore.",
	}, []string{
		"A post shared by the mayor on Instagram drew hundreds of angry comments within an hour.",
		"Un post condiviso da migliaia di utenti ha fatto il giro del paese in poche ore.",
		"Une publication partagée par le maire sur Instagram a suscité des centaines de commentaires.",
		"The article was written with the help of a chatbot, the newspaper admitted on Monday.",
		"L'ultimo aggiornamento dei prezzi dei carburanti segna un calo di due centesimi al litro.",
		"Secondo la Consob, la maggior parte dei conti degli investitori al dettaglio perde denaro con i CFD.",
		"Ein Beitrag geteilt von der Polizei warnte am Morgen vor Glätte auf der Bundesstraße.",
	})
}

// TestEndsOnYearAsYearSpan: endsOnYear, which reads the last four bytes as a year itself,
// agrees with yearSpan on them, for endings made of the bytes that matter (figures, dots,
// brackets, spaces, commas, dashes).
func TestEndsOnYearAsYearSpan(t *testing.T) {
	ref := func(t string) bool {
		t = strings.TrimRight(t, ".)")
		return len(t) >= 5 && (t[len(t)-5] == ' ' || t[len(t)-5] == ',') && yearSpan(t[len(t)-4:])
	}
	pieces := []string{"19", "20", "21", "0", "9", "4", ".", ")", " ", ",", "-", "–", "a", "March "}
	rng := rand.New(rand.NewPCG(1, 2))
	years := 0
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, ref(s), endsOnYear(s), "%q", s)
		if ref(s) {
			years++
		}
	}
	assert.Greater(t, years, 100)
	assert.True(t, endsOnYear("Posted by a reader, March 3, 2024."))
	assert.False(t, endsOnYear("Posted by a reader in 2024-25"))
}
