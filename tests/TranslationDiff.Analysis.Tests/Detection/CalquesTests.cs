using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// The default calque list, family by family: a sentence pair where the translation copies the source wording (the
/// entry fires), and a nearby legitimate use (an idiomatic rendering, the same English words where the source does not
/// have the wording an anchor needs) where nothing fires. The source edition is the original, as in a real comparison.
/// </summary>
public class CalquesTests
{
    public static TheoryData<string, string, string, string, string, string> Calqued => new()
    {
        { "reporting, present inverted", "fr", "« Nous ne céderons pas », martèle le ministre.", "en", "“We will not give in,” stresses the minister.", "stresses" },
        { "reporting, past inverted", "es", "«No cederemos», aseguró el consejero.", "en", "“We will not give in,” assured the regional minister.", "assured" },
        { "reporting, told an outlet", "es", "El alcalde lo explicó este lunes a la agencia EFE.", "en", "The mayor explained this Monday to EFE.", "explained this Monday to EFE" },
        { "se dire", "fr", "Le maire se dit prêt à négocier.", "en", "The mayor says himself ready to negotiate.", "says himself ready" },
        { "mostrarse", "es", "El alcalde se mostró confiado.", "en", "The mayor showed himself confident.", "showed himself confident" },
        { "selon la direction", "fr", "Selon la direction, l'usine fermera en juin.", "en", "According to the direction, the plant will close in June.", "According to the direction" },
        { "según los técnicos", "es", "Según los técnicos municipales, el puente es seguro.", "en", "According to the municipal technicians, the bridge is safe.", "According to the municipal technicians" },
        { "les élus", "fr", "Les élus de l'opposition ont voté contre le budget.", "en", "The opposition elected officials voted against the budget.", "opposition elected officials" },
        { "contre in a comparison", "fr", "Le chômage atteint 7,5 %, contre 8,1 % un an plus tôt.", "en", "Unemployment stands at 7.5%, against 8.1% a year earlier.", "against 8.1" },
        { "prévoir", "fr", "Le plan prévoit la construction de 500 logements.", "en", "The plan foresees the construction of 500 homes.", "plan foresees" },
        { "contar con", "es", "El hospital cuenta con 300 camas.", "en", "The hospital counts on 300 beds.", "counts on 3" },
        { "abandonar in sport", "es", "Nadal tuvo que abandonar el partido por una lesión.", "en", "Nadal had to abandon the match through injury.", "abandon the match" },
        { "article before a nationality", "fr", "Le Français Théo Martin a remporté l'étape.", "en", "The French Théo Martin won the stage.", "The French" },
        { "article before a title", "es", "El presidente Sánchez viajó a París.", "en", "The president Sánchez travelled to Paris.", "The president" },
        { "actuel", "es", "En el contexto actual, la empresa pierde dinero.", "en", "In the actual context, the company is losing money.", "the actual" },
        { "ignorer", "fr", "On ignore encore les causes de l'accident.", "en", "The causes of the accident are still ignored.", "causes of the accident are still ignored" },
        { "attendre", "fr", "Le club attend la décision de la fédération.", "en", "The club attends the decision of the federation.", "attends the decision" },
        { "colegio (professional body)", "es", "El Colegio de Médicos denunció la situación.", "en", "The College of Doctors denounced the situation.", "College of Doctors" },
        { "comunidad (region)", "es", "La comunidad aprobó el presupuesto.", "en", "The community government approved the budget.", "The community government" },
        { "caída masiva", "es", "Una caída masiva de WhatsApp dejó sin servicio a millones.", "en", "A massive fall of WhatsApp left millions without service.", "massive fall" },
        { "travaux", "fr", "Les travaux de rénovation du stade dureront deux ans.", "en", "The works of renovation of the stadium will last two years.", "The works of renovation" },
        { "en directo", "es", "El partido se podrá ver en directo en TV3.", "en", "The match can be seen in direct on TV3.", "seen in direct" },
        { "conferencia", "es", "El escritor dio una conferencia sobre Cervantes.", "en", "The writer gave a conference on Cervantes.", "gave a conference" },
        { "realizar", "es", "La policía realizó tres detenciones.", "en", "Police realised three arrests.", "realised three arrests" },
        { "il y a", "fr", "Le pont s'est effondré il y a deux ans.", "en", "The bridge collapsed there are two years.", "there are two years" },
        { "resultar herido", "es", "Dos personas resultaron heridas en el choque.", "en", "Two people resulted injured in the crash.", "resulted injured" },
        { "presunto", "es", "El presunto autor fue detenido.", "en", "The presumed author was arrested.", "The presumed author" },
        { "mettre l'accent", "fr", "Le ministre a mis l'accent sur la sécurité.", "en", "The minister put the accent on security.", "put the accent on" },
        { "el pleno", "es", "El pleno del Ayuntamiento aprobó la moción.", "en", "The full of the council approved the motion.", "The full of the council" },
        { "en matière de", "fr", "Il a promis des progrès en matière de logement.", "en", "He promised progress in matter of housing.", "in matter of housing" },
        { "hostelería", "es", "La hostelería reclama ayudas.", "en", "The hostelry is calling for aid.", "hostelry" },
        { "el 20 %", "es", "El 20% de la población vive en la capital.", "en", "The 20% of the population lives in the capital.", "The 20% of " },
        { "precio de la luz", "es", "El precio de la luz subió un 10 %.", "en", "The price of the light rose 10%.", "price of the light" },
        { "arma blanca", "es", "Lo atacó con un arma blanca.", "en", "He attacked him with a white weapon.", "white weapon" },
        { "urgencias", "es", "Los heridos fueron trasladados a urgencias.", "en", "The injured were taken to the urgencies.", "to the urgencies" },
        { "fonctionnaires", "fr", "Les fonctionnaires sont en grève.", "en", "The functionaries are on strike.", "functionaries" },
        { "into French: support", "en", "The Greens support the candidate.", "fr", "Les Verts supportent le candidat.", "supportent le candidat" },
        { "into Spanish: take advantage", "en", "They took advantage of the rain.", "es", "Tomaron ventaja de la lluvia.", "Tomaron ventaja de la" },
        { "French into Spanish: dans le cadre", "fr", "Il a été entendu dans le cadre de l'enquête.", "es", "Fue escuchado en el cuadro de la investigación.", "en el cuadro de la" },
        { "Catalan into Spanish: trobar a faltar", "ca", "Troba a faltar casa seva.", "es", "Encuentra a faltar su casa.", "Encuentra a faltar" },
        { "Spanish into Catalan: tener que", "es", "Tiene que pagar la multa.", "ca", "Té que pagar la multa.", "Té que pagar" },
        { "depuis près de", "fr", "Le phare est fermé depuis près de trente ans.", "en", "The lighthouse has been shut since nearly thirty years.", "since nearly thirty years" },
        { "ir a la huelga", "es", "Los estibadores irán a la huelga el lunes.", "en", "The dockers will go to the strike on Monday.", "go to the strike" },
        { "llegar a sumar", "es", "Las colas llegaron a sumar tres kilómetros.", "en", "The queues came to add up to three kilometres.", "came to add up to" },
        { "faire l'unanimité", "fr", "Le projet ne fait pas l'unanimité au conseil.", "en", "The project does not make unanimity on the council.", "make unanimity" },
        { "adjoint à", "fr", "L'adjoint aux sports, Marc Olivier, a visité le stade.", "en", "The deputy to sports, Marc Olivier, visited the stadium.", "deputy to sports" },
        { "Catalan into Spanish: el 1912", "ca", "La fàbrica, fundada el 1912, tancarà.", "es", "La fábrica, fundada el 1912, cerrará.", "el 1912" },
        { "Catalan into Spanish: però", "ca", "El club, però, no hi està d'acord.", "es", "El club, pero, no está de acuerdo.", ", pero," },
        { "une centaine de", "fr", "Une centaine de manifestants se sont rassemblés.", "en", "A hundred of protesters gathered.", "A hundred of " },
        { "des dizaines de", "fr", "Des dizaines de bateaux sont restés au port.", "en", "Some tens of boats stayed in port.", "Some tens of " },
        { "à l'origine de", "fr", "Un court-circuit serait à l'origine de l'incendie.", "en", "A short circuit was at the origin of the fire.", "was at the origin of" },
        { "en los próximos días", "es", "La obra empezará en los próximos días.", "en", "Work will start in the next days.", "in the next days" },
        { "según ha explicado", "es", "Según ha explicado el alcalde, la obra costará un millón.", "en", "According to has explained the mayor, the work will cost a million.", "According to has explained" },
        { "el también ministro", "es", "El también ministro de Cultura inauguró la sala.", "en", "The also minister of Culture opened the hall.", "The also minister" },
        { "el hasta ahora presidente", "es", "El hasta ahora presidente dimitió.", "en", "The until now president resigned.", "The until now president" },
        { "assure-t-il", "fr", "« Les familles restent », assure-t-il.", "en", "“The families stay,” assures he.", "assures he" },
        { "present with depuis", "fr", "Elle travaille là-bas depuis 2017.", "en", "She works there since 2017.", "works there since 2017" },
        { "ha confirmado este miércoles", "es", "El departamento ha confirmado este miércoles la apertura.", "en", "The department confirmed this Wednesday the opening.", "confirmed this Wednesday" },
        { "durante cinco años", "es", "Deberán quedarse durante al menos cinco años.", "en", "They must stay during at least five years.", "during at least five years" },
        { "niñas de 4 y 7 años", "es", "Tiene dos niñas de 4 y 7 años.", "en", "She has two girls of 4 and 7 years.", "girls of 4 and 7 years" },
        { "à quinze jours de Noël", "fr", "À quinze jours de Noël, les ventes chutent.", "en", "At fifteen days of Christmas, sales are falling.", "At fifteen days of " },
        { "intégralement", "fr", "Les forfaits seront remboursés intégralement.", "en", "The passes will be reimbursed integrally.", "integrally" },
        { "le vivre comme", "es", "Muchos lo vivieron como una amenaza.", "en", "Many lived it as a threat.", "lived it as a" },
        { "a prévu de", "fr", "La régie a prévu de rembourser les forfaits.", "en", "The board has foreseen to reimburse the passes.", "has foreseen to" },
        { "normales saisonnières", "fr", "Les températures restent au-dessus des normales saisonnières.", "en", "Temperatures remain above seasonal normals.", "seasonal normals" },
        { "jardin d'enfants", "fr", "Un jardin d'enfants ouvrira en janvier.", "en", "A children's garden will open in January.", "children's garden" },
        { "ver con buenos ojos", "es", "No todos ven con buenos ojos el plan.", "en", "Not everyone looks with good eyes on the plan.", "looks with good eyes" },
        { "precio en origen", "es", "El precio en origen subió.", "en", "The price at origin rose.", "price at origin" },
        { "perdido un 12 %", "es", "La comarca ha perdido un 12 % de su población.", "en", "The county has lost a 12% of its population.", "lost a 12%" },
        { "Catalan into Spanish: del que és habitual", "ca", "Arriben un mes abans del que és habitual.", "es", "Llegan un mes antes del que es habitual.", "antes del que es" },
        { "Catalan into Spanish: a l'octubre", "ca", "Les obres acabaran a l'octubre.", "es", "Las obras acabarán al octubre.", "al octubre" },
        { "English into French: declined to", "en", "The company declined to comment.", "fr", "L'entreprise a décliné de commenter.", "décliné de commenter" },
        { "« », ha explicado", "ca", "«Si no haguessin vingut, tancaríem», ha explicat la directora.", "en", "“If they had not come, we would close,” has explained the director.", "has explained" },
        { "English into French: wins approval", "en", "The plant wins approval.", "fr", "L'usine gagne l'approbation du conseil.", "gagne l'approbation" },
        { "English into French: home to", "en", "The county is home to rare bats.", "fr", "Le comté est le foyer de chauves-souris rares.", "est le foyer de " },
        { "French into Spanish: le coup est rude", "fr", "Le coup est rude pour les producteurs.", "es", "El golpe es rudo para los productores.", "golpe es rudo" },
        { "six mois ferme", "fr", "Il a été condamné à six mois ferme.", "en", "He was sentenced to six months firm.", "six months firm" },
        { "asegura que", "es", "El consejero asegura que el hospital abrirá.", "en", "The minister assures that the hospital will open.", "assures that" },
        { "consultas externas", "es", "Las consultas externas cerrarán.", "en", "The external consultations will close.", "external consultations" },
        { "a las puertas de", "es", "Protestaron a las puertas del hospital.", "en", "They protested at the doors of the hospital.", "at the doors of the hospital" },
        { "places assises", "fr", "Le train offre 300 places assises.", "en", "The train offers 300 seated places.", "seated places" },
        { "n'est pas exclu", "fr", "Il n'est pas exclu que la ligne ferme.", "en", "It is not excluded that the line closes.", "It is not excluded that" },
        { "Colegio de Enfermería", "es", "El Colegio de Enfermería lo denunció.", "en", "The Nursing College reported it.", "Nursing College" },
        { "golpe seco", "es", "Se oyó un golpe seco.", "en", "A dry blow was heard.", "A dry blow" },
        { "se pagan a", "es", "Los fragmentos se pagan a más de 50 euros.", "en", "The fragments are paid at more than 50 euros.", "are paid at more than 5" },
        { "se féliciter", "fr", "Le maire s'est félicité de l'accord.", "en", "The mayor congratulated himself on the deal.", "congratulated himself" },
        { "partie civile", "fr", "La ville s'est constituée partie civile.", "en", "The town constituted itself civil party.", "constituted itself civil party" },
        { "à la barre", "fr", "À la barre, l'accusé a nié.", "en", "At the bar, the defendant denied it.", "At the bar" },
        { "tenir les délais", "fr", "L'entreprise devra tenir les délais.", "en", "The company will have to hold the deadlines.", "hold the deadlines" },
        { "compte aujourd'hui", "fr", "La coopérative compte aujourd'hui 40 salariés.", "en", "The cooperative today counts 40 employees.", "today counts 4" },
        { "valoró", "es", "El alcalde valoró la sentencia como justa.", "en", "The mayor valued the ruling as fair.", "valued the ruling as" },
        { "otros 17", "es", "Otros 17 trabajadores fueron despedidos.", "en", "Other 17 workers were laid off.", "Other 17" },
        { "pero sí", "es", "No ganan precio, pero sí volumen.", "en", "They do not gain price, but yes volume.", "but yes v" },
        { "gama media", "es", "Fabrican calzado de gama media.", "en", "They make average range shoes.", "average range" },
        { "present with since: applies", "es", "La tasa se aplica desde 2019.", "en", "The levy applies since 2019.", "applies since 2019" },
        { "Spanish into French: reducido a la mitad", "es", "La espera se ha reducido a la mitad.", "fr", "L'attente a été réduit à la moitié.", "réduit à la moitié" },
        { "Catalan into French: defensa que", "ca", "La gerent defensa que el pla funciona.", "fr", "La gérante défend que le plan fonctionne.", "défend que" },
        { "Catalan into French: alerten que", "ca", "Els metges alerten que falten places.", "fr", "Les médecins alertent que des places manquent.", "alertent que" },
        { "Spanish into French: un 38 % más", "es", "Operan un 38 % más.", "fr", "Ils opèrent un 38 % de plus.", "un 38 % de plus" },
        { "Catalan into Spanish: derrotar el", "ca", "El Vilanova va derrotar el Reus.", "es", "El Vilanova consiguió derrotar el Reus.", "derrotar el " },
        { "English into Spanish: within", "en", "The plant is within two kilometres of the river.", "es", "La planta está dentro de dos kilómetros del río.", "dentro de dos kilómetros" },
        { "English into Spanish: heavy rain", "en", "Heavy rain flooded the town.", "es", "La lluvia pesada inundó el pueblo.", "lluvia pesada" },
        { "English into Spanish: it is estimated", "en", "It is estimated that 40 % are resistant.", "es", "Es estimado que el 40 % es resistente.", "Es estimado que" },
        { "depuis des années", "fr", "Ils chassent ensemble depuis des années.", "en", "They have hunted together since years.", "since years" },
        { "l'ancien élu", "fr", "L'ancien élu a fait appel.", "en", "The former elected appealed.", "The former elected" },
        { "obliga a cancelar", "es", "El temporal obliga a cancelar vuelos.", "en", "The storm forces to cancel flights.", "forces to cancel" },
        { "decenas de", "es", "El viento derribó decenas de árboles.", "en", "The wind felled tens of trees.", "tens of t" },
        { "recomendó a los pasajeros", "es", "Renfe recomendó a los pasajeros no viajar.", "en", "Renfe recommended to the passengers not to travel.", "recommended to the passengers" },
        { "sin luz", "es", "Miles de hogares se quedaron sin luz por el temporal.", "en", "Thousands of homes were left without light.", "homes were left without light" },
        { "mala mar", "es", "La mala mar impidió salir a la flota.", "en", "The bad sea kept the fleet in port.", "The bad sea" },
        { "lluvias abundantes", "es", "Se esperan lluvias abundantes.", "en", "Abundant rains are expected.", "Abundant rains" },
        { "a dit", "ca", "Va adjudicar els contractes a dit.", "en", "He awarded the contracts at finger.", "at finger" },
        { "el mes de junio", "es", "El juicio será el mes de junio.", "en", "The trial will be in the month of June.", "the month of June" },
        { "triple vírica", "es", "Recomiendan la triple vírica.", "en", "They recommend the triple viral vaccine.", "triple viral vaccine" },
        { "la doctora", "es", "Lo explicó la doctora Marta Gimeno.", "en", "It was explained by the doctor Marta Gimeno.", "the doctor" },
        { "Spanish into French: lleva diez años", "es", "El equipo lleva más de diez años buscando.", "fr", "L'équipe porte plus de dix ans à chercher.", "porte plus de dix ans" },
        { "Spanish into French: el próximo paso", "es", "El próximo paso será confirmarlo.", "fr", "Le prochain pas sera de le confirmer.", "Le prochain pas" },
        { "English into Catalan: based in", "en", "A firm based in Kirkwall.", "ca", "Una empresa basada a Kirkwall.", "basada a " },
        { "French into Spanish: contrôlé positif", "fr", "Il a été contrôlé positif.", "es", "Fue controlado positivo.", "controlado positivo" },
        { "French into Spanish: en mesure de", "fr", "Il n'est pas en mesure de courir.", "es", "No está en medida de correr.", "en medida de" },
        { "permet de", "fr", "Le terminal permettra de charger 40 trains.", "en", "The terminal will allow to load 40 trains.", "allow to load" },
        { "a accepté de", "fr", "La région a accepté de relever sa part.", "en", "The region accepted to raise its share.", "accepted to " },
        { "prévoit de", "fr", "Le port prévoit de confier l'exploitation.", "en", "The port foresees to entrust the operation.", "foresees to" },
        { "38 millions d'euros", "fr", "Le projet coûte 38 millions d'euros.", "en", "The project costs 38 millions of euros.", "38 millions of euros" },
        { "voit passer", "fr", "La gare voit passer 200 trains.", "en", "The station sees pass 200 trains.", "sees pass" },
        { "dans la bonne direction", "fr", "C'est un pas dans la bonne direction.", "en", "It is a step in the good direction.", "in the good direction" },
        { "feia anys", "ca", "Feia anys que ho demanaven.", "en", "It made years that they asked for it.", "It made years" },
        { "entrar en funcionamiento", "es", "La planta entrará en funcionamiento en mayo.", "en", "The plant will enter in operation in May.", "enter in operation" },
        { "vieilles d'environ", "fr", "Des traces vieilles d'environ 190 millions d'années.", "en", "Tracks old of about 190 million years.", "old of about 1" },
        { "en libre accès", "fr", "Les données sont en libre accès.", "en", "The data are in free access.", "in free access" },
        { "dès la fin de", "fr", "Les fouilles reprendront dès la fin du mois.", "en", "Digging will resume as soon as the end of the month.", "as soon as the end of" },
        { "English into French: in her forties", "en", "A woman in her forties.", "fr", "Une femme dans sa quarantaine.", "dans sa quarantaine" },
        { "English into French: from elsewhere", "en", "People came from elsewhere.", "fr", "Des gens venus depuis ailleurs.", "depuis ailleurs" },
        { "French into Catalan: site internet", "fr", "Sur son site internet.", "ca", "Al seu lloc internet.", "lloc internet" },
        { "French into Catalan: ferme", "fr", "Deux ans ferme.", "ca", "Dos anys ferm.", "anys ferm" },
        { "Catalan into Spanish: a la nit", "ca", "La zona funcionarà a la nit.", "es", "La zona funcionará a la noche.", "a la noche" },
        { "passa per matar", "ca", "La solució passa per matar més senglars.", "en", "The solution goes through killing more boars.", "goes through killing" },
        { "tromperie sur la marchandise", "fr", "Il est poursuivi pour tromperie sur la marchandise.", "en", "He is charged with deception on the merchandise.", "deception on the merchandise" },
        { "la grande distribution", "fr", "Le miel est vendu à la grande distribution.", "en", "The honey is sold to the large distribution.", "the large distribution" },
        { "confía en recuperar", "es", "La cooperativa confía en recuperar el dinero.", "en", "The cooperative trusts in recovering the money.", "trusts in recovering" },
        { "ha tenido acceso esta redacción", "es", "El informe, al que ha tenido acceso esta redacción, lo confirma.", "en", "The report, to which this newsroom has had access, confirms it.", "this newsroom has had access" },
        { "llegó a suspender", "es", "La cooperativa llegó a suspender los pagos.", "en", "The cooperative came to suspend payments.", "came to suspend" },
        { "English into Spanish: based in", "en", "A firm based in Toulouse, Aerolis, will run it.", "es", "Una empresa basada en Toulouse, Aerolis, la operará.", "basada en " },
        { "English into French: found that", "en", "They found that bogs store carbon.", "fr", "Ils ont trouvé que les tourbières stockent du carbone.", "ont trouvé que" },
        { "English into French: said Dr", "en", "“It works,” said Dr Fiona Gunn.", "fr", "« Ça marche », a dit Dr Fiona Gunn.", "a dit Dr " },
        { "English into French: soil scientist", "en", "A soil scientist measured it.", "fr", "Un scientifique du sol l'a mesuré.", "scientifique du sol" },
        { "English into Spanish: are expected", "en", "Results are expected next year.", "es", "Resultados son esperados el próximo año.", "son esperados" },
        { "English into Spanish: by the time", "en", "By the time it is found, it is late.", "es", "Para el momento en que se detecta, es tarde.", "Para el momento en que" },
        { "Spanish into Catalan: contratará a 150", "es", "La planta contratará a 150 personas.", "ca", "La planta contractarà a 150 persones.", "contractarà a " },
        { "Spanish into Catalan: insistir en que", "es", "Insistió en que no se irán.", "ca", "Va insistir en que no marxaran.", "insistir en que" },
        { "Spanish into Catalan: no vamos a", "es", "No vamos a trasladar la fábrica.", "ca", "No anem a traslladar la fàbrica.", "No anem a " },
        { "Spanish into Catalan: dequeísmo", "es", "Están convencidos de que funcionará.", "ca", "Estan convençuts de que funcionarà.", "convençuts de que" },
        { "French into Spanish: M.", "fr", "M. Lacombe l'a annoncé.", "es", "El Sr. Lacombe lo anunció.", "El Sr. " },
        { "French into Spanish: taux de remplissage", "fr", "Le taux de remplissage dépasse 80 %.", "es", "La tasa de llenado supera el 80 %.", "tasa de llenado" },
        { "French into Spanish: sur trois ans", "fr", "Une aide versée sur trois ans.", "es", "Una ayuda abonada sobre tres años.", "sobre tres años" },
        { "Catalan into Spanish: contra més", "ca", "Contra més plou, més creix el riu.", "es", "Contra más llueve, más crece el río.", "Contra más" },
    };

    public static TheoryData<string, string, string, string, string> Idiomatic => new()
    {
        { "reporting, subject first", "fr", "« Nous ne céderons pas », martèle le ministre.", "en", "“We will not give in,” the minister stressed." },
        { "reporting, said himself (emphatic)", "fr", "Le maire l'a dit lui-même : le plan a échoué.", "en", "The mayor said himself that the plan had failed." },
        { "direction without the source word", "fr", "Selon la gérance, l'usine fermera en juin.", "en", "According to the direction, the plant will close in June." },
        { "repair technicians", "es", "Los técnicos trabajaron toda la noche.", "en", "Repair technicians worked through the night." },
        { "permits extended to ten towns", "es", "El consejo permite ampliar los permisos a diez municipios.", "en", "The council extends mushroom permits to ten municipalities." },
        { "the elected president", "fr", "Le président élu a pris ses fonctions.", "en", "The elected president took office." },
        { "voted against a number", "fr", "En 2023, 120 députés ont voté contre trois amendements.", "en", "In 2023, 120 deputies voted against 3 amendments." },
        { "against a figure without « contre »", "fr", "Le chômage atteint 7,5 %, moins que les 8,1 % d'il y a un an.", "en", "Unemployment stands at 7.5%, against 8.1% a year earlier." },
        { "foresee a recovery", "fr", "Personne ne prévoit une reprise rapide.", "en", "No one foresees a quick recovery." },
        { "count on support", "es", "El alcalde puede contar con el apoyo del pleno.", "en", "The mayor can count on the support of the council." },
        { "referee abandoned the match", "es", "El árbitro suspendió el partido por la niebla.", "en", "The referee abandoned the match because of fog." },
        { "the French Foreign Ministry", "fr", "Le Français Théo Martin a été reçu au Quai d'Orsay.", "en", "Théo Martin was received by the French Foreign Ministry." },
        { "title with commas", "es", "El presidente, Pedro Sánchez, viajó a París.", "en", "The president, Pedro Sánchez, travelled to Paris." },
        { "the actual figure", "es", "La cifra real es más alta.", "en", "The actual figure is higher." },
        { "warnings were ignored", "fr", "Les avertissements ont été ignorés par la mairie.", "en", "The warnings were ignored by the town hall." },
        { "attend a ceremony", "fr", "La ministre assistera à la cérémonie.", "en", "The minister will attend the ceremony." },
        { "Royal College of Physicians", "es", "El Real Colegio de Médicos británico lo confirmó.", "en", "The Royal College of Physicians confirmed it." },
        { "community centre", "es", "El centro cívico reabrió.", "en", "The community centre reopened." },
        { "a fall in prices", "es", "Una caída de los precios preocupa al sector.", "en", "A major fall in prices worries the sector." },
        { "engineering works on the line", "fr", "Des travaux sur la ligne la fermeront en août.", "en", "Engineering works on the line will close it in August." },
        { "in direct contact", "es", "Está en contacto directo con la familia.", "en", "He is in direct contact with the family." },
        { "press conference", "es", "El ministro dio una rueda de prensa.", "en", "The minister gave a press conference." },
        { "realised a mistake", "es", "La policía se dio cuenta de su error.", "en", "Police realised their mistake." },
        { "there are days left", "fr", "Il y a encore trois jours avant le vote.", "en", "There are three days left before the vote." },
        { "the 20% who", "es", "El 20% que votó no fue escuchado.", "en", "The 20% of voters who said no were ignored." },
        { "hours' notice", "es", "La reunión se convocó con 24 horas de antelación.", "en", "The meeting was called at 24 hours' notice." },
        { "diverse sources of income", "fr", "La commune a des sources de revenus variées.", "en", "The town has diverse sources of income." },
        { "a state of disrepair", "es", "El puente está en muy mal estado.", "en", "The bridge is in a serious state of disrepair." },
        { "the company responsible", "es", "La empresa responsable fue multada.", "en", "The company responsible was fined." },
        { "into Spanish: a two-goal lead", "en", "The visitors took a two-goal lead.", "es", "Los visitantes tomaron ventaja de dos goles." },
        { "into French: mise à niveau", "es", "La red será modernizada.", "fr", "La mise à niveau des réseaux commencera en mai." },
        { "into French: base de données", "es", "Los datos están en una base de datos.", "fr", "Les données sont en base de données." },
        { "into French: faire passer la loi", "en", "The government wants to push the law through.", "fr", "Le gouvernement veut faire passer la loi." },
        { "into Spanish: distinguish", "en", "The law draws a distinction between them.", "es", "La ley hace una diferencia entre ellos." },
        { "the salaried staff", "fr", "Les salariés recevront une prime.", "en", "The salaried staff will get a bonus." },
        { "an encounter of ministers", "es", "El encuentro entre los ministros fue cordial.", "en", "The encounter between the ministers was cordial." },
        { "into French: supporters", "en", "The fans endured the heat.", "fr", "Les supporters ont supporté la chaleur." },
        { "into Spanish: aprovechar", "en", "They took advantage of the rain.", "es", "Aprovecharon la lluvia." },
        { "French into Spanish: a painting", "fr", "Un tableau de Picasso a été volé.", "es", "Un cuadro de Picasso fue robado." },
        { "Catalan into Spanish: echar de menos", "ca", "Troba a faltar casa seva.", "es", "Echa de menos su casa." },
        { "Spanish into Catalan: haver de", "es", "Tiene que pagar la multa.", "ca", "Ha de pagar la multa." },
        { "since a date", "fr", "Le phare est fermé depuis 1995.", "en", "The lighthouse has been shut since 1995." },
        { "a hundred of them", "fr", "Une centaine d'entre eux sont partis.", "en", "A hundred of them left." },
        { "tens of thousands", "es", "Decenas de miles de personas protestaron.", "en", "Some tens of thousands of people protested." },
        { "in the coming days", "es", "La obra empezará en los próximos días.", "en", "Work will start in the coming days." },
        { "it is ten years since", "fr", "Cela fait dix ans depuis la fermeture.", "en", "It is ten years since the closure." },
        { "present perfect with since", "fr", "Elle travaille là-bas depuis 2017.", "en", "She has worked there since 2017." },
        { "this Wednesday ahead", "es", "La votación está prevista este miércoles.", "en", "The vote is scheduled for this Wednesday." },
        { "during the two years", "es", "Durante los dos años que pasó allí aprendió mucho.", "en", "During the two years he spent there he learnt a lot." },
        { "girls aged 4 and 7", "es", "Tiene dos niñas de 4 y 7 años.", "en", "She has two girls aged 4 and 7." },
        { "integrally linked", "fr", "Les deux questions sont liées.", "en", "The two questions are integrally linked." },
        { "Catalan into Spanish: de lo que", "ca", "Arriben un mes abans del que és habitual.", "es", "Llegan un mes antes de lo que es habitual." },
        { "English into French: refused", "en", "The company declined to comment.", "fr", "L'entreprise a refusé de commenter." },
        { "assured him that", "es", "Le aseguró que volvería.", "en", "She assured him that she would return." },
        { "firm ground", "fr", "Le sol est ferme.", "en", "The ground is firm." },
        { "the other 17", "es", "Los otros 17 trabajadores siguen.", "en", "The other 17 workers remain." },
        { "a works closed since", "fr", "L'usine, fermée depuis 2016, sera rasée.", "en", "The works closed since 2016 will be razed." },
        { "tens of thousands of", "es", "Decenas de miles protestaron.", "en", "Tens of thousands protested." },
        { "the elected officials", "fr", "Les élus ont voté.", "en", "The former elected officials voted." },
        { "allowed to vote", "fr", "Ils ont été autorisés à voter.", "en", "They were allowed to vote." },
        { "enter into force", "fr", "La loi entre en vigueur.", "en", "The law will enter into force." },
        { "Spanish into Catalan: va + infinitive", "es", "Dijo que lo haría.", "ca", "Va dir que ho faria." },
        { "based on research", "en", "The plan is based on research.", "es", "El plan está basado en la investigación." },
        { "came to power", "es", "Llegó al poder en 2018.", "en", "He came to power in 2018." },
        { "Catalan into Spanish: en 1912", "ca", "La fàbrica, fundada el 1912, tancarà.", "es", "La fábrica, fundada en 1912, cerrará." },
        { "Catalan into Spanish: pero between clauses", "ca", "Plou, però el club juga.", "es", "Llueve, pero el club juega." },
    };

    [Theory]
    [MemberData(nameof(Calqued))]
    public void Detect_FlagsTheCalque_WhenTranslationCopiesSourceWording(string family, string sourceLanguage, string source, string targetLanguage, string target, string expected)
    {
        var findings = Run(sourceLanguage, source, targetLanguage, target);

        Assert.True(findings.Any(f => f.Text.Trim() == expected.Trim()), $"{family}: expected “{expected}”, found [{string.Join(", ", findings.Select(f => f.Text))}]");
        Assert.All(findings, f => Assert.Equal(targetLanguage, f.Language));
    }

    [Theory]
    [MemberData(nameof(Idiomatic))]
    public void Detect_FindsNothing_WhenWordingIsIdiomaticOrSourceLacksTheWording(string family, string sourceLanguage, string source, string targetLanguage, string target)
    {
        var findings = Run(sourceLanguage, source, targetLanguage, target);

        Assert.True(findings.Count == 0, $"{family}: unexpected [{string.Join(", ", findings.Select(f => f.Text + " (" + f.Message + ")"))}]");
    }

    [Fact]
    public void Defaults_HaveAnAnchorThatCompiles_WhereTheyHaveOne()
    {
        var anchored = Calques.Defaults.Where(e => e.SourceCue.Length > 0).ToList();

        Assert.True(anchored.Count >= 30, $"{anchored.Count} anchored entries");
        Assert.All(anchored, e => _ = new System.Text.RegularExpressions.Regex(e.SourceCue));
    }

    private static List<Finding> Run(string sourceLanguage, string source, string targetLanguage, string target)
    {
        var builder = new ContextBuilder(pivot: "en", reference: sourceLanguage, original: sourceLanguage);
        builder = sourceLanguage == "en" ? builder.PivotEdition("en", source) : builder.Edition(sourceLanguage, (source, "…"));
        builder = targetLanguage == "en" ? builder.PivotEdition("en", target) : builder.Edition(targetLanguage, (target, "…"));
        return new CalqueDetector(new DetectionOptions()).Detect(builder.Build()).ToList();
    }
}
