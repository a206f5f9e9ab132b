using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Shifts;

namespace TeamsBot.Tests.Domain;

public sealed class ShiftWeekCountsTests
{
    private static readonly OrganisationClock Clock = new(new FakeTimeProvider(), Options.Create(new OrganisationOptions()));
    private static readonly Person Anna = new("29:anna", "Anna Jensen");

    [Fact]
    public void IsoWeekOf_AcrossTheYearBoundary_FollowsIsoRules()
    {
        Assert.Equal(new IsoWeek(2026, 53), IsoWeek.Of(new DateOnly(2027, 1, 3)));
        Assert.Equal(new IsoWeek(2027, 1), IsoWeek.Of(new DateOnly(2027, 1, 4)));
        Assert.Equal(new IsoWeek(2026, 1), IsoWeek.Of(new DateOnly(2025, 12, 29)));
        Assert.Equal(new DateOnly(2026, 12, 28), new IsoWeek(2026, 53).Monday);
    }

    [Fact]
    public void Recent_AtNewYear_ListsThisWeekAndFourBeforeNewestFirst()
    {
        var weeks = IsoWeek.Recent(new DateOnly(2027, 1, 5), 5);

        Assert.Equal([new(2027, 1), new(2026, 53), new(2026, 52), new(2026, 51), new(2026, 50)], weeks);
    }

    [Fact]
    public void Count_CheckInJustAfterMidnightOnDstMonday_CountsInTheLocalWeek()
    {
        // 22:30 UTC on Sunday 29 March 2026 is 00:30 on Monday in Copenhagen, the first night of summer time.
        var checkIn = new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero);
        var shifts = new[] { new Shift("c", Anna, checkIn, checkIn.AddHours(2), ShiftEnd.CheckedOut) };

        var counts = ShiftWeekCounts.Count(shifts, [new IsoWeek(2026, 14), new IsoWeek(2026, 13)], Clock.DayOf);

        Assert.Equal(new ShiftWeekCounts(new IsoWeek(2026, 14), 1, 1, 0, 0), counts[0]);
        Assert.Equal(new ShiftWeekCounts(new IsoWeek(2026, 13), 0, 0, 0, 0), counts[1]);
    }

    [Fact]
    public void Count_ShiftOverNewYear_CountsCheckInAndAutoCloseInTheirOwnWeeks()
    {
        // Checked in Sunday 3 January 2027 at 20:00 local (week 53 of 2026), closed by the bot at 08:00 on Monday (week 1).
        var checkIn = new DateTimeOffset(2027, 1, 3, 19, 0, 0, TimeSpan.Zero);
        var shifts = new[] { new Shift("c", Anna, checkIn, checkIn.AddHours(12), ShiftEnd.ClosedByBot, ClosedDownAt: checkIn.AddHours(13)) };

        var counts = ShiftWeekCounts.Count(shifts, IsoWeek.Recent(new DateOnly(2027, 1, 4), 2), Clock.DayOf);

        Assert.Equal(new ShiftWeekCounts(new IsoWeek(2027, 1), 0, 0, 1, 1), counts[0]);
        Assert.Equal(new ShiftWeekCounts(new IsoWeek(2026, 53), 1, 0, 0, 0), counts[1]);
    }
}
