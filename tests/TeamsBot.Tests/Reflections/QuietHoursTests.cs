using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Reflections;

namespace TeamsBot.Tests.Reflections;

public sealed class QuietHoursTests
{
    private static readonly OrganisationClock Clock = new(new FakeTimeProvider(), Options.Create(new OrganisationOptions()));

    /// <summary>A Copenhagen wall-clock time in November (UTC+1).</summary>
    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(7, 0)]
    [InlineData(12, 30)]
    [InlineData(21, 59)]
    public void NextAllowed_OutsideTheQuietHours_IsTheSameInstant(int hour, int minute)
    {
        var instant = Local(24, hour, minute);

        Assert.Equal(instant, QuietHours.NextAllowed(instant, Clock));
    }

    [Theory]
    [InlineData(22, 0)]
    [InlineData(23, 45)]
    public void NextAllowed_LateEvening_WaitsForSevenTheNextMorning(int hour, int minute)
    {
        Assert.Equal(Local(25, 7, 0), QuietHours.NextAllowed(Local(24, hour, minute), Clock));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 15)]
    [InlineData(6, 59)]
    public void NextAllowed_AfterMidnight_WaitsForSevenTheSameMorning(int hour, int minute)
    {
        Assert.Equal(Local(25, 7, 0), QuietHours.NextAllowed(Local(25, hour, minute), Clock));
    }

    [Fact]
    public void NextAllowed_TheNightTheClocksSpringForward_IsSevenInSummerTime()
    {
        var lateEvening = new DateTimeOffset(2027, 3, 27, 22, 30, 0, TimeSpan.FromHours(1));

        var allowed = QuietHours.NextAllowed(lateEvening, Clock);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.FromHours(2)), allowed);
        Assert.Equal(new TimeOnly(7, 0), TimeOnly.FromDateTime(Clock.Local(allowed).DateTime));
    }

    [Theory]
    [InlineData(2, 30, 2)] // the first 02:30, still summer time (UTC+2)
    [InlineData(2, 30, 1)] // the repeated 02:30, winter time (UTC+1)
    [InlineData(23, 0, 2)] // the evening before, summer time
    public void NextAllowed_TheNightTheClocksFallBack_IsSevenInWinterTime(int hour, int minute, int offsetHours)
    {
        var day = hour >= 22 ? 24 : 25;
        var night = new DateTimeOffset(2026, 10, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));

        var allowed = QuietHours.NextAllowed(night, Clock);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 7, 0, 0, TimeSpan.FromHours(1)), allowed);
    }
}
