package spam

import "testing"

// Ads of services and scams (kind_services.rules), written for this test, go as a line and
// glued to the end of a paragraph; news that reports on referral schemes, tariffs, phishing,
// lawyers and flats for sale stays.
func TestServiceAdsAndScams(t *testing.T) {
	assertLinesGo(t, []string{
		"Refer a friend and get a free month of delivery.",
		"Your account has been suspended. Verify your details now to restore access.",
		"Your bank account has been suspended. Verify your account now to keep access.",
		"Confronta le offerte luce e gas e risparmia fino a 250 euro sulle bollette.",
		"Freunde einladen und 30 Euro Gutschrift sichern!",
		"Parrainez vos amis et gagnez 15 € de réduction.",
		"¿Necesitas un abogado? Primera consulta gratuita en 24 horas.",
		"Tarot por telefone: os primeiros 10 minutos grátis!",
		"Vergelijk energiecontracten en bespaar tot 350 euro per jaar.",
		"Pobierz darmowy poradnik o oszczędzaniu energii",
		"Vendesi bilocale con terrazzo, 65 mq, 140.000 euro.",
		"Text ALERTS to 60300 for breaking news on your phone. Standard rates apply.",
	}, []string{
		"Households that switch could save up to £300 a year, the regulator said on Tuesday.",
		"Police said victims were told their account had been suspended and asked for their bank details.",
		"Il Comune ha messo in vendita tre appartamenti in centro per finanziare la scuola.",
		"Der Anwalt der Familie kündigte an, gegen das Urteil in Berufung zu gehen.",
		"La première consultation gratuite chez le médecin est une promesse du candidat, rappelle le journal.",
	})
}
