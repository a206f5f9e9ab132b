using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>Who is on call on the nights the clocks change in Copenhagen (2026 and 2027).</summary>
public sealed class RosterDstTests
{
    [Theory]
    [InlineData("2026-03-28", 8)]   // spring forward: 02:00 becomes 03:00
    [InlineData("2026-10-24", 10)]  // fall back: 03:00 becomes 02:00
    [InlineData("2027-03-27", 8)]
    [InlineData("2027-10-30", 10)]
    public void Between_NightSlotOnClockChangeNight_FromTwentyTwoToSevenLocalWithTheRealLength(string saturday, int hours)
    {
        var day = DateOnly.Parse(saturday, System.Globalization.CultureInfo.InvariantCulture);
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var resolver = ResolverAt(noon);

        var week = resolver.Between(RosterOf(Slot(DayOfWeek.Saturday, "22:00", "07:00", Anne, Bo)), noon, noon.AddDays(1));

        var night = Assert.Single(week.Periods);
        Assert.Equal((new TimeOnly(22, 0), day), (TimeOnly.FromDateTime(night.From.DateTime), DateOnly.FromDateTime(night.From.DateTime)));
        Assert.Equal((new TimeOnly(7, 0), day.AddDays(1)), (TimeOnly.FromDateTime(night.Until.DateTime), DateOnly.FromDateTime(night.Until.DateTime)));
        Assert.Equal(TimeSpan.FromHours(hours), night.Until - night.From);
        Assert.Equal((Anne, Bo), (night.Primary, night.Backup));
    }

    [Fact]
    public void At_SlotStartingInsideTheSpringGap_StartsAsIfTheClockHadNotChanged()
    {
        // 02:30 does not exist on 29 March 2026; in the offset before the change it is 01:30 UTC, 03:30 summer time.
        var roster = RosterOf(Slot(DayOfWeek.Sunday, "02:30", "07:00", Anne));
        var resolver = ResolverAt(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        var justBefore = resolver.At(roster, new DateTimeOffset(2026, 3, 29, 1, 29, 0, TimeSpan.Zero));
        var onCall = resolver.At(roster, new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));

        Assert.Null(justBefore);
        Assert.Equal(Anne, onCall?.Primary);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, Cest), onCall!.Until);
        Assert.Equal(Cest, onCall.From.Offset);
    }

    [Fact]
    public void Between_SlotsMeetingInsideTheSpringGap_StillMeetWithoutAGap()
    {
        var roster = RosterOf(Slot(DayOfWeek.Saturday, "22:00", "02:30", Anne), Slot(DayOfWeek.Sunday, "02:30", "07:00", Bo));
        var from = new DateTimeOffset(2027, 3, 27, 22, 0, 0, Cet);
        var until = new DateTimeOffset(2027, 3, 28, 7, 0, 0, Cest);

        var night = ResolverAt(from).Between(roster, from, until);

        Assert.Empty(night.Gaps);
        Assert.Equal([Anne, Bo], night.Periods.Select(p => p.Primary));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), night.Periods[1].From);
    }

    [Fact]
    public void Between_SlotEndingInTheGapAndOneStartingAtThree_TheLaterStartTakesOverWithoutAGap()
    {
        // 02:30 is 03:30 summer time that night, after the next slot's 03:00: the two share half an hour.
        var roster = RosterOf(Slot(DayOfWeek.Saturday, "22:00", "02:30", Anne), Slot(DayOfWeek.Sunday, "03:00", "07:00", Bo));
        var from = new DateTimeOffset(2026, 3, 28, 22, 0, 0, Cet);

        var night = ResolverAt(from).Between(roster, from, new DateTimeOffset(2026, 3, 29, 7, 0, 0, Cest));

        Assert.Empty(night.Gaps);
        Assert.Equal(2, night.Periods.Count);
        Assert.Equal((Anne, new DateTimeOffset(2026, 3, 29, 3, 0, 0, Cest)), (night.Periods[0].Primary, night.Periods[0].Until));
        Assert.Equal((Bo, new DateTimeOffset(2026, 3, 29, 3, 0, 0, Cest)), (night.Periods[1].Primary, night.Periods[1].From));
    }

    [Fact]
    public void Between_SlotWhollyInsideTheSpringGap_KeptInTheHourAfterTheChange()
    {
        var roster = RosterOf(Slot(DayOfWeek.Sunday, "02:15", "02:45", Anne));
        var from = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);

        var gapNight = ResolverAt(from).Between(roster, from, from.AddDays(1));

        // 02:15 and 02:45 are 03:15 and 03:45 summer time that night: the half hour is kept, after the change.
        var kept = Assert.Single(gapNight.Periods);
        Assert.Equal((new DateTimeOffset(2026, 3, 29, 3, 15, 0, Cest), new DateTimeOffset(2026, 3, 29, 3, 45, 0, Cest)), (kept.From, kept.Until));
    }

    [Fact]
    public void Between_SlotThatComesOutEmptyOnTheSpringNight_SkippedThatNightOnly()
    {
        // 02:30 is 03:30 summer time that night, later than the end 03:15: nothing is left of it.
        var roster = RosterOf(Slot(DayOfWeek.Sunday, "02:30", "03:15", Anne));
        var from = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);
        var resolver = ResolverAt(from);

        var gapNight = resolver.Between(roster, from, from.AddDays(1));
        var nextWeek = resolver.Between(roster, from.AddDays(7), from.AddDays(8));

        Assert.Empty(gapNight.Periods);
        Assert.Equal(from, Assert.Single(gapNight.Gaps).From);
        Assert.Equal(new DateTimeOffset(2026, 4, 5, 2, 30, 0, Cest), Assert.Single(nextWeek.Periods).From);
    }

    [Fact]
    public void At_RepeatedHourInAutumn_OnCallThroughBothOccurrences()
    {
        // Fall back on 25 October 2026: 02:00–03:00 happens twice; a slot 01:00–02:30 runs through the later 02:30.
        var roster = RosterOf(Slot(DayOfWeek.Sunday, "01:00", "02:30", Anne));
        var resolver = ResolverAt(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));

        var firstTwoThirty = resolver.At(roster, new DateTimeOffset(2026, 10, 25, 2, 30, 0, Cest));
        var secondTwoThirty = resolver.At(roster, new DateTimeOffset(2026, 10, 25, 2, 30, 0, Cet));

        Assert.Equal(Anne, firstTwoThirty?.Primary);
        Assert.Null(secondTwoThirty);
        Assert.Equal(TimeSpan.FromHours(2.5), firstTwoThirty!.Until - new DateTimeOffset(2026, 10, 25, 1, 0, 0, Cest));
    }

    [Fact]
    public void Between_OverrideAcrossTheAutumnNight_ReplacesThePrimaryForTheWholeLongNight()
    {
        var roster = new Roster([Slot(DayOfWeek.Saturday, "22:00", "07:00", Anne, Bo)], [Override(new DateOnly(2027, 10, 30), "22:00", "07:00", Carl)]);
        var from = new DateTimeOffset(2027, 10, 30, 12, 0, 0, TimeSpan.Zero);

        var night = ResolverAt(from).Between(roster, from, from.AddDays(1));

        var swapped = Assert.Single(night.Periods);
        Assert.Equal((Carl, Bo, true), (swapped.Primary, swapped.Backup, swapped.IsOverride));
        Assert.Equal(TimeSpan.FromHours(10), swapped.Until - swapped.From);
    }
}
