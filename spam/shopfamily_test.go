package spam

import "testing"

// TestShopPromoRemove: a seller's request opening the unit, or the clause after a label's
// colon, with two of a promo's families (a price, a discount, the delivery, the hurry, an
// exclamation), is spam as a line and glued.
func TestShopPromoRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Lo trovi a 24,90 euro con uno sconto del 30%.",
		"Risparmia il 40% sul prezzo di listino",
		"Approfitta dello sconto prima che termini l'offerta!",
		"Il prezzo più basso di sempre: corri a prenderlo prima che finisca.",
		"Aprovecha este descuento antes de que se agote: ahora por solo 49 euros.",
		"Consíguelo con un 25% de descuento y envío en 24 horas.",
		"Aproveite o desconto de 30% e frete grátis.",
		"Garanta já o seu com 15% de desconto!",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestShopPromoNewsKept: news that opens with the same verbs, with a subject after them or
// after a colon, or says who said it, is kept as a line and glued.
func TestShopPromoNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Compra el 30% de la empresa rival por 50 millones de euros.",
		"Ahorra hasta un 15% en la factura de la luz con el nuevo bono social, según Consumo.",
		"Aprovecha la empresa el descuento fiscal para invertir un 20% más en la planta de Valencia.",
		"Approfitta della crisi per comprare il 20% della società a prezzo di saldo, dice l'analista.",
		"Risparmia il Comune il 10% sulla bolletta grazie ai nuovi pannelli solari.",
		"Economize energia: o governo lança campanha com desconto de 10% na conta de luz para quem reduzir o consumo.",
		"Compra de votos: la Fiscalía investiga el pago de 50 euros por sufragio.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
