namespace TranslationDiff.Infrastructure.Tests.Translation.Azure;

/// <summary>
/// A made-up news article in three editions (English, French, Spanish), eleven paragraphs each, written for
/// these tests: the editions differ a little, as real language editions do (a figure, a quote, an extra clause).
/// </summary>
internal static class SampleArticle
{
    public static readonly (string Title, string[] Paragraphs) English = (
        "Harbour city opens its first tram line after a decade of delays",
        [
            "The first tram in more than sixty years left the central station of Porto Alto at 6.12 on Monday morning, carrying commuters, retired tram drivers and a brass band that had rehearsed for weeks.",
            "The 14-kilometre line links the station with the university campus and the container port, stopping at 21 stations. The city says a full journey takes 38 minutes, about half the time of the bus it replaces.",
            "Construction began in 2015 and was meant to finish in 2019. Archaeological finds under the old market square, a dispute with the first contractor and the pandemic pushed the opening back by almost six years.",
            "The final cost reached 612 million euros, 40 percent more than the original budget. The regional government paid two thirds, and a European fund covered most of the rest.",
            "\"We were told for ten years that this would never happen,\" said Mayor Lucía Ferreira at the inauguration. \"Today the sceptics are on board with everyone else.\"",
            "Not everyone was celebrating. Shop owners on Rua Nova, where the street was closed for three years, say they lost a large part of their customers, and about a dozen shops did not survive the works.",
            "The city has promised a compensation fund of 4 million euros for businesses along the route. Applications open next month, but traders' associations call the amount symbolic.",
            "Trams will run every six minutes at peak hours and every twelve minutes in the evening. A single ticket costs 1.60 euros, the same as the bus, and students travel free until the end of the year.",
            "Transport planners expect 45,000 passengers a day by 2027. Early counts from the first week will be published on the city's website, the operator said.",
            "A second line towards the airport is already being designed. The mayor said she hoped to break ground before the end of her term, a promise that drew laughter from some of the crowd.",
            "For now, residents seem curious rather than convinced. \"I'll try it tomorrow,\" said Ana Martins, 71, who remembers riding the old tram as a child. \"If it is on time, I'll believe it.\"",
        ]);

    public static readonly (string Title, string[] Paragraphs) French = (
        "Porto Alto inaugure sa première ligne de tramway après dix ans de retard",
        [
            "Le premier tramway depuis plus de soixante ans a quitté la gare centrale de Porto Alto lundi à 6 h 12, avec à son bord des salariés, d'anciens conducteurs de tramway et une fanfare qui répétait depuis des semaines.",
            "La ligne de 14 kilomètres relie la gare au campus universitaire et au port à conteneurs en desservant 21 stations. Selon la ville, le trajet complet dure 38 minutes, environ deux fois moins que le bus qu'elle remplace.",
            "Les travaux ont commencé en 2015 et devaient s'achever en 2019. Des vestiges archéologiques sous l'ancienne place du marché, un litige avec le premier constructeur puis la pandémie ont repoussé l'ouverture de près de six ans.",
            "Le coût final atteint 612 millions d'euros, soit 40 % de plus que le budget initial. Le gouvernement régional en a payé les deux tiers et un fonds européen a couvert l'essentiel du reste.",
            "« Pendant dix ans, on nous a dit que cela n'arriverait jamais », a déclaré la maire, Lucía Ferreira, lors de l'inauguration. « Aujourd'hui, les sceptiques sont montés à bord comme tout le monde. »",
            "Tout le monde ne faisait pas la fête. Les commerçants de la Rua Nova, fermée à la circulation pendant trois ans, affirment avoir perdu une grande partie de leur clientèle ; une douzaine de boutiques n'ont pas survécu au chantier.",
            "La ville a promis un fonds d'indemnisation de 4 millions d'euros pour les commerces situés le long du tracé. Les demandes pourront être déposées le mois prochain, mais les associations de commerçants jugent la somme symbolique.",
            "Les rames passeront toutes les six minutes aux heures de pointe et toutes les douze minutes en soirée. Le ticket coûte 1,60 euro, comme pour le bus, et les étudiants voyagent gratuitement jusqu'à la fin de l'année.",
            "Les urbanistes tablent sur 45 000 voyageurs par jour d'ici à 2027. Les premiers comptages de la semaine seront publiés sur le site de la ville, a indiqué l'exploitant.",
            "Une deuxième ligne vers l'aéroport est déjà à l'étude. La maire espère lancer les travaux avant la fin de son mandat, une promesse qui a fait sourire une partie du public.",
            "Pour l'instant, les habitants semblent plus curieux que convaincus. « Je l'essaierai demain », confie Ana Martins, 71 ans, qui se souvient d'avoir pris l'ancien tramway enfant. « S'il est à l'heure, j'y croirai. »",
        ]);

    public static readonly (string Title, string[] Paragraphs) Spanish = (
        "Porto Alto estrena su primera línea de tranvía tras una década de retrasos",
        [
            "El primer tranvía en más de sesenta años salió de la estación central de Porto Alto el lunes a las 6.12, con trabajadores, antiguos conductores de tranvía y una banda de música que había ensayado durante semanas.",
            "La línea, de 14 kilómetros, une la estación con el campus universitario y el puerto de contenedores y tiene 21 paradas. Según el ayuntamiento, el recorrido completo dura 38 minutos, la mitad que el autobús al que sustituye.",
            "Las obras empezaron en 2015 y debían terminar en 2019. Los hallazgos arqueológicos bajo la antigua plaza del mercado, un pleito con la primera constructora y la pandemia retrasaron la apertura casi seis años.",
            "El coste final ascendió a 612 millones de euros, un 40 % más de lo previsto. El gobierno regional pagó dos tercios y un fondo europeo cubrió la mayor parte del resto.",
            "«Durante diez años nos dijeron que esto nunca ocurriría», afirmó la alcaldesa, Lucía Ferreira, en la inauguración. «Hoy los escépticos también se han subido».",
            "No todos lo celebraban. Los comerciantes de la Rua Nova, cortada al tráfico durante tres años, aseguran que perdieron buena parte de su clientela, y una docena de tiendas no sobrevivió a las obras.",
            "El ayuntamiento ha prometido un fondo de compensación de 4 millones de euros para los negocios del trazado. Las solicitudes se abrirán el mes que viene, aunque las asociaciones de comerciantes consideran la cifra simbólica.",
            "Los tranvías pasarán cada seis minutos en hora punta y cada doce por la noche. El billete sencillo cuesta 1,60 euros, igual que el autobús, y los estudiantes viajarán gratis hasta final de año.",
            "Los técnicos de transporte esperan 45.000 viajeros diarios en 2027. Los primeros recuentos de la semana se publicarán en la web municipal, según la empresa operadora.",
            "Ya se diseña una segunda línea hacia el aeropuerto. La alcaldesa dijo que espera iniciar las obras antes de que acabe su mandato, una promesa que provocó risas entre parte del público.",
            "Por ahora, los vecinos parecen más curiosos que convencidos. «Mañana lo probaré», dijo Ana Martins, de 71 años, que recuerda haber viajado en el viejo tranvía de niña. «Si llega puntual, me lo creeré».",
        ]);
}
