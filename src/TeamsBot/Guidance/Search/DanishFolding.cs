using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TeamsBot.Guidance.Search;

/// <summary>
/// Makes "ae/oe/aa" and "æ/ø/å" one spelling, for words already in lower case. It folds towards æ/ø/å (not the
/// other way) because the Danish stemmer that runs next counts æ, ø and å as vowels when it finds a word's ending:
/// "boernetelefonen" folded to "børnetelefonen" stems exactly like the word typed with ø. Swedish/German ä and ö
/// fold too, since a keyboard without Danish letters often offers those.
/// </summary>
public static class DanishFolding
{
    /// <summary>Folds <paramref name="length"/> characters of <paramref name="buffer"/> in place; returns the new length.</summary>
    public static int Fold(char[] buffer, int length)
    {
        var written = 0;
        for (var read = 0; read < length; read++)
        {
            var c = buffer[read];
            var pair = read + 1 < length ? Pair(c, buffer[read + 1]) : '\0';
            if (pair != '\0')
            {
                buffer[written++] = pair;
                read++;
            }
            else
            {
                buffer[written++] = c switch { 'ä' => 'æ', 'ö' => 'ø', _ => c };
            }
        }

        return written;
    }

    /// <summary>Lower case and folded, for comparing words outside Lucene (tag suggestions).</summary>
    public static string Fold(string word)
    {
        var buffer = word.ToLowerInvariant().ToCharArray();
        return new string(buffer, 0, Fold(buffer, buffer.Length));
    }

    private static char Pair(char first, char second) => (first, second) switch
    {
        ('a', 'e') => 'æ',
        ('o', 'e') => 'ø',
        ('a', 'a') => 'å',
        _ => '\0',
    };
}

/// <summary>The token filter that applies <see cref="DanishFolding"/> to every term.</summary>
public sealed class DanishFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public DanishFoldingFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        term.Length = DanishFolding.Fold(term.Buffer, term.Length);
        return true;
    }
}
