using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// Builds the Lucene query from analysed terms (never from Lucene's query syntax: a counsellor's "+", "*", "~" or
/// quotes are just characters the tokenizer drops). Every term may match in several ways, each weaker than the last:
/// the term itself; a compound whose first part is an indexed word ("skilsmissesag" finds "skilsmisse"); the start of
/// a longer word ("skils"); a word one or two letters off ("hedspace"), when the typed word is not indexed itself. A term's ways and fields are one
/// disjunction scored by its best match (plus a fifth of the others), so a word that appears everywhere in a long body does not outrank a title;
/// the terms are alternatives, and an entry that matches more of them ranks higher.
/// </summary>
public static class LuceneQueryBuilder
{
    public const int MaxTerms = 32;
    private const int ShortestCompoundPart = 5;
    private const int ShortestPrefix = 4;
    private const float CompoundWeight = 0.7f;
    private const float PrefixWeight = 0.5f;
    private const float FuzzyWeight = 0.4f;

    public static Query? Build(IReadOnlyList<string> terms, Vocabulary vocabulary)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var term in terms)
        {
            query.Add(ForTerm(term, vocabulary), Occur.SHOULD);
        }

        return query;
    }

    private static DisjunctionMaxQuery ForTerm(string term, Vocabulary vocabulary)
    {
        var ways = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.2f);

        // A word the index knows is not a typo; only unknown words are compared with the indexed ones.
        var typos = EditsFor(term) is var allowed and > 0 && !vocabulary.Knows(term) ? vocabulary.Near(term, allowed) : [];
        foreach (var (field, weight) in SearchFields.Weighted)
        {
            ways.Add(Boosted(new TermQuery(new Term(field, term)), weight));
            if (vocabulary.LongestIndexedPrefix(field, term, ShortestCompoundPart) is { } part)
            {
                ways.Add(Boosted(new TermQuery(new Term(field, part)), weight * CompoundWeight));
            }

            if (term.Length >= ShortestPrefix)
            {
                ways.Add(Boosted(new PrefixQuery(new Term(field, term)), weight * PrefixWeight));
            }

            if (SearchFields.AllowsFuzzy(field))
            {
                foreach (var (near, edits) in typos)
                {
                    ways.Add(Boosted(new TermQuery(new Term(field, near)), weight * FuzzyWeight / edits));
                }
            }
        }

        return ways;
    }

    /// <summary>One letter off for words of 4 to 7 letters, two for longer ones; short words must be typed right.</summary>
    public static int EditsFor(string term) => term.Length switch
    {
        < 4 => 0,
        <= 7 => 1,
        _ => 2,
    };

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
