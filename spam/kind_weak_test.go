package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKindWeakRemove: the weakest kinds of round 4 (finance and gambling small print and
// teasers, affiliate notes, donation appeals, calls to action, ad labels run into an ad),
// written for the test in the eight languages, are spam as a line and glued.
func TestKindWeakRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"This is not financial advice.",
		"Start investing with as little as $1",
		"Purchases made through our links may earn us a commission.",
		"Every contribution, however big or small, makes a difference.",
		"Download the full guide now.",
		"AnzeigeJetzt Tagesgeld vergleichen",
		"Anzeige: Depot eröffnen und Aktien handeln",
		"Kapitalanlagen sind mit Risiken verbunden.",
		"Jetzt Bitcoin kaufen – einfach, sicher und schnell.",
		"Bei den mit Sternchen markierten Links handelt es sich um Provisions-Links.",
		"Jeder Beitrag, egal wie klein, hilft uns weiter.",
		"Les paris sportifs sont interdits aux mineurs.",
		"Les liens marqués d'un astérisque sont des liens affiliés.",
		"Chaque don, même modeste, compte.",
		"Esto no es un consejo de inversión.",
		"Cada aportación, por pequeña que sea, cuenta.",
		"Invierte desde 1 euro",
		"Questo non è un consiglio di investimento.",
		"Ogni contributo, anche piccolo, fa la differenza.",
		"Investi a partire da 10 euro",
		"Isto não é uma recomendação de investimento.",
		"Cada contribuição, por menor que seja, faz a diferença.",
		"Invista a partir de R$ 100",
		"Dit is geen beleggingsadvies.",
		"Elke bijdrage, hoe klein ook, helpt.",
		"Vergelijk de beste spaarrekeningen",
		"To nie jest porada inwestycyjna.",
		"Każda wpłata, nawet najmniejsza, ma znaczenie.",
		"Porównaj najlepsze lokaty",
		"Unterstütze diesen Blog!",
		"Haz un donativo",
		"Bild vergrößern",
		"Agrandir l'image",
		"Ampliar imagen",
		"Bitcoin Price Prediction",
		"Mejores casas de apuestas",
		"Some links above are affiliate links: TechSite will earn a commission if you click through and make a purchase.",
		"Certains liens de cet article sont trackés et peuvent générer une commission pour Exemple.",
		"Se você comprar por meio dos links, o Exemplo pode receber uma comissão.",
		"Schon 5 Euro helfen",
		"Preise können sich seit dem letzten Update geändert haben.",
		"Gioco responsabile",
		"This site is funded entirely by its readers.",
		"Questo sito vive solo grazie al contributo dei suoi lettori.",
		"Ce site est financé uniquement par les dons de ses lecteurs.",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestKindWeakNewsKept: news that reports on casinos, crypto, brokers, charities and
// affiliate marketing with the same words, in the eight languages, is not spam as a line or
// glued: the whole-sentence disclaimers do not match a sentence that says who warned, the
// affiliate notes not a third person, the ad labels not a police report or a column.
func TestKindWeakNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"The regulator said the online casino had failed to check whether players were over 18.",
		"The charity said every contribution, however small, had helped it reach its target, according to the annual report.",
		"The blogger earns a commission when readers buy through the links in her posts, the investigation found.",
		"The Commission published links to the new rules on Tuesday.",
		"The company said advertisement sales rose 5% in the quarter.",
		"AdBlue prices doubled within a year, hauliers said.",
		"Die Staatsanwaltschaft hat Anzeige gegen Unbekannt erstattet.",
		"Jede Kapitalanlage ist mit Risiken verbunden, betonte der Anlageberater vor Gericht.",
		"Unsere Recherche zeigt, dass Spenden über PayPal an die Partei verschleiert wurden.", // the newsroom's research, not an appeal
		"Die Verbraucherzentrale kritisiert, dass Blogger eine Provision erhalten, wenn Leser über ihre Links einkaufen.",
		"Werbung: Die Branche rechnet in diesem Jahr mit weniger Umsatz.",
		"Sportwetten sind in Deutschland seit 2021 bundesweit erlaubt.",
		"Les paris sportifs sont interdits aux mineurs, rappelle l'Autorité nationale des jeux.",
		"L'association explique que chaque don, même modeste, compte pour financer ses actions.",
		"La Commission européenne a publié des liens vers les nouvelles règles.",
		"Invertir en criptomonedas conlleva riesgos, advirtió la CNMV en un comunicado.",
		"Los creadores de contenido reciben una comisión por cada compra realizada con sus enlaces, según el estudio.",
		"Publicidad: el sector creció un 5% el año pasado.",
		"El bróker ofrecía invertir desde 100 euros, según la denuncia.",
		"Investire in criptovalute comporta rischi elevati, ha avvertito la Consob.",
		"Il gioco è vietato ai minori, ha ricordato il sindaco durante la conferenza.",
		"La Commissione europea ha pubblicato i link ai nuovi documenti.",
		"Investir em criptomoedas envolve riscos, alertou a CVM.",
		"A associação disse que cada contribuição, por menor que seja, ajuda as famílias.",
		"Dit is geen beleggingsadvies, zei de influencer later tegen de toezichthouder.",
		"De Europese Commissie publiceerde links naar de nieuwe regels.",
		"Inwestowanie w kryptowaluty wiąże się z ryzykiem, ostrzegła KNF.",
		"Fundacja podkreśla, że każda wpłata, nawet najmniejsza, ma znaczenie.",
		"Według raportu influencerzy otrzymują prowizję za zakupy dokonane przez ich linki.",
		"Die Eltern unterstützen die Forderung der Schule nach mehr Personal.",
		"Für Verbraucher entstehen dabei keine zusätzlichen Kosten, sagte die Ministerin.",
		"No matter how small the town, the council must publish its accounts.",
		"Por pequeña que sea la diferencia, el tribunal deberá revisarla.",
		"Een kleine commissie van deskundigen onderzoekt de zaak.",
		"Der Makler erhält vom Käufer eine Provision von drei Prozent.",
		"Bitcoin price prediction is a mug's game, analysts at the bank said on Monday.",
		"How to make money with a small farm was the theme of the fair.",
		"Mit ihrer Hilfe können wir den Fall aufklären, sagte der Kommissar über die Zeugen.",
		"Le journal, qui vit grâce au soutien de ses lecteurs, a annoncé un plan de départs.",
		"The newspaper is funded entirely by its readers, its editor told the committee.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}

// assertSpamBoth asserts that line is spam (want) or not, as a line of its own and glued, and
// returns the two verdicts.
func assertSpamBoth(t *testing.T, s *Scorer, line string, want bool) [2]Verdict {
	t.Helper()
	var vs [2]Verdict
	for i, kind := range []Kind{Line, Glued} {
		vs[i] = s.ScoreAs(line, kind)
		assert.Equal(t, want, vs[i].Spam, "%q as %v: %+v", line, kind, vs[i])
	}
	return vs
}
