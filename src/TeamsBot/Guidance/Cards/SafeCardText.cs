using System.Text;

namespace TeamsBot.Guidance.Cards;

/// <summary>
/// Text from content files or a search, made safe for an Adaptive Card TextBlock (which reads a Markdown subset): no
/// angle brackets (so no HTML tag, <c>&lt;script&gt;</c> included, ever reaches a card as markup) and no square
/// brackets (so no text can become a Markdown link). Look-alike characters keep it readable.
/// </summary>
public static class SafeCardText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => '‹',
                '>' => '›',
                '[' => '(',
                ']' => ')',
                '\r' => ' ',
                _ when char.IsControl(c) && c != '\n' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>One line of escaped text of at most <paramref name="max"/> characters, cut at a word with "…".</summary>
    public static string Line(string text, int max)
    {
        var line = Escape(text).Replace('\n', ' ').Trim();
        if (line.Length <= max)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', max - 1);
        return line[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }
}
