package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReportedWish checks that a pitch's words told of what others want or hope stay, in
// several languages, while a teaser that asks the reader the same goes.
func TestReportedWish(t *testing.T) {
	s := Default()
	for _, news := range []string{
		"Jetzt wollen auch Kleinanleger mit Krypto schnell Geld verdienen.",
		"Muitos jovens querem ganhar dinheiro com apostas esportivas.",
		"Many students hope to earn money online while they study.",
		"Molti pensionati sperano di guadagnare soldi con il trading online.",
		"Jetzt können Neukunden ein kostenloses Depot eröffnen, wie die Bank mitteilt.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(news, kind)
			assert.False(t, v.Spam, "%q as %v: %+v", news, kind, v)
		}
	}
	for _, teaser := range []string{
		"Wollen Sie schnell Geld verdienen? Dann investieren Sie jetzt.",
		"Quer ganhar dinheiro com apostas? Cadastre-se já.",
		"Verdienen Sie schnell Geld mit Krypto!",
	} {
		assert.True(t, s.ScoreAs(teaser, Line).Spam, teaser)
	}
}
