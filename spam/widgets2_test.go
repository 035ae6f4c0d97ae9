package spam

import "testing"

// The furniture of kind_widgets2.rules, written for this test in the eight languages: "why
// subscribe" teasers, reply links, consent boxes and reuse notices go as a line of their own
// and glued to the end of a paragraph; news sentences that open with the weak phrases, or
// name consent and reuse in reporting, stay.
func TestWidgets2(t *testing.T) {
	assertLinesGo(t, []string{
		"Perché abbonarsi?", "Why subscribe?", "Warum ein Abo?", "Pourquoi s'abonner ?", "¿Por qué suscribirse?",
		"Por que assinar?", "Waarom een abonnement?", "Dlaczego warto prenumerować?",
		"Rispondi al commento", "Auf Kommentar antworten", "Répondre au commentaire", "Responder al comentario",
		"Responder ao comentário", "Reageer op deze reactie",
		"Abbonarsi alla Gazzetta del Sud", "Suscribirse a La Gaceta del Sur",
		"Ich bin damit einverstanden, dass mir die Gazette Angebote per E-Mail schickt.",
		"Aceito receber comunicações comerciais da Gazeta e de seus parceiros.",
		"Jede Verwertung der Inhalte ohne vorherige schriftliche Zustimmung des Verlags ist untersagt.",
		"Queda prohibido cualquier uso de los contenidos de esta web sin la autorización previa y por escrito del editor.",
	}, []string{
		"Assinar o acordo foi a prioridade do governo nos últimos seis meses, disse o ministro.",
		"Suscribirse a tres plataformas de vídeo cuesta ya más de 30 euros al mes, según la OCU.",
		"Mehr Informationen über die Baustelle gibt die Stadt am Donnerstag in einer Bürgerversammlung.",
		"More information about the closures will be published by the council next week.",
		"Der Mieter darf ohne vorherige schriftliche Zustimmung des Vermieters nicht untervermieten, urteilte das Gericht.",
		"Abonneren op de krant werd vorig jaar duurder, meldt de consumentenbond.",
		"Suscribirse a Netflix cuesta más desde mayo.",
		"Abbonarsi al teatro costa il 10% in più.",
	})
}
