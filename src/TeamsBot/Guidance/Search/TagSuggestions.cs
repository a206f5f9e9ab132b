namespace TeamsBot.Guidance.Search;

/// <summary>
/// The "did you mean" for a search without hits: the tags of one kind of entry closest to the typed words (a tag
/// that starts with a typed word, a tag word a typed compound starts with, or a few letters off), topped up with the
/// most used tags so the counsellor always has somewhere to go next. Tags keep the coordinators' spelling.
/// </summary>
public sealed class TagSuggestions
{
    public const int Count = 5;
    private const int Enough = 3;
    private const double FarthestSuggestion = 0.5;
    private const int LongestComparedWord = 40;
    private readonly List<(string Tag, string[] Words, int Uses)> tags;

    public TagSuggestions(IEnumerable<GuidanceEntry> entries)
    {
        tags = entries
            .SelectMany(e => e.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => DanishFolding.Fold(t), StringComparer.Ordinal)
            .Select(g => (Tag: g.First(), Words: WordsOf(g.Key).Append(g.Key.Replace(" ", string.Empty, StringComparison.Ordinal)).Distinct().ToArray(), Uses: g.Count()))
            .OrderByDescending(t => t.Uses)
            .ThenBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<string> MostUsed() => tags.Take(Count).Select(t => t.Tag).ToList();

    public IReadOnlyList<string> ClosestTo(string query)
    {
        var typed = WordsOf(DanishFolding.Fold(query)).Where(w => w.Length >= 2).Distinct().Take(LuceneQueryBuilder.MaxTerms).ToList();
        var close = tags
            .Select(t => (t.Tag, t.Uses, Distance: typed.Count == 0 ? 1 : typed.Min(q => t.Words.Min(w => Distance(q, w)))))
            .Where(t => t.Distance <= FarthestSuggestion)
            .OrderBy(t => t.Distance)
            .ThenByDescending(t => t.Uses)
            .Select(t => t.Tag)
            .Take(Count)
            .ToList();
        if (close.Count < Enough)
        {
            close.AddRange(MostUsed().Where(t => !close.Contains(t)).Take(Enough - close.Count));
        }

        return close;
    }

    /// <summary>0 for the same word, up to 1 for nothing in common; a shared beginning counts as nearly the same.</summary>
    private static double Distance(string typed, string tagWord)
    {
        if (typed.Length >= 3 && tagWord.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0.1;
        }

        if (tagWord.Length >= 4 && typed.StartsWith(tagWord, StringComparison.Ordinal))
        {
            return 0.2;
        }

        var a = typed.Length > LongestComparedWord ? typed[..LongestComparedWord] : typed;
        var b = tagWord.Length > LongestComparedWord ? tagWord[..LongestComparedWord] : tagWord;
        return (double)Levenshtein(a, b) / Math.Max(a.Length, b.Length);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static IEnumerable<string> WordsOf(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
