using Lucene.Net.Index;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// Every term the index holds, per field: to find the indexed word a typed compound starts with, and the indexed
/// words a typo is near. Typos are matched here rather than with Lucene's FuzzyQuery, which builds a Levenshtein
/// automaton per word and field on every search (tens of milliseconds for two edits); the terms are few enough to
/// compare directly, and only words the index does not know are compared at all.
/// </summary>
public sealed class Vocabulary
{
    private const int MostNearTerms = 8;
    private readonly Dictionary<string, HashSet<string>> termsByField;
    private readonly Dictionary<int, string[]> typoCandidatesByLength;

    private Vocabulary(Dictionary<string, HashSet<string>> termsByField)
    {
        this.termsByField = termsByField;
        typoCandidatesByLength = termsByField
            .Where(f => SearchFields.AllowsFuzzy(f.Key))
            .SelectMany(f => f.Value)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(t => t.Length)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static Vocabulary Read(IndexReader reader)
    {
        var byField = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (field, _) in SearchFields.Weighted)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is not null)
            {
                var e = terms.GetEnumerator();
                while (e.MoveNext())
                {
                    set.Add(e.Term.Utf8ToString());
                }
            }

            byField[field] = set;
        }

        return new Vocabulary(byField);
    }

    public bool Knows(string term) => termsByField.Values.Any(terms => terms.Contains(term));

    /// <summary>The longest indexed term, shorter than <paramref name="term"/>, that <paramref name="term"/> starts with.</summary>
    public string? LongestIndexedPrefix(string field, string term, int shortest)
    {
        if (!termsByField.TryGetValue(field, out var terms))
        {
            return null;
        }

        for (var length = term.Length - 1; length >= shortest; length--)
        {
            var prefix = term[..length];
            if (terms.Contains(prefix))
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>Indexed title, tag and summary terms at most <paramref name="edits"/> letters from <paramref name="term"/> (a swap counts as one), nearest first.</summary>
    public IReadOnlyList<(string Term, int Edits)> Near(string term, int edits)
    {
        var near = new List<(string Term, int Edits)>();
        for (var length = term.Length - edits; length <= term.Length + edits; length++)
        {
            if (!typoCandidatesByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (EditDistance.Within(term, candidate, edits) is { } distance)
                {
                    near.Add((candidate, distance));
                }
            }
        }

        return near.OrderBy(n => n.Edits).ThenBy(n => n.Term, StringComparer.Ordinal).Take(MostNearTerms).ToList();
    }
}
