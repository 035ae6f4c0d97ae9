package spam

import "math/bits"

// Where an ad box breaks the article, the site labels the gap: "PUBLICIDAD - SIGUE LEYENDO
// DEBAJO", "Pubblicità - Continua a leggere sotto", "Publicidade - Continua depois do
// anúncio", "Article continues below advertisement". The phrase lists hold a few of the
// orders these words come in; what they share is a short unit of only the ad, the
// continuation, where it continues, and the reading or the article: a report that something
// goes on after a break names what goes on ("La reunión continúa después del almuerzo").

// maxContinueWords bounds the label.
const maxContinueWords = 9

// The words of an ad's gap label, as bits.
const (
	ctAd       = 1 << iota // the ad: publicidad, pubblicità, advertisement
	ctContinue             // continues, sigue, prosegue
	ctWhere                // below, after: debajo, sotto, depois
	ctReading              // reading, the article: leyendo, articolo, notícia
)

// continueWords maps folded words to their bits.
var continueWords = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(bit uint8, words string) { addBits(m, bit, words) }
	add(ctAd, "publicidad anuncio anuncios pubblicita annuncio annunci publicidade advertisement advertising ad ads "+
		"werbung anzeige publicite annonce reklama advertentie")
	add(ctContinue, "continua continue continues continuing sigue siga seguir segue prosegue continuare continuar "+
		"weiter suite czytaj verder")
	add(ctWhere, "debajo abajo sotto abaixo below unten dessous ponizej hieronder despues dopo depois apos tras after nach apres")
	add(ctReading, "leyendo leer leggere lendo ler reading lesen lire lezen noticia nota articulo articolo notizia "+
		"artigo materia reportagem article story artikel")
	return m
}()

// continueBits holds one bit per fold hash of the words of continuing: one look settles
// nearly every unit.
var continueBits = func() *[bitsetWords]uint64 {
	m := map[string]bool{}
	for w, b := range continueWords {
		if b&ctContinue != 0 {
			m[w] = true
		}
	}
	return hashBits(m)
}()

// adContinue adds the evidence of an ad's gap label (see above) for the unit sc holds: the
// continuation and two of the ad, where it continues and the reading, and no word but those
// and function words.
func (s *Scorer) adContinue(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > maxContinueWords {
		return
	}
	if tok.sets&setContinue == 0 {
		return // nearly every unit: no word of continuing
	}
	var seen uint8
	for i := 0; i < n; i++ {
		b := continueWords[string(tok.word(i))] // looked up in place: no allocation
		if b == 0 && !s.stop[string(tok.word(i))] {
			return // a word of a sentence
		}
		seen |= b
	}
	if seen&ctContinue == 0 || bits.OnesCount8(seen&^ctContinue) < 2 {
		return // "Sigue leyendo" alone is a teaser's (the read-also phrases)
	}
	sc.labelWhole(signal{"ad-continue", "adlabel-phrase", adPrefixWeight, classRule})
}
