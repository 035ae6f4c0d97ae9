package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSalutes: a unit opens by saluting the site's readers when an address (with or without
// a greeting) names them and a comma, colon or exclamation mark closes the vocative within
// reach. A sentence about readers, a salutation of someone else and a greeting of a friend do
// not.
func TestSalutes(t *testing.T) {
	for s, want := range map[string]bool{
		"Liebe Leserinnen und Leser, ab heute erscheint die Zeitung":     true,
		"Hallo, lieber Leser! Schön, dass Sie da sind.":                  true,
		"Sehr geehrte Abonnentinnen und Abonnenten, wir stellen um":      true,
		"Querido lector, querida lectora: este espacio":                  true,
		"Hola lectores: hoy cambiamos":                                   true,
		"Gentile lettrice, gentile lettore, da domani":                   true,
		"Chère lectrice, cher lecteur, nous avons besoin de vous":        true,
		"Beste lezer, u leest een gratis artikel":                        true,
		"Drodzy Czytelnicy, dziękujemy za wsparcie":                      true,
		"„Caro leitor, este jornal vive de quem o lê.“":                  true,
		"Dear readers and friends, we":                                   true,
		"Liebe Leser dieser Zeitung wissen, dass der Winter kommt.":      false,
		"Liebe Grüße aus Berlin, schrieb sie auf die Karte.":             false,
		"Querido amigo, le dijo el ministro al llegar.":                  false,
		"Der Leser, so heißt es im Bericht, solle selbst entscheiden.":   false,
		"Hola, dijo el portero, y cerró la puerta.":                      false,
		"Lettori e lettrici, secondo l'indagine, leggono sempre di più.": false,
		"":     false,
		"Dear": false,
	} {
		assert.Equal(t, want, Salutes(s), s)
	}
}

// TestSalutedLine: a letter to the readers kept as a paragraph of its own goes when the model
// reads it as the site's text, though no rule phrase is in it and it is longer than a promo.
// A paragraph of news that opens with the same salutation stays: its words are the
// article's.
func TestSalutedLine(t *testing.T) {
	s := Default()
	letter := "Cari lettori, da oggi i commenti sotto gli articoli saranno aperti solo agli utenti registrati. Lo facciamo per tenere lontani troll e messaggi offensivi e per garantire a tutti una discussione civile."
	report := "Cari lettori, il consiglio comunale ha approvato ieri sera il bilancio di previsione con 18 voti favorevoli e 7 contrari, dopo una seduta durata oltre quattro ore."
	for _, c := range []struct {
		para string
		want bool
	}{{letter, true}, {report, false}} {
		v := lineBetween(s, c.para)
		assert.Equal(t, c.want, v.Spam, "%s: %+v", c.para, v)
		assert.Equal(t, c.want, v.Spam && v.Reason == SalutationEvidence, "%+v", v)
		assert.Equal(t, c.want, s.SalutedBox(c.para), c.para)
	}
	// Without the salutation the letter's words alone are not enough for a line this long.
	v := lineBetween(s, letter[len("Cari lettori, "):])
	assert.False(t, v.Spam, "%+v", v)
}

// itBefore and itAfter are the article around the lines TestSalutedLine and TestVocabLongAlone
// score (lineBetween).
const (
	itBefore = "Il consiglio comunale ha approvato ieri sera il bilancio di previsione con 18 voti favorevoli e 7 contrari."
	itAfter  = "Il sindaco ha detto che i lavori partiranno in primavera e dureranno circa due anni."
)

// lineBetween scores para as a line of its own between itBefore and itAfter.
func lineBetween(s *Scorer, para string) Verdict {
	return s.ScoreIn(para, Line, Context{Doc: NewDoc([]string{itBefore, para, itAfter}), Para: 1})
}
