using TranslationDiff.Analysis.Detection;

namespace TranslationDiff.Analysis.Text;

/// <summary>
/// The forms one given name takes in the languages editions come in (English, French, Spanish, Catalan, Italian,
/// Portuguese, German, Galician): Jordi, Jorge, Georges, George, Giorgio and Georg are one name. Translation engines
/// turn a person's first name into their own language's form; a newsroom keeps a living person's name as the person
/// writes it. Written from general knowledge of European naming; a name may stand in two groups (Catalan « Joan » is
/// John, English "Joan" is Jeanne; Catalan « Roser » is Rosario and reads as Rose).
/// </summary>
internal static class GivenNames
{
    private static readonly string[] Groups =
    [
        // Men's names (up to "Women's names": see WomenFrom).
        "John Jean Juan Joan Giovanni João Johann Johannes Xoán Ivan",
        "James Jacques Jaime Jaume Giacomo Jakob Iago",
        "Joseph José Josep Giuseppe Josef Xosé",
        "Peter Pierre Pedro Pere Pietro Petrus",
        "Paul Pablo Pau Paolo Paulo",
        "Michael Michel Miguel Miquel Michele Mikel",
        "George Georges Jorge Jordi Giorgio Georg",
        "Francis François Francisco Francesc Francesco Franz",
        "Charles Carlos Carles Carlo Karl",
        "William Guillaume Guillermo Guillem Guglielmo Guilherme Wilhelm",
        "Henry Henri Enrique Enric Enrico Henrique Heinrich",
        "Louis Luis Lluís Luigi Luís Ludwig Lewis",
        "Anthony Antony Antoine Antonio Antoni António Antônio Anton",
        "Andrew André Andrés Andreu Andreas",
        "Stephen Steven Étienne Stéphane Esteban Esteve Stefano Estêvão Stefan",
        "Thomas Tomás Tomàs Tommaso Tomé",
        "Matthew Matthieu Mathieu Mateo Mateu Matteo Mateus Matthias",
        "Mark Marc Marcos Marco Markus",
        "Luke Luc Lucas Lluc Luca Lukas",
        "Philip Philippe Felipe Felip Filippo Filipe Philipp",
        "Bartholomew Barthélemy Bartolomé Bartomeu Bartolomeo",
        "Lawrence Laurence Laurent Lorenzo Llorenç Lourenço Lorenz",
        "Vincent Vicente Vicenç Vincenzo",
        "Nicholas Nicolas Nicolás Nicolau Nicola Nikolaus",
        "Martin Martín Martí Martino Martinho",
        "Raymond Ramón Ramon Raimondo Raimundo",
        "Richard Ricardo Ricard Riccardo",
        "Robert Roberto",
        "Albert Alberto",
        "Alfred Alfredo",
        "Edward Édouard Eduardo Eduard Edoardo",
        "Ferdinand Fernando Ferran Ferdinando",
        "Frederick Frédéric Federico Frederic Frederico Friedrich",
        "Gregory Grégoire Gregorio Gregori",
        "Hugh Hugues Hugo Hug Ugo",
        "Ignatius Ignace Ignacio Ignasi Ignazio Inácio",
        "Isidore Isidro Isidoro Isidre",
        "Jerome Jérôme Jerónimo Jeroni Girolamo",
        "Joachim Joaquín Joaquim Gioacchino",
        "Julian Julien Julián Julià Giuliano Juliano",
        "Julius Jules Julio Juli Giulio Júlio",
        "Emmanuel Manuel Emanuele",
        "Oliver Olivier",
        "Patrick Patricio Patrici Patrizio",
        "Raphael Raphaël Rafael Raffaele",
        "Sebastian Sébastien Sebastián Sebastià Sebastiano Sebastião",
        "Simon Simón Simó Simão",
        "Timothy Timothée Timoteo Timoteu",
        "Victor Víctor Vittorio Vítor",
        "Xavier Javier Saverio",
        "Alexander Alexandre Alejandro Alessandro",
        "Augustine Augustin Agustín Agustí Agostino",
        "Benedict Benoît Benito Benet Benedetto Bento",
        "Bernard Bernardo Bernat",
        "Christopher Christophe Cristóbal Cristòfol Cristoforo Cristóvão",
        "Dominic Domingo Domènec Domenico Domingos",
        "Eugene Eugène Eugenio Eugeni",
        "Felix Félix Fèlix Felice",
        "Gerard Gérard Gerardo",
        "Jesus Jésus Jesús Gesù",
        "Leo Léon León Lleó Leone",
        "Maurice Mauricio Maurici Maurizio",
        "Oscar Óscar Òscar",
        "Ambrose Ambroise Ambrosio Ambròs",
        "Arthur Arturo Artur",
        "Claudio Claudi",
        "Clement Clément Clemente Climent",
        "Denis Dennis Dionisio Dionís",
        "Fabian Fabien Fabián Fabià",
        "Gaspard Gaspar Gaspare",
        "Hector Héctor Hèctor Ettore",
        "Marcel Marcelo Marcello",
        "Roderick Rodrigue Rodrigo",
        "Rudolph Rodolphe Rodolfo Rodolf",
        "Salvador Sauveur Salvatore",
        "Theodore Théodore Teodoro Teodor",
        "Valentine Valentin Valentín Valentí Valentino",
        "Angel Ángel Àngel Ange Angelo",
        "Ramiro Ramire",
        "Gabriel Gabriele",
        "Adrian Adrien Adrián Adrià Adriano",
        "Cyril Cyrille Cirilo Cirili",
        "Damian Damien Damián Damià Damiano",
        "Elias Élie Elías Elies Elia",
        "Emile Émile Emilio Emili",
        "Quentin Quintín",
        "Silvester Sylvestre Silvestre",
        "Seán Sean",
        "Iñaki Ignacio",
        "Íñigo Iñigo",
        // Women's names.
        WomenMarker,
        "Mary Marie María Maria",
        "Anne Ann Anna Ana",
        "Catherine Katherine Catalina Caterina Catarina Katharina",
        "Margaret Marguerite Margarita Margarida Margherita",
        "Elizabeth Élisabeth Elisabet Elisabetta",
        "Isabel Isabelle Isabella",
        "Joan Jane Jeanne Juana Joana Giovanna Johanna",
        "Frances Françoise Francisca Francesca",
        "Josephine Joséphine Josefa Josepa Giuseppina",
        "Teresa Theresa Thérèse",
        "Helen Helena Hélène Elena",
        "Lucy Lucie Lucía Llúcia Lucia",
        "Rose Rosa Roser",
        "Rosario Roser Rosaire Rosary",
        "Agnes Agnès Inés Agnese Inês",
        "Beatrice Béatrice Beatriz Beatriu",
        "Clare Claire Clara Chiara",
        "Dorothy Dorothée Dorotea",
        "Eleanor Éléonore Leonor Elionor Eleonora",
        "Eulalia Eulàlia Eulalie",
        "Irene Irène",
        "Julia Julie Júlia Giulia",
        "Juliet Juliette Julieta Giulietta",
        "Louise Luisa Lluïsa",
        "Magdalene Madeleine Magdalena Maddalena",
        "Martha Marthe Marta",
        "Monica Monique Mónica Mònica",
        "Natalie Nathalie Natalia Natàlia",
        "Patricia Patrícia",
        "Paula Pauline Paule Paola",
        "Susan Susanna Suzanne Susana",
        "Sylvia Sylvie Silvia Sílvia",
        "Veronica Véronique Verónica Verònica",
        "Victoria Victoire Victòria Vittoria",
        "Cecilia Cécile Cecília",
        "Christine Christina Cristina",
        "Dolores Dolors",
        "Mercedes Mercè",
        "Antonia Antoinette Antònia",
        "Emily Emilia Émilie Emília",
        "Eve Eva Ève",
        "Laura Laure",
        "Caroline Carolina",
        "Gabrielle Gabriela",
        "Sophie Sophia Sofia Sofía",
        "Marina Marine",
        "Alexandra Alejandra",
        "Rebecca Rébecca Rebeca",
        "Sarah Sara",
        "Judith Judit",
        "Esther Ester",
        "Immaculate Immaculée Inmaculada Immaculada",
        "Conception Concepción Concepció",
        "Assumption Assomption Asunción Assumpció",
        "Carmen Carme",
        "Núria Nuria",
        "Uxía Uxia",
        "Siân Sian Jane",
        "Begoña",
        "Rocío",
        "Ángela Angela Àngela Angèle",
    ];

    private const string WomenMarker = "-";

    private static readonly int WomenFrom = Array.IndexOf(Groups, WomenMarker);

    /// <summary>Common given names outside the table's groups, whose bearer's gender is clear in the languages editions come in.</summary>
    private static readonly HashSet<string> MoreWomen = new(
        ("Fiona Rachel Gwen Rhian Rhiannon Bethan Cerys Ffion Nia Carys Lowri Morag Eilidh Kirsty Ailsa Catriona Mairi Isla Emma Olivia " +
         "Hannah Megan Sinéad Aoife Niamh Siobhan Laia Aina Mireia Neus Alba Claudia Sandrine Céline Amélie Chloé Manon Léa Inès Maëlle " +
         "Maite Ainhoa Itziar Xiana Iria Noemí Raquel Rocío Begoña Consuelo Amparo Remedios Lourdes Nerea Ingrid Heidi Greta Margot Solène " +
         "Gwenaëlle Anaïs Élodie Aurélie Delphine Sylvie Brigitte Nadia Yasmina Fatima Leila Aisha Jennifer Jessica Sarah Laura Karen Linda " +
         "Susan Deborah Alison Gillian Janet Judith Wendy Zoe Ruth Jill Jenny Kate Katie Lucy Amy Ellen Eleri Elin Mared " +
         "Montserrat Montse Meritxell Agathe Àgata Pilar Gemma Berta Ona Jordina Carla Noelia").Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> MoreMen = new(
        ("Ewan Euan Iain Ian Hamish Angus Callum Alasdair Gareth Rhys Dafydd Owain Huw Aled Emyr Oriol Pol Arnau Quim Xavi Iñaki Aitor Unai " +
         "Iker Gorka Xabier Manel Sergi Yann Loïc Thierry Didier Kevin Maxime Théo Gaël Killian Erwan Ronan Brendan Declan Liam Sean Connor " +
         "Graham Neil Keith Colin Douglas Alan Gordon Malcolm Stuart Fraser Duncan Craig Ross Bruce Gavin Darren Wayne Barry Gary Trevor " +
         "Nigel Derek Clive Geoffrey Howard Dylan Rafa Nacho Paco Pepe Chema Txema Pedro Jaume Ahmed Mohamed Karim Youssef Omar " +
         "Iván Àlex Álex Aleix Yves Hervé Gilles").Split(' '),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, List<int>> GroupsOf = Build();

    private static readonly HashSet<string> Folded = GroupsOf.Keys.Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the two are different forms of one given name: forms of one name in two languages ("Georges" and
    /// « Jordi »), or the same letters with different accents ("Tomàs" and « Tomás », "Irène" and « Irene »).
    /// </summary>
    public static bool AreForms(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (TextFold.Fold(a) == TextFold.Fold(b))
        {
            // Accents alone: only for a given name ("Guàrdia" for « Guardia » is a word the language spells its own way).
            return a.Length == b.Length && Folded.Contains(TextFold.Fold(a));
        }

        return GroupsOf.TryGetValue(a, out var ofA) && GroupsOf.TryGetValue(b, out var ofB) && ofA.Intersect(ofB).Any();
    }

    /// <summary>
    /// The gender of a bearer of the given name, when the name is clear in every language it stands for: not
    /// « Joan » (a man in Catalan, a woman in English) or "Andrea".
    /// </summary>
    public static PersonGender? GenderOf(string name)
    {
        if (MoreWomen.Contains(name))
        {
            return PersonGender.Feminine;
        }

        if (MoreMen.Contains(name))
        {
            return PersonGender.Masculine;
        }

        if (!GroupsOf.TryGetValue(name, out var groups))
        {
            return null;
        }

        var genders = groups.Select(g => g > WomenFrom ? PersonGender.Feminine : PersonGender.Masculine).Distinct().ToList();
        return genders.Count == 1 ? genders[0] : null;
    }

    /// <summary>Whether the word is a given name of the table.</summary>
    public static bool IsKnown(string word) => GroupsOf.ContainsKey(word);

    private static Dictionary<string, List<int>> Build()
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Groups.Length; i++)
        {
            foreach (var name in Groups[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(n => n != WomenMarker))
            {
                if (!result.TryGetValue(name, out var list))
                {
                    result[name] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }
            }
        }

        return result;
    }
}
