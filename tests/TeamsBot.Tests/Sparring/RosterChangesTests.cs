using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>Adding to a roster: overlaps, repeats and limits are refused with their reason; removal by id.</summary>
public sealed class RosterChangesTests
{
    private static readonly DateTime LocalNow = new(2026, 12, 1, 12, 0, 0);
    private static readonly DateOnly Christmas = new(2026, 12, 24);

    [Theory]
    [InlineData(DayOfWeek.Monday, "12:00", "18:00", DayOfWeek.Monday, "17:00", "20:00")]
    [InlineData(DayOfWeek.Monday, "22:00", "07:00", DayOfWeek.Tuesday, "06:00", "08:00")]
    [InlineData(DayOfWeek.Sunday, "22:00", "07:00", DayOfWeek.Monday, "06:59", "08:00")]
    [InlineData(DayOfWeek.Monday, "08:00", "16:00", DayOfWeek.Monday, "10:00", "11:00")]
    [InlineData(DayOfWeek.Monday, "10:00", "11:00", DayOfWeek.Sunday, "20:00", "10:30")]
    public void AddSlot_OverlapsAnotherSlot_RefusedNamingIt(DayOfWeek day, string start, string end, DayOfWeek otherDay, string otherStart, string otherEnd)
    {
        var existing = Slot(day, start, end, Anne);

        var change = RosterOf(existing).AddSlot(Slot(otherDay, otherStart, otherEnd, Bo));

        Assert.Equal(new RosterRefusal(RosterRefusalReason.OverlapsSlot, ConflictingSlot: existing), change.Refusal);
        Assert.Equal([existing], change.Roster.Slots);
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "08:00", "16:00", DayOfWeek.Monday, "16:00", "08:00")]
    [InlineData(DayOfWeek.Sunday, "22:00", "07:00", DayOfWeek.Monday, "07:00", "08:00")]
    [InlineData(DayOfWeek.Monday, "08:00", "16:00", DayOfWeek.Tuesday, "08:00", "16:00")]
    [InlineData(DayOfWeek.Saturday, "22:00", "02:30", DayOfWeek.Sunday, "03:00", "07:00")]
    public void AddSlot_OnlyTouchingOrOnOtherDays_Added(DayOfWeek day, string start, string end, DayOfWeek otherDay, string otherStart, string otherEnd)
    {
        var added = Slot(otherDay, otherStart, otherEnd, Bo);

        var change = RosterOf(Slot(day, start, end, Anne)).AddSlot(added);

        Assert.True(change.Added);
        Assert.Contains(added, change.Roster.Slots);
    }

    [Fact]
    public void AddSlot_SameSlotAgain_RefusedAsAlreadyThere()
    {
        var existing = Slot(DayOfWeek.Monday, "22:00", "07:00", Anne, Bo);

        var change = RosterOf(existing).AddSlot(Slot(DayOfWeek.Monday, "22:00", "07:00", Anne, Bo));

        Assert.Equal(new RosterRefusal(RosterRefusalReason.SlotAlreadyThere, ConflictingSlot: existing), change.Refusal);
    }

    [Fact]
    public void AddSlot_RosterFull_Refused()
    {
        var full = RosterOf([.. Enumerable.Range(0, Roster.MaxSlots).Select(i => Slot(DayOfWeek.Monday, "00:00", "00:01", Anne) with { Start = new TimeOnly(0, i), End = new TimeOnly(0, i + 1) })]);

        var change = full.AddSlot(Slot(DayOfWeek.Friday, "08:00", "09:00", Bo));

        Assert.Equal(RosterRefusalReason.RosterFull, change.Refusal?.Reason);
    }

    [Fact]
    public void AddSlot_OutOfOrder_KeptInWeekOrderMondayFirst()
    {
        var sunday = Slot(DayOfWeek.Sunday, "08:00", "09:00", Anne);
        var monday = Slot(DayOfWeek.Monday, "08:00", "09:00", Bo);

        var roster = RosterOf(sunday).AddSlot(monday).Roster;

        Assert.Equal([monday, sunday], roster.Slots);
    }

    [Fact]
    public void AddOverride_OverlapsAnOverrideAcrossMidnight_RefusedNamingIt()
    {
        var night = Override(Christmas, "22:00", "06:00", Carl);
        var roster = new Roster([], [night]);

        var change = roster.AddOverride(Override(Christmas.AddDays(1), "05:00", "08:00", Bo), LocalNow);

        Assert.Equal(new RosterRefusal(RosterRefusalReason.OverlapsOverride, ConflictingOverride: night), change.Refusal);
    }

    [Fact]
    public void AddOverride_TouchingAnotherOrOverASlot_Added()
    {
        var roster = new Roster([Slot(DayOfWeek.Thursday, "18:00", "23:00", Anne)], [Override(Christmas, "22:00", "06:00", Carl)]);

        var change = roster.AddOverride(Override(Christmas, "18:00", "22:00", Bo), LocalNow);

        Assert.True(change.Added);
        Assert.Equal([Bo, Carl], change.Roster.Overrides.Select(o => o.Person));
    }

    [Fact]
    public void AddOverride_SameAgain_RefusedAsAlreadyThere()
    {
        var roster = new Roster([], [Override(Christmas, "22:00", "06:00", Carl)]);

        Assert.Equal(RosterRefusalReason.OverrideAlreadyThere, roster.AddOverride(Override(Christmas, "22:00", "06:00", Carl), LocalNow).Refusal?.Reason);
    }

    [Fact]
    public void AddOverride_AlreadyEnded_Refused()
    {
        var change = Roster.Empty.AddOverride(Override(new DateOnly(2026, 12, 1), "08:00", "12:00", Carl), LocalNow);

        Assert.Equal(RosterRefusalReason.OverrideInThePast, change.Refusal?.Reason);
    }

    [Fact]
    public void AddOverride_EndedOnesStored_DroppedOnTheWay()
    {
        var ended = Override(new DateOnly(2026, 11, 30), "22:00", "06:00", Bo);
        var running = Override(new DateOnly(2026, 12, 1), "11:00", "13:00", Anne);

        var change = new Roster([], [ended, running]).AddOverride(Override(Christmas, "22:00", "06:00", Carl), LocalNow);

        Assert.Equal([Anne, Carl], change.Roster.Overrides.Select(o => o.Person));
    }

    [Fact]
    public void RemoveSlot_ByIdAndAgain_RemovedThenNull()
    {
        var (keep, remove) = (Slot(DayOfWeek.Monday, "08:00", "16:00", Anne), Slot(DayOfWeek.Tuesday, "08:00", "16:00", Bo));

        var removed = RosterOf(keep, remove).RemoveSlot(remove.Id);

        Assert.Equal([keep], removed!.Slots);
        Assert.Null(removed.RemoveSlot(remove.Id));
    }

    [Fact]
    public void RemoveOverride_UnknownId_Null()
    {
        Assert.Null(new Roster([], [Override(Christmas, "22:00", "06:00", Carl)]).RemoveOverride("forged"));
    }
}
