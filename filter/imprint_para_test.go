package filter

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestImprintParagraphWhole checks that a short imprint whose families sit in different
// sentences ("Name. Director: X. Street 12.") goes as one paragraph, although none of its
// sentences is evidence alone, and that a short business paragraph naming a founding year and
// an address in two sentences stays.
func TestImprintParagraphWhole(t *testing.T) {
	prose := map[string][2]string{
		"pt": {"A câmara municipal aprovou ontem o novo plano de trânsito para o centro da cidade, depois de meses de debate entre os vereadores.",
			"As obras começam em março e devem durar dois anos, segundo a prefeitura, que promete manter as linhas de ônibus."},
		"en": {"The council approved the new traffic plan for the city centre last night, after months of debate among its members.",
			"Work starts in March and should take two years, the council said, and bus routes will keep running throughout."},
		"es": {"El pleno aprobó anoche el nuevo plan de tráfico para el centro de la ciudad, tras meses de debate entre los concejales.",
			"Las obras empiezan en marzo y durarán dos años, según el ayuntamiento, que mantendrá las líneas de autobús."},
	}
	for _, c := range []struct{ lang, para string }{
		{"pt", "Jornal da Serra. Diretor: Carlos Lima. Rua das Flores, 120, Campinas."},
		{"en", "The Valley Courier. Editor: Jane Doe. 12 High Street, Springfield."},
		{"es", "Noticias del Valle. Calle Real 5, 18001 Granada. Tel. 958 000 111."},
	} {
		around := prose[c.lang]
		res := Clean(around[0] + "\n\n" + c.para + "\n\n" + around[1])
		assert.NotContains(t, res.Text, c.para[:12], "%s: the imprint must go whole", c.lang)
		assert.Equal(t, around[0]+"\n\n"+around[1], res.Text, "%s: the article stays", c.lang)
	}
	for _, c := range []struct{ lang, para string }{
		{"pt", "A empresa foi fundada em 1952. Hoje tem sede na Rua das Flores, 120, em Campinas."},
		{"en", "The bakery was founded in 1952. It now sits at 12 High Street, next to the station."},
	} {
		around := prose[c.lang]
		assert.Contains(t, Clean(around[0]+"\n\n"+c.para+"\n\n"+around[1]).Text, c.para, "%s: business news stays", c.lang)
	}
}
