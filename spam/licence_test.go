package spam

import "testing"

// TestLicenceNotice checks that a site's Creative Commons notice on its own text or photos is
// removed in every language, and that news reporting a licence, said by someone, is kept.
func TestLicenceNotice(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"This work is licensed under a Creative Commons Attribution 4.0 International License.",
		"Dieser Beitrag steht unter einer Creative-Commons-Lizenz.",
		"Cet article est publié sous licence Creative Commons BY-SA.",
		"Esta obra está bajo una licencia Creative Commons Reconocimiento 4.0.",
		"Questo articolo è distribuito con licenza Creative Commons Attribuzione.",
		"Este conteúdo está sob licença Creative Commons Atribuição 4.0.",
		"Dit artikel valt onder een Creative Commons-licentie.",
		"Tekst jest dostępny na licencji Creative Commons Uznanie autorstwa.",
	} {
		assertSpamBoth(t, s, line, true)
	}
	for _, news := range []string{
		"Die Bilder stehen unter einer Creative-Commons-Lizenz, teilte die Stadt am Montag mit.",
		"Las imágenes están bajo una licencia Creative Commons, explicó el portavoz del museo.",
		"Le musée a placé ses photos sous licence Creative Commons, a annoncé sa directrice.",
		"The museum released 40,000 images under a Creative Commons licence on Tuesday, making them free to reuse.",
		"Il ministero ha pubblicato i dati con licenza Creative Commons, ha spiegato il portavoce.",
	} {
		assertSpamBoth(t, s, news, false)
	}
}
