using TeamsBot.Guidance.Cards;

namespace TeamsBot.Tests.Guidance.Cards;

/// <summary>A content file's Markdown body as TextBlocks: the subset Teams reads kept, HTML and bad links never.</summary>
public sealed class GuidanceBodyTests
{
    private static List<string> Texts(string markdown) => [.. GuidanceBody.Render(markdown).Blocks.Select(b => b.Text)];

    [Fact]
    public void Render_HeadingParagraphAndLists_OneBlockEachWithListMarkers()
    {
        var texts = Texts("## Faser\n\nFørst **lytte**, så _spørge_.\n\n- Åbning\n- Afslutning\n\n1. Ring\n2. Skriv");

        Assert.Equal(["Faser", "Først **lytte**, så _spørge_.", "- Åbning", "- Afslutning", "1. Ring", "2. Skriv"], texts);
    }

    [Fact]
    public void Render_ScriptAndHtml_LeftOut()
    {
        var texts = Texts("<script>alert('x')</script>\n\nFør <b onclick=\"x()\">fed</b> efter\n\n<div>blok</div>");

        Assert.DoesNotContain(texts, t => t.Contains('<', StringComparison.Ordinal) || t.Contains("alert", StringComparison.Ordinal));
        Assert.Contains("Før fed efter", texts);
    }

    [Fact]
    public void Render_EscapedHtmlEntities_NeverBecomeATag()
    {
        var texts = Texts("&lt;script&gt;alert(1)&lt;/script&gt;");

        Assert.DoesNotContain(texts, t => t.Contains('<', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Læs mere](https://example.org/side)", "[Læs mere](https://example.org/side)")]
    [InlineData("[Ring](tel:+45 70 20 12 01)", "(Ring)(tel:+45 70 20 12 01)")] // A space ends a Markdown link target: not a link, only text.
    [InlineData("[Ring](tel:+4570201201)", "[Ring](tel:+4570201201)")]
    [InlineData("[Klik](javascript:alert(1))", "Klik (javascript:alert(1))")]
    [InlineData("[Fil](file:///etc/passwd)", "Fil (file:///etc/passwd)")]
    [InlineData("\\[Klik\\](javascript:alert(1))", "(Klik)(javascript:alert(1))")]
    [InlineData("![billede](https://example.org/x.png)", "billede")]
    public void Render_Links_OnlyHttpAndTelStayLinks(string markdown, string expected)
    {
        Assert.Equal([expected], Texts(markdown));
    }

    [Fact]
    public void Render_LongBody_CutAtTheLimit()
    {
        var (blocks, cut) = GuidanceBody.Render(string.Join("\n\n", Enumerable.Repeat(new string('a', 90) + " slut.", 100)), 1000);

        Assert.True(cut);
        Assert.InRange(blocks.Sum(b => b.Text.Length), 900, 1000);
    }

    [Fact]
    public void Render_ShortBody_NotCut()
    {
        Assert.False(GuidanceBody.Render("Kort tekst.").Cut);
    }
}
