using TeamsBot.Guidance;
using TeamsBot.Guidance.Content;

namespace TeamsBot.Tests.Guidance.Content;

/// <summary>Open now, and the next change, in Copenhagen; 30 November 2026 is a Monday.</summary>
public sealed class OpeningHoursStatusTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void StatusAt_InsideWeekdayHours_OpenUntilTheyClose()
    {
        var status = Hours("mon-fri 09:00-15:00").StatusAt(Local(2026, 11, 30, 10, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 11, 30, 15, 0)), status);
    }

    [Fact]
    public void StatusAt_BeforeOpening_ClosedUntilItOpensToday()
    {
        var status = Hours("mon-fri 09:00-15:00").StatusAt(Local(2026, 11, 30, 8, 59), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2026, 11, 30, 9, 0)), status);
    }

    [Fact]
    public void StatusAt_AtClosingTime_ClosedUntilTheNextWeekday()
    {
        var status = Hours("mon-fri 09:00-15:00").StatusAt(Local(2026, 12, 4, 15, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2026, 12, 7, 9, 0)), status);
    }

    [Fact]
    public void StatusAt_OneEveningAWeek_OpensOnThatWeekday()
    {
        var status = Hours("mon-fri 09:00-15:00", "thu 17:00-19:00").StatusAt(Local(2026, 12, 3, 16, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2026, 12, 3, 17, 0)), status);
    }

    [Fact]
    public void StatusAt_SpansThatTouch_OneOpeningClosingAtTheLast()
    {
        var status = Hours("mon 09:00-15:00", "mon 15:00-17:00").StatusAt(Local(2026, 11, 30, 14, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 11, 30, 17, 0)), status);
    }

    [Fact]
    public void StatusAt_OverlappingSpans_OneOpeningClosingAtTheLatest()
    {
        var status = Hours("mon 09:00-16:00", "mon 12:00-13:00").StatusAt(Local(2026, 11, 30, 12, 30), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 11, 30, 16, 0)), status);
    }

    [Fact]
    public void StatusAt_NightSpanAfterMidnight_OpenUntilItClosesNextMorning()
    {
        var status = Hours("fri 22:00-02:00").StatusAt(Local(2026, 12, 5, 1, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 12, 5, 2, 0)), status);
    }

    [Fact]
    public void StatusAt_NightSpanBeforeItOpens_ClosedUntilTheEvening()
    {
        var status = Hours("fri 22:00-02:00").StatusAt(Local(2026, 12, 4, 21, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2026, 12, 4, 22, 0)), status);
    }

    [Fact]
    public void StatusAt_TwentyFourSeven_OpenWithNoClosing()
    {
        var status = Hours("24/7").StatusAt(Local(2026, 11, 30, 3, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, null), status);
    }

    [Fact]
    public void StatusAt_WholeDaysAllWeek_SameAsTwentyFourSeven()
    {
        var status = Hours("mon-sun 00:00-24:00").StatusAt(Local(2026, 11, 30, 23, 59), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, null), status);
    }

    [Fact]
    public void StatusAt_TwentyFourSevenBeforeAClosedDate_ClosesAtItsMidnight()
    {
        var status = Hours(["24/7"], "2026-12-24").StatusAt(Local(2026, 12, 23, 12, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 12, 24, 0, 0)), status);
    }

    [Fact]
    public void StatusAt_TwentyFourSevenOnAClosedDate_ClosedUntilTheNextDay()
    {
        var status = Hours(["24/7"], "2026-12-24", "2026-12-25").StatusAt(Local(2026, 12, 24, 12, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2026, 12, 26, 0, 0)), status);
    }

    [Fact]
    public void StatusAt_WeeklyEveningOnClosedDates_SkipsToTheFirstOpenWeek()
    {
        var status = Hours(["thu 17:00-19:00"], "2026-12-24", "2026-12-31").StatusAt(Local(2026, 12, 22, 12, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, Local(2027, 1, 7, 17, 0)), status);
    }

    [Fact]
    public void StatusAt_ClosedDateAfterANightSpan_TheNightStillEndsAsWritten()
    {
        var status = Hours(["fri 22:00-02:00"], "2026-12-05").StatusAt(Local(2026, 12, 5, 1, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Open, Local(2026, 12, 5, 2, 0)), status);
    }

    [Fact]
    public void StatusAt_ClosedForLongerThanTheLookAhead_ClosedWithNoNextOpening()
    {
        var thursdays = Enumerable.Range(0, 6).Select(w => new DateOnly(2026, 12, 3).AddDays(7 * w).ToString("yyyy-MM-dd"));

        var status = Hours(["thu 17:00-19:00"], [.. thursdays]).StatusAt(Local(2026, 11, 30, 12, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, null), status);
    }

    [Fact]
    public void StatusAt_NoHours_Unknown()
    {
        var status = OpeningHours.Unknown.StatusAt(Local(2026, 11, 30, 12, 0), Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Unknown, null), status);
    }

    [Theory]
    [InlineData(2026, 3, 28, 8)]   // spring forward: 02:00 becomes 03:00
    [InlineData(2026, 10, 24, 10)] // fall back: 03:00 becomes 02:00
    public void StatusAt_NightAcrossTheClockChange_ClosesAtSevenLocalAfterTheRealLength(int year, int month, int saturday, int realHours)
    {
        var opens = Local(year, month, saturday, 22, 0);

        var status = Hours("sat 22:00-07:00").StatusAt(opens, Copenhagen);

        Assert.Equal(OpeningState.Open, status.State);
        Assert.Equal(Local(year, month, saturday + 1, 7, 0), status.Next);
        Assert.Equal(TimeSpan.FromHours(realHours), status.Next!.Value - opens);
        Assert.Equal(new TimeOnly(7, 0), TimeOnly.FromDateTime(status.Next.Value.DateTime)); // in local time
    }

    [Fact]
    public void StatusAt_OpeningInTheSkippedHour_OpensWhenTheClocksJump()
    {
        var justBefore = new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero); // 01:59 winter time

        var status = Hours("sun 02:30-05:00").StatusAt(justBefore, Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2))), status);
    }

    [Fact]
    public void StatusAt_OpeningInTheRepeatedHour_OpensTheSecondTime()
    {
        var firstTwoFortyFive = new DateTimeOffset(2026, 10, 25, 2, 45, 0, TimeSpan.FromHours(2));

        var status = Hours("sun 02:30-04:00").StatusAt(firstTwoFortyFive, Copenhagen);

        Assert.Equal(new OpeningStatus(OpeningState.Closed, new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1))), status);
    }

    [Fact]
    public void StatusAt_WeekdayAfterSpringForward_OpensAtNineSummerTime()
    {
        var status = Hours("mon-fri 09:00-15:00").StatusAt(Local(2026, 3, 27, 16, 0), Copenhagen);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)), status.Next);
        Assert.Equal(TimeSpan.FromHours(2), status.Next!.Value.Offset);
    }

    private static OpeningHours Hours(params string[] lines) => Hours(lines, []);

    private static OpeningHours Hours(string[] lines, params string[] closed)
    {
        var parsed = lines.Select(l => OpeningHoursSyntax.TryParse(l, out var h, out var p) ? h : throw new ArgumentException(p.ToString())).ToList();
        return new OpeningHours(
            [.. parsed.SelectMany(h => h.Spans)],
            parsed.Any(h => h.AlwaysOpen),
            [.. closed.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Copenhagen.GetUtcOffset(local));
    }
}
