using TeamsBot.Guidance;

namespace TeamsBot.Tests.Guidance.Search;

/// <summary>The shipped sample content: loads cleanly, says it is a sample, and gives only the verified numbers.</summary>
public sealed class SampleContentTests
{
    public const string Marker = "(sample: verify before use)";

    // ../shared/CONTENT-FACTS.md: the only numbers verified; everything else is described without a number.
    private static readonly HashSet<string> VerifiedPhones = ["116 111", "70 20 12 01", "80 200 500", "1888", "33 33 00 47", "70 23 27 50", "114", "112"];

    [Fact]
    public void SampleContent_EveryFile_LoadsWithoutProblemsAndIsMarkedSample()
    {
        var snapshot = SearchEntries.SampleContent();

        Assert.All(snapshot.Entries, e => Assert.Contains("Eksempel – kontrollér før brug " + Marker, e.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public void SampleContent_Referrals_AtLeastTwelveWithOnlyVerifiedNumbers()
    {
        var referrals = SearchEntries.SampleContent().OfKind(GuidanceKind.Referral).ToList();

        Assert.True(referrals.Count >= 12, $"{referrals.Count} referrals");
        Assert.All(referrals.Where(r => r.Phone is not null), r => Assert.Contains(r.Phone!, VerifiedPhones));
        Assert.All(referrals, r => Assert.NotEmpty(r.Tags));
    }

    [Theory]
    [InlineData("procedurer/underretning.md", "§ 133", "114", "112", "6 hverdage", "den sociale vagt", "barnets kommune")]
    [InlineData("procedurer/samtalemodel.md", "Faserne", "Forventninger", "Grænser")]
    public void SampleContent_Procedure_SaysTheVerifiedFacts(string id, params string[] facts)
    {
        var entry = SearchEntries.SampleContent().Find(id);

        Assert.NotNull(entry);
        Assert.All(facts, f => Assert.Contains(f, entry.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SampleContent_AroundTheClockServices_Are24Hours()
    {
        var snapshot = SearchEntries.SampleContent();

        Assert.True(snapshot.Find("henvisninger/boernetelefonen.md")!.Hours.AlwaysOpen);
        Assert.True(snapshot.Find("henvisninger/lev-uden-vold.md")!.Hours.AlwaysOpen);
        var thursday = Assert.Single(snapshot.Find("henvisninger/anonym-raadgivning-kommune.md")!.Hours.Spans);
        Assert.Equal(new OpeningSpan(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(19, 0)), thursday);
    }
}
