using System.Globalization;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>How roster entries, times and refusals read on cards, in the current culture.</summary>
public sealed class RosterWords(Texts texts)
{
    public Texts Texts => texts;

    /// <summary>"Mandag" / "Monday".</summary>
    public static string Weekday(DayOfWeek day) => Capitalized(CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day));

    /// <summary>A time of day as people read it here (16.00 in Danish, 16:00 in English).</summary>
    public static string Time(TimeOnly time) => time.ToString("t", CultureInfo.CurrentCulture);

    /// <summary>A local moment relative to today: the time alone today, else with its short weekday.</summary>
    public static string Moment(DateTimeOffset local, DateOnly today) =>
        DateOnly.FromDateTime(local.DateTime) == today ? Texts.Time(local) : $"{local.ToString("ddd", CultureInfo.CurrentCulture)} {Texts.Time(local)}";

    /// <summary>A stretch of local time relative to today: "20.00–23.00", "22.00–ons. 07.00".</summary>
    public static string ShortSpan(DateTimeOffset from, DateTimeOffset until, DateOnly today) =>
        $"{Moment(from, today)}–{(from.Date == until.Date ? Texts.Time(until) : Moment(until, today))}";

    /// <summary>A stretch of local time: "tir. 24.11 16.00–22.00", or with both days when it runs past midnight.</summary>
    public static string Span(DateTimeOffset from, DateTimeOffset until)
    {
        var start = $"{Day(from)} {Texts.Time(from)}";
        return from.Date == until.Date ? $"{start}–{Texts.Time(until)}" : $"{start} – {Day(until)} {Texts.Time(until)}";
    }

    public string Slot(WeeklySlot slot) =>
        WithBackup(texts.Get("Slot.Line", Weekday(slot.Day), Time(slot.Start), Time(slot.End)) + ": " + slot.Primary.Name, slot.Backup);

    public string Override(DateOverride item) =>
        $"{Span(Local(item.Date, item.Start), Local(item.EndDate, item.End))}: {item.Person.Name}";

    public string Period(OnCallPeriod period)
    {
        var who = WithBackup(period.Primary.Name, period.Backup);
        return $"{Span(period.From, period.Until)}: {(period.IsOverride ? texts.Get("Roster.Override", who) : who)}";
    }

    public string WithBackup(string primary, Person? backup) => backup is null ? primary : texts.Get("Roster.WithBackup", primary, backup.Name);

    /// <summary>Why a form or change was refused, naming the slot or override in the way.</summary>
    public string Refusal(RosterRefusal refusal) => refusal.Reason switch
    {
        RosterRefusalReason.SlotAlreadyThere or RosterRefusalReason.OverlapsSlot => texts.Get("Refusal." + refusal.Reason, Slot(refusal.ConflictingSlot!)),
        RosterRefusalReason.OverrideAlreadyThere or RosterRefusalReason.OverlapsOverride =>
            texts.Get("Refusal." + refusal.Reason, Override(refusal.ConflictingOverride!)),
        RosterRefusalReason.NotASupervisor => texts.Get("Refusal." + refusal.Reason, refusal.Person!.Name),
        _ => texts["Refusal." + refusal.Reason],
    };

    /// <summary>A team as the cards name it: its duty channel's name (Teams sends none for General).</summary>
    public string TeamName(Shifts.DutyChannel team) => team.ChannelName ?? texts[team.IsGeneral ? "Roster.General" : "Roster.DutyChannel"];

    private static DateTimeOffset Local(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), TimeSpan.Zero);

    private static string Day(DateTimeOffset local) => local.ToString("ddd d/M", CultureInfo.CurrentCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];
}
