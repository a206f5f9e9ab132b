using TeamsBot.Guidance;
using TeamsBot.Guidance.Cards;
using TeamsBot.Tests.Cards;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Guidance.Cards.GuidanceCardSamples;

namespace TeamsBot.Tests.Guidance.Cards;

/// <summary>The status line across a week, midnight, closed dates and DST, in Danish and English.</summary>
public sealed class OpeningStatusLineTests
{
    private static readonly TeamsBot.Localization.Texts<TeamsBot.Guidance.Strings> Texts = TestTexts.Create<TeamsBot.Guidance.Strings>();

    private static string? Line(OpeningHours hours, DateTimeOffset at) =>
        OpeningStatusLine.Format(hours, hours.StatusAt(at, CardSamples.Copenhagen), at, CardSamples.Copenhagen, Texts);

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        new(new DateTime(2026, month, day, hour, minute, 0), CardSamples.Copenhagen.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0)));

    [Theory]
    [InlineData(11, 24, 10, "Åben nu · lukker 15.00")]            // Tuesday, open.
    [InlineData(11, 24, 7, "Lukket · åbner 09.00")]               // Tuesday before opening: today.
    [InlineData(11, 24, 20, "Lukket · åbner i morgen 09.00")]     // Tuesday evening.
    [InlineData(11, 27, 16, "Lukket · åbner mandag 09.00")]       // Friday after closing: over the weekend.
    public void Format_Weekdays_SaysWhenItClosesOrOpens(int month, int day, int hour, string expected)
    {
        using var _ = TestTexts.Culture("da-DK");

        Assert.Equal(expected, Line(Weekdays(new TimeOnly(9, 0), new TimeOnly(15, 0)), Local(month, day, hour)));
    }

    [Fact]
    public void Format_ClosedForChristmas_NamesTheDateOfTheNextOpening()
    {
        using var _ = TestTexts.Culture("da-DK");
        DateOnly[] closed = [.. Enumerable.Range(24, 8).Select(d => new DateOnly(2026, 12, d)), new DateOnly(2027, 1, 1)];

        Assert.Equal("Lukket · åbner 4. jan. 09.00", Line(Weekdays(new TimeOnly(9, 0), new TimeOnly(15, 0), closed), Local(12, 23, 16)));
    }

    [Fact]
    public void Format_NightSpanPastMidnight_ClosesTomorrow()
    {
        using var _ = TestTexts.Culture("da-DK");
        var hours = new OpeningHours([new OpeningSpan(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(2, 0))], false, []);

        Assert.Equal("Åben nu · lukker i morgen 02.00", Line(hours, Local(11, 27, 23)));
    }

    [Fact]
    public void Format_AcrossTheAutumnDstChange_KeepsLocalTime()
    {
        using var _ = TestTexts.Culture("da-DK");
        var hours = Weekdays(new TimeOnly(9, 0), new TimeOnly(15, 0));

        // Saturday 24 October 2026, summer time; the clocks go back on Sunday: Monday still opens at 09.00 local.
        Assert.Equal("Lukket · åbner mandag 09.00", Line(hours, Local(10, 24, 12)));
    }

    [Fact]
    public void Format_AlwaysOpenAndUnknown_SayDøgnåbenAndNothing()
    {
        using var _ = TestTexts.Culture("da-DK");

        Assert.Equal("Døgnåben", Line(new OpeningHours([], true, []), Now));
        Assert.Null(Line(OpeningHours.Unknown, Now));
    }

    [Theory]
    [InlineData(11, 24, 10, "Open now · closes 15:00")]
    [InlineData(11, 24, 20, "Closed · opens tomorrow 09:00")]
    [InlineData(11, 27, 16, "Closed · opens Monday 09:00")]
    public void Format_English_SaysTheSameInEnglish(int month, int day, int hour, string expected)
    {
        using var _ = TestTexts.Culture("en-GB");

        Assert.Equal(expected, Line(Weekdays(new TimeOnly(9, 0), new TimeOnly(15, 0)), Local(month, day, hour)));
    }
}
