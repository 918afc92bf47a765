using TranslationDiff.Core.Translation;

namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// How a request's texts travel: texts longer than an element may be are split at sentence boundaries, and
/// the pieces are packed in order into as few /translate requests as the element and character limits allow
/// (packing consecutive pieces greedily is optimal when order must be kept). <see cref="Assemble"/> rejoins
/// the translated pieces and their sentence lengths.
/// </summary>
internal sealed class AzureTranslationPlan
{
    private AzureTranslationPlan(IReadOnlyList<string> texts, IReadOnlyList<AzureTextPiece> pieces, IReadOnlyList<IReadOnlyList<AzureTextPiece>> batches)
    {
        Texts = texts;
        Pieces = pieces;
        Batches = batches;
    }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<AzureTextPiece> Pieces { get; }

    /// <summary>The requests to make, in order; each a list of pieces to send.</summary>
    public IReadOnlyList<IReadOnlyList<AzureTextPiece>> Batches { get; }

    public static AzureTranslationPlan Create(IReadOnlyList<string> texts, int maxElements, int maxCharactersPerRequest, int maxCharactersPerElement)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var elementLimit = Math.Max(1, Math.Min(maxCharactersPerRequest, maxCharactersPerElement));
        var pieces = new List<AzureTextPiece>();
        for (var t = 0; t < texts.Count; t++)
        {
            var text = texts[t] ?? string.Empty;
            if (text.Length <= elementLimit)
            {
                pieces.Add(new AzureTextPiece(pieces.Count, t, text, string.Empty));
                continue;
            }

            foreach (var part in AzureTextSplitter.Split(text, elementLimit))
            {
                var content = part.TrimEnd();
                pieces.Add(new AzureTextPiece(pieces.Count, t, content, part[content.Length..]));
            }
        }

        var batches = new List<IReadOnlyList<AzureTextPiece>>();
        var current = new List<AzureTextPiece>();
        var characters = 0;
        foreach (var piece in pieces.Where(p => p.IsSent))
        {
            if (current.Count > 0 && (current.Count >= Math.Max(1, maxElements) || characters + piece.Content.Length > maxCharactersPerRequest))
            {
                batches.Add(current);
                current = [];
                characters = 0;
            }

            current.Add(piece);
            characters += piece.Content.Length;
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return new AzureTranslationPlan(texts, pieces, batches);
    }

    /// <summary>Characters the batches send (UTF-16 code units, an upper bound of what Azure bills).</summary>
    public static int CharactersOf(IReadOnlyList<AzureTextPiece> batch) => batch.Sum(p => p.Content.Length);

    /// <summary>One result per input text, in order, from the translations of the sent pieces (by ordinal).</summary>
    public List<TranslatedText> Assemble(IReadOnlyDictionary<int, AzureTranslatedItem> translated)
    {
        ArgumentNullException.ThrowIfNull(translated);
        var results = new List<TranslatedText>(Texts.Count);
        foreach (var group in Pieces.GroupBy(p => p.TextIndex).OrderBy(g => g.Key))
        {
            var text = new System.Text.StringBuilder();
            List<int>? lengths = [];
            foreach (var piece in group)
            {
                var item = piece.IsSent ? translated[piece.Ordinal] : new AzureTranslatedItem(piece.Content, null);
                text.Append(item.Text).Append(piece.Separator);
                lengths = AppendLengths(lengths, item, piece);
            }

            var sentAny = group.Any(p => p.IsSent);
            results.Add(new TranslatedText(text.ToString(), [], sentAny ? lengths : null));
        }

        return results;
    }

    private static List<int>? AppendLengths(List<int>? lengths, AzureTranslatedItem item, AzureTextPiece piece)
    {
        if (lengths is null)
        {
            return null;
        }

        if (piece.IsSent && item.SentenceLengths is null)
        {
            return null;
        }

        var own = item.SentenceLengths is { Count: > 0 } reported ? reported.ToList() : [item.Text.Length];
        own[^1] += piece.Separator.Length;
        if (own is [0])
        {
            return lengths;
        }

        lengths.AddRange(own);
        return lengths;
    }
}
