package spam

import "testing"

// A site's Discord server, YouTube bell and RSS feed (kind_channels.rules), written for this
// test, go as a line and glued to the end of a paragraph; news on Discord and feeds stays.
func TestNewerChannels(t *testing.T) {
	assertLinesGo(t, []string{
		"Join our Discord community",
		"Tretet unserem Discord bei!",
		"Únete a nuestro Discord",
		"Junte-se ao nosso Discord",
		"Word lid van onze Discord",
		"Subscribe on YouTube for more videos",
		"Aktiviere die Glocke, um nichts zu verpassen",
		"RSS-Feed abonnieren",
		"Kanał RSS z wiadomościami regionu",
		// Following the site, in a gerund (added on the seventh stop).
		"Stay up to date by following us on every platform you use.",
		"Ne manquez rien en nous suivant sur les réseaux sociaux.",
		"Resta informato seguendoci sui social.",
		"Bądź na bieżąco, obserwując nas w mediach społecznościowych.",
	}, []string{
		"The gamers met on a Discord server run by a student from Leeds, police said.",
		"Laut dem Bericht nutzen immer weniger Leser einen RSS-Feed, um Nachrichten zu lesen.",
		"The drone kept following us for an hour, one of the hikers told the inquiry.",
	})
}
