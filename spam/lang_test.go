package spam

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// langCase is one line of the per-language table: text, how it sits, whether it is spam.
type langCase struct {
	lang string
	text string
	kind Kind
	spam bool
}

// langCases are written for these tests: for every language, boilerplate of several kinds as
// a line of its own and as a sentence glued to a paragraph, and real journalism that must
// stay, including prose that talks about the very things spam sells.
var langCases = []langCase{
	// Italian.
	{"it", "Leggi anche: Scuola, le nuove regole per la maturità", Line, true},
	{"it", "Iscriviti alla nostra newsletter e ricevi ogni mattina le notizie della tua città", Glued, true},
	{"it", "Seguici su Facebook e Instagram", Glued, true},
	{"it", "Condividi su WhatsApp", Line, true},
	{"it", "Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti", Line, true},
	{"it", "© 2023 Editoriale Nord S.r.l. – Tutti i diritti riservati – P.IVA 01234567890", Glued, true},
	{"it", "Sostieni il giornalismo indipendente: fai una donazione", Glued, true},
	{"it", "Pubblicità", Line, true},
	{"it", "Il sindaco ha presentato ieri in consiglio comunale il piano per le piste ciclabili, che prevede dodici chilometri di nuovi percorsi entro il 2026.", Line, false},
	{"it", "Secondo la procura, gli indagati promettevano guadagni garantiti a chi investiva in una piattaforma di criptovalute rivelatasi una truffa.", Glued, false},
	{"it", "La giornalista ha spiegato di aver lanciato una newsletter settimanale dedicata alla politica locale, che oggi conta tremila iscritti.", Glued, false},
	{"it", "Il ministro ha detto che seguirà personalmente il dossier.", Glued, false},
	// English.
	{"en", "Read more: The ten best beaches in Cornwall", Line, true},
	{"en", "Sign up for our newsletter to get the day's top stories delivered to your inbox.", Glued, true},
	{"en", "This article contains affiliate links. We may earn a commission if you buy through them.", Line, true},
	{"en", "Follow us on Twitter and Instagram", Glued, true},
	{"en", "Already a subscriber? Log in to continue reading", Line, true},
	{"en", "Advertisement", Line, true},
	{"en", "Was this article helpful?", Glued, true},
	{"en", "The council said residents could follow the works on its website and that the bridge would reopen in the spring.", Glued, false},
	{"en", "Regulators fined the casino operator £2m for failing to protect vulnerable customers who had lost large sums online.", Glued, false},
	{"en", "LONDON — Shares in the retailer rose 4% on Tuesday after it reported higher-than-expected sales over the holiday period.", Line, false},
	{"en", "The paper's weekly newsletter, launched last year, now reaches 40,000 readers, its editor said.", Glued, false},
	// German.
	{"de", "Lesen Sie auch: Was die neue Grundsteuer für Mieter bedeutet", Line, true},
	{"de", "Jetzt Newsletter abonnieren und nichts mehr verpassen!", Glued, true},
	{"de", "Folgen Sie uns auf Facebook", Glued, true},
	{"de", "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Alle akzeptieren", Line, true},
	{"de", "Anzeige", Line, true},
	{"de", "Hat Ihnen dieser Artikel gefallen?", Glued, true},
	{"de", "Die Polizei hat Anzeige gegen den Fahrer erstattet, der mit deutlich überhöhter Geschwindigkeit durch die Innenstadt gefahren war.", Line, false},
	{"de", "Der Verein will künftig mehr Mitglieder gewinnen und setzt dabei auch auf einen eigenen Kanal in den sozialen Netzwerken.", Glued, false},
	{"de", "BERLIN — Der Bundestag hat am Donnerstag das neue Heizungsgesetz mit knapper Mehrheit beschlossen.", Line, false},
	// French.
	{"fr", "À lire aussi : La réforme des retraites devant le Conseil constitutionnel", Line, true},
	{"fr", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité", Glued, true},
	{"fr", "Suivez-nous sur Instagram", Glued, true},
	{"fr", "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter", Line, true},
	{"fr", "Publicité", Line, true},
	{"fr", "Tous droits réservés", Glued, true},
	{"fr", "Le maire a annoncé la fermeture du pont pour travaux pendant trois semaines, ce qui va perturber la circulation dans le centre-ville.", Line, false},
	{"fr", "Les abonnés du réseau de transport pourront se faire rembourser une partie de leur abonnement après les grèves de décembre.", Glued, false},
	// Spanish.
	{"es", "Lee también: El Gobierno aprueba la subida del salario mínimo", Line, true},
	{"es", "Suscríbete a nuestro boletín y recibe las noticias en tu correo", Glued, true},
	{"es", "Síguenos en Twitter", Glued, true},
	{"es", "Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación.", Line, true},
	{"es", "Todos los derechos reservados", Glued, true},
	{"es", "Publicidad", Line, true},
	{"es", "El Ayuntamiento aprobó ayer el presupuesto para el próximo año, que incluye una partida para renovar el alumbrado público.", Line, false},
	{"es", "Más de 300 personas participaron en la manifestación convocada por los sindicatos frente a la Consejería de Sanidad.", Glued, false},
	// Portuguese.
	{"pt", "Leia também: Governo anuncia novo programa de habitação", Line, true},
	{"pt", "Assine a nossa newsletter e receba as notícias no seu email", Glued, true},
	{"pt", "Siga-nos no Instagram", Glued, true},
	{"pt", "Este site utiliza cookies para melhorar a sua experiência de navegação.", Line, true},
	{"pt", "Todos os direitos reservados", Glued, true},
	{"pt", "A câmara municipal aprovou esta terça-feira o orçamento para o próximo ano, com os votos contra da oposição.", Line, false},
	{"pt", "Confira os principais pontos da proposta apresentada pelo ministro da Fazenda nesta segunda-feira em Brasília.", Glued, false},
	// Dutch.
	{"nl", "Lees ook: Kabinet trekt extra geld uit voor woningbouw", Line, true},
	{"nl", "Meld je aan voor onze nieuwsbrief en blijf op de hoogte", Glued, true},
	{"nl", "Volg ons op Instagram", Glued, true},
	{"nl", "Wij gebruiken cookies om de website goed te laten werken.", Line, true},
	{"nl", "Alle rechten voorbehouden", Glued, true},
	{"nl", "De gemeenteraad stemde dinsdagavond in met het plan om het stadscentrum autovrij te maken vanaf volgend jaar.", Line, false},
	{"nl", "Deel van de schade wordt vergoed door de verzekeraar, liet een woordvoerder weten.", Glued, false},
	// Polish.
	{"pl", "Czytaj też: Rząd przyjął projekt budżetu na przyszły rok", Line, true},
	{"pl", "Zapisz się do naszego newslettera", Glued, true},
	{"pl", "Obserwuj nas na Facebooku", Glued, true},
	{"pl", "Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.", Line, true},
	{"pl", "Wszelkie prawa zastrzeżone", Glued, true},
	{"pl", "Reklama", Line, true},
	{"pl", "Rada miasta przyjęła we wtorek uchwałę w sprawie budowy nowej linii tramwajowej na północy miasta.", Line, false},
	{"pl", "Krajowa Rada Sądownictwa zbierze się ponownie w przyszłym tygodniu, poinformował jej rzecznik.", Glued, false},
	// The reader asked to pass the article on, to leave an address, to allow alerts; a
	// masthead's line. And news that names the same things.
	{"en", "Enjoyed this story? Share it with your friends on social media", Glued, true},
	{"en", "Turn on push alerts to get breaking news as it happens", Line, true},
	{"en", "Want the best of the week every Friday? Drop your email below", Line, true},
	{"es", "¿Te ha gustado esta noticia? Compártela con tus amigos", Glued, true},
	{"de", "Hat Ihnen der Beitrag gefallen? Dann teilen Sie ihn mit Ihren Freunden", Glued, true},
	{"de", "Verantwortlich für den redaktionellen Inhalt: Anna Beispiel, Marktplatz 3, 54321 Beispielstadt", Line, true},
	{"fr", "Vous avez aimé cet article ? Partagez-le avec vos amis", Glued, true},
	{"en", "The county's emergency service said it would send push alerts to every phone in the flood zone before the river peaked on Sunday night.", Glued, false},
	{"de", "Der Intendant sagte, der Sender sei für den redaktionellen Inhalt der Sendung verantwortlich und werde die Vorwürfe prüfen.", Glued, false},
	// A label of further reading, a sale's promo, a broker's and a bookmaker's requests.
	{"it", "Approfondimenti", Line, true},
	{"it", "Ultimi giorni per approfittare dei saldi: fino al 50% di sconto sui materassi", Line, true},
	{"es", "Últimos días de rebajas: hasta un 60% de descuento en moda", Line, true},
	{"es", "Invierte en criptomonedas desde 100 euros con nuestra aplicación", Line, true},
	{"de", "Jetzt bei Wettanbieter Nordbet registrieren und Bonus sichern", Line, true},
	{"it", "I commercianti del centro hanno chiesto al Comune di anticipare i saldi estivi di una settimana.", Glued, false},
	{"es", "Las tiendas del centro ofrecieron descuentos de hasta un 60% durante las rebajas, según la patronal del comercio.", Glued, false},
}

func TestLanguages(t *testing.T) {
	seen := map[string][2]int{}
	for _, tc := range langCases {
		v := Default().ScoreAs(tc.text, tc.kind)
		assert.Equal(t, tc.spam, v.Spam, "[%s] %q: %+v", tc.lang, tc.text, v)
		if v.Spam {
			assert.NotEmpty(t, v.Reason, tc.text)
			assert.NotEmpty(t, v.Evidence, tc.text)
		}
		c := seen[tc.lang]
		if tc.spam {
			c[0]++
		} else {
			c[1]++
		}
		seen[tc.lang] = c
	}
	// Every language of the built-in rules has spam and legitimate cases.
	for _, lang := range benchLangs {
		assert.Positive(t, seen[lang][0], "%s has no spam case", lang)
		assert.Positive(t, seen[lang][1], "%s has no legitimate case", lang)
	}
}

// TestEveryLanguageHasRules checks that every language has its own rule file, with rules of
// the main kinds of boilerplate.
func TestEveryLanguageHasRules(t *testing.T) {
	cats := map[string]map[string]bool{}
	for _, r := range Builtin() {
		if cats[r.Lang] == nil {
			cats[r.Lang] = map[string]bool{}
		}
		cats[r.Lang][r.Category] = true
	}
	for _, lang := range benchLangs {
		for _, c := range []string{"readalso", "newsletter", "paywall", "follow", "share", "comments",
			"cookie", "copyright", "adlabel", "donation", "login", "app", "cta", "affiliate", "coupon", "ui"} {
			assert.True(t, cats[lang][c], "%s has no %s rule", lang, c)
		}
	}
}

// TestSpanishClickForms: the informal request to click ("haz clic en") is a call to action as
// the formal one is ("haga clic en").
func TestSpanishClickForms(t *testing.T) {
	for _, s := range []string{
		"Haz clic en el enlace de abajo para descargar la aplicación.",
		"Haga clic en el enlace de abajo para descargar la aplicación.",
		"Haz click en la imagen para ver la galería completa.",
	} {
		v := Default().ScoreAs(s, Glued)
		assert.True(t, v.Spam, s)
		assert.True(t, slices.ContainsFunc(v.Evidence, func(e string) bool { return strings.HasPrefix(e, "cta:ha") }), "%s: %v", s, v.Evidence)
	}
}
