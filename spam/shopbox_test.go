package spam

import "testing"

// A shop's price box and product list in an article, content shown only in the app or after
// loading it from another platform (kind_shopbox.rules), written for this test, go as a line
// and glued to the end of a paragraph; news on prices, products, apps and embeds stays.
func TestShopBoxAndContentNotices(t *testing.T) {
	assertLinesGo(t, []string{
		"Miglior prezzo: 89 € su ePrice",
		"Best price: £120 at Currys",
		"Bester Preis: 79 € bei MediaMarkt",
		"Meilleur prix : 99 € chez Darty",
		"Mejor precio: 59 € en PcComponentes",
		"Beste prijs: € 89 bij Bol",
		"Najlepsza cena: 499 zł w x-kom",
		"Products featured in this article",
		"In diesem Artikel erwähnte Produkte",
		"Produits mentionnés dans cet article",
		"Producten in dit artikel",
		"Contenuto disponibile solo nell'app.",
		"Conteúdo disponível apenas na aplicação.",
		"Load external content",
		"Załaduj treści zewnętrzne",
	}, []string{
		"The best price for a litre of diesel was found in the north of the county, the survey said.",
		"Secondo l'Antitrust, il miglior prezzo indicato dal sito non corrispondeva a quello reale.",
		"Laut Stiftung Warentest sind die Produkte aus diesem Test zum Teil deutlich zu teuer.",
	})
}
