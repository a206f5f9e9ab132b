using TeamsBot.Cards;
using TeamsBot.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

public sealed class OverviewCardTests
{
    private static readonly IReadOnlyList<IsoWeek> Weeks = IsoWeek.Recent(CardSamples.Day, 2);

    private static AdaptiveCard Build(params OverviewSection[] sections) =>
        OverviewCard.Build(Weeks, sections, TestTexts.Create<TeamsBot.Overview.Strings>());

    [Fact]
    public void Build_TextFigures_ShownAsTheSourceWroteThemUnderTheirWeek()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = Build(new OverviewSection("Refleksioner", [new OverviewFigure("Udfyldt", ["8 af 10 (80 %)", "–"])]));

        var weeks = card.Body.OfType<Container>().ToList();
        Assert.Equal(new Fact("Udfyldt", "8 af 10 (80 %)"), Assert.IsType<FactSet>(weeks[0].Items[^1]).Facts.Single());
        Assert.Equal(new Fact("Udfyldt", "–"), Assert.IsType<FactSet>(weeks[1].Items[^1]).Facts.Single());
    }

    [Fact]
    public void Build_LeadAndAfter_LeadAboveTheWeeksAfterBelowThem()
    {
        using var _ = TestTexts.Culture("da-DK");
        var lead = new TextBlock("Først");
        var after = new ActionSet([ExecuteAction.For("Læs", new ShowOverviewPress())]);

        var card = Build(
            new OverviewSection("Vagter", [OverviewFigure.Counted("Tjek ind", [5, 7])]),
            new OverviewSection("Refleksioner", []) { Lead = [lead], After = [after] });

        var parts = card.Body.OfType<Container>().ToList();
        Assert.Equal(4, parts.Count);
        Assert.Same(lead, Assert.Single(parts[0].Items));
        Assert.StartsWith("Uge 48", ((TextBlock)parts[1].Items[0]).Text, StringComparison.Ordinal);
        Assert.StartsWith("Uge 47", ((TextBlock)parts[2].Items[0]).Text, StringComparison.Ordinal);
        Assert.Same(after, Assert.Single(parts[3].Items));
    }

    [Fact]
    public void Build_SectionWithoutFigures_AddsNoHeadingToTheWeeks()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = Build(new OverviewSection("Refleksioner", []) { After = [new TextBlock("Delte refleksioner")] });

        var week = card.Body.OfType<Container>().First();
        Assert.Single(week.Items);
        Assert.DoesNotContain(card.Body.OfType<Container>().SelectMany(c => c.Items).OfType<TextBlock>(), t => t.Text == "Refleksioner");
    }
}
