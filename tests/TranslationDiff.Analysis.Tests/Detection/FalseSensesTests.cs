using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core.Model;

namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// The default false-sense list, family by family: a sentence pair where the translation renders the source word by
/// its look-alike or its everyday sense (the entry fires), and a nearby legitimate use where nothing fires. The source
/// edition is the original, as in a real comparison.
/// </summary>
public class FalseSensesTests
{
    public static TheoryData<string, string, string, string, string, string> Mistranslated => new()
    {
        { "assister / asistir", "es", "Miles de personas asistieron al funeral.", "en", "Thousands of people assisted the funeral.", "assisted" },
        { "location", "fr", "La location d'appartements aux touristes est encadrée.", "en", "The location of apartments to tourists is regulated.", "location" },
        { "résumer", "fr", "« C'est un désastre », résume le maire.", "en", "“It is a disaster,” resumes the mayor.", "resumes" },
        { "supporter", "fr", "Les habitants ne supportent plus le bruit.", "en", "Residents can no longer support the noise.", "support the noise" },
        { "soportar", "es", "Los vecinos no soportan el calor.", "en", "Residents cannot support the heat.", "support the heat" },
        { "demander", "fr", "Le syndicat a demandé au gouvernement de revenir sur la réforme.", "en", "The union demanded the government to reverse the reform.", "demanded the government to" },
        { "rentrer", "fr", "Les élèves rentrent lundi.", "en", "Pupils re-enter on Monday.", "re-enter" },
        { "déçu", "fr", "Les supporters sont déçus.", "en", "The fans are deceived.", "deceived" },
        { "agenda", "es", "El ministro lo anotó en su agenda.", "en", "The minister wrote it in his agenda.", "in his agenda" },
        { "éditer", "fr", "Le roman a été édité en 1950 par Gallimard.", "en", "The novel was edited in 1950 by Gallimard.", "edited in 1950" },
        { "patron (skipper)", "fr", "Le patron du chalutier a été secouru.", "en", "The patron of the trawler was rescued.", "patron" },
        { "dragage", "fr", "Le dragage du port commencera en mai.", "en", "The dragging of the port will start in May.", "dragging" },
        { "dérogation", "fr", "Les agriculteurs ont obtenu une dérogation.", "en", "Farmers obtained a derogation.", "a derogation" },
        { "derogación", "es", "El Congreso aprobó la derogación de la ley.", "en", "Congress approved the derogation of the law.", "derogation" },
        { "carrera (degree)", "es", "Estudió la carrera de Derecho en la universidad.", "en", "He studied the career of Law at university.", "studied the career" },
        { "facilidades", "es", "El banco ofrece facilidades de pago.", "en", "The bank offers payment facilities.", "facilities" },
        { "afición", "es", "La afición abarrotó el estadio.", "en", "The affection packed the stadium.", "The affection" },
        { "sujeto", "es", "Los agentes detuvieron al sujeto tras una persecución.", "en", "The officers arrested the subject after a chase.", "the subject" },
        { "regalar", "es", "Su madre le regaló un reloj.", "en", "His mother regaled him a watch.", "regaled him a" },
        { "constipat", "ca", "L'entrenador està constipat.", "en", "The coach is constipated.", "constipated" },
        { "embarassada", "ca", "La consellera està embarassada.", "en", "The minister is embarrassed.", "embarrassed" },
        { "molestar", "es", "El ruido molesta a los vecinos.", "en", "The noise molests the residents.", "molests" },
        { "discutir", "es", "Discutió con su vecino y lo apuñaló.", "en", "He discussed with his neighbour and stabbed him.", "discussed with" },
        { "casualidad", "es", "Fue pura casualidad.", "en", "It was pure casualty.", "pure casualty" },
        { "lectura", "es", "La lectura de la sentencia duró una hora.", "en", "The lecture of the ruling lasted an hour.", "lecture" },
        { "firma", "es", "La firma del acuerdo será el lunes.", "en", "The firm of the agreement will be on Monday.", "The firm of the agreement" },
        { "recolección", "es", "La recolección de la aceituna empieza en noviembre.", "en", "The recollection of the olive begins in November.", "recollection" },
        { "remover", "es", "El juicio removió viejas heridas.", "en", "The trial removed old wounds.", "removed old wounds" },
        { "topar", "es", "La reforma topó con la oposición del Senado.", "en", "The reform topped with the opposition of the Senate.", "topped with the opposition" },
        { "largo", "es", "Tras un largo proceso, el juez falló.", "en", "After a large process, the judge ruled.", "large process" },
        { "quitar", "es", "Le quitaron el pasaporte.", "en", "They quit him the passport.", "quit him the passport" },
        { "carpeta", "es", "Entregó una carpeta con documentos.", "en", "He handed over a carpet with documents.", "carpet" },
        { "ancien", "fr", "L'ancien ministre a été entendu.", "en", "The ancient minister was questioned.", "ancient minister" },
        { "effectivement", "fr", "Le maire a effectivement démissionné.", "en", "The mayor has effectively resigned.", "effectively" },
        { "avocat", "fr", "Son avocat a fait appel.", "en", "His avocado appealed.", "avocado" },
        { "sentencia", "es", "La sentencia del Supremo anula la ley.", "en", "The Supreme Court's sentence annuls the law.", "Supreme Court's sentence" },
        { "entrenador", "es", "El entrenador del club fue destituido.", "en", "The club's trainer was sacked.", "trainer" },
        { "piso", "es", "Compró un piso en el centro.", "en", "He bought a floor in the centre.", "bought a floor" },
        { "comédien", "fr", "Le comédien joue Molière.", "en", "The comedian plays Molière.", "comedian" },
        { "into French: definitely", "en", "He will definitely run.", "fr", "Il sera définitivement candidat.", "définitivement" },
        { "into Spanish: billion", "en", "A $2 billion deal was signed.", "es", "Se firmó un acuerdo de 2 billones de dólares.", "billones" },
        { "into Catalan: exciting", "en", "It was an exciting final.", "ca", "Va ser una final excitant.", "excitant" },
        { "French into Spanish: embarrassé", "fr", "Le ministre, embarrassé, n'a pas répondu.", "es", "El ministro, embarazado, no respondió.", "embarazado" },
        { "Spanish into French: embarazada", "es", "La ministra está embarazada.", "fr", "La ministre est embarrassée.", "embarrassée" },
        { "Catalan into French: constipat", "ca", "El porter està constipat.", "fr", "Le gardien est constipé.", "constipé" },
        { "préciser", "fr", "Le maire a précisé que le marché rouvrira.", "en", "The mayor precised that the market will reopen.", "precised" },
        { "secundar", "es", "Los taxistas secundarán la huelga del lunes.", "en", "Taxi drivers will second Monday's strike.", "will second" },
        { "ambas partes", "es", "Ambas partes volverán a negociar el jueves.", "en", "Both parts will negotiate again on Thursday.", "Both parts" },
        { "dispositif", "fr", "Un dispositif de sécurité exceptionnel entoure le sommet.", "en", "An exceptional security device surrounds the summit.", "security device" },
        { "réunion", "fr", "La réunion avec les syndicats a duré trois heures.", "en", "The reunion with the unions lasted three hours.", "reunion" },
        { "previsión", "es", "La previsión de lluvias obliga a suspender el concierto.", "en", "The prevision of rain forces the concert to be called off.", "prevision" },
        { "inconvénient", "fr", "Le principal inconvénient du projet est son coût.", "en", "The main inconvenient of the project is its cost.", "main inconvenient" },
        { "supérieur", "fr", "Les températures sont supérieures de 4 degrés aux normales.", "en", "Temperatures are superior to the seasonal average by 4 degrees.", "superior to" },
        { "vecinos", "es", "Muchos vecinos del pueblo temen el cierre.", "en", "Many neighbours fear the closure of the village school.", "Many neighbours" },
        { "recuerda que", "es", "La concejala recuerda que el programa empezó en 2015.", "en", "The councillor remembers that the programme started in 2015.", "remembers that " },
        { "curso", "es", "La escuela seguirá abierta el próximo curso con seis alumnos.", "en", "The school will stay open next course with six pupils.", "next course" },
        { "revendique", "fr", "La profession revendique une indemnisation rapide.", "en", "The profession claims quick compensation.", "claims quick compensation" },
        { "report", "fr", "Ils demandent le report des cotisations sociales.", "en", "They ask for the report of social contributions.", "report of social contributions" },
        { "station de ski", "fr", "La station ouvrira si la neige tombe.", "en", "The station will open if snow falls on the slopes.", "The station" },
        { "raquettes", "fr", "Les familles font des sorties en raquettes dans la neige.", "en", "Families go on outings in rackets in the snow.", "rackets" },
        { "French into Spanish: demander", "fr", "Le maire a demandé que l'État intervienne.", "es", "El alcalde demandó que el Estado interviniera.", "demandó que" },
        { "campaña", "es", "La cooperativa molió 21.000 toneladas de aceituna en la campaña anterior.", "en", "The cooperative milled 21,000 tonnes of olives in the previous campaign.", "the previous campaign" },
        { "socios", "es", "La cooperativa reparte el aceite entre sus 1.350 socios.", "en", "The cooperative shares the oil among its 1,350 partners.", "1,350 partners" },
        { "Catalan into Spanish: picada", "ca", "Les picades de medusa han augmentat.", "es", "Las picadas de medusa han aumentado.", "Las picadas" },
        { "English into French: ignore", "en", "The council ignored the warnings.", "fr", "Le conseil ignorait les avertissements.", "ignorait" },
        { "audience", "fr", "L'audience a été renvoyée au tribunal.", "en", "The audience was adjourned by the court.", "The audience" },
        { "ilusión", "es", "Los jugadores afrontan el derbi con mucha ilusión.", "en", "The players face the derby with great illusion.", "great illusion" },
        { "guardias", "es", "Los médicos se niegan a hacer más guardias en el hospital.", "en", "Doctors refuse to do more guards at the hospital.", "more guards" },
        { "seguimiento", "es", "La huelga tuvo un seguimiento del 80 %.", "en", "The strike had an 80% follow-up.", "follow-up" },
        { "atender", "es", "El servicio atiende a 300 pacientes al día.", "en", "The service attends 300 patients a day.", "attends 300 patients" },
        { "saisir", "fr", "Les riverains ont saisi le tribunal administratif.", "en", "Residents seized the administrative court.", "seized the administrative court" },
        { "instituteur", "fr", "Un ancien instituteur a témoigné.", "en", "A former institutor testified.", "institutor" },
        { "avisar", "es", "Los vecinos avisaron a la Guardia Civil.", "en", "Residents warned the Civil Guard.", "warned the Civil Guard" },
        { "Spanish into French: mayores", "es", "Los mayores deben evitar el calor.", "fr", "Les personnes majeures doivent éviter la chaleur.", "personnes majeures" },
        { "Catalan into Spanish: cap", "ca", "El cap de la unitat ho explica.", "es", "El cabo de la unidad lo explica.", "El cabo de la" },
        { "English into French: bill", "en", "Their energy bill will rise.", "fr", "Leur projet de loi énergétique augmentera de 200 euros.", "projet de loi" },
        { "suponer", "es", "El cierre supone una pérdida de empleo.", "en", "The closure supposes a loss of jobs.", "supposes a" },
        { "semestre", "es", "Las ventas cayeron en el primer semestre.", "en", "Sales fell in the first semester.", "first semester" },
        { "percevoir", "fr", "Les salariés percevront une prime.", "en", "Employees will perceive a bonus.", "perceive a bonus" },
        { "poursuite", "fr", "La poursuite de l'activité est assurée.", "en", "The pursuit of the activity is assured.", "The pursuit of the activity" },
        { "reprendre", "fr", "Les salariés vont reprendre l'usine.", "en", "The employees will take back the factory.", "take back the factory" },
        { "marchés publics", "fr", "Il a truqué des marchés publics de nettoyage.", "en", "He rigged public markets for cleaning contracts.", "public markets" },
        { "requérir", "fr", "Le procureur a requis deux ans de prison.", "en", "The prosecutor required two years in prison.", "prosecutor required" },
        { "l'accusation", "fr", "L'accusation a demandé une peine ferme.", "en", "The accusation asked for a prison term.", "The accusation" },
        { "reconnaître", "fr", "Il a reconnu les faits.", "en", "He recognised the facts.", "recognised the facts" },
        { "relaxe", "fr", "Le tribunal a prononcé la relaxe.", "en", "The court ordered his release.", "his release" },
        { "English into Spanish: consistently", "en", "Levels were consistently higher.", "es", "Los niveles fueron consistentemente más altos.", "consistentemente" },
        { "English into Spanish: inform decisions", "en", "The data will inform decisions.", "es", "Los datos servirán para informar las decisiones.", "informar las decisiones" },
        { "Catalan into Spanish: recaptar", "ca", "El club va recaptar 20.000 euros.", "es", "El club recaptó 20.000 euros.", "recaptó" },
        { "una veintena", "es", "Una veintena de vuelos fueron cancelados.", "en", "A twentieth of flights were cancelled.", "A twentieth" },
        { "prevaricación", "es", "Fue condenado por prevaricación.", "en", "He was convicted of prevarication.", "prevarication" },
        { "acreditar", "es", "La fiscalía acreditó que hubo fraude.", "en", "The prosecution accredited that there was fraud.", "accredited that" },
        { "Spanish into French: investigadora", "es", "La investigadora principal del observatorio lo confirmó.", "fr", "L'investigatrice principale de l'observatoire l'a confirmé.", "investigatrice" },
        { "Spanish into French: destacar", "es", "La autora destacó que es rocoso.", "fr", "L'autrice a détaché qu'il est rocheux.", "a détaché" },
        { "English into Catalan: developer", "en", "The developer wants to expand.", "ca", "El desenvolupador vol créixer.", "desenvolupador" },
        { "English into Catalan: vessels", "en", "Vessels must avoid the turbines.", "ca", "Els vasos han d'evitar les turbines.", "vasos" },
        { "English into Catalan: stake", "en", "The fund holds a stake in the firm.", "ca", "El fons té una estaca a l'empresa.", "estaca" },
        { "French into Spanish: blessure", "fr", "Sa blessure l'a privé de la course.", "es", "Su herida le impidió correr la carrera.", "herida" },
        { "saluer", "fr", "Les élus ont salué la décision.", "en", "Councillors saluted the decision.", "saluted the decision" },
        { "acto", "es", "Lo anunció en un acto en Girona.", "en", "He announced it in an act in Girona.", "in an act" },
        { "débloquer", "fr", "L'État a débloqué 2 millions d'euros.", "en", "The state unblocked 2 million euros.", "unblocked 2 million" },
        { "French into Catalan: sursis", "fr", "Deux ans avec sursis.", "ca", "Dos anys amb pròrroga.", "amb pròrroga" },
        { "French into Catalan: saluer", "fr", "L'avocat a salué la décision.", "ca", "L'advocat ha saludat la decisió.", "ha saludat la" },
        { "Catalan into Spanish: parades", "ca", "Les parades del mercat obriran.", "es", "Las paradas del mercado abrirán.", "paradas" },
        { "precisar (Catalan)", "ca", "La tècnica ha precisat que el fàrmac és segur.", "en", "The technician precised that the drug is safe.", "precised" },
        { "sacrificar", "ca", "Caldrà sacrificar els senglars ferits.", "en", "They will have to sacrifice the boars that are injured.", "sacrifice the boars" },
        { "contenidors", "ca", "Els senglars remenen els contenidors.", "en", "Boars rummage in the containers on the streets.", "containers" },
        { "entitats", "ca", "Les entitats veïnals ho critiquen.", "en", "Local entities criticise it.", "Local entities" },
        { "enseignes", "fr", "Les grandes enseignes ont retiré le miel.", "en", "The major signs withdrew the honey.", "major signs" },
        { "exploiter", "fr", "Il exploite 400 ruches.", "en", "He exploits 400 hives.", "exploits 400 hives" },
        { "condenar", "es", "Fue condenado a dos años.", "en", "He was condemned to two years.", "condemned to two" },
        { "denunciar", "es", "La presidenta denunció los hechos.", "en", "The chair denounced the facts.", "denounced the facts" },
        { "elaborar", "ca", "L'institut ha elaborat un informe.", "en", "The institute elaborated a report.", "elaborated a report" },
        { "avançar", "ca", "El diari va avançar que la veda s'allargarà.", "en", "The paper advanced that the ban will be extended.", "advanced that" },
        { "English into French: charities", "en", "Conservation charities welcomed it.", "fr", "Les charités de conservation l'ont salué.", "charités" },
        { "French into Spanish: exploitant", "fr", "L'ancien exploitant a quitté la ligne.", "es", "El antiguo explotador dejó la ruta.", "explotador" },
        { "Catalan into Spanish: patinet", "ca", "Els patinets ja no poden circular per la vorera.", "es", "Los patines ya no pueden circular por la acera.", "patines" },
        { "campaña, farming season", "es", "La campaña de la naranja acaba con menos kilos.", "en", "The orange campaign ends with fewer kilos.", "campaign" },
        { "dispositif, scheme", "fr", "Le dispositif sera étendu à dix communes.", "en", "The device will be extended to ten towns.", "device" },
        { "habilitar, set up", "es", "El ayuntamiento habilitó un refugio climático.", "en", "The council enabled a cooling shelter.", "enabled" },
        { "réclamer, demand", "fr", "Les éleveurs réclament une aide d'urgence.", "en", "Farmers claim an emergency payment.", "claim" },
        { "celebrarse, be held", "ca", "Les eleccions es celebraran el maig.", "en", "The elections will be celebrated in May.", "elections will be celebrated" },
        { "pabellón, sports hall", "es", "El partido se jugará en el pabellón municipal.", "en", "The match will be played in the municipal pavilion.", "pavilion" },
        { "conseller, regional minister", "ca", "El conseller d'Agricultura de la Generalitat va visitar la finca.", "en", "The Generalitat's agriculture councillor visited the farm.", "councillor" },
        { "ejercicio, financial year", "es", "El ejercicio se cerró con un superávit.", "en", "The exercise closed with a budget surplus.", "exercise" },
        { "scheme into Spanish", "en", "The scheme will cost £4m.", "es", "El esquema costará 4 millones de libras.", "esquema" },
        { "scheme into Catalan", "en", "The scheme will cost £4m.", "ca", "L'esquema costarà 4 milions de lliures.", "esquema" },
        { "scheme into French", "en", "The scheme will cost £4m.", "fr", "Le schéma coûtera 4 millions de livres.", "schéma" },
        { "seat into Spanish", "en", "Labour won the seat.", "es", "Los laboristas ganaron el asiento.", "asiento" },
        { "licenciée into Catalan", "fr", "Elle est licenciée au club depuis 2015.", "ca", "És llicenciada al club des del 2015.", "llicenciada" },
        { "saluer into Catalan", "fr", "Le maire salue l'accord.", "ca", "L'alcalde saluda l'acord.", "saluda" },
        { "officials into Spanish", "en", "Council officials said no.", "es", "Los oficiales del ayuntamiento dijeron que no.", "Los oficiales" },
        { "officers into Catalan", "en", "Council officers said no.", "ca", "Els oficials de l'ajuntament van dir que no.", "oficials" },
        { "vecinos into French", "es", "Los vecinos denuncian el ruido.", "fr", "Les voisins dénoncent le bruit.", "voisins" },
        { "consistori into French", "ca", "El consistori aprovarà el pla.", "fr", "Le consistoire approuvera le plan.", "consistoire" },
        { "the measure claimed by users", "ca", "La mesura, reclamada pels usuaris des de fa anys.", "en", "The measure, claimed by users for years, starts in May.", "claimed by users for years" },
        { "meule as grindstone", "fr", "Les meules de comté ont été retirées.", "en", "The grindstones of comté were withdrawn.", "grindstones" },
        { "éleveur as breeder", "fr", "Un éleveur de Mignovillard a alerté la coopérative.", "en", "A breeder in Mignovillard alerted the cooperative.", "breeder" },
        { "formació as formation", "ca", "El cor dedica tres tardes a la formació dels infants.", "en", "The choir gives three afternoons to the children's formation.", "children's formation" },
    };

    public static TheoryData<string, string, string, string, string> Correct => new()
    {
        { "seats of a boat into Spanish", "en", "The boats are fitted with swivel seats.", "es", "Los barcos están equipados con asientos giratorios." },
        { "assisted a goal", "es", "Messi asistió a Suárez en el segundo gol.", "en", "Messi assisted Suárez for the second goal." },
        { "résumé, talks resumed", "fr", "En résumé, les négociations ont repris lundi.", "en", "In short, negotiations resumed on Monday." },
        { "support a plan", "fr", "Les habitants, qui ne supportent plus le bruit, soutiennent le plan.", "en", "Residents, fed up with the noise, support the plan." },
        { "demanded a pay rise", "fr", "Le syndicat a demandé une hausse des salaires.", "en", "The union demanded a pay rise." },
        { "re-entered the atmosphere", "fr", "La capsule est rentrée dans l'atmosphère.", "en", "The capsule re-entered the atmosphere." },
        { "on the agenda", "es", "La vivienda está en la agenda del ministro.", "en", "Housing is on the minister's agenda." },
        { "edited by historians", "fr", "Le volume, édité par Gallimard, a été dirigé par deux historiens.", "en", "The volume, published by Gallimard, was edited by two historians." },
        { "patron saint", "fr", "Saint Pierre est le patron des pêcheurs.", "en", "Saint Peter is the patron saint of fishermen." },
        { "derogation from a directive", "fr", "La France a obtenu une dérogation à la directive.", "en", "France obtained a derogation from the EU directive." },
        { "a career of races", "es", "A lo largo de su carrera ganó tres carreras.", "en", "Over his career he won three races." },
        { "training facilities", "es", "El banco ofrece facilidades a los clubes para mejorar sus instalaciones.", "en", "The bank helps clubs improve their facilities." },
        { "the fans' affection", "es", "El jugador agradeció el cariño de la afición en el estadio.", "en", "The player thanked the fans for their affection at the stadium." },
        { "subject to a protocol", "es", "Los agentes, sujetos a un nuevo protocolo, detuvieron al hombre.", "en", "The officers, subject to a new protocol, arrested the man." },
        { "regaled with anecdotes", "es", "Nos regaló anécdotas toda la noche.", "en", "He regaled us with anecdotes all night." },
        { "one casualty", "es", "Hubo una víctima mortal; fue casualidad que no hubiera más.", "en", "There was one casualty; it was luck there were not more." },
        { "firm signed", "es", "La firma catalana firmó el acuerdo.", "en", "The Catalan firm signed the agreement." },
        { "removed the rubble", "es", "Los operarios removieron la tierra y retiraron los escombros.", "en", "Workers turned over the soil and removed the rubble." },
        { "a large crowd", "es", "A lo largo de la costa se reunió una gran multitud.", "en", "A large crowd gathered along the coast." },
        { "quit his job", "es", "Dejó su trabajo y le quitaron la casa.", "en", "He quit his job and lost his house." },
        { "the ancient city", "fr", "L'ancien maire a visité la cité antique.", "en", "The former mayor visited the ancient city." },
        { "discussed the plan with", "es", "Discutieron el plan con el alcalde.", "en", "They discussed the plan with the mayor." },
        { "a prison sentence", "es", "La sentencia le condena a dos años.", "en", "The sentence is two years in prison." },
        { "a horse's trainer", "fr", "L'entraîneur du cheval était ravi.", "en", "The horse's trainer was delighted." },
        { "the third floor", "es", "Vive en el tercer piso.", "en", "He lives on the third floor." },
        { "into Spanish: a billion as mil millones", "en", "A $2 billion deal was signed.", "es", "Se firmó un acuerdo de 2.000 millones de dólares." },
        { "into French: enceinte", "es", "La ministra está embarazada.", "fr", "La ministre est enceinte." },
        { "both parts of the bridge", "es", "Ambas partes del puente se unirán en mayo.", "en", "Both parts of the bridge will be joined in May." },
        { "an inconvenient truth", "fr", "Une vérité qui dérange, dit-il, sans inconvénient.", "en", "An inconvenient truth, he says." },
        { "the victim's neighbours", "es", "Los vecinos de la víctima oyeron gritos en el pueblo.", "en", "The neighbours of the victim heard screams in the village." },
        { "a superior court", "es", "El tribunal superior revisará el caso.", "en", "The superior court will review the case." },
        { "the train station", "fr", "La gare est fermée.", "en", "The station is closed." },
        { "Spanish sued", "fr", "L'entreprise a attaqué l'État en justice.", "es", "La empresa demandó al Estado." },
        { "an election campaign", "es", "La campaña electoral empieza el viernes.", "en", "The election campaign starts on Friday." },
        { "business partners", "es", "Los socios de la empresa firmaron.", "en", "The company's partners signed." },
        { "an optical illusion", "es", "Es una ilusión óptica.", "en", "It is an optical illusion." },
        { "the court seized the assets", "fr", "Le tribunal a saisi les biens.", "en", "The court seized the assets." },
        { "released from prison", "fr", "Le détenu a été libéré.", "en", "The prisoner's release came on Monday." },
        { "a perceived threat", "fr", "La menace perçue grandit.", "en", "They perceive a threat." },
        { "turned into a drama (a film)", "es", "Quería un filme de terror sobre el duelo, no un drama.", "en", "I wanted a horror film about grief without turning it into a drama, though a fire kills the father." },
        { "a twentieth anniversary", "es", "Celebran su vigésimo aniversario.", "en", "They celebrate a twentieth anniversary." },
        { "an act of parliament", "es", "La ley fue aprobada.", "en", "It was passed in an act of parliament." },
        { "the soldiers saluted", "fr", "Les soldats ont salué le drapeau.", "en", "The soldiers saluted the flag." },
        { "they sacrificed their holidays", "es", "Sacrificaron sus vacaciones.", "en", "They sacrificed their holidays." },
        { "a company exploits a loophole", "fr", "La société exploite une faille.", "en", "The company exploits a loophole." },
        { "a medical device", "fr", "Un dispositif médical a été rappelé.", "en", "A medical device has been recalled." },
        { "campaign outside farming", "es", "La campaña de vacunación empieza el lunes.", "en", "The vaccination campaign starts on Monday." },
        { "exercise as a drill", "es", "El ejercicio duró cinco horas.", "en", "The exercise lasted five hours, with twenty fire crews." },
        { "claimed lost property", "es", "Solo se reclamó una cuarta parte.", "en", "Only a quarter were claimed by their owners within a year." },
        { "the win was celebrated", "es", "La victoria se celebró el lunes.", "en", "The win was celebrated on Monday." },
        { "a wheel of cheese", "fr", "Les meules de comté ont été retirées.", "en", "The wheels of comté were withdrawn." },
        { "a dairy farmer", "fr", "Un éleveur de Mignovillard a alerté la coopérative.", "en", "A dairy farmer in Mignovillard alerted the cooperative." },
        { "training for children", "ca", "El cor dedica tres tardes a la formació dels infants.", "en", "The choir gives three afternoons to training children." },
        { "councillor of a county", "ca", "El conseller comarcal va votar en contra.", "en", "The county councillor voted against." },
    };

    [Theory]
    [MemberData(nameof(Mistranslated))]
    public void Detect_FlagsTheFalseSense_WhenTranslationUsesTheLookAlike(string family, string sourceLanguage, string source, string targetLanguage, string target, string expected)
    {
        var findings = Run(sourceLanguage, source, targetLanguage, target, original: sourceLanguage);

        Assert.True(findings.Any(f => f.Text == expected), $"{family}: expected “{expected}”, found [{string.Join(", ", findings.Select(f => f.Text))}]");
        Assert.All(findings, f => Assert.Equal(Categories.Mistranslation, f.Category));
    }

    [Theory]
    [MemberData(nameof(Correct))]
    public void Detect_FindsNothing_WhenTheRenderingIsRight(string family, string sourceLanguage, string source, string targetLanguage, string target)
    {
        var findings = Run(sourceLanguage, source, targetLanguage, target, original: sourceLanguage);

        Assert.True(findings.Count == 0, $"{family}: unexpected [{string.Join(", ", findings.Select(f => f.Text + " (" + f.Message + ")"))}]");
    }

    [Fact]
    public void Detect_LooksInTheOriginalOnly_WhenTheOriginalIsKnown()
    {
        // A French original: « compromis » is a compromise; the Spanish translation's «compromiso» must not make the
        // English “compromise” wrong, nor the English “compromise” the Spanish «compromiso».
        var context = new ContextBuilder(reference: "fr", original: "fr")
            .Edition("fr", ("Les ministres ont trouvé un compromis sur les quotas.", "…"))
            .Edition("es", ("Los ministros alcanzaron un compromiso sobre las cuotas.", "…"))
            .PivotEdition("en", "Ministers reached a compromise on quotas.")
            .Build();

        Assert.Empty(new FalseSenseDetector(new DetectionOptions()).Detect(context));
    }

    [Fact]
    public void Detect_FlagsCompromise_WhenTheOriginalIsSpanish()
    {
        var context = new ContextBuilder(reference: "es", original: "es")
            .Edition("es", ("El Gobierno reiteró su compromiso con la reforma.", "…"))
            .PivotEdition("en", "The government reiterated its compromise with the reform.")
            .Build();

        var finding = Assert.Single(new FalseSenseDetector(new DetectionOptions()).Detect(context));

        Assert.Equal("compromise", finding.Text);
        Assert.Contains("es", finding.Evidence.Keys);
    }

    [Fact]
    public void Defaults_CompileAndNameTheirLanguages()
    {
        Assert.True(FalseSenses.Defaults.Count >= 150, $"{FalseSenses.Defaults.Count} entries");
        Assert.All(FalseSenses.Defaults, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.NotEqual(string.Empty, e.Target);
            _ = new System.Text.RegularExpressions.Regex(e.Source);
            _ = new System.Text.RegularExpressions.Regex(e.Rendering);
            _ = new System.Text.RegularExpressions.Regex(e.Cue);
        });
    }

    private static List<Finding> Run(string sourceLanguage, string source, string targetLanguage, string target, string? original)
    {
        var builder = new ContextBuilder(pivot: "en", reference: sourceLanguage, original: original);
        builder = sourceLanguage == "en" ? builder.PivotEdition("en", source) : builder.Edition(sourceLanguage, (source, "…"));
        builder = targetLanguage == "en" ? builder.PivotEdition("en", target) : builder.Edition(targetLanguage, (target, "…"));
        return new FalseSenseDetector(new DetectionOptions()).Detect(builder.Build()).ToList();
    }
}
