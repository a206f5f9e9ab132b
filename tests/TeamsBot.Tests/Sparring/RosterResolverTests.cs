using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>Who is on call: slots across midnight, overrides, the next seven days and their gaps (23 November 2026 is a Monday).</summary>
public sealed class RosterResolverTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), Cet);

    [Fact]
    public void At_AfterMidnightInANightSlot_PrimaryAndBackupUntilTheMorning()
    {
        var roster = RosterOf(Slot(DayOfWeek.Monday, "22:00", "07:00", Anne, Bo));
        var resolver = ResolverAt(Local(Monday, 12));

        var onCall = resolver.At(roster, Local(Monday.AddDays(1), 3));

        Assert.Equal((Anne, Bo, false), (onCall?.Primary, onCall?.Backup, onCall?.IsOverride));
        Assert.Equal(Local(Monday.AddDays(1), 7), onCall!.Until);
    }

    [Fact]
    public void At_AtTheSlotsEnd_NobodyOnCall()
    {
        var roster = RosterOf(Slot(DayOfWeek.Monday, "22:00", "07:00", Anne, Bo));

        Assert.Null(ResolverAt(Local(Monday, 12)).At(roster, Local(Monday.AddDays(1), 7)));
    }

    [Fact]
    public void At_SundayNightSlot_RunsIntoMondayOfTheNextWeek()
    {
        var roster = RosterOf(Slot(DayOfWeek.Sunday, "23:00", "06:00", Carl));

        var onCall = ResolverAt(Local(Monday, 12)).At(roster, Local(Monday, 5, 59));

        Assert.Equal(Carl, onCall?.Primary);
    }

    [Fact]
    public void Now_OverrideCrossingMidnightInsideASlot_OverridePersonWithTheSlotsBackup()
    {
        var roster = new Roster([Slot(DayOfWeek.Monday, "22:00", "07:00", Anne, Bo)], [Override(Monday, "23:00", "02:00", Carl)]);

        var onCall = ResolverAt(Local(Monday.AddDays(1), 0, 30)).Now(roster);

        Assert.Equal((Carl, Bo, true), (onCall?.Primary, onCall?.Backup, onCall?.IsOverride));
        Assert.Equal(Local(Monday.AddDays(1), 2), onCall!.Until);
    }

    [Fact]
    public void Now_OverrideByTheSlotsBackup_NoBackupBesideThemselves()
    {
        var roster = new Roster([Slot(DayOfWeek.Monday, "08:00", "16:00", Anne, Bo)], [Override(Monday, "10:00", "12:00", Bo)]);

        var onCall = ResolverAt(Local(Monday, 11)).Now(roster);

        Assert.Equal((Bo, null), (onCall?.Primary, onCall?.Backup));
    }

    [Fact]
    public void Now_OverrideWhereNoSlotIs_OnCallWithoutBackup()
    {
        var roster = new Roster([], [Override(Monday, "18:00", "20:00", Carl)]);

        var onCall = ResolverAt(Local(Monday, 19)).Now(roster);

        Assert.Equal((Carl, null, true), (onCall?.Primary, onCall?.Backup, onCall?.IsOverride));
    }

    [Fact]
    public void NextSevenDays_DayAndNightSlotsOnMondayOnly_PeriodsAcrossMidnightAndOneGapUntilNextMonday()
    {
        var roster = RosterOf(Slot(DayOfWeek.Monday, "08:00", "16:00", Anne), Slot(DayOfWeek.Monday, "16:00", "08:00", Bo));

        var week = ResolverAt(Local(Monday, 12)).NextSevenDays(roster);

        Assert.Equal(
            [(Anne, Local(Monday, 12), Local(Monday, 16)), (Bo, Local(Monday, 16), Local(Monday.AddDays(1), 8)), (Anne, Local(Monday.AddDays(7), 8), Local(Monday.AddDays(7), 12))],
            week.Periods.Select(p => (p.Primary, p.From, p.Until)));
        var gap = Assert.Single(week.Gaps);
        Assert.Equal((Local(Monday.AddDays(1), 8), Local(Monday.AddDays(7), 8)), (gap.From, gap.Until));
    }

    [Fact]
    public void NextSevenDays_OverrideInAGap_SplitsTheGap()
    {
        var tuesday = Monday.AddDays(1);
        var roster = new Roster([Slot(DayOfWeek.Monday, "08:00", "16:00", Anne)], [Override(tuesday, "20:00", "02:00", Carl)]);

        var week = ResolverAt(Local(Monday, 12)).NextSevenDays(roster);

        Assert.Equal(
            [(Local(Monday, 16), Local(tuesday, 20)), (Local(tuesday.AddDays(1), 2), Local(Monday.AddDays(7), 8))],
            week.Gaps.Select(g => (g.From, g.Until)));
        Assert.Contains(week.Periods, p => p.Primary == Carl && p.From == Local(tuesday, 20) && p.Until == Local(tuesday.AddDays(1), 2));
    }

    [Fact]
    public void NextSevenDays_SamePeopleInAdjacentSlots_OnePeriod()
    {
        var roster = RosterOf(Slot(DayOfWeek.Monday, "08:00", "16:00", Anne, Bo), Slot(DayOfWeek.Monday, "16:00", "20:00", Anne, Bo));

        var week = ResolverAt(Local(Monday, 8)).NextSevenDays(roster);

        Assert.Equal([(Local(Monday, 8), Local(Monday, 20))], week.Periods.Select(p => (p.From, p.Until)));
    }

    [Fact]
    public void NextSevenDays_EmptyRoster_OneGapForTheWholeWeek()
    {
        var week = ResolverAt(Local(Monday, 12)).NextSevenDays(Roster.Empty);

        Assert.Empty(week.Periods);
        Assert.Equal((Local(Monday, 12), Local(Monday.AddDays(7), 12)), (week.Gaps[0].From, week.Gaps[0].Until));
    }

    [Fact]
    public void NextSevenDays_RoundTheClock_NoGaps()
    {
        var roster = RosterOf([.. RosterInputs.Week.SelectMany(day => new[] { Slot(day, "07:00", "19:00", Anne), Slot(day, "19:00", "07:00", Bo) })]);

        var week = ResolverAt(Local(Monday, 12)).NextSevenDays(roster);

        Assert.Empty(week.Gaps);
        Assert.Equal(Local(Monday.AddDays(7), 12), week.Periods[^1].Until);
    }
}
