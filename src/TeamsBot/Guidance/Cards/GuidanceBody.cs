using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TeamsBot.Cards;

namespace TeamsBot.Guidance.Cards;

/// <summary>
/// A content file's Markdown body as TextBlocks, read with Markdig (CommonMark) rather than by pattern matching:
/// headings bold, paragraphs, list items as "- " lines, bold and italic kept, links kept only to http(s) and tel
/// targets (others shown as "text (target)"), images as their alt text, and HTML of any kind left out, so a
/// <c>&lt;script&gt;</c> in a file never reaches a card. A long body is cut after <see cref="MaxCharacters"/> with a note.
/// </summary>
public static class GuidanceBody
{
    /// <summary>Per entry: three bodies this long keep a results card well under Teams' 28 KB message limit.</summary>
    public const int MaxCharacters = 2500;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The body's blocks, and whether it was cut.</summary>
    public static (IReadOnlyList<TextBlock> Blocks, bool Cut) Render(string markdown, int maxCharacters = MaxCharacters)
    {
        List<TextBlock> blocks = [];
        var used = 0;
        foreach (var (text, style) in Blocks(Markdown.Parse(markdown, Pipeline)))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (used + text.Length > maxCharacters)
            {
                var room = maxCharacters - used;
                if (room > 80)
                {
                    blocks.Add(Block(SafeCardText.Line(text, room), style));
                }

                return (blocks, true);
            }

            used += text.Length;
            blocks.Add(Block(text, style));
        }

        return (blocks, false);
    }

    private enum Style
    {
        Plain,
        Heading,
        Item,
        Quote,
    }

    private static TextBlock Block(string text, Style style) => style switch
    {
        Style.Heading => new TextBlock(text) { Weight = "Bolder", Spacing = "Medium" },
        Style.Item => new TextBlock(text) { Spacing = "Small" },
        Style.Quote => new TextBlock(text) { IsSubtle = true },
        _ => new TextBlock(text),
    };

    private static IEnumerable<(string Text, Style Style)> Blocks(ContainerBlock container, Style inherited = Style.Plain)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    yield return (Inlines(heading.Inline), Style.Heading);
                    break;
                case ParagraphBlock paragraph:
                    yield return (Inlines(paragraph.Inline), inherited);
                    break;
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var marker = list.IsOrdered ? $"{number++}. " : "- ";
                        var lines = Blocks(item, Style.Item).Select(b => b.Text).Where(t => !string.IsNullOrWhiteSpace(t));
                        yield return (marker + string.Join(" ", lines), Style.Item);
                    }

                    break;
                case QuoteBlock quote:
                    foreach (var inner in Blocks(quote, Style.Quote))
                    {
                        yield return inner;
                    }

                    break;
                case CodeBlock code:
                    yield return (SafeCardText.Escape(string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()))), inherited);
                    break;
                default:
                    // HTML blocks, thematic breaks, link definitions: nothing a counsellor needs, and HTML never goes on a card.
                    break;
            }
        }
    }

    private static string Inlines(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(SafeCardText.Escape(literal.Content.ToString()));
                    break;
                case CodeInline code:
                    builder.Append(SafeCardText.Escape(code.Content));
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? "\n" : " ");
                    break;
                case HtmlEntityInline entity:
                    builder.Append(SafeCardText.Escape(entity.Transcoded.ToString()));
                    break;
                case EmphasisInline emphasis:
                    var marker = emphasis.DelimiterCount >= 2 ? "**" : "_";
                    builder.Append(marker);
                    Append(builder, emphasis);
                    builder.Append(marker);
                    break;
                case LinkInline link:
                    AppendLink(builder, link);
                    break;
                case AutolinkInline autolink:
                    builder.Append(GuidanceLinks.InBody(autolink.Url) is { } target ? $"[{SafeCardText.Escape(autolink.Url)}]({Url(target)})" : SafeCardText.Escape(autolink.Url));
                    break;
                case ContainerInline other:
                    Append(builder, other);
                    break;
                default:
                    // HtmlInline and anything unknown: left out.
                    break;
            }
        }
    }

    private static void AppendLink(StringBuilder builder, LinkInline link)
    {
        var label = new StringBuilder();
        Append(label, link);
        var text = label.ToString().Trim();
        if (link.IsImage)
        {
            builder.Append(text);
            return;
        }

        if (GuidanceLinks.InBody(link.Url) is { } target)
        {
            builder.Append('[').Append(text.Length > 0 ? text : SafeCardText.Escape(target.OriginalString)).Append("](").Append(Url(target)).Append(')');
        }
        else
        {
            var shown = SafeCardText.Escape(link.Url ?? string.Empty).Trim();
            builder.Append(text).Append(shown.Length > 0 && shown != text ? $" ({shown})" : string.Empty);
        }
    }

    // Parentheses would end the Markdown link early; escaped they mean the same address.
    private static string Url(Uri target) => target.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
