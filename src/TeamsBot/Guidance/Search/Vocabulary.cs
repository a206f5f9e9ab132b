using Lucene.Net.Index;

namespace TeamsBot.Guidance.Search;

/// <summary>Every term the index holds, per field, to find the indexed word a typed compound starts with.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, HashSet<string>> termsByField;

    private Vocabulary(Dictionary<string, HashSet<string>> termsByField) => this.termsByField = termsByField;

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
}
