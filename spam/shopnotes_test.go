package spam

import "testing"

// A product box's small print (VAT, stock and delivery, free returns, buy on Amazon;
// kind_shopnotes.rules), written for this test, goes as a line and glued to the end of a
// paragraph; consumer news on VAT, delivery and returns stays.
func TestShopSmallPrint(t *testing.T) {
	assertLinesGo(t, []string{
		"Prezzo IVA inclusa",
		"Acquista su Amazon",
		"Prices include VAT",
		"In stock, ships tomorrow",
		"Alle Preise inkl. MwSt.",
		"Kostenlose Rückgabe innerhalb von 14 Tagen",
		"Prix TTC",
		"Retours gratuits pendant 14 jours",
		"Precio con IVA incluido",
		"Comprar en Amazon",
		"Preço com IVA incluído",
		"Devolução gratuita em 14 dias",
		"Prijzen zijn inclusief btw",
		"Gratis retourneren binnen 14 dagen",
		"Ceny zawierają VAT",
		"Darmowy zwrot w ciągu 14 dni",
	}, []string{
		"The retailer said free returns within 30 days would end in January, after a rise in fraud.",
		"Secondo l'Agenzia delle entrate, i prezzi IVA inclusa esposti nei negozi erano corretti.",
		"Der Händler teilte mit, die kostenlose Rückgabe gelte künftig nur noch für Kunden mit Konto.",
		"Selon l'enquête, les prix TTC affichés en vitrine étaient souvent faux.",
	})
}
