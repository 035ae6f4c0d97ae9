package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Page navigation written for this test: links to the next or previous article or photo and
// back to the article, in the eight languages, as a line and glued to the end of a paragraph.
func TestNavigationRemoved(t *testing.T) {
	assertLinesGo(t, []string{
		"Vai all'articolo successivo",
		"Torna all'articolo",
		"Go to the next story",
		"Previous article",
		"Zum nächsten Artikel",
		"Zurück zum Artikel",
		"Passer à l'article suivant",
		"Retour à l'article",
		"Ir a la siguiente noticia",
		"Volver a la noticia",
		"Ir para a próxima notícia",
		"Voltar ao artigo",
		"Ga naar het volgende artikel",
		"Vorige foto",
		"Przejdź do następnego artykułu",
		"Powrót do artykułu",
	}, nil)
}

// Sentences of reporting written for this test that open with the words of a navigation
// link: an article of a law, a photo, the next story of a series.
func TestNavigationWordsInNewsKept(t *testing.T) {
	assertLinesGo(t, nil, []string{
		"Torna all'articolo 18 la discussione in commissione, dopo settimane di stallo.",
		"Previous article drafts had been rejected by the committee twice, the minister said.",
		"Artículo anterior a la reforma, el 135 fijaba un límite de deuda que nadie cumplía.",
		"Article précédent de la loi, le texte de 2019 avait été censuré par le Conseil constitutionnel.",
		"Poprzedni artykuł ustawy przewidywał karę do dwóch lat więzienia.",
		"Próxima notícia da série deve sair na segunda-feira, segundo a editora.",
		"Zum nächsten Artikel des Gesetzes kam der Ausschuss erst am späten Abend, nach einer langen Pause.",
		"Foto anterior al incendio, tomada por un vecino, muestra el tejado intacto.",
	})
}

// "ADV" labels an ad before a colon or a bar only: run into capitals it begins words.
func TestAdvLabel(t *testing.T) {
	for _, l := range []string{"ADV: Pubblicità su Portale Casa", "ADV | Cucine componibili in offerta",
		"Advertorial: Die neue Küchenlinie im Test", "Publireportage : la cuisine de demain"} {
		assert.True(t, scoreBetween(l).Spam, "%q", l)
	}
	for _, s := range []string{"ADVANCE WARNING: the bridge will close for two weeks from Monday.",
		"ADVICE for travellers was updated on Friday after the storm."} {
		assert.False(t, scoreBetween(s).Spam, "%q", s)
	}
}
