using TeamsBot.Guidance;
using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

public sealed class OpeningHoursSyntaxTests
{
    [Fact]
    public void TryParse_WeekdayRange_OneSpanPerDay()
    {
        var ok = OpeningHoursSyntax.TryParse("mon-fri 09:00-15:00", out var hours, out _);

        Assert.True(ok);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            hours.Spans.Select(s => s.Day));
        Assert.All(hours.Spans, s => Assert.Equal((new TimeOnly(9, 0), new TimeOnly(15, 0)), (s.From, s.To)));
        Assert.False(hours.AlwaysOpen);
    }

    [Theory]
    [InlineData("sat,sun 10:00-14:00", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("sat, sun 10:00-14:00", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("lør,søn 10-14", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("LOR, Son 10.00 - 14.00", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("man - ons 10:00–14:00", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday })]
    [InlineData("tir,tor 10:00-14:00", new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday })]
    [InlineData("fre-man 10:00-14:00", new[] { DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday })]
    [InlineData("Thursday 10:00-14:00", new[] { DayOfWeek.Thursday })]
    [InlineData("søndag 10:00-14:00", new[] { DayOfWeek.Sunday })]
    public void TryParse_DanishEnglishAndHandWrittenForms_TheDaysMeant(string text, DayOfWeek[] days)
    {
        var ok = OpeningHoursSyntax.TryParse(text, out var hours, out var problem);

        Assert.True(ok, problem.ToString());
        Assert.Equal(days, hours.Spans.Select(s => s.Day));
        Assert.All(hours.Spans, s => Assert.Equal((new TimeOnly(10, 0), new TimeOnly(14, 0)), (s.From, s.To)));
    }

    [Fact]
    public void TryParse_TwentyFourSeven_AlwaysOpen()
    {
        var ok = OpeningHoursSyntax.TryParse(" 24/7 ", out var hours, out _);

        Assert.True(ok);
        Assert.True(hours.AlwaysOpen);
        Assert.Empty(hours.Spans);
    }

    [Theory]
    [InlineData("fri 22:00-02:00", 22, 2)]
    [InlineData("mon 00:00-24:00", 0, 0)]
    [InlineData("mon 18:00-24:00", 18, 0)]
    public void TryParse_PastMidnightAndWholeDay_ToNotAfterFrom(string text, int from, int to)
    {
        var ok = OpeningHoursSyntax.TryParse(text, out var hours, out _);

        Assert.True(ok);
        var span = Assert.Single(hours.Spans);
        Assert.Equal((new TimeOnly(from, 0), new TimeOnly(to, 0)), (span.From, span.To));
    }

    [Theory]
    [InlineData("fry 09:00-15:00", ProblemCode.UnknownDay, "fry")]
    [InlineData("mon-frei 09:00-15:00", ProblemCode.UnknownDay, "frei")]
    [InlineData("mon 25:00-26:00", ProblemCode.BadTime, "25:00")]
    [InlineData("mon 09:00-15:75", ProblemCode.BadTime, "15:75")]
    [InlineData("mon 24:00-02:00", ProblemCode.BadTime, "24:00")]
    [InlineData("mon 9:0-15:00", ProblemCode.BadTime, "9:0")]
    [InlineData("mon 09:00-09:00", ProblemCode.EqualTimes, "09:00-09:00")]
    [InlineData("mon 09:00", ProblemCode.HoursShape, "mon 09:00")]
    [InlineData("09:00-15:00", ProblemCode.HoursShape, "09:00-15:00")]
    [InlineData("weekdays", ProblemCode.HoursShape, "weekdays")]
    [InlineData("", ProblemCode.HoursShape, "")]
    public void TryParse_Wrong_TheProblemAndTheWordsAtFault(string text, ProblemCode code, string word)
    {
        var ok = OpeningHoursSyntax.TryParse(text, out _, out var problem);

        Assert.False(ok);
        Assert.Equal((code, word), problem);
    }
}
