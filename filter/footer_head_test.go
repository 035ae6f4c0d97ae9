package filter

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFooterPiecesAtParagraphStart checks that a footer the scraper glued to the start of a
// paragraph, which the splitter cut at its full stops into a copyright line, a name and a
// reservation notice, goes whole, the name between the two with them, and that the article's
// sentences after it stay.
func TestFooterPiecesAtParagraphStart(t *testing.T) {
	for _, c := range []struct{ lang, footer, article string }{
		{"en", "© 2021 Hillside Communications Ltd. Lakeside Radio Group. All rights reserved.",
			"The council approved the new traffic plan for the city centre last night, after months of debate. Work starts in March and should take two years."},
		{"es", "© 2022 Editora del Valle S.A. Grupo Noticias del Sur. Todos los derechos reservados.",
			"El pleno aprobó anoche el nuevo plan de tráfico para el centro de la ciudad, tras meses de debate. Las obras empiezan en marzo y durarán dos años."},
		{"pl", "Regulamin serwisu i polityka cookies. Redakcja. Wszelkie prawa zastrzeżone.",
			"Rada miasta przyjęła wczoraj nowy plan ruchu dla centrum po wielu miesiącach debaty. Prace ruszą w marcu i potrwają dwa lata."},
	} {
		h := newsVoiceHosts[c.lang]
		res := Clean(h[0] + "\n\n" + c.footer + " " + c.article + "\n\n" + h[2])
		assert.Equal(t, h[0]+"\n\n"+c.article+"\n\n"+h[2], res.Text, "%s: the footer goes whole, the article stays", c.lang)
	}
	// A footer of its own whose last piece is a slogan that reads as prose goes whole.
	h := newsVoiceHosts["es"]
	footer := "COPYRIGHT © 2022 EDITORA DEL VALLE NIF. 900.123.456-7 . Queda prohibida la copia de estos contenidos sin permiso del editor. NoticiasdelSur.com lo último de la comarca, del país y del mundo"
	res := Clean(h[0] + "\n\n" + h[1] + "\n\n" + footer + "\n\n" + h[2])
	assert.Equal(t, h[0]+"\n\n"+h[1]+"\n\n"+h[2], res.Text)
}

// TestOwnershipBeforeFooter checks that a sentence naming who owns the site goes with the
// footer's notice after it, glued to either end of a paragraph or as one of its own, and that
// the article's sentences stay. Sentences written for this test.
func TestOwnershipBeforeFooter(t *testing.T) {
	footer := "Harbour Weekly is a part of Lakeside Media Group. © 2024 Harbour Weekly Media. All rights reserved."
	h := newsVoiceHosts["en"]
	for _, doc := range []string{
		h[0] + "\n\n" + h[1] + "\n\n" + footer + "\n\n" + h[2],
		h[0] + "\n\n" + h[1] + " " + footer + "\n\n" + h[2],
		h[0] + "\n\n" + footer + " " + h[1] + "\n\n" + h[2],
	} {
		assert.Equal(t, h[0]+"\n\n"+h[1]+"\n\n"+h[2], Clean(doc).Text)
	}
}
