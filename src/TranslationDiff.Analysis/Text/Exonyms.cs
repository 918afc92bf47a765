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
        # Spain: autonomous communities
        Andalucía|Andalusia|Andalousie
        Aragón|Aragon|Aragó
        Asturias|Asturies|Astúries|Principado de Asturias|Principality of Asturias|Principat d'Astúries
        Baleares|Illes Balears|Balearic Islands|Baléares|Balears|Islas Baleares|îles Baléares
        Canarias|Canary Islands|Canaries|Canàries|Islas Canarias|Illes Canàries|îles Canaries
        Cantabria|Cantabrie|Cantàbria
        Castilla|Castile|Castille|Castella
        Castilla y León|Castile and León|Castille-et-León|Castella i Lleó
        Castilla-La Mancha|Castille-La Manche|Castile-La Mancha|Castella-la Manxa
        La Mancha|la Manxa
        Cataluña|Catalonia|Catalogne|Catalunya|Catalogna|Catalunha
        Comunidad Valenciana|Comunitat Valenciana|Valencian Community|Communauté valencienne|País Valencià
        Extremadura|Estrémadure
        Galicia|Galice|Galícia|Galiza
        Comunidad de Madrid|Comunitat de Madrid|Community of Madrid|Communauté de Madrid
        Región de Murcia|Regió de Múrcia|Region of Murcia|Région de Murcie
        Navarra|Navarre|Nafarroa|Comunidad Foral de Navarra|Comunitat Foral de Navarra
        País Vasco|Euskadi|Basque Country|Pays basque|País Basc
        # Spain: provinces and cities
        Álava|Araba
        Vizcaya|Biscay|Biscaye|Bizkaia|Biscaia
        Gipuzkoa|Guipúzcoa|Guipuscoa
        A Coruña|La Coruña|Coruña|La Corogne|Corogne|Corunna|la Corunya
        Ourense|Orense
        Girona|Gérone|Gerona
        Lleida|Lérida
        Castelló|Castellón|Castelló de la Plana|Castellón de la Plana
        Alacant|Alicante
        Saragossa|Zaragoza|Saragosse
        Sevilla|Seville|Séville
        Cádiz|Cadix|Cadis
        Córdoba|Cordoba|Cordoue|Còrdova
        Málaga|Malaga
        Jaén|Jaen
        Almería|Almérie
        Huesca|Osca
        Teruel|Terol
        Tarragona|Tarragone|Tarraco
        Barcelona|Barcelone
        Cartagena|Carthagène
        Murcia|Murcie|Múrcia
        València|Valencia|Valence
        Salamanca|Salamanque
        Segovia|Ségovie|Segòvia
        Toledo|Tolède
        Pamplona|Iruña|Iruñea|Pampelune
        Donostia|San Sebastián|Saint-Sébastien|Sant Sebastià
        Vitoria|Gasteiz|Vitoria-Gasteiz
        Bilbao|Bilbo
        Hondarribia|Fuenterrabía|Fontarrabie
        Errenteria|Rentería
        Gernika|Guernica
        Arrasate|Mondragón
        Santiago de Compostela|Saint-Jacques-de-Compostelle|Santiago de Compostel·la
        Gijón|Xixón
        Sanxenxo|Sangenjo
        Vilagarcía de Arousa|Villagarcía de Arosa
        Alcoi|Alcoy
        Xàtiva|Játiva
        Oriola|Orihuela
        Vila-real|Villarreal
        Sagunt|Sagunto
        Xàbia|Jávea
        Vinaròs|Vinaroz
        Figueres|Figueras
        La Seu d'Urgell|Seo de Urgel
        Val d'Aran|Vall d'Aran|Valle de Arán
        Jijona|Xixona
        Ciutadella|Ciudadela
        Maó|Mahón|Mahon|Port Mahon
        Badia de Roses|Bahía de Roses|Bahía de Rosas|Bay of Roses|Baie de Roses
        Bahía de Cádiz|Bay of Cádiz|Bay of Cadiz|Baie de Cadix|Badia de Cadis
        Mallorca|Majorca|Majorque
        Menorca|Minorca|Minorque
        Eivissa|Ibiza
        Gran Canaria|Grande Canarie
        Tenerife|Ténérife
        Algeciras|Algésiras
        El Escorial|l'Escurial|San Lorenzo de El Escorial
        Sant Joan|Saint-Jean|San Juan|Saint John
        # France: regions, current and before 2016
        Auvergne-Rhône-Alpes|Auvernia-Ródano-Alpes|Alvèrnia-Roine-Alps
        Bourgogne-Franche-Comté|Borgoña-Franco Condado|Borgonya-Franc Comtat
        Bretagne|Brittany|Bretaña|Bretanya
        Centre-Val de Loire|Centro-Valle del Loira|Centre-Vall del Loira
        Corse|Corsica|Córcega|Còrsega
        Grand Est|Gran Este|Gran Est
        Hauts-de-France|Altos de Francia|Alts de França
        Île-de-France|Isla de Francia|Illa de França
        Normandie|Normandy|Normandía|Normandia
        Nouvelle-Aquitaine|Nueva Aquitania|Nova Aquitània
        Occitanie|Occitania|Occitània
        Pays de la Loire|Países del Loira|País del Loira
        Provence-Alpes-Côte d'Azur|Provenza-Alpes-Costa Azul|Provença-Alps-Costa Blava
        Guyane|French Guiana|Guayana Francesa|Guaiana Francesa|Guyane française
        Reunion Island|île de la Réunion|isla de la Reunión|illa de la Reunió
        Martinique|Martinica
        Guadeloupe|Guadalupe
        Alsace|Alsacia|Alsàcia
        Aquitaine|Aquitania|Aquitània
        Auvergne|Auvernia|Alvèrnia
        Basse-Normandie|Lower Normandy|Baja Normandía|Baixa Normandia
        Haute-Normandie|Upper Normandy|Alta Normandía|Alta Normandia
        Bourgogne|Burgundy|Borgoña|Borgonya
        Champagne-Ardenne|Champaña-Ardenas|Xampanya-Ardenes
        Franche-Comté|Franco Condado|Franc Comtat
        Languedoc-Roussillon|Languedoc-Rosellón|Llenguadoc-Rosselló
        Limousin|Lemosín|Llemosí
        Lorraine|Lorena
        Midi-Pyrénées|Mediodía-Pirineos|Migdia-Pirineus
        Nord-Pas-de-Calais|Norte-Paso de Calais|Nord-Pas de Calais
        Picardie|Picardy|Picardía|Picardia
        Rhône-Alpes|Ródano-Alpes|Roine-Alps
        Provence|Provenza|Provença
        # France: départements
        Alpes-de-Haute-Provence|Alpes de Alta Provenza
        Hautes-Alpes|Altos Alpes|Alts Alps
        Alpes-Maritimes|Alpes Marítimos|Alps Marítims
        Ardennes|Ardenas|Ardenes|Ardennen
        Ariège|Arieja
        Aveyron|Avairon
        Bouches-du-Rhône|Bocas del Ródano|Boques del Roine
        Charente-Maritime|Charente Marítimo|Charente Marítim
        Corrèze|Corresa
        Corse-du-Sud|Córcega del Sur|Còrsega del Sud
        Haute-Corse|Alta Córcega|Alta Còrsega
        Côtes-d'Armor|Costas de Armor|Costes d'Armor
        Drôme|Droma
        Eure-et-Loir|Eure y Loir|Eure i Loir
        Finistère|Finisterre
        Haute-Garonne|Alto Garona|Alta Garona
        Gironde|Gironda
        Hérault|Erau
        Ille-et-Vilaine|Ille y Vilaine|Ille i Vilaine
        Indre-et-Loire|Indre y Loira|Indre i Loira
        Loir-et-Cher|Loir y Cher|Loir i Cher
        Haute-Loire|Alto Loira|Alt Loira
        Loire-Atlantique|Loira Atlántico|Loira Atlàntic
        Lot-et-Garonne|Lot y Garona|Olt i Garona
        Lozère|Losera
        Maine-et-Loire|Maine y Loira|Maine i Loira
        Haute-Marne|Alto Marne|Alt Marne
        Meurthe-et-Moselle|Meurthe y Mosela|Meurthe i Mosel·la
        Pas-de-Calais|Paso de Calais|Pas de Calais
        Pyrénées-Atlantiques|Pirineos Atlánticos|Pirineus Atlàntics
        Hautes-Pyrénées|Altos Pirineos|Alts Pirineus
        Pirineos Orientales|Pyrénées-Orientales|Pirineus Orientals
        Bas-Rhin|Bajo Rin|Baix Rin
        Haut-Rhin|Alto Rin|Alt Rin
        Haute-Saône|Alto Saona|Alt Saona
        Saône-et-Loire|Saona y Loira|Saona i Loira
        Savoie|Savoy|Saboya|Savoia
        Haute-Savoie|Alta Saboya|Alta Savoia|Upper Savoy|Savoia
        Seine-Maritime|Sena Marítimo|Sena Marítim
        Seine-et-Marne|Sena y Marne|Sena i Marne
        Tarn-et-Garonne|Tarn y Garona|Tarn i Garona
        Haute-Vienne|Alto Vienne|Alta Viena
        Vosges|Vosgos
        Territoire de Belfort|Territorio de Belfort|Territori de Belfort
        Hauts-de-Seine|Altos del Sena|Alts del Sena
        Seine-Saint-Denis|Sena-Saint-Denis|Sena Saint-Denis
        Val-de-Marne|Valle del Marne|Vall del Marne
        Val-d'Oise|Valle del Oise|Vall d'Oise
        # France: historical provinces, areas and cities
        Rosellón|Roussillon|Rosselló
        Languedoc|Llenguadoc
        Gascogne|Gascony|Gascuña|Gascunya
        Cerdagne|Cerdanya|Cerdaña
        Bigorre|Bigorra
        Comminges|Comenge
        Rouergue|Roergue
        Armagnac|Armañac|Armanyac
        Bourbonnais|Borbonés|Borbonès
        Dauphiné|Delfinado|Delfinat
        Touraine|Turena
        Camargue|Camarga
        Cévennes|Cevenas|Cevenes
        Loire Valley|Val de Loire|Valle del Loira|Vall del Loira
        Massif Central|Macizo Central|Massís Central
        Côte d'Azur|Costa Azul|Costa Blava|French Riviera
        Costa Daurada|Costa Dorada
        Terres de l'Ebre|Tierras del Ebro|Ebro Lands|Terres de l'Èbre
        Perpiñán|Perpignan|Perpinyà
        Hendaye|Hendaya|Hendaia
        Camino Francés|Camí Francès|French Way|Chemin français|French Route
        Camino de Santiago|Camí de Sant Jaume|Chemin de Saint-Jacques|Way of St James|Camí de Santiago|Chemins de Saint-Jacques-de-Compostelle
        Saint-Jean-de-Luz|San Juan de Luz|Donibane Lohizune
        Saint-Jean-Pied-de-Port|San Juan de Pie de Puerto|Donibane Garazi
        Collioure|Cotlliure|Colliure
        Toulouse|Tolosa|Tolosa de Llenguadoc
        Bordeaux|Burdeos|Bordeus
        Marseille|Marsella|Marseilles
        Lyon|Lyons|Lión|Lió
        Nice|Niza|Niça
        Avignon|Aviñón|Avinyó
        Montpellier|Montpeller
        Nîmes|Nimes
        Strasbourg|Estrasburgo|Estrasburg|Straßburg
        Bayonne|Bayona|Baiona
        Carcassonne|Carcasona|Carcassona
        Narbonne|Narbona
        Béziers|Besiers
        Aix-en-Provence|Ais de Provença
        Toulon|Tolón|Toló
        Limoges|Llemotges
        Besançon|Besanzón
        Rouen|Ruan
        Le Havre|El Havre
        Versailles|Versalles
        Mont-Saint-Michel|Monte Saint-Michel
        Reims|Rheims
        Dunkerque|Dunkirk
        Paris|París
        # United Kingdom and Ireland
        United Kingdom|Royaume-Uni|Reino Unido|Regne Unit
        Great Britain|Grande-Bretagne|Gran Bretaña|Gran Bretanya
        British Isles|îles Britanniques|islas Británicas|illes Britàniques
        England|Angleterre|Inglaterra|Anglaterra
        Scotland|Écosse|Escocia|Escòcia
        Wales|pays de Galles|Galles|Gales|Gal·les|Cymru
        Northern Ireland|Irlande du Nord|Irlanda del Norte|Irlanda del Nord
        Ireland|Irlande|Irlanda|Éire
        Republic of Ireland|République d'Irlande|República de Irlanda|República d'Irlanda
        Highlands|Scottish Highlands|Hautes-Terres|Tierras Altas|Terres Altes
        Lowlands|Scottish Lowlands|Basses-Terres|Tierras Bajas|Terres Baixes
        Cornwall|Cornouailles|Cornualles|Cornualla
        Lake District|Distrito de los Lagos|Districte dels Llacs
        Isle of Man|île de Man|isla de Man|illa de Man
        Channel Islands|îles Anglo-Normandes|islas del Canal|illes Anglonormandes|illes del Canal
        Guernsey|Guernesey
        Isle of Wight|île de Wight|isla de Wight|illa de Wight
        Orkney|Orcades|Orcadas|Òrcades|Orkney Islands
        Shetland|Shetland Islands|Shetlands|îles Shetland|islas Shetland|illes Shetland
        Hebrides|Hébrides|Hébridas|Hèbrides
        London|Londres
        Edinburgh|Édimbourg|Edimburgo|Edimburg
        Dublin|Dublín|Baile Átha Cliath
        Cardiff|Caerdydd
        Dover|Douvres
        Canterbury|Cantorbéry
        Thames|Tamise|Támesis|Tàmesi
        # Countries and continents
        Afghanistan|Afganistán|Afganistan
        Albania|Albanie|Albània
        Algeria|Algérie|Argelia|Algèria
        Andorra|Andorre
        Andorra la Vella|Andorre-la-Vieille|Andorra la Vieja
        Antigua and Barbuda|Antigua-et-Barbuda|Antigua y Barbuda|Antigua i Barbuda
        Argentina|Argentine
        Armenia|Arménie|Armènia
        Australia|Australie|Austràlia
        Austria|Autriche|Àustria|Österreich
        Azerbaijan|Azerbaïdjan|Azerbaiyán|Azerbaidjan
        Bahrain|Bahreïn|Baréin|Bahréin
        Barbados|Barbade
        Belarus|Biélorussie|Bielorrusia|Bielorússia|Belarús
        Belgium|Belgique|Bélgica|Bèlgica|België|Belgien
        Bhutan|Bhoutan|Bután
        Bolivia|Bolivie|Bolívia
        Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bòsnia i Hercegovina|Bosnia-Herzegovina
        Brazil|Brésil|Brasil
        Bulgaria|Bulgarie|Bulgària
        Cambodia|Cambodge|Camboya|Cambodja
        Cameroon|Cameroun|Camerún
        Cape Verde|Cap-Vert|Cabo Verde|Cap Verd
        Central African Republic|République centrafricaine|República Centroafricana|República Centreafricana
        Chad|Tchad|Txad
        Chile|Chili|Xile
        China|Chine|Xina
        Colombia|Colombie|Colòmbia
        Comoros|Comores|Comoras
        Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo|República Democràtica del Congo
        Ivory Coast|Côte d'Ivoire|Costa de Marfil|Costa d'Ivori
        Croatia|Croatie|Croacia|Croàcia|Hrvatska
        Cyprus|Chypre|Chipre|Xipre
        Czech Republic|Czechia|République tchèque|Tchéquie|República Checa|Chequia|República Txeca|Txèquia
        Denmark|Danemark|Dinamarca|Danmark
        Djibouti|Yibuti
        Dominican Republic|République dominicaine|República Dominicana
        Ecuador|Equador
        Egypt|Égypte|Egipto|Egipte
        Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial|Guinea Equatorial
        Eritrea|Érythrée
        Estonia|Estonie|Estònia
        Eswatini|Swaziland|Esuatini|Suazilandia|Swazilàndia
        Ethiopia|Éthiopie|Etiopía|Etiòpia
        Fiji|Fidji|Fiyi
        Finland|Finlande|Finlandia|Finlàndia|Suomi
        France|Francia|França|Frankreich
        Gambia|Gambie|Gàmbia
        Georgia|Géorgie|Geòrgia
        Germany|Allemagne|Alemania|Alemanya|Deutschland|Germania
        Greece|Grèce|Grecia|Grècia
        Guinea|Guinée
        Guinea-Bissau|Guinée-Bissau|Guinea-Bisáu|Guinea Bissau
        Honduras|Hondures
        Hungary|Hongrie|Hungría|Hongria|Magyarország
        Iceland|Islande|Islandia|Islàndia
        India|Inde|Índia
        Indonesia|Indonésie|Indonèsia
        Iraq|Irak
        Italy|Italie|Italia|Itàlia
        Jamaica|Jamaïque
        Japan|Japon|Japón|Japó
        Jordan|Jordanie|Jordania|Jordània
        Kazakhstan|Kazajistán|Kazajstán
        Kenya|Kenia
        Kuwait|Koweït
        Kyrgyzstan|Kirghizistan|Kirguistán|Kirguizistan
        Latvia|Lettonie|Letonia|Letònia
        Lebanon|Liban|Líbano|Líban
        Libya|Libye|Libia|Líbia
        Lithuania|Lituanie|Lituania|Lituània
        Luxembourg|Luxemburgo|Luxemburg
        Malawi|Malaui
        Malaysia|Malaisie|Malasia|Malàisia
        Maldives|Maldivas
        Malta|Malte
        Marshall Islands|Îles Marshall|Islas Marshall|Illes Marshall
        Mauritania|Mauritanie|Mauritània
        Mauritius|île Maurice|isla Mauricio|illa Maurici
        Mexico|Mexique|México|Mèxic
        Micronesia|Micronésie|Micronèsia
        Moldova|Moldavie|Moldavia|Moldàvia
        Monaco|Mónaco|Mònaco|Principality of Monaco|Principauté de Monaco|Principado de Mónaco|Principat de Mònaco
        Mongolia|Mongolie|Mongòlia
        Morocco|Maroc|Marruecos|Marroc
        Mozambique|Moçambic|Moçambique
        Myanmar|Burma|Birmanie|Birmania|Birmània
        Namibia|Namibie|Namíbia
        Netherlands|Pays-Bas|Países Bajos|Països Baixos|Nederland|Holland|Holanda
        New Zealand|Nouvelle-Zélande|Nueva Zelanda|Nova Zelanda
        North Korea|Corée du Nord|Corea del Norte|Corea del Nord
        North Macedonia|Macédoine du Nord|Macedonia del Norte|Macedònia del Nord
        Norway|Norvège|Noruega|Norge
        Palestine|Palestina
        Papua New Guinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Papua Nova Guinea
        Paraguay|Paraguai
        Peru|Pérou|Perú
        Philippines|Filipinas|Filipines
        Poland|Pologne|Polonia|Polònia|Polska
        Romania|Roumanie|Rumanía|Rumania
        Russia|Russie|Rusia|Rússia
        Rwanda|Ruanda
        Saint Lucia|Sainte-Lucie|Santa Lucía
        San Marino|Saint-Marin
        Saudi Arabia|Arabie saoudite|Arabia Saudí|Arabia Saudita|Aràbia Saudita
        Serbia|Serbie|Sèrbia|Srbija
        Sierra Leone|Sierra Leona
        Singapore|Singapour|Singapur
        Slovakia|Slovaquie|Eslovaquia|Eslovàquia
        Slovenia|Slovénie|Eslovenia|Eslovènia
        Solomon Islands|Îles Salomon|Islas Salomón|Illes Salomó
        Somalia|Somalie|Somàlia
        South Africa|Afrique du Sud|Sudáfrica|Sud-àfrica
        South Korea|Corée du Sud|Corea del Sur|Corea del Sud
        South Sudan|Soudan du Sud|Sudán del Sur|Sudan del Sud
        Spain|Espagne|España|Espanya|Spagna|Espanha|Spanien
        Sudan|Soudan
        Suriname|Surinam
        Sweden|Suède|Suecia|Suècia|Sverige
        Switzerland|Suisse|Suiza|Suïssa|Schweiz|Svizzera
        Syria|Syrie|Siria|Síria
        Tajikistan|Tadjikistan|Tayikistán
        Tanzania|Tanzanie|Tanzània
        Thailand|Thaïlande|Tailandia|Tailàndia
        East Timor|Timor-Leste|Timor oriental
        Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tobago|Trinitat i Tobago
        Tunisia|Tunisie|Túnez|Tunísia
        Turkey|Türkiye|Turquie|Turquía|Turquia
        Uganda|Ouganda
        Ukraine|Ucrania|Ucraïna
        United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Emirats Àrabs Units
        United States|États-Unis|Estados Unidos|Estats Units|EE. UU.|USA|EUA
        Uruguay|Uruguai
        Uzbekistan|Ouzbékistan|Uzbekistán
        Vatican City|Vatican|Cité du Vatican|Ciudad del Vaticano|Vaticano|Ciutat del Vaticà|Vaticà
        Venezuela|Veneçuela
        Vietnam|Viêt Nam
        Yemen|Yémen|Iemen
        Zambia|Zambie|Zàmbia
        Zimbabwe|Zimbabue|Zimbàbue
        Europe|Europa
        Africa|Afrique|África|Àfrica
        Asia|Asie|Àsia
        America|Amérique|Amèrica
        Latin America|Amérique latine|América Latina|Amèrica Llatina|Latinoamérica
        North America|Amérique du Nord|América del Norte|Amèrica del Nord|Norteamérica
        South America|Amérique du Sud|América del Sur|Sudamérica|Amèrica del Sud
        Central America|Amérique centrale|Centroamérica|América Central|Amèrica Central
        Oceania|Océanie|Oceanía
        Antarctica|Antarctique|Antártida|Antàrtida
        Arctic|Arctique|Ártico|Àrtic
        Middle East|Moyen-Orient|Oriente Medio|Orient Mitjà|Oriente Próximo|Pròxim Orient|Proche-Orient
        Maghreb|Magreb
        Western Sahara|Sahara occidental|Sáhara Occidental|Sàhara Occidental
        Scandinavia|Scandinavie|Escandinavia|Escandinàvia
        Balkans|Balcanes|Balcans
        Caucasus|Caucase|Cáucaso|Caucas
        West Bank|Cisjordanie|Cisjordania|Cisjordània
        Greenland|Groenland|Groenlandia|Groenlàndia
        Faroe Islands|îles Féroé|islas Feroe|illes Fèroe
        Puerto Rico|Porto Rico
        Macau|Macao
        Crimea|Crimée
        Siberia|Sibérie|Sibèria
        Antilles|Antillas|West Indies|Caribbean
        Caribbean Sea|mer des Caraïbes|mar Caribe|mar Carib|Caraïbes|Caribe|Carib
        Azores|Açores
        Madeira|Madère
        # Regions of Canada, the United States, Australia
        British Columbia|Colombie-Britannique|Columbia Británica|Colúmbia Britànica
        Nova Scotia|Nouvelle-Écosse|Nueva Escocia|Nova Escòcia
        New Brunswick|Nouveau-Brunswick|Nuevo Brunswick|Nou Brunswick
        Newfoundland and Labrador|Terre-Neuve-et-Labrador|Terranova y Labrador|Terranova i Labrador
        Newfoundland|Terre-Neuve|Terranova
        Prince Edward Island|Île-du-Prince-Édouard|Isla del Príncipe Eduardo|Illa del Príncep Eduard
        Northwest Territories|Territoires du Nord-Ouest|Territorios del Noroeste|Territoris del Nord-oest
        California|Californie|Califòrnia
        Florida|Floride
        Hawaii|Hawaï|Hawái
        Louisiana|Louisiane|Luisiana
        Missouri|Misuri
        Mississippi|Misisipi
        New Jersey|Nueva Jersey|Nova Jersey
        New Hampshire|Nuevo Hampshire|Nou Hampshire
        New Mexico|Nouveau-Mexique|Nuevo México|Nou Mèxic
        Pennsylvania|Pennsylvanie|Pensilvania|Pennsilvània
        Virginia|Virginie|Virgínia
        West Virginia|Virginie-Occidentale|Virginia Occidental|Virgínia de l'Oest
        North Carolina|Caroline du Nord|Carolina del Norte|Carolina del Nord
        South Carolina|Caroline du Sud|Carolina del Sur|Carolina del Sud
        North Dakota|Dakota du Nord|Dakota del Norte|Dakota del Nord
        South Dakota|Dakota du Sud|Dakota del Sur|Dakota del Sud
        New South Wales|Nouvelle-Galles du Sud|Nueva Gales del Sur|Nova Gal·les del Sud
        Western Australia|Australie-Occidentale|Australia Occidental|Austràlia Occidental
        South Australia|Australie-Méridionale|Australia Meridional|Austràlia Meridional
        Northern Territory|Territoire du Nord|Territorio del Norte|Territori del Nord
        Tasmania|Tasmanie|Tasmània
        # Regions of Germany, Italy, Switzerland, Belgium, Portugal
        Bavaria|Bayern|Bavière|Baviera
        Lower Saxony|Niedersachsen|Basse-Saxe|Baja Sajonia|Baixa Saxònia
        Saxony|Sachsen|Saxe|Sajonia|Saxònia
        Saxony-Anhalt|Sachsen-Anhalt|Saxe-Anhalt|Sajonia-Anhalt|Saxònia-Anhalt
        North Rhine-Westphalia|Nordrhein-Westfalen|Rhénanie-du-Nord-Westphalie|Renania del Norte-Westfalia|Rin del Nord-Westfàlia
        Rhineland-Palatinate|Rheinland-Pfalz|Rhénanie-Palatinat|Renania-Palatinado|Renània-Palatinat
        Rhineland|Rheinland|Rhénanie|Renania|Renània
        Baden-Württemberg|Bade-Wurtemberg|Baden-Wurtemberg
        Hesse|Hessen
        Thuringia|Thüringen|Thuringe|Turingia|Turíngia
        Brandenburg|Brandebourg|Brandeburgo
        Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Mecklembourg-Poméranie-Occidentale|Mecklemburgo-Pomerania Occidental|Mecklemburg-Pomerània Occidental
        Saarland|Sarre
        Black Forest|Schwarzwald|Forêt-Noire|Selva Negra
        Tuscany|Toscane|Toscana
        Lombardy|Lombardie|Lombardía|Llombardia|Lombardia
        Piedmont|Piémont|Piamonte|Piemont|Piemonte
        Veneto|Vénétie|Vèneto
        Liguria|Ligurie|Ligúria
        Emilia-Romagna|Émilie-Romagne|Emilia-Romaña|Emília-Romanya
        Umbria|Ombrie|Úmbria
        Lazio|Latium|Laci
        Abruzzo|Abruzzes|Abruzos|Abruços
        Campania|Campanie|Campània
        Apulia|Puglia|Pouilles
        Calabria|Calabre|Calàbria
        Aosta Valley|Valle d'Aosta|Vallée d'Aoste|Valle de Aosta|Vall d'Aosta
        South Tyrol|Südtirol|Alto Adige|Haut-Adige|Tyrol du Sud|Tirol del Sur|Tirol del Sud
        Tyrol|Tirol
        Friuli-Venezia Giulia|Frioul-Vénétie Julienne|Friuli-Venecia Julia|Friül-Venècia Júlia
        Sardinia|Sardaigne|Cerdeña|Sardenya|Sardegna
        Sicily|Sicile|Sicilia|Sicília
        Grisons|Graubünden|Grisones
        Flanders|Flandre|Flandes|Vlaanderen
        Wallonia|Wallonie|Valonia|Valònia
        Hainaut|Henegouwen|Henao
        Limburg|Limbourg|Limburgo
        Brabant|Brabante
        # Seas, gulfs, straits
        Mediterranean|Méditerranée|Mediterráneo|Mediterrani|Mediterrània
        Atlantic|Atlantique|Atlántico|Atlàntic
        Pacific|Pacific Ocean|océan Pacifique|océano Pacífico|oceà Pacífic
        Indian Ocean|océan Indien|océano Índico|oceà Índic
        Arctic Ocean|océan Arctique|océano Ártico|oceà Àrtic
        North Sea|mer du Nord|mar del Norte|mar del Nord
        Irish Sea|mer d'Irlande|mar de Irlanda|mar d'Irlanda
        Baltic Sea|mer Baltique|mar Báltico|mar Bàltica|Baltic|Baltique|Báltico|Bàltic
        Black Sea|mer Noire|mar Negro|mar Negra
        Adriatic|Adriatique|Adriático|Adriàtic|Adriatic Sea|mer Adriatique|mar Adriático|mar Adriàtica
        Aegean Sea|mer Égée|mar Egeo|mar Egea
        Ionian Sea|mer Ionienne|mar Jónico|mar Jònica
        Tyrrhenian Sea|mer Tyrrhénienne|mar Tirreno|mar Tirrena
        Ligurian Sea|mer Ligure|mar de Liguria|mar de Ligúria
        Alboran Sea|mer d'Alboran|mar de Alborán|mar d'Alboran
        Balearic Sea|mer des Baléares|mar Balear
        Cantabrian Sea|mer Cantabrique|mar Cantábrico|mar Cantàbrica|Cantábrico
        Caspian Sea|mer Caspienne|mar Caspio|mar Càspia
        Red Sea|mer Rouge|mar Rojo|mar Roja
        Dead Sea|mer Morte|mar Muerto|mar Morta
        Golfo de Vizcaya|Bay of Biscay|golfe de Gascogne|Gascogne|golf de Biscaia
        Gulf of Lion|golfe du Lion|golfo de León|golf de Lleó
        Persian Gulf|golfe Persique|golfo Pérsico|golf Pèrsic
        Gulf of Mexico|golfe du Mexique|golfo de México|golf de Mèxic
        Channel|English Channel|Manche|canal de la Mancha|Canal de la Mànega
        Strait of Gibraltar|détroit de Gibraltar|estrecho de Gibraltar|estret de Gibraltar
        Strait of Messina|détroit de Messine|estrecho de Mesina|estret de Messina
        Strait of Hormuz|détroit d'Ormuz|estrecho de Ormuz|estret d'Ormuz
        Bosphorus|Bosphore|Bósforo|Bòsfor
        Dardanelles|Dardanelos|Dardanels
        Suez Canal|canal de Suez
        Panama Canal|canal de Panama|canal de Panamá|canal de Panamà
        # Rivers, mountains and islands
        Rhine|Rhin|Rhein
        Danube|Danubio|Danubi|Donau
        Rhône|Ródano|Roine
        Loire|Loira
        Seine|Sena
        Garonne|Garona
        Dordogne|Dordoña|Dordonya
        Saône|Saona
        Meuse|Mosa|Maas
        Moselle|Mosela|Mosel·la|Mosel
        Scheldt|Escaut|Escalda|Schelde
        Ebro|Èbre|Ebre
        Tagus|Tage|Tajo|Tejo
        Duero|Douro
        Miño|Minho
        Júcar|Xúquer
        Tiber|Tibre|Tíber|Tevere
        Vistula|Vistule|Vístula|Wisła
        Dnieper|Dniepr|Dniéper|Dnipro
        Nile|Nilo
        Jordan River|Jourdain|río Jordán|Jordà
        Amazon|Amazone|Amazonas|Amazones
        Pirineos|Pyrenees|Pyrénées|Pirineus|Pirineo|Pirineu
        Alps|Alpes|Alpi|Alpen
        Apennines|Apennins|Apeninos|Apenins|Appennini
        Carpathians|Carpates|Cárpatos|Carpats
        Urals|Oural|Urales
        Dolomites|Dolomitas|Dolomiti
        Cantabrian Mountains|cordillère Cantabrique|cordillera Cantábrica|serralada Cantàbrica
        Picos de Europa|pics d'Europe|Pics d'Europa
        Canigou|Canigó
        Matterhorn|Cervin|Cervino|Cerví
        Olympus|Olympe|Olimpo|Olimp
        Himalayas|Himalaya|Himàlaia
        Vesuvius|Vésuve|Vesubio|Vesuvi
        Crete|Crète
        Rhodes|Rodas
        Corfu|Corfou|Corfú
        Elba|île d'Elbe|isla de Elba|illa d'Elba
        Cyclades|Cícladas|Cíclades
        Dodecanese|Dodécanèse|Dodecaneso|Dodecanès
        Ionian Islands|îles Ioniennes|islas Jónicas|illes Jòniques
        Mykonos|Míconos|Mikonos
        Santorini|Santorin
        # Cities
        Lisbon|Lisbonne|Lisboa
        Porto|Oporto
        Brussels|Bruxelles|Bruselas|Brussel·les|Brussel
        Antwerp|Anvers|Amberes|Antwerpen
        Bruges|Brugge
        Ghent|Gand|Gante
        Liège|Luik|Lieja
        Leuven|Louvain|Lovaina
        Mechelen|Malines|Malinas
        Ostend|Ostende|Oostende
        Ypres|Ieper|Yprés
        The Hague|La Haye|La Haya|L'Haia|Den Haag
        Rotterdam|Róterdam
        Geneva|Genève|Ginebra|Genf|Ginevra
        Basel|Bâle|Basilea|Basle
        Zurich|Zúrich|Zürich
        Bern|Berna
        Lucerne|Luzern|Lucerna
        Lausanne|Lausana
        Saint Gallen|Sankt Gallen|Saint-Gall|San Galo
        Lake Geneva|lac Léman|Léman|lago Lemán|llac Léman
        Lake Constance|Bodensee|lac de Constance|lago de Constanza|llac de Constança
        Munich|München|Múnich|Munic
        Cologne|Köln|Colonia|Colònia
        Aachen|Aix-la-Chapelle|Aquisgrán|Aquisgrà
        Saarbrücken|Sarrebruck|Sarrebruc
        Hamburg|Hambourg|Hamburgo
        Bremen|Brême
        Frankfurt|Francfort|Fráncfort
        Nuremberg|Nürnberg|Núremberg
        Dresden|Dresde
        Hanover|Hannover|Hanovre
        Trier|Tréveris
        Mainz|Mayence|Maguncia|Magúncia
        Vienna|Wien|Vienne|Viena
        Prague|Praha|Praga
        Bucharest|Bucarest|București
        Belgrade|Beograd|Belgrado|Belgrad
        Ljubljana|Liubliana
        Kraków|Krakow|Cracovie|Cracovia|Cracòvia
        Warsaw|Varsovie|Varsovia|Varsòvia
        Vilnius|Vilna
        Stockholm|Estocolmo|Estocolm
        Copenhagen|Copenhague|Copenhaguen|København
        Gothenburg|Göteborg|Gotemburgo
        Rome|Roma
        Milan|Milano|Milán|Milà
        Turin|Torino|Turín|Torí
        Venice|Venise|Venecia|Venècia|Venezia
        Florence|Firenze|Florencia|Florència
        Naples|Napoli|Nápoles|Nàpols
        Genoa|Genova|Génova|Gènova
        Padua|Padova|Padoue|Pàdua
        Verona|Vérone
        Bologna|Bologne|Bolonia|Bolonya
        Pisa|Pise
        Mantua|Mantova|Mantoue|Màntua
        Palermo|Palerme
        Livorno|Leghorn|Livourne
        Ravenna|Ravenne|Rávena
        Perugia|Pérouse|Perusa
        Assisi|Asís
        Pompeii|Pompéi|Pompeya|Pompeia
        Athens|Athènes|Atenas|Atenes
        Thessaloniki|Salonique|Tesalónica|Tessalònica
        Istanbul|Estambul
        Moscow|Moscou|Moscú
        Saint Petersburg|Saint-Pétersbourg|San Petersburgo|Sant Petersburg
        Kyiv|Kiev|Kíev|Kíiv
        Lviv|Lvov|Leópolis
        Odesa|Odessa
        Kharkiv|Kharkov|Járkov
        Tbilisi|Tiflis
        Jerusalem|Jérusalem|Jerusalén
        Bethlehem|Bethléem|Betlem
        Nazareth|Nazaret
        Damascus|Damasco|Damasc
        Beirut|Beyrouth
        Baghdad|Bagdad
        Tehran|Téhéran|Teherán
        Cairo|Le Caire|El Cairo|el Caire
        Alexandria|Alexandrie|Alejandría
        Algiers|Alger|Argel
        Tangier|Tanger|Tánger
        Marrakesh|Marrakech
        Mecca|La Mecque|La Meca
        New Delhi|Nueva Delhi|Nova Delhi
        Mumbai|Bombay
        Beijing|Pékin|Pekín|Pequín|Peking
        Shanghai|Shanghái|Xangai
        Tokyo|Tokio
        Kyoto|Kioto
        Seoul|Séoul|Seúl
        Cape Town|Ciudad del Cabo|Ciutat del Cap
        Johannesburg|Johannesburgo
        New York|Nueva York|Nova York
        New Orleans|La Nouvelle-Orléans|Nueva Orleans|Nova Orleans
        Philadelphia|Philadelphie|Filadelfia|Filadèlfia
        Mexico City|Ciudad de México|Ciutat de Mèxic
        Havana|La Havane|La Habana|l'Havana
        # International and national bodies, competitions
        European Union|Union européenne|Unión Europea|Unió Europea
        United Nations|Nations unies|Naciones Unidas|Nacions Unides|ONU|Organisation des Nations unies|Organización de las Naciones Unidas|Organització de les Nacions Unides
        Security Council|Conseil de sécurité|Consejo de Seguridad|Consell de Seguretat
        NATO|OTAN|North Atlantic Treaty Organization|Organisation du traité de l'Atlantique nord|Organización del Tratado del Atlántico Norte|Organització del Tractat de l'Atlàntic Nord
        World Health Organization|Organisation mondiale de la santé|Organización Mundial de la Salud|Organització Mundial de la Salut|OMS
        UNHCR|ACNUR|UN Refugee Agency|Haut-Commissariat des Nations unies pour les réfugiés|Alto Comisionado de las Naciones Unidas para los Refugiados|Alt Comissionat de les Nacions Unides per als Refugiats
        World Heritage|World Heritage Site|World Heritage List|patrimoine mondial|Patrimoine mondial de l'humanité|Liste du patrimoine mondial|Patrimonio de la Humanidad|Patrimonio Mundial|Lista del Patrimonio Mundial|Patrimoni de la Humanitat|Patrimoni Mundial|Llista del Patrimoni Mundial
        Intangible Cultural Heritage|patrimoine culturel immatériel|Patrimonio Cultural Inmaterial|Patrimoni Cultural Immaterial
        European Commission|Commission européenne|Comisión Europea|Comissió Europea
        European Parliament|Parlement européen|Parlamento Europeo|Parlament Europeu
        European Council|Conseil européen|Consejo Europeo|Consell Europeu
        Council of Europe|Conseil de l'Europe|Consejo de Europa|Consell d'Europa
        European Central Bank|Banque centrale européenne|Banco Central Europeo|Banc Central Europeu|ECB|BCE
        European Investment Bank|Banque européenne d'investissement|Banco Europeo de Inversiones|Banc Europeu d'Inversions
        Court of Justice of the European Union|European Court of Justice|Cour de justice de l'Union européenne|Tribunal de Justicia de la Unión Europea|Tribunal de Justícia de la Unió Europea|CJEU|CJUE|TJUE
        European Court of Human Rights|Cour européenne des droits de l'homme|Tribunal Europeo de Derechos Humanos|Tribunal Europeu de Drets Humans|CEDH|TEDH
        European Space Agency|Agence spatiale européenne|Agencia Espacial Europea|Agència Espacial Europea
        International Monetary Fund|Fonds monétaire international|Fondo Monetario Internacional|Fons Monetari Internacional|IMF|FMI
        World Bank|Banque mondiale|Banco Mundial|Banc Mundial
        World Trade Organization|Organisation mondiale du commerce|Organización Mundial del Comercio|Organització Mundial del Comerç|WTO|OMC
        OECD|OCDE|Organisation for Economic Co-operation and Development|Organisation de coopération et de développement économiques|Organización para la Cooperación y el Desarrollo Económicos|Organització per a la Cooperació i el Desenvolupament Econòmic
        International Criminal Court|Cour pénale internationale|Corte Penal Internacional|Cort Penal Internacional
        International Court of Justice|Cour internationale de justice|Corte Internacional de Justicia|Tribunal Internacional de Justícia
        African Union|Union africaine|Unión Africana|Unió Africana
        International Olympic Committee|Comité international olympique|Comité Olímpico Internacional|Comitè Olímpic Internacional
        Olympic Games|Olympics|Jeux olympiques|Juegos Olímpicos|Jocs Olímpics
        Red Cross|Croix-Rouge|Cruz Roja|Creu Roja
        Red Crescent|Croissant-Rouge|Media Luna Roja|Mitja Lluna Roja
        Doctors Without Borders|Médecins sans frontières|Médicos Sin Fronteras|Metges Sense Fronteres
        Amnesty International|Amnistie internationale|Amnistía Internacional|Amnistia Internacional
        Holy See|Saint-Siège|Santa Sede|Santa Seu
        Pentecost|Whitsun|Pentecôte|Pentecostés|Pentecosta|Whit Sunday
        Nobel Prize|prix Nobel|premio Nobel|premi Nobel
        Eurovision Song Contest|Concours Eurovision de la chanson|Festival de Eurovisión|Eurovisión|Eurovisió|Eurovision
        Bank of England|Banque d'Angleterre|Banco de Inglaterra|Banc d'Anglaterra
        Federal Reserve|Réserve fédérale|Reserva Federal
        Bank of Spain|Banco de España|Banque d'Espagne|Banc d'Espanya
        Congreso de los Diputados|Congress of Deputies|Congrès des députés|Congrés dels Diputats
        Tribunal Supremo|Supreme Court|Cour suprême|Tribunal Suprem
        Tribunal Constitucional|Constitutional Court|Tribunal constitutionnel
        Policía Nacional|National Police|Police nationale|Policia Nacional
        Guardia Civil|Civil Guard|Garde civile|Guàrdia Civil
        Agencia Tributaria|Agència Tributària|Spanish Tax Agency
        Copa del Rey|King's Cup|Coupe du Roi|Copa del Rei
        Champions League|Ligue des champions|Liga de Campeones|Lliga de Campions
        World Cup|Coupe du monde|Copa del Mundo|Copa Mundial|Copa del Món
        Tour de France|Tour de Francia|Tour de França
        Vuelta a España|Tour of Spain|Tour d'Espagne|Volta a Espanya
        Giro d'Italia|Tour of Italy|Tour d'Italie|Giro de Italia|Giro d'Itàlia
        Volta a Catalunya|Tour of Catalonia|Tour de Catalogne|Vuelta a Cataluña
        Six Nations|Tournoi des Six Nations|Seis Naciones|Sis Nacions|Six Nations Championship
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
        // An English possessive is no part of the name ("Auvergne's volcanoes", « los volcanes de Auvernia »).
        if (name.Length > 3 && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)))
        {
            name = name[..^2];
        }

        var key = Key(name);
        if (!ByForm.TryGetValue(key, out var places))
        {
            // A run cut before an elided link stands for the whole name (« Provence-Alpes-Côte » of « Provence-Alpes-Côte d'Azur »).
            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            var head = key + " ";
            places = [.. ByForm.Where(kv => kv.Key.StartsWith(head, StringComparison.Ordinal)).SelectMany(kv => kv.Value)];
            if (places.Count == 0)
            {
                return false;
            }
        }

        var folded = " " + Key(text) + " ";
        return places.Any(place => place.Any(form => Key(form) != key && folded.Contains(" " + Key(form) + " ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A capitalised form, written in <paramref name="text"/>, of the place one of whose forms <paramref name="word"/> is
    /// in lower case (« galles » of « pays de Galles », where the text has « Gales » or "Wales"); or null.
    /// </summary>
    public static string? CapitalisedFormIn(string word, string text)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(text);
        // The word is a form as written, but for its capital: « tolosà » (of Toulouse) is no « Tolosa ».
        if (word.Length < 2 || !ByForm.TryGetValue(Key(word), out var places) || !places.Any(p => p.Contains(char.ToUpperInvariant(word[0]) + word[1..], StringComparer.Ordinal)))
        {
            return null;
        }

        return places.SelectMany(p => p)
            .Where(f => char.IsUpper(f[0]) && f != word)
            .FirstOrDefault(f => System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + System.Text.RegularExpressions.Regex.Escape(f) + @"(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant));
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
