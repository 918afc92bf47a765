using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Tests.Detection;

public class GenderAgreementDetectorTests
{
    private const string French = "« Nous resterons aux côtés de la Russie », assure la ministre des Affaires étrangères, Choe Son Hui. De quoi faire sourire son homologue russe.";

    [Theory]
    [InlineData("fr", "assure la ministre des Affaires étrangères, Choe Son Hui.", "hui", "Feminine")]
    [InlineData("fr", "a déclaré le président Paul Martin.", "martin", "Masculine")]
    [InlineData("fr", "selon Mme Durand, qui dirige le port.", "durand", "Feminine")]
    [InlineData("es", "afirmó la portavoz de Ecologistas en Acción, Laura Benítez.", "benitez", "Feminine")]
    [InlineData("ca", "va dir Laia Comas, alcaldessa de Girona.", "comas", "Feminine")]
    [InlineData("fr", "a dit Karim Benali, secrétaire général du syndicat.", "benali", "Masculine")]
    [InlineData("fr", "L'adjointe à l'éducation, Claire Dumont, explique.", "dumont", "Feminine")]
    [InlineData("es", "La consejera de Sanidad de Castilla y León, María Jesús Olmedo, calificó el paro.", "olmedo", "Feminine")]
    [InlineData("fr", "La ministre française de la Mer, Sophie Lambert, s'est dite soulagée.", "lambert", "Feminine")]
    [InlineData("es", "dirigidos por el glaciólogo Núria Pujades, compararon imágenes.", "pujades", "Masculine")]
    [InlineData("ca", "dirigits per la glaciòloga Núria Pujades, van comparar imatges.", "pujades", "Feminine")]
    [InlineData("ca", "La tinenta d'alcalde d'Urbanisme, Laia Ferrer, ho va admetre.", "ferrer", "Feminine")]
    [InlineData("ca", "explica la biòloga marina Montserrat Oller, que coordina el seguiment.", "oller", "Feminine")]
    [InlineData("es", "La nueva maestra, Irene Saldaña, es de Almazán.", "saldana", "Feminine")]
    [InlineData("ca", "ho va explicar la gerent del centre, Montserrat Puigvert, dijous.", "puigvert", "Feminine")]
    [InlineData("fr", "a déclaré Sandrine Colombel, 47 ans, élue directrice générale.", "colombel", "Feminine")]
    [InlineData("es", "El teniente de alcalde de Urbanismo, Laia Ferrer, lo admitió.", "ferrer", "Masculine")]
    [InlineData("es", "El entrenador, Hélène Marchal, llegó en 2022.", "marchal", "Masculine")]
    [InlineData("es", "La entrenadora, Hélène Marchal, llegó en 2022.", "marchal", "Feminine")]
    [InlineData("fr", "selon la chercheuse Laia Ferrer, qui a dirigé le travail.", "ferrer", "Feminine")]
    [InlineData("es", "Según el archivero responsable, Laia Comas, hay hallazgos.", "comas", "Masculine")]
    [InlineData("ca", "ho va dir el químic Irene Pastor, dijous.", "pastor", "Masculine")]
    public void Of_ReadsGender_WhenTitleMarksIt(string language, string text, string person, string gender)
    {
        var mark = Assert.Single(GenderMarks.Of(text, language));

        Assert.Equal(person, mark.Person);
        Assert.Equal(gender, mark.Gender.ToString());
    }

    [Fact]
    public void Of_ReadsEachTitle_WhenTwoStandInAppositionBeforeTheName()
    {
        var marks = GenderMarks.Of("El investigador principal, la doctora Priya Menon, va dir que el seu equip continuarà.", "ca");

        Assert.Equal(["Feminine", "Masculine"], marks.Select(m => m.Gender.ToString()).Order(StringComparer.Ordinal));
        Assert.All(marks, m => Assert.Equal("menon", m.Person));
        Assert.Contains(marks, m => m.Gender == PersonGender.Masculine && m.Quote == "El investigador principal, la doctora Priya Menon");
    }

    [Fact]
    public void GenderAgreement_ReadsAnEnglishOriginalsPronoun_AfterAQuotationOfSeveralSentences_AndAfterAnHonorificAndSurname()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en",
                "Council leader Morag Lindsay presented the plan on Monday. “We are not punishing visitors. We are asking them to help,” she told the chamber.",
                "The consultation opens in May. Ms Ferrie said she expected objections from hotels.")
            .Edition("ca",
                ("El líder del consell, Morag Lindsay, va presentar el pla dilluns. «No castiguem els visitants. Els demanem ajuda», va dir a la cambra.", "The leader of the council, Morag Lindsay, presented the plan Monday."),
                ("La consulta s'obre al maig. El conseller Ferrie va dir que esperava objeccions dels hotels.", "The consultation opens in May. The councillor Ferrie said that he expected objections of the hotels."))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(["El conseller", "El líder"], findings.Select(f => f.Text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Before, he explained, the transfer took an hour and a half.", "he")]
    [InlineData("Before, she explained, the transfer took an hour and a half.", null)]
    [InlineData("Before, the director Pau Roig explained, he waited an hour.", null)]
    public void GenderAgreement_ReadsAPronounOpeningAParagraph_AsThePersonThePreviousOneNames(string english, string? expected)
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca",
                ("«Cada minut compta», va recordar la cap del servei, la doctora Laia Ferrer, durant la visita.", "Every minute counts, recalled the head of the service, the doctor Laia Ferrer, during the visit."),
                ("Abans, va explicar, el trasllat feia perdre una hora i mitja.", "Before, explained, the transfer made lose an hour and a half."))
            .PivotEdition("en",
                "\"Every minute counts,\" the head of the service, Dr Laia Ferrer, said during the visit.",
                english)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Paragraph == 1);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void GenderAgreement_ReadsAFrenchInvertedPronoun_AfterANameWithTwoSurnamesJoinedByI()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca", ("La presidenta de la cooperativa, Montserrat Puig i Farré, va parlar dimarts. «No podem esperar», va dir.", "The president of the cooperative, Montserrat Puig i Farré, spoke Tuesday. We cannot wait, said."))
            .Edition("fr", ("La présidente de la coopérative, Montserrat Puig i Farré, a parlé mardi. « Nous ne pouvons pas attendre », a-t-il dit.", "The president of the cooperative, Montserrat Puig i Farré, spoke Tuesday. We cannot wait, said."))
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(("fr", "il"), (finding.Language, finding.Text));
    }

    [Fact]
    public void GenderAgreement_LeavesAPronounOpeningAParagraph_WhenThePreviousOneNamesSomeoneElseToo()
    {
        var context = new ContextBuilder(reference: "ca", original: "ca")
            .Edition("ca",
                ("Ho va dir la doctora Laia Ferrer al costat del gerent Pau Roig.", "It said the doctor Laia Ferrer beside the manager Pau Roig."),
                ("Abans, va explicar, el trasllat feia perdre una hora i mitja.", "Before, explained, the transfer made lose an hour and a half."))
            .PivotEdition("en", "Dr Laia Ferrer said so beside the manager, Pau Roig.", "Before, he explained, the transfer took an hour and a half.")
            .Build();

        Assert.DoesNotContain(new GenderAgreementDetector(new DetectionOptions()).Detect(context), f => f.Paragraph == 1);
    }

    [Theory]
    [InlineData("Hélène Carasco-Vidal", true)]
    [InlineData("Hélène Carrasco-Vidal", true)]
    [InlineData("Pierre Barrasco-Videl", false)]
    public void GenderAgreement_FollowsAPersonThroughASurnameMisspeltByOneLetter(string name, bool expected)
    {
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("« Nous voulons un tram rapide », a déclaré la vice-présidente, Hélène Carrasco-Vidal. Elle a précisé la fréquence.", "« We want a fast tram », has declared the vice-president, Hélène Carrasco-Vidal. She has specified the frequency."))
            .PivotEdition("en", $"“We want a fast tram,” declared the vice-president, {name}. He specified the frequency.")
            .Build();

        Assert.Equal(expected, new GenderAgreementDetector(new DetectionOptions()).Detect(context).Any(f => f.Text == "He"));
    }

    [Theory]
    [InlineData("fr", "la ministre a rencontré son homologue, Sergueï Lavrov.")]
    [InlineData("fr", "a dit la porte-parole, Camille Roux, au ministre Jean Roux.")]
    [InlineData("es", "según el portavoz Luis Roca y la portavoz adjunta Ana Roca.")]
    [InlineData("ca", "va guanyar el premi Sergueï Lavrov de periodisme.")]
    [InlineData("es", "ganó el premio Sergueï Lavrov de periodismo.")]
    [InlineData("ca", "L'obertura Sergueï Lavrov va xutar.")]
    public void Of_ReadsNoGender_WhenMarkingIsAmbiguous(string language, string text)
    {
        var marks = GenderMarks.Of(text, language).GroupBy(m => m.Person).Where(g => g.Select(m => m.Gender).Distinct().Count() == 1 && g.Key == "lavrov");

        Assert.Empty(marks);
    }

    [Fact]
    public void Detect_FindsPronounOfOtherGender_InEnglishEdition()
    {
        var context = new ContextBuilder()
            .Edition("fr", (French, "…"))
            .PivotEdition("en", "“We will stand by Russia,” assures Foreign Minister Choe Son Hui. Enough to make his Russian counterpart smile.")
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("his", finding.Text);
        Assert.Equal(Categories.Mistranslation, finding.Category);
        Assert.Contains("« la ministre", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Choe Son Hui", finding.Evidence["fr"], StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TakesTheGenderFromTheOriginalsInvertedPronoun_WhenNoTitleMarksIt()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("L'association, présidée par Claire Vasseur, craint une baisse. « Nos clients viennent en voiture », a-t-elle expliqué.", "…"))
            .Edition("es", ("La asociación, presidida por Claire Vasseur, teme un descenso. «Nuestros clientes vienen en coche», explicó él.", "…"))
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal(("es", "él"), (finding.Language, finding.Text));
    }

    [Theory]
    [InlineData("The court sentenced Hélène Marchetti, former mayor of Voiron, to a fine. He was also declared ineligible.", "He")]
    [InlineData("The mayor, Hélène Marchetti, said it was the first finish in his town since 1994.", "his")]
    [InlineData("The mayor, Hélène Marchetti, said it was the first Volta finish in his town since 1994.", "his")]
    [InlineData("Hélène Marchetti explained: \"We want to reach those who never come,\" he said.", "he")]
    [InlineData("Hélène Marchetti had one dispute: a German player lost his game.", null)]
    public void Detect_LooksPastAnAppositionQuotesAndModifiedNames_ButNotAnotherPerson(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Le tribunal a condamné Hélène Marchetti, ancienne maire de Voiron.", "…"))
            .PivotEdition("en", english)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsNothing_WhenAnotherPersonStandsBetween()
    {
        var context = new ContextBuilder()
            .Edition("fr", (French + " Sergueï Lavrov a salué son invitée.", "…"))
            .PivotEdition("en", "“We will stand by Russia,” says Foreign Minister Choe Son Hui. Lavrov welcomed his guest. She smiled.")
            .Build();

        Assert.Empty(new GenderAgreementDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("The president of the commission, Sylvie Laborde, spoke to the elected officials gathered in Bordeaux. \"We chose the best offer,\" he declared.", "he")]
    [InlineData("The president of the commission, Sylvie Laborde, spoke before the Junta. \"We chose the best offer,\" he declared.", "he")]
    [InlineData("The president of the commission, Sylvie Laborde, spoke to the minister. \"We chose the best offer,\" he declared.", null)]
    [InlineData("The president of the commission, Sylvie Laborde, spoke to Alain Rousset. \"We chose the best offer,\" he declared.", null)]
    public void Detect_LooksPastPlacesInstitutionsAndGroups_ButNotAnotherPossibleAntecedent(string english, string? expected)
    {
        var context = new ContextBuilder()
            // The original reports no quotation: the edition's "he" is judged by its antecedent alone (when both quote, the two
            // speakers are compared directly; see ReportedSpeakersTests).
            .Edition("fr", ("La présidente de la commission des transports, Sylvie Laborde, a parlé aux élus. Elle a défendu le choix de la meilleure offre.", "…"))
            .PivotEdition("en", english)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Theory]
    [InlineData("es", "La portavoz de la agencia, Beatriz Lozano, habló en Madrid. «Las noches serán duras», advirtió él.", "él")]
    [InlineData("es", "La portavoz de la agencia, Beatriz Lozano, habló con Pedro Sánchez. «Las noches serán duras», advirtió él.", null)]
    [InlineData("fr", "La porte-parole de l'agence, Beatriz Lozano, a parlé à Madrid. « Les nuits seront dures », a-t-il averti.", "il")]
    [InlineData("fr", "La porte-parole de l'agence, Beatriz Lozano, a parlé à Madrid. Il faut dire que les nuits seront dures.", null)]
    public void Detect_FindsAPersonalPronounOfOtherGender_InSpanishAndFrenchEditions(string language, string text, string? expected)
    {
        // The original is in the other language: French for the Spanish edition, Spanish for the French one.
        var original = language == "es"
            ? ("fr", "La porte-parole de l'agence, Beatriz Lozano, a parlé à Madrid. Elle a prévenu que les nuits seraient dures.")
            : ("es", "La portavoz de la agencia, Beatriz Lozano, habló en Madrid. «Las noches serán duras», advirtió.");
        var context = new ContextBuilder(reference: original.Item1)
            .Edition(original.Item1, (original.Item2, "…"))
            .Edition(language, (text, "…"))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context);

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Text));
    }

    [Fact]
    public void Detect_FindsTitleOfOtherGender_InSpanishEdition()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La ministre des Transports, Hélène Marchetti, a appelé les syndicats.", "…"))
            .Edition("es", ("El ministro de Transportes, Hélène Marchetti, pidió a los sindicatos.", "…"))
            .PivotEdition("en", "Transport Minister Hélène Marchetti called on the unions. She said so.")
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("es", finding.Language);
        Assert.Equal("El ministro", finding.Text);
    }

    [Fact]
    public void Detect_FindsHonorificOfOtherGender_InEnglishEdition()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("Mme Otieno dirige une association depuis dix ans.", "…"))
            .PivotEdition("en", "Mr Otieno has led an association for ten years.")
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("Mr", finding.Text);
        Assert.Contains("“Ms”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_FindsNothing_WhenPronounIsQuotedOrRightGender()
    {
        var context = new ContextBuilder()
            .Edition("fr", ("La ministre des Transports, Hélène Marchetti, a répondu : « Il doit revenir. » Elle a raccroché.", "…"))
            .PivotEdition("en", "Transport Minister Hélène Marchetti replied: “He must come back.” She hung up.")
            .Build();

        Assert.Empty(new GenderAgreementDetector(new DetectionOptions()).Detect(context));
    }

    [Theory]
    [InlineData("The deputy mayor, Claire Dumont, backs the plan. According to him, it will pay for itself.", "him")]
    [InlineData("The deputy mayor, Claire Dumont, backs the plan. According to her, it will pay for itself.", null)]
    [InlineData("The plan is backed by Claire Dumont, deputy mayor of the town. According to him, it will pay for itself.", "him")]
    public void Detect_ReadsTheSpeakerAfterAccordingTo(string english, string? expected)
    {
        var context = new ContextBuilder()
            .Edition("fr", ("L'adjointe au maire, Claire Dumont, soutient le projet. Selon elle, il sera rentable.", "…"))
            .PivotEdition("en", english)
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("«El sedimento es una biblioteca», dijo la Dra. Fiona Marwick, un microbiólogo de la universidad.", "un microbiólogo")]
    [InlineData("«El sedimento es una biblioteca», dijo la Dra. Fiona Marwick, una microbióloga de la universidad.", null)]
    public void Detect_TakesTheGenderFromAnEnglishOriginalsPronouns(string spanish, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "“The sediment is a library,” said Dr Fiona Marwick, a microbiologist at the university. She led the research.")
            .Edition("es", (spanish, "…"))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Select(f => f.Text).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Fact]
    public void Detect_TakesNoGenderFromAnEnglishParagraphThatSpeaksOfAWomanAndAMan()
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Her coach, Graham Pettigrew, said she hopes to run the 10,000 metres. “She is still learning,” he said.")
            .Edition("fr", ("Son entraîneur, Graham Pettigrew, a dit qu'elle espère courir le 10 000 mètres.", "…"))
            .Build();

        Assert.Empty(new GenderAgreementDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_LooksPastThePersonsOwnRelativeClause()
    {
        var context = new ContextBuilder(reference: "es")
            .Edition("es", ("La denuncia la presentó una trabajadora de la empresa, Inmaculada Reyes, que acudió a la Guardia Civil.", "…"))
            .PivotEdition("en", "The complaint came from an employee of the company, Inmaculada Reyes, who went to the police after finding that he appeared on the rota.")
            .Build();

        var finding = Assert.Single(new GenderAgreementDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("he", finding.Text);
    }

    [Theory]
    [InlineData("El seu president va recordar que el frau danyaria la imatge de l'oli.", "El seu president")]
    [InlineData("La seva presidenta va recordar que el frau danyaria la imatge de l'oli.", null)]
    public void GenderAgreement_ComparesATitleWithNoNameOfItsOwn_WithTheOriginalsInTheAlignedParagraph(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("Su presidenta recordó que el fraude dañaría la imagen del aceite.", "His president remembered that the fraud would damage the image of the oil."))
            .Edition("ca", (catalan, "His president remembered that the fraud would damage the image of the oil."))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("« Teruel attendait depuis trop longtemps », a affirmé le conseiller pendant l'acte.", "le conseiller")]
    [InlineData("« Teruel attendait depuis trop longtemps », a affirmé la conseillère pendant l'acte.", null)]
    public void GenderAgreement_ComparesATitleAcrossLanguages_ByItsFirstFiveLetters(string french, string? expected)
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("«Teruel llevaba demasiado tiempo esperando», afirmó la consejera durante el acto.", "…"))
            .Edition("fr", (french, "…"))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "fr").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    [InlineData("La doctora Helen Markham va parlar dijous. «Gairebé havíem perdut l'esperança. Són les úniques monedes de la seca de York», va dir ell.", "ell")]
    [InlineData("La doctora Helen Markham va parlar dijous. «Gairebé havíem perdut l'esperança. Són les úniques monedes de la seca de York», va dir ella.", null)]
    public void GenderAgreement_ReadsARomancePronounAfterAQuotationOfSeveralSentences_PastTheNamesInsideIt(string catalan, string? expected)
    {
        var context = new ContextBuilder(reference: "en", original: "en")
            .PivotEdition("en", "Dr Helen Markham spoke on Thursday. “We had almost given up hope. They are the only coins from the York mint,” she said.")
            .Edition("ca", (catalan, "The doctor Helen Markham spoke Thursday. We had almost lost the hope. They are the only coins of the mint of York, said he."))
            .Build();

        var findings = new GenderAgreementDetector(new DetectionOptions()).Detect(context).Where(f => f.Language == "ca").Select(f => f.Text);

        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}
