namespace TranslationDiff.Analysis.Text;

/// <summary>
/// Places that English, French, Spanish and Catalan (and some Italian, Portuguese and German) name each in their own
/// way: « La Corogne » and "A Coruña", « Tolosa » and "Toulouse", « Òrcades » and "Orkney". A careful translator uses
/// the reader's form, so an edition writing one form where the others keep another has not changed the name. The
/// list holds places that news from Spain, France, Britain and their neighbours names often, and a few bodies every
/// language names in its own words (the Civil Guard, the European Union); each line is one place or body, its forms
/// separated by "|"; a line starting with "#" is a heading.
/// </summary>
internal static class Exonyms
{
    private const string Places = """
        A Coruña|La Coruña|Coruña|La Corogne|Corogne|Corunna|la Corunya
        Ourense|Orense
        Girona|Gérone|Gerona
        Lleida|Lérida
        Castelló|Castellón
        Alacant|Alicante
        Saragossa|Zaragoza|Saragosse
        Sevilla|Seville|Séville
        Andalucía|Andalusia|Andalousie
        Cataluña|Catalonia|Catalogne|Catalunya
        Aragón|Aragon|Aragó
        Castilla|Castile|Castille
        Navarra|Navarre
        Vizcaya|Biscay|Biscaye|Bizkaia|Biscaia
        Golfo de Vizcaya|Bay of Biscay|golfe de Gascogne|Gascogne|golf de Biscaia
        Gipuzkoa|Guipúzcoa|Guipuscoa
        País Vasco|Euskadi|Basque Country|Pays basque|País Basc
        Galicia|Galice|Galícia
        Asturias|Asturies
        Cantabria|Cantabrie
        Baleares|Illes Balears|Balearic Islands|Baléares|Balears
        Mallorca|Majorca|Majorque
        Menorca|Minorca|Minorque
        Eivissa|Ibiza
        Canarias|Canary Islands|Canaries|Canàries
        Tenerife|Ténérife
        Cádiz|Cadix
        Córdoba|Cordoba|Cordoue|Còrdova
        Málaga|Malaga
        Jaén|Jaen
        Almería|Almérie
        Cartagena|Carthagène
        Murcia|Murcie|Múrcia
        València|Valencia|Valence
        Extremadura|Estrémadure
        Salamanca|Salamanque
        Segovia|Ségovie|Segòvia
        Toledo|Tolède
        Castilla-La Mancha|Castille-La Manche
        Pamplona|Iruña|Pampelune
        Donostia|San Sebastián|Saint-Sébastien|Sant Sebastià
        Santiago de Compostela|Saint-Jacques-de-Compostelle
        Pirineos|Pyrenees|Pyrénées|Pirineus
        Pirineos Orientales|Pyrénées-Orientales|Pirineus Orientals
        Rosellón|Roussillon|Rosselló
        Perpiñán|Perpignan|Perpinyà
        Toulouse|Tolosa|Tolosa de Llenguadoc
        Occitanie|Occitania
        Auvergne-Rhône-Alpes|Auvernia-Ródano-Alpes|Alvèrnia-Roine-Alps
        Pyrénées-Atlantiques|Pirineos Atlánticos|Pirineus Atlàntics
        Huesca|Osca
        Jijona|Xixona
        Bourgogne-Franche-Comté|Borgoña-Franco Condado|Borgonya-Franc Comtat
        Sant Joan|Saint-Jean|San Juan|Saint John
        Languedoc|Llenguadoc
        Bordeaux|Burdeos|Bordeus
        Marseille|Marsella|Marseilles
        Lyon|Lyons|Lión|Lió
        Nice|Niza|Niça
        Avignon|Aviñón|Avinyó
        Montpellier|Montpeller
        Nîmes|Nimes
        Strasbourg|Estrasburgo|Estrasburg
        Normandie|Normandy|Normandía|Normandia
        Bretagne|Brittany|Bretaña|Bretanya
        Bourgogne|Burgundy|Borgoña|Borgonya
        Provence|Provenza|Provença
        Alsace|Alsacia|Alsàcia
        Lorraine|Lorena
        Corse|Corsica|Córcega|Còrsega
        Savoie|Savoy|Saboya|Savoia
        Haute-Savoie|Alta Saboya|Alta Savoia|Upper Savoy|Savoia
        Auvergne|Auvernia|Alvèrnia
        Gascogne|Gascony|Gascuña|Gascunya
        Aquitaine|Aquitania|Aquitània
        Nouvelle-Aquitaine|Nueva Aquitania|Nova Aquitània
        Hauts-de-France|Altos de Francia|Alts de França
        Grand Est|Gran Este|Gran Est
        Île-de-France|Isla de Francia|Illa de França
        Bouches-du-Rhône|Bocas del Ródano|Boques del Roine
        Pas-de-Calais|Paso de Calais|Pas de Calais
        Côte d'Azur|Costa Azul|Costa Blava|French Riviera
        Rhône|Ródano|Roine
        Loire|Loira
        Seine|Sena
        Garonne|Garona
        Dordogne|Dordoña|Dordonya
        Côtes-d'Armor|Costas de Armor
        Finistère|Finisterre
        Dunkerque|Dunkirk
        Paris|París
        London|Londres
        Edinburgh|Édimbourg|Edimburgo|Edimburg
        Scotland|Écosse|Escocia|Escòcia
        Wales|pays de Galles|Galles|Gales|Gal·les
        England|Angleterre|Inglaterra|Anglaterra
        Cornwall|Cornouailles|Cornualles|Cornualla
        Orkney|Orcades|Orcadas|Òrcades
        Shetland|Shetland Islands|Shetlands|îles Shetland|islas Shetland|illes Shetland
        Hebrides|Hébrides|Hébridas|Hèbrides
        Northern Ireland|Irlande du Nord|Irlanda del Norte|Irlanda del Nord
        Ireland|Irlande|Irlanda
        Dublin|Dublín
        Thames|Tamise|Támesis|Tàmesi
        Channel|Manche|canal de la Mancha|Canal de la Mànega
        Lisbon|Lisbonne|Lisboa
        Porto|Oporto
        Brussels|Bruxelles|Bruselas|Brussel·les
        Flanders|Flandre|Flandes
        Wallonia|Wallonie|Valonia|Valònia
        Geneva|Genève|Ginebra
        Basel|Bâle|Basilea
        Zurich|Zúrich
        Munich|München|Múnich|Munic
        Cologne|Köln|Colonia|Colònia
        Aachen|Aix-la-Chapelle|Aquisgrán|Aquisgrà
        Rome|Roma
        Milan|Milano|Milán
        Turin|Torino|Turín|Torí
        Venice|Venise|Venecia|Venècia|Venezia
        Florence|Firenze|Florencia|Florència
        Naples|Napoli|Nápoles|Nàpols
        Sardinia|Sardaigne|Cerdeña|Sardenya|Sardegna
        Sicily|Sicile|Sicilia|Sicília
        Athens|Athènes|Atenas|Atenes
        Warsaw|Varsovie|Varsovia|Varsòvia
        Moscow|Moscou|Moscú
        Kyiv|Kiev|Kíev|Kíiv
        Beijing|Pékin|Pekín|Pequín
        New York|Nueva York|Nova York
        The Hague|La Haye|La Haya|L'Haia
        Antwerp|Anvers|Amberes
        Copenhagen|Copenhague|Copenhaguen
        Gothenburg|Göteborg|Gotemburgo
        Antilles|Antillas|West Indies|Caribbean
        Martinique|Martinica
        Guadeloupe|Guadalupe
        Azores|Açores
        Madeira|Madère
        Andorra|Andorre
        Mediterranean|Méditerranée|Mediterráneo|Mediterrani
        Atlantic|Atlantique|Atlántico|Atlàntic
        European Union|Union européenne|Unión Europea|Unió Europea
        Guardia Civil|Civil Guard|Garde civile|Guàrdia Civil
        Intangible Cultural Heritage|patrimoine culturel immatériel|Patrimonio Cultural Inmaterial|Patrimoni Cultural Immaterial
        """;

    private static readonly Dictionary<string, List<string[]>> ByForm = Build();

    /// <summary>
    /// Whether <paramref name="text"/> names, by another of its forms, the place that <paramref name="name"/> (a word or a
    /// run of words kept by the other editions) names: « La Corogne » for "Coruña", "Bay of Biscay" for « Vizcaya ».
    /// </summary>
    public static bool RenderedIn(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (!ByForm.TryGetValue(Key(name), out var places))
        {
            return false;
        }

        var folded = " " + Key(text) + " ";
        return places.Any(place => place.Any(form => Key(form) != Key(name) && folded.Contains(" " + Key(form) + " ", StringComparison.Ordinal)));
    }

    private static readonly string[] DemonymEndings =
        ["iennes", "ienne", "iens", "ien", "aines", "aine", "ains", "ain", "aises", "aise", "ais", "oises", "oise", "ois", "enses", "ense", "anos", "anas", "ano", "ana", "eses", "esa", "ès", "ins", "ines", "ino", "ina", "ers", "er", "ians", "ian"];

    /// <summary>
    /// Whether <paramref name="text"/> names the place by a word made from it, or the place behind a demonym: a
    /// demonym the others keep (« Nazairiennes », a team's name) against the place the edition writes ("Saint-Nazaire"),
    /// or a place the others name (Toulouse) against a demonym of it in lower case (« el tolosano », from « Tolosa »).
    /// </summary>
    public static bool DerivedIn(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var words = WordTokenizer.Tokenize(text).SelectMany(w => w.Text.Split('-')).Where(w => w.Length >= 4).ToList();
        var folded = TextFold.Fold(name);
        var forms = ByForm.TryGetValue(Key(name), out var places) ? places.SelectMany(p => p).Append(name).ToList() : [name];
        if (DemonymEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal) && folded.Length - e.Length >= 4))
        {
            var stem = folded[..Math.Min(5, folded.Length)];
            if (words.Any(w => TextFold.IsCapitalised(w) && TextFold.Fold(w).StartsWith(stem, StringComparison.Ordinal) && TextFold.Fold(w) != folded))
            {
                return true;
            }

            // « Toulousain » is from Toulouse, which Spanish calls Tolosa (« el tolosano »).
            forms.AddRange(ByForm.Where(kv => kv.Key.StartsWith(stem, StringComparison.Ordinal)).SelectMany(kv => kv.Value).SelectMany(p => p));
        }

        var stems = forms.Where(f => !f.Contains(' ', StringComparison.Ordinal)).Select(TextFold.Fold)
            .Select(f => f.Length >= 5 ? f[..^1] : f).Where(f => f.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        return words.Any(w => TextFold.IsLowerWord(w) && stems.Any(st => TextFold.Fold(w).StartsWith(st, StringComparison.Ordinal) && w.Length > st.Length + 2));
    }

    private static Dictionary<string, List<string[]>> Build()
    {
        var result = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in Places.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                // A heading of the list.
                continue;
            }

            var forms = line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var form in forms)
            {
                var key = Key(form);
                if (!result.TryGetValue(key, out var places))
                {
                    result[key] = places = [];
                }

                places.Add(forms);
            }
        }

        return result;
    }

    /// <summary>Folded, with hyphens, apostrophes and runs of spaces as one space, for matching a form inside a text.</summary>
    private static string Key(string text)
    {
        var folded = TextFold.Fold(text);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
