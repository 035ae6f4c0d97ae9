package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The notice of a browser that blocks the site's cookies (kind_cookie2.rules), written for
// this test, goes as a line and glued to the end of a paragraph; news on browsers and cookies
// stays.
func TestBlockedCookieNotices(t *testing.T) {
	assertLinesGo(t, []string{
		"Your browser has cookies disabled.", "Il tuo browser ha i cookie disabilitati.",
		"Ihr Browser hat Cookies deaktiviert.", "Votre navigateur bloque les cookies.",
		"Tu navegador tiene desactivadas las cookies.", "O seu navegador tem os cookies desativados.",
		"Je browser blokkeert cookies.", "Twoja przeglądarka blokuje pliki cookie.",
	}, []string{
		"The regulator found that many sites stop working when a browser has cookies disabled.",
		"Firefox blocks third-party cookies by default since version 103, the company said.",
		"Según la agencia, el navegador bloquea las cookies de terceros desde el año pasado.",
	})
}

// OwnershipLine reads a sentence that names the site and its owner and nothing more; news
// that says more is none. Sentences written for this test.
func TestOwnershipLine(t *testing.T) {
	for _, s := range []string{
		"Harbour Weekly is a part of Lakeside Media Group.",
		"Il Corriere Lagunare fa parte del gruppo Editoriale Nord.",
		"Stadtblatt Ost ist ein Angebot der Nordmedien GmbH.",
		"NoticiasdelSur.com forma parte de Grupo Costero.",
	} {
		assert.True(t, OwnershipLine(s), s)
	}
	for _, s := range []string{
		"The brand is part of the Unilever group, the company said.",
		"Harbour Weekly is a part of the town's history.",
		"Lakeside is part of a wider plan to rebuild the harbour.",
	} {
		assert.False(t, OwnershipLine(s), s)
	}
}
