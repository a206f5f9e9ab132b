using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Mine;
using TeamsBot.Reflections.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>The busiest overview and /mine list stay within what Teams accepts for one card (about 28 KB), as the bot sends them.</summary>
public sealed class ReflectionOverviewSizeTests
{
    private const int TeamsCardLimit = 28 * 1024;

    private static readonly OrganisationClock Clock = new(new FakeTimeProvider(CardSamples.At(22, 0)), Options.Create(new OrganisationOptions()));
    private static readonly ReflectionLabels Labels = new(Options.Create(new ReflectionOptions()), Clock, TestTexts.Create<TeamsBot.Reflections.Mine.Strings>());

    /// <summary>40 counsellors, each with a shared reflection on every topic every day of the five weeks.</summary>
    private static List<Reflection> Busy() =>
    [
        .. from counsellor in Enumerable.Range(0, 40)
           from day in Enumerable.Range(0, 35)
           select Reflection.Issue(new Person($"29:c{counsellor}", $"Rådgiver med et langt navn nummer {counsellor}"), null, CardSamples.At(18, 0).AddDays(-day)) with
           {
               State = ReflectionState.Submitted,
               Answers = new ReflectionAnswers((ContactForm)(day % 4), 240, [.. ReflectionDefaults.Topics.Select(t => t.Value)], [], true, 1 + (day % 5), (SparringNeed)(day % 4), Share: true),
               ProtectedPrivateText = "protected",
           },
    ];

    [Theory]
    [InlineData("da-DK")]
    [InlineData("en-GB")]
    public void Overview_BusiestFiveWeeks_FitsInOneTeamsCard(string culture)
    {
        using var _ = TestTexts.Culture(culture);
        var texts = TestTexts.Create<TeamsBot.Reflections.Overview.Strings>();
        var weeks = IsoWeek.Recent(CardSamples.Day, 5);
        var reflections = Busy();
        var perWeek = ReflectionCounts.PerWeek(reflections, weeks, Clock.DayOf);
        var shifts = new OverviewSection("Vagter", [.. Enumerable.Range(0, 4).Select(i => OverviewFigure.Counted($"Figur {i}", [999, 999, 999, 999, 999]))]);
        var section = new OverviewSection(texts["Section"], ReflectionFigures.For(perWeek, Labels, texts))
        {
            Lead = ReflectionOverviewParts.Lead(perWeek[0], ReflectionCounts.PerCounsellor(reflections), texts),
            After = ReflectionOverviewParts.Shared(reflections, Labels, texts),
        };

        var card = OverviewCard.Build(weeks, [shifts, section], TestTexts.Create<TeamsBot.Overview.Strings>());

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes<object>(card, Bot.Protocol.ProtocolJson.Options).Length, 1, TeamsCardLimit);
    }

    [Fact]
    public void MyReflections_ManyInThirtyDays_FitsInOneTeamsCard()
    {
        using var _ = TestTexts.Culture("da-DK");

        var card = MyReflectionsCard.Build(Busy().Take(100).ToList(), Labels, TestTexts.Create<TeamsBot.Reflections.Mine.Strings>());

        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes<object>(card, Bot.Protocol.ProtocolJson.Options).Length, 1, TeamsCardLimit);
    }
}
