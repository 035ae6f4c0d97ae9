package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppealPremiseGlued: a box glued to the end of a paragraph goes with its opening line,
// its premise (journalism costs money or needs the reader: spam.AppealPremise); a reporter's
// sentence on journalism before it (who said it, how many) stays.
func TestAppealPremiseGlued(t *testing.T) {
	for _, c := range []gluedCase{
		{"es", "El pleno aprobó la reforma con los votos de todos los grupos.", "Periodismo de calidad tiene un precio. Apoya nuestro trabajo con una suscripción digital."},
		{"pt", "A câmara aprovou o orçamento na terça-feira à noite.", "O jornalismo sério precisa de você. Apoie o nosso trabalho com uma assinatura."},
	} {
		out := gluedWords(Clean(gluedDoc(c)).Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the paragraph before %q must stay", c.lang, c.tail)
		ws := strings.Fields(gluedWords(c.tail))
		for i := 0; i+3 <= len(ws); i++ {
			if !assert.NotContains(t, out, " "+strings.Join(ws[i:i+3], " ")+" ", "%s: %q must go whole", c.lang, c.tail) {
				break
			}
		}
	}
	for _, c := range []gluedCase{
		{"es", "El pleno aprobó la reforma con los votos de todos los grupos. El periodismo local perdió 300 empleos, según el sindicato.", "Apoya nuestro trabajo con una suscripción digital."},
		{"es", "El pleno aprobó la reforma con los votos de todos los grupos. Los lectores del diario votaron en contra del cambio de formato el año pasado en una consulta abierta.", "Apoya nuestro trabajo con una suscripción digital."},
	} {
		out := gluedWords(Clean(gluedDoc(c)).Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the article's sentences before %q must stay", c.lang, c.tail)
	}
}
