using System.Text;

namespace TeamsBot.Guidance;

/// <summary>
/// A counsellor's search words, cleaned before they go to the search or back on a card: only letters, digits and
/// single spaces, at most <see cref="MaxWords"/> words read from the first <see cref="MaxRead"/> characters. So a
/// pasted page, only punctuation, or Markdown/HTML in a query answers quickly and is never echoed as markup.
/// </summary>
public static class GuidanceQuery
{
    public const int MaxRead = 300;
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;

    /// <summary>How much of the words a card repeats.</summary>
    public const int MaxEcho = 40;

    /// <returns>The cleaned words, empty when nothing searchable was typed.</returns>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var read = raw.Length > MaxRead ? raw[..MaxRead] : raw;
        var letters = new StringBuilder(read.Length);
        foreach (var c in read)
        {
            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
            .Take(MaxWords);
        return string.Join(' ', words);
    }
}
