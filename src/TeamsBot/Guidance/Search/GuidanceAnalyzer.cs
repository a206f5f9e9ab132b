using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// Lucene's Danish analysis (standard tokenizer, lower case, Danish stop words, the Snowball Danish stemmer, as in
/// <see cref="DanishAnalyzer"/>) with <see cref="DanishFoldingFilter"/> before the stop words and the stemmer, so
/// "skilsmisser", "skilsmissen" and "Skilsmisse" are one term, and so are "samvaer" and "samvær". Content and
/// queries go through the same chain. Thread-safe: Lucene keeps one token stream per thread.
/// </summary>
public sealed class GuidanceAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new LowerCaseFilter(Version, source);
        result = new DanishFoldingFilter(result);
        result = new StopFilter(Version, result, DanishAnalyzer.DefaultStopSet);
        result = new SnowballFilter(result, new DanishStemmer());
        return new TokenStreamComponents(source, result);
    }

    /// <summary>The terms of <paramref name="text"/>, distinct, at most <paramref name="max"/> (a long query stops there).</summary>
    public IReadOnlyList<string> Terms(string text, int max)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < max && stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
