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
	}, []string{
		"The gamers met on a Discord server run by a student from Leeds, police said.",
		"Laut dem Bericht nutzen immer weniger Leser einen RSS-Feed, um Nachrichten zu lesen.",
	})
}
