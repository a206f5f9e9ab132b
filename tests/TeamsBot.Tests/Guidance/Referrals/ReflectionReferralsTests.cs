using System.Globalization;
using Microsoft.Extensions.Options;
using TeamsBot.Guidance;
using TeamsBot.Reflections;
using TeamsBot.Tests.Guidance.Cards;
using TeamsBot.Tests.Guidance.Search;

namespace TeamsBot.Tests.Guidance.Referrals;

/// <summary>Where the reflection form's referral choices come from: the configured list, else the directory, else the defaults.</summary>
public sealed class ReflectionReferralsTests
{
    private static ReflectionReferrals Referrals(IGuidanceDirectory directory, params ReflectionChoice[] configured) =>
        new(Options.Create(new ReflectionOptions { Referrals = [.. configured] }), [new GuidanceReferralChoices(directory)]);

    [Fact]
    public void Current_DirectoryHasReferrals_TheirTitlesInDanishOrderThenNoReferral()
    {
        var referrals = Referrals(new SettableDirectory(GuidanceCardSamples.Snapshot()));

        // Danish order: å after e, so Familierådgivningen after Familieretshuset.
        Assert.Equal(["henvisninger/familieretshuset", "henvisninger/familieraadgivning", "henvisninger/headspace", "none"], referrals.Current.Select(c => c.Value));
        Assert.Equal("Familieretshuset (eksempel)", referrals.Current[0].Title(CultureInfo.GetCultureInfo("da-DK")));
    }

    [Fact]
    public void Current_Configured_WinsOverTheDirectory()
    {
        var referrals = Referrals(new SettableDirectory(GuidanceCardSamples.Snapshot()), new ReflectionChoice("own", "Egen", "Own"));

        Assert.Equal(["own"], referrals.Current.Select(c => c.Value));
    }

    [Fact]
    public void Current_NoReferralsInTheDirectory_TheDefaults()
    {
        var referrals = Referrals(new SettableDirectory(new GuidanceSnapshot([GuidanceCardSamples.Reporting], 1)));

        Assert.Equal(ReflectionDefaults.Referrals.Select(c => c.Value), referrals.Current.Select(c => c.Value));
    }

    [Fact]
    public void Current_DirectoryReloaded_TheNewTitlesOnTheNextRead()
    {
        var directory = new SettableDirectory(GuidanceCardSamples.Snapshot());
        var referrals = Referrals(directory);
        _ = referrals.Current;

        directory.Current = new GuidanceSnapshot([GuidanceCardSamples.Headspace with { Title = "Headspace Roskilde" }], 2);

        Assert.Equal(["Headspace Roskilde", "Ingen henvisning"], referrals.Current.Select(c => c.Title(CultureInfo.GetCultureInfo("da-DK"))));
    }

    [Fact]
    public void Options_ForTheForm_OfferTheDirectorysChoicesAndKeepTheRest()
    {
        var referrals = new ReflectionReferrals(Options.Create(new ReflectionOptions { PrivateTextDays = 7 }),
            [new GuidanceReferralChoices(new SettableDirectory(GuidanceCardSamples.Snapshot()))]);

        var options = referrals.Options;

        Assert.Equal(referrals.Current.Select(c => c.Value), options.EffectiveReferrals.Select(c => c.Value));
        Assert.Equal(7, options.PrivateTextDays);
    }

    [Theory]
    [InlineData("henvisninger/headspace", "Headspace (eksempel)")]
    [InlineData("gp", "Egen læge")]                              // Saved from the defaults before the directory had referrals.
    [InlineData("henvisninger/lukket-tilbud", "henvisninger/lukket-tilbud")] // Its file is gone: the stored value.
    public void Title_StoredValue_AlwaysReadsAsSomething(string value, string expected)
    {
        var referrals = Referrals(new SettableDirectory(GuidanceCardSamples.Snapshot()));

        Assert.Equal(expected, referrals.Title(value, CultureInfo.GetCultureInfo("da-DK")));
    }

    [Fact]
    public void ValueOf_IdWithAComma_NoCommaInTheValue()
    {
        var entry = GuidanceCardSamples.Headspace with { Id = "henvisninger/a,b.md" };

        Assert.Equal("henvisninger/a-b", GuidanceReferralChoices.ValueOf(entry));
    }
}
