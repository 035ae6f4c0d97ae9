package spam

import "testing"

// A newsletter's promise of the day's news in the reader's inbox, in Portuguese and Polish
// (pt.rules, pl.rules), written for this test: it goes as a line and glued to the end of a
// paragraph; news on what customers receive by mail stays.
func TestInboxPromises(t *testing.T) {
	assertLinesGo(t, []string{
		"Receba diariamente as principais notícias da sua cidade.",
		"Receba todos os dias um resumo do que aconteceu no país.",
		"Otrzymuj codziennie najciekawsze artykuły z regionu.",
		"Otrzymuj co rano przegląd prasy, prosto na swoją skrzynkę.",
	}, []string{
		"Os clientes passaram a receber diariamente as faturas por correio, segundo a empresa.",
		"Mieszkańcy otrzymują codziennie komunikaty od straży pożarnej, poinformował wójt.",
	})
}
