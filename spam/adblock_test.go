package spam

import "testing"

// An ad-blocker notice's request to allow the site's ads and its plea that ads keep the news
// free (kind_adblock.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on ad blockers and the ad market stays.
func TestAdblockPleas(t *testing.T) {
	assertLinesGo(t, []string{
		"Please add us to your ad blocker's allowlist.",
		"Ads help us keep our journalism free for everyone.",
		"La pubblicità ci permette di offrirti ogni giorno notizie locali.",
		"Werbung hilft uns, unsere Inhalte frei zugänglich zu halten.",
		"La publicidad nos permite ofrecerle contenidos gratuitos.",
		"A publicidade permite-nos oferecer jornalismo gratuito.",
		"Advertenties helpen ons om het nieuws gratis te houden.",
		"Reklamy pozwalają nam udostępniać artykuły bez opłat.",
	}, []string{
		"Publishers say advertising helps them keep news free, but ad blockers cost them millions, the report found.",
		"Según la patronal, la publicidad permite a los diarios ofrecer noticias gratuitas en internet.",
	})
}
