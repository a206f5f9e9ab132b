using TeamsBot.Sparring;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>Reading the roster forms' raw values: card data can be forged or stale.</summary>
public sealed class RosterFormsTests
{
    private static string Key(TeamsBot.Organisation.Person person) => RosterPeople.KeyOf(person);

    private static RosterForm<WeeklySlot> ReadSlot(string? weekday = "monday", string? start = "22:00", string? end = "07:00", string? primary = null, string? backup = null) =>
        RosterForms.ReadSlot(new SlotFormValues(weekday, start, end, primary ?? Key(Anne), backup), Team, "slot-1");

    private static RosterForm<DateOverride> ReadOverride(string? date = "2026-12-24", string? start = "22:00", string? end = "06:00", string? person = null) =>
        RosterForms.ReadOverride(new OverrideFormValues(date, start, end, person ?? Key(Carl)), Team, "override-1");

    private static IEnumerable<RosterRefusalReason> Reasons<T>(RosterForm<T> form)
        where T : class => form.Refusals.Select(r => r.Reason);

    [Fact]
    public void ReadSlot_NightSlotWithBackup_ReadsItAsCrossingMidnight()
    {
        var form = ReadSlot(weekday: "sunday", backup: Key(Bo));

        Assert.Equal(new WeeklySlot("slot-1", DayOfWeek.Sunday, new TimeOnly(22, 0), new TimeOnly(7, 0), Anne, Bo), form.Value);
        Assert.True(form.Value!.CrossesMidnight);
        Assert.Empty(form.Refusals);
    }

    [Fact]
    public void ReadSlot_NoBackup_ReadsItWithout()
    {
        Assert.Null(ReadSlot(backup: "").Value!.Backup);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("07:60")]
    [InlineData("7:00")]
    [InlineData("07.00")]
    [InlineData("07:00:00")]
    [InlineData(" 07:00")]
    [InlineData("")]
    [InlineData(null)]
    public void ReadSlot_StartNotAnHhMmTime_RefusedAsInvalidStart(string? start)
    {
        var form = ReadSlot(start: start);

        Assert.Null(form.Value);
        Assert.Equal([RosterRefusalReason.InvalidStart], Reasons(form));
    }

    [Fact]
    public void ReadSlot_EndAt2500_RefusedAsInvalidEnd()
    {
        Assert.Equal([RosterRefusalReason.InvalidEnd], Reasons(ReadSlot(end: "25:00")));
    }

    [Fact]
    public void ReadSlot_EndEqualsStart_Refused()
    {
        Assert.Equal([RosterRefusalReason.EndEqualsStart], Reasons(ReadSlot(start: "08:00", end: "08:00")));
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("mandag")]
    [InlineData("1")]
    [InlineData("")]
    public void ReadSlot_WeekdayNotOneOfTheSevenValues_RefusedAsInvalidWeekday(string weekday)
    {
        Assert.Equal([RosterRefusalReason.InvalidWeekday], Reasons(ReadSlot(weekday: weekday)));
    }

    [Fact]
    public void ReadSlot_PrimaryNotOffered_RefusedAsUnknownPrimary()
    {
        Assert.Equal([RosterRefusalReason.UnknownPrimary], Reasons(ReadSlot(primary: "6f0c1a52-0000-4000-8000-00000000dddd")));
    }

    [Fact]
    public void ReadSlot_BackupNotOffered_RefusedAsUnknownBackup()
    {
        Assert.Equal([RosterRefusalReason.UnknownBackup], Reasons(ReadSlot(backup: "29:someone-else")));
    }

    [Fact]
    public void ReadSlot_BackupIsThePrimary_Refused()
    {
        Assert.Equal([RosterRefusalReason.BackupIsPrimary], Reasons(ReadSlot(backup: Key(Anne))));
    }

    [Fact]
    public void ReadSlot_SeveralThingsWrong_EveryReason()
    {
        var form = ReadSlot(weekday: "someday", start: "25:00", end: "", primary: "nobody");

        Assert.Equal(
            [RosterRefusalReason.InvalidWeekday, RosterRefusalReason.InvalidStart, RosterRefusalReason.InvalidEnd, RosterRefusalReason.UnknownPrimary],
            Reasons(form));
    }

    [Fact]
    public void ReadSlot_PersonKeptWithoutTheirLocale()
    {
        var withLocale = Anne with { Locale = "da-DK" };

        var form = RosterForms.ReadSlot(new SlotFormValues("monday", "08:00", "16:00", Key(Anne), null), [withLocale], "slot-1");

        Assert.Equal(Anne, form.Value!.Primary);
    }

    [Fact]
    public void ReadOverride_EndBeforeStart_EndsTheNextDay()
    {
        var form = ReadOverride();

        Assert.Equal(new DateOverride("override-1", new DateOnly(2026, 12, 24), new TimeOnly(22, 0), new TimeOnly(6, 0), Carl), form.Value);
        Assert.Equal(new DateOnly(2026, 12, 25), form.Value!.EndDate);
    }

    [Theory]
    [InlineData("24-12-2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-24T00:00")]
    [InlineData(null)]
    public void ReadOverride_DateNotYyyyMmDd_RefusedAsInvalidDate(string? date)
    {
        Assert.Equal([RosterRefusalReason.InvalidDate], Reasons(ReadOverride(date: date)));
    }

    [Fact]
    public void ReadOverride_TimesWrong_Refused()
    {
        Assert.Equal([RosterRefusalReason.InvalidStart], Reasons(ReadOverride(start: "25:00")));
        Assert.Equal([RosterRefusalReason.EndEqualsStart], Reasons(ReadOverride(start: "10:00", end: "10:00")));
    }

    [Fact]
    public void ReadOverride_PersonNotOffered_RefusedAsUnknownPerson()
    {
        Assert.Equal([RosterRefusalReason.UnknownPerson], Reasons(ReadOverride(person: "29:forged")));
    }

    [Fact]
    public void ReadSlot_MembersWhoAreNotOffered_RefusedAsNotASupervisorNamingEach()
    {
        var onlyAnne = new RosterCandidates(Team, [Anne], EveryoneOffered: false);

        var form = RosterForms.ReadSlot(new SlotFormValues("monday", "22:00", "07:00", Key(Bo), Key(Carl)), onlyAnne, "slot-1");

        Assert.Null(form.Value);
        Assert.Equal([(RosterRefusalReason.NotASupervisor, Bo), (RosterRefusalReason.NotASupervisor, Carl)], form.Refusals.Select(r => (r.Reason, r.Person)));
    }

    [Fact]
    public void ReadOverride_TheOfferedSupervisor_Read()
    {
        var onlyCarl = new RosterCandidates(Team, [Carl], EveryoneOffered: false);

        var form = RosterForms.ReadOverride(new OverrideFormValues("2026-12-24", "22:00", "06:00", Key(Carl)), onlyCarl, "override-1");

        Assert.Equal(Carl, form.Value!.Person);
    }
}
