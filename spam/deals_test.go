package spam

import "testing"

// A deals site's roundup teaser and a paywall's notice of a subscription open on another
// device (kind_deals.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on deals days and on shared accounts stays (more in
// filter/testdata/newsvoice_kinds.txt).
func TestDealsAndDeviceNotices(t *testing.T) {
	assertLinesGo(t, []string{
		"Offerte del giorno: i prezzi più bassi scelti dalla redazione",
		"Today's best deals: our pick of the top discounts, updated every hour",
		"Die besten Angebote des Tages: unsere Auswahl, stündlich aktualisiert",
		"Las mejores ofertas del día: nuestra selección de descuentos, actualizada cada hora",
		"Il tuo abbonamento è in uso su un altro dispositivo. Puoi continuare a leggere da qui.",
		"Your subscription is being used on another device. You can continue reading here.",
		"Votre abonnement est utilisé sur un autre appareil. Vous pouvez continuer votre lecture ici.",
		"A sua assinatura está a ser usada noutro dispositivo. Pode continuar a ler aqui.",
		"Je abonnement wordt op een ander apparaat gebruikt. Je kunt hier verder lezen.",
		"Twoja subskrypcja jest używana na innym urządzeniu. Możesz kontynuować czytanie tutaj.",
	}, []string{
		"The streaming service said it would charge extra when an account is being used on another device outside the household.",
		"Secondo l'Antitrust, le offerte del giorno pubblicizzate dal sito non erano veri sconti.",
		"Selon l'enquête, un abonnement sur trois est utilisé sur un autre appareil que celui du titulaire.",
	})
}

// A paywall's promise that the reader may go on reading (kind_deals.rules), in the second
// person, goes in every language; a third person who may go on reading is news.
func TestPaywallReadOnPromise(t *testing.T) {
	assertLinesGo(t, []string{
		"Chiudi questa finestra e potrai continuare a leggere.",
		"Close this window and you will be able to continue reading.",
		"Schließ dieses Fenster, dann kannst du weiterlesen.",
		"Schließen Sie dieses Fenster, dann können Sie weiterlesen.",
		"Fermez cette fenêtre et vous pourrez continuer à lire.",
		"Cierra esta ventana y podrás seguir leyendo.",
		"Feche esta janela e você poderá continuar a ler.",
		"Sluit dit venster, dan kun je verder lezen.",
		"Zamknij to okno, a możesz czytać dalej.",
	}, []string{
		"Los usuarios de la biblioteca podrán seguir leyendo los libros prestados durante las obras, según el ayuntamiento.",
		"Gli studenti potranno continuare a leggere i testi in biblioteca anche durante l'estate, ha spiegato la preside.",
		"Nach Angaben des Verlags können die Abonnenten die Zeitung auch während des Streiks weiterlesen.",
	})
}
