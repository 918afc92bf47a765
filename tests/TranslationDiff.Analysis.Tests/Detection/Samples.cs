namespace TranslationDiff.Analysis.Tests.Detection;

/// <summary>
/// Paragraphs written for the tests, in French with their Apertium rendering into English (fr>es>en), as the
/// reference edition of a comparison whose pivot language is English.
/// </summary>
internal static class Samples
{
    public static readonly (string Text, string? Pivot) Troops = (
        "Au total, 8 000 soldats ont été déployés dans la région de Koursk, selon Washington.",
        "To the total, 8 000 soldiers have been deployed in the region of Kursk, according to Washington.");

    public static readonly (string Text, string? Pivot) Video = (
        "Dans une vidéo diffusée par la chaîne CNN, des soldats nord-coréens faisaient la queue pour recevoir du matériel.",
        "In a video spread by the canal CNN, of the soldiers norcoreanos did the tail to receive of the material.");

    public static readonly (string Text, string? Pivot) Yoon = (
        "Une situation que le voisin sud-coréen surveille de près. « Le fait que le Nord acquière une expérience de combat crée un risque sérieux pour notre sécurité nationale », a déclaré le chef de l'État, Yoon Suk Yeol.",
        "A situation that the neighbour surcoreano watches closely. « The fact that the North purchase an experience of fight creates a serious risk for our national security », has declared the state boss, Yoon Suk Yeol.");

    public static readonly (string Text, string? Pivot) Containers = (
        "La Russie a acheté plus de 16 500 conteneurs de munitions à la Corée du Nord depuis septembre 2023.",
        "Russia has bought more than 16 500 containers of ammunitions to North Korea from September 2023.");

    public static readonly (string Text, string? Pivot) Kiev = (
        "Le ministre a plaidé pour la levée des restrictions sur l'usage des missiles de longue portée, ce que Kiev réclame depuis des mois.",
        "The minister has defended for the raised of the restrictions on the use of the missiles of long scope, what Kiev demands from months.");
}
