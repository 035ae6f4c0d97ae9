package spam

import (
	"strings"
	"unicode"
)

// A shopping promo sells in more wordings than a phrase list holds, in every language: "Lo trovi a 24,90 euro con
// uno sconto del 30%", "Risparmia il 40% sul prezzo di listino", "Aprovecha este descuento
// antes de que se agote", "Aproveite o desconto e frete grátis". What they share is a seller's
// request to the reader opening the unit ("Approfitta", "Aprovecha", "Lo trovi", "Corri") and
// two of a few families of evidence: a price or a percentage, a discount or an offer, the
// delivery, the hurry of an offer that runs out, an exclamation. News on prices and discounts
// opens with its subject ("Il governo approfitta dello sconto …" is a report only with a
// subject before the verb), or says who said it (reported speech, which a promo never has).

const (
	// shopWeight is the weight of a shopping promo: that of a coupon's phrase.
	shopWeight = 0.55
	// maxShopWords bounds the unit: a promo's sentence, not an article's.
	maxShopWords = 24
)

// The families of a shopping promo, as bits.
const (
	shPrice    = 1 << iota // a price, a sum of money, a percentage
	shDiscount             // a discount, a coupon, an offer, a list price
	shDelivery             // shipping, delivery
	shHurry                // the offer runs out: "prima che finisca", "antes de que se agote"
	shShout                // the unit ends with an exclamation
)

// shopVoice are folded requests of a seller to the reader, and the Italian "trovi" ("Lo trovi
// su …"): a promo opens with them, or with a pronoun and them ("Lo trovi", "Prendilo").
// ("Compra", "corre", "aprovecha" are also a third person: only at the start of a unit do they
// ask, and a headline that opens so names no two families of a promo.)
var shopVoice = wordSet(
	"approfitta approfittane risparmia acquista acquistalo compra compralo compralos corri prendilo trovi ordina utilizza",
	"aprovecha aprovechala aprovechalo ahorra ahorrate compralo consiguelo consigue hazte pidelo encuentralo utiliza aplica canjea",
	"aproveite economize compre garanta corra encontre peca use utilize aplique resgate",
	// The other five languages: a seller's request, not a verb news opens a headline with
	// ("Save the Children said …" names who said it, which a promo never does).
	"save shop grab redeem",
	"spare sichere bestelle shoppe nutze",
	"profitez economisez commandez utilisez",
	"bespaar profiteer bestel gebruik",
	"oszczedz zamow skorzystaj",
)

// shopArticles are the folded definite articles of a subject: "Aprovecha la empresa …".
var shopArticles = wordSet("el la los las il lo gli i le o a os as")

// reportsSubject reports a unit of news that opens with a verb of shopVoice: a subject follows
// the verb ("Aprovecha la empresa el descuento fiscal …", "Risparmia il Comune il 10% …"), or
// the clause after a colon has one ("Economize energia: o governo lança campanha com
// desconto …"). A subject is a definite article before a word that is neither a number nor a
// promo's ("Risparmia il 40%", "Aproveite o desconto" are a promo's).
func reportsSubject(t string, tok *tokens) bool {
	i := 1
	if shopClitics[string(tok.word(0))] {
		i = 2
	}
	if i+1 < tok.n() && subjectAt(string(tok.word(i)), string(tok.word(i+1))) {
		return true
	}
	k := colonWord(t)
	return k > 0 && k+1 < tok.n() && subjectAt(string(tok.word(k)), string(tok.word(k+1)))
}

// colonWord returns the index of the first word after a label's colon in t (a colon and a
// space), counted as runs of letters and digits before it; 0 when there is none.
func colonWord(t string) int {
	j := strings.Index(t, ": ")
	if j < 0 {
		return 0
	}
	k, in := 0, false
	for _, r := range t[:j] {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && !in {
			k++
		}
		in = word
	}
	return k
}

// subjectAt reports an article (shopArticles) before a word that is neither a number nor a
// promo's (shopWords).
func subjectAt(article, next string) bool {
	return shopArticles[article] && shopWords[next] == 0 && !isNumber([]byte(next))
}

// shopClitics are the folded pronouns that may open a promo before its verb: "Lo trovi".
var shopClitics = wordSet("lo la li le los las o a")

// shopTable is shopWords for the loops over a unit's words.
var shopTable = newWordTable(shopWords)

// shopWords maps folded words to the families of a shopping promo.
var shopWords = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(bit uint32, words string) { addBits(m, bit, words) }
	add(shPrice, "prezzo prezzi precio precios preco precos euro euros eur reais "+
		"price prices preis preise prix prijs prijzen cena ceny zl")
	add(shDiscount, "sconto sconti scontato scontata scontati offerta offerte promozione coupon codice listino "+
		"descuento descuentos rebaja rebajas rebajado oferta ofertas promocion cupon cupones codigo "+
		"desconto descontos promocao cupom cupons "+
		"discount discounts voucher vouchers promo deal deals "+
		"rabatt rabatte gutschein gutscheine gutscheincode angebot angebote "+
		"remise remises reduction reductions offre offres "+
		"korting kortingscode kortingscodes aanbieding aanbiedingen "+
		"rabat rabaty znizka znizki kod kupon promocja promocje")
	add(shDelivery, "spedizione spedizioni consegna envio envios entrega frete "+
		"shipping delivery versand versandkostenfrei livraison verzending bezorging dostawa wysylka")
	add(shHurry, "finisca finiscano termini terminino esaurisca esauriscano scade "+
		"agote agoten acabe acaben termine "+
		"esgote esgotem acabem")
	return m
}()

// shopFamilies adds the evidence of a shopping promo (see above) in the unit sc holds.
func shopFamilies(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 3 {
		return
	}
	if !sc.shopVoice {
		return // nearly every unit: no seller's request
	}
	if n > maxShopWords || !shopOpener(tok) && !shopAfterLabel(t, tok) {
		shopCandidate(sc) // nearly every unit: no request opens it
		return
	}
	if reportsSubject(t, tok) {
		return
	}
	var fams uint32
	for i := 0; i < n; i++ {
		if reportingWords[string(tok.word(i))] {
			return
		}
		fams |= shopTable.at(tok, i)
	}
	if moneyAmount(t) || strings.IndexByte(t, '%') >= 0 {
		fams |= shPrice
	}
	if strings.HasSuffix(strings.TrimSpace(t), "!") {
		fams |= shShout
	}
	if fams&(fams-1) == 0 {
		return // one family at most
	}
	sc.labelWhole(signal{"box-shop", "coupon-phrase", shopWeight, classRule})
}

// shopOpener reports a unit that opens with a seller's request (shopVoice), alone or after a
// pronoun.
func shopOpener(tok *tokens) bool {
	if shopVoice[string(tok.word(0))] {
		return true
	}
	return tok.n() > 1 && shopClitics[string(tok.word(0))] && shopVoice[string(tok.word(1))]
}

// shopAfterLabel reports a seller's request that opens the clause after a label's colon: "Il
// prezzo più basso di sempre: corri a prenderlo …", "Oferta: aprovecha …".
func shopAfterLabel(t string, tok *tokens) bool {
	k := colonWord(t)
	if k == 0 || k >= tok.n() {
		return false
	}
	if shopClitics[string(tok.word(k))] && k+1 < tok.n() {
		k++
	}
	return shopVoice[string(tok.word(k))]
}

// shopCandidate counts a unit with a seller's request that is no promo as a whole as a
// candidate when it has a word of a promo's families: a promo may be glued to the end of a
// paragraph, where the filter scores its last sentences.
func shopCandidate(sc *scratch) {
	tok := &sc.tok
	for i := 0; i < tok.n(); i++ {
		if shopTable.at(tok, i) != 0 {
			sc.candidates++
			return
		}
	}
}
