package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestImprintRemove: publishers' imprints written for the test, with no copyright phrase of
// the rules' or with one of them only, are spam as a line and glued: each names two or more of
// a legal form, a register, a masthead field, an address, a contact, reserved rights, a ban on
// copying, a founding year.
func TestImprintRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Editorial Montaña Azul S.A. de C.V. — Av. Reforma 455, Col. Juárez, C.P. 06600, Ciudad de México.",
		"Diario El Comercial del Sur. Fundado en 1931. Director: Andrés Peláez Ruiz. Depósito legal: M-1234-1990.",
		"Teléfono de redacción: (+34) 91 555 12 34 · redaccion@lavozdelvalle.es",
		"Herausgeber: Nordsee Medien GmbH, HRB 4711, Hafenstraße 3, 26121 Oldenburg",
		"V.i.S.d.P.: Jana Beispiel, Redaktion: Tel. 0441 123456",
		"Editore: Edizioni del Golfo S.r.l. – Partita IVA 01234567890 – Capitale sociale 10.000 euro i.v.",
		"Jornal do Planalto Ltda. CNPJ 12.345.678/0001-90. Rua das Flores, 100, Centro, Curitiba - PR.",
		"Wydawca: Media Przykład Sp. z o.o., ul. Prosta 12, 00-850 Warszawa, nr KRS 0000123456",
		"Example Media Ltd, 10 High Street, London. Company number 01234567.",
		"Éditeur : Presse de l'Ouest SAS — SIRET 123 456 789 00012",
		"Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.",
		"Die Vervielfältigung der Inhalte ist ohne Genehmigung untersagt.",
		"© Agencia Ejemplo 2023. Está prohibida la reproducción de los textos de este servicio.",
	} {
		for _, v := range assertSpamBoth(t, s, line, true) {
			assert.Contains(t, v.Evidence, ImprintEvidence, line)
		}
	}
}

// TestImprintNewsKept: news that names a company's legal form, its seat, a court, a tax
// number or a phone line in a sentence is no imprint: a weak pair in prose (a legal form and
// an address) is not enough, courts and acronyms that news uses are no register, "partita
// Iva" counts only before its number, and reported speech is never the site's imprint.
func TestImprintNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Die Siemens AG hat ihren Sitz in der Werner-von-Siemens-Straße 1 in München.",
		"La empresa Construcciones del Norte S.A. tiene su sede en la calle Mayor 12 de Zaragoza.",
		"Das Amtsgericht Kiel verurteilte den Geschäftsführer der Nord GmbH zu einer Bewährungsstrafe.",
		"Dal 2024 le partite Iva della Alfa S.r.l. pagheranno meno.",
		"Rcs MediaGroup S.p.A. ha chiuso il trimestre con ricavi in crescita.",
		"Telefónica S.A. presentó sus resultados trimestrales, con un beneficio de 500 millones.",
		"Meta Platforms Inc. was fined 1.2 billion euros by the Irish regulator, the company said.",
		"Der Verlag Nord GmbH wurde 1952 gegründet und beschäftigt heute 300 Mitarbeiter.",
		"El diario fue fundado en 1931 y su director, Andrés Peláez, dimitió ayer.",
		"Kontakt: Die Beratungsstelle ist unter 030 1234567 erreichbar.",
		"Il direttore: «Abbiamo fatto tutto il possibile», ha detto Rossi.",
		"Queda prohibida la reproducción de las imágenes, según ha explicado el juez.",
		"Die Vervielfältigung der Inhalte ist untersagt, entschied das Gericht.",
		"La ley prohíbe la reproducción de los contenidos sin permiso del autor.",
		"Il tribunale ha deciso che è vietata la copia dei contenuti del sito.",
		// A founding year and an address are business news in a sentence.
		"The bakery, founded in 1952, is at 12 High Street and employs 30 people.",
		"Fundada em 1952, a fábrica fica na Rua das Flores, 120.",
		"La tipografia, fondata nel 1948, si trova in via Garibaldi 14 a Como.",
		"Gegründet 1887, sitzt die Brauerei bis heute in der Hauptstraße 5.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			assert.NotContains(t, s.ScoreAs(line, kind).Evidence, ImprintEvidence, "%q as %v", line, kind)
		}
	}
}

// TestImprintCount counts the families one by one, so that a family that stops being read
// fails here, not only in a recall figure.
func TestImprintCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Nordsee Medien GmbH", 1},                                                       // a legal form alone
		{"Nordsee Medien GmbH, HRB 4711", 2},                                             // legal form, register
		{"ISSN 1234-5678. Director: Ana Ruiz", 2},                                        // register, masthead field
		{"Via Roma 12, 00100 Roma. Tel. 06 1234567", 2},                                  // address, contact
		{"© 2024 Diario Sur. Prohibida su reproducción total o parcial.", 2},             // rights, ban
		{"Fundado en 1931. Depósito legal M-1234-1990.", 2},                              // founded, register
		{"© Diario Sur – Tel. 954 123 456", 2},                                           // rights, contact
		{"Example Media plc, 10 High Street, Leeds", 2},                                  // legal form in lower case, address
		{"Media Przykład Sp. z o.o., KRS 0000123456", 2},                                 // legal form; "KRS" alone is a council too, but its long number reads as a phone
		{"La empresa X S.A. tiene su sede en la calle Mayor 12.", 1},                     // weak pair in prose
		{"The bakery, founded in 1952, is at 12 High Street.", 1},                        // a founding year is weak too
		{"Gegründet 1952. Verlag und Druck: Druckhaus Süd GmbH.", 3},                     // founded, printer's field, legal form
		{"Die Polizei sagte, die Firma X GmbH habe ihren Sitz in der Hauptstraße 5.", 0}, // reported
	} {
		assert.Equal(t, c.want, imprintCount(c.text), c.text)
	}
}
