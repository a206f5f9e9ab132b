using Bot.Protocol.Invoke;

namespace TeamsBot.Sparring;

/// <summary>
/// The roster cards' verbs. Every press names the team it is about (the coordinator chose it, or it was the only one);
/// the handler checks it is a team the bot knows, and the presser's role from the activity, never from the data.
/// </summary>
public static class RosterVerbs
{
    public const string Show = "roster.show";
    public const string ChooseTeam = "roster.chooseTeam";
    public const string SlotForm = "roster.slotForm";
    public const string OverrideForm = "roster.overrideForm";
    public const string AddSlot = "roster.addSlot";
    public const string AddOverride = "roster.addOverride";
    public const string RemoveSlot = "roster.removeSlot";
    public const string RemoveOverride = "roster.removeOverride";
}

/// <summary>Shows a team's roster (also the forms' way back).</summary>
public sealed record ShowRosterPress(string Team) : ICardActionPayload
{
    public static string Verb => RosterVerbs.Show;
}

/// <summary>Shows the teams to choose from, when the bot is in several.</summary>
public sealed record ChooseRosterTeamPress : ICardActionPayload
{
    public static string Verb => RosterVerbs.ChooseTeam;
}

/// <summary>Opens the weekly slot form for a team.</summary>
public sealed record OpenSlotFormPress(string Team) : ICardActionPayload
{
    public static string Verb => RosterVerbs.SlotForm;
}

/// <summary>Opens the date override form for a team.</summary>
public sealed record OpenOverrideFormPress(string Team) : ICardActionPayload
{
    public static string Verb => RosterVerbs.OverrideForm;
}

/// <summary>
/// Saves a weekly slot. The members after <see cref="Team"/> are filled in by Teams from the form's inputs of the same
/// ids (<see cref="RosterInputs"/>: <c>weekday</c>, <c>start</c>, <c>end</c>, <c>primary</c>, <c>backup</c>).
/// </summary>
public sealed record AddSlotPress(string Team, string? Weekday = null, string? Start = null, string? End = null, string? Primary = null, string? Backup = null)
    : ICardActionPayload
{
    public static string Verb => RosterVerbs.AddSlot;

    public SlotFormValues ToValues() => new(Weekday, Start, End, Primary, Backup);
}

/// <summary>Saves a date override; inputs <c>date</c>, <c>start</c>, <c>end</c>, <c>person</c>.</summary>
public sealed record AddOverridePress(string Team, string? Date = null, string? Start = null, string? End = null, string? Person = null) : ICardActionPayload
{
    public static string Verb => RosterVerbs.AddOverride;

    public OverrideFormValues ToValues() => new(Date, Start, End, Person);
}

/// <summary>Removes one weekly slot by its random id.</summary>
public sealed record RemoveSlotPress(string Team, string Id) : ICardActionPayload
{
    public static string Verb => RosterVerbs.RemoveSlot;
}

/// <summary>Removes one date override by its random id.</summary>
public sealed record RemoveOverridePress(string Team, string Id) : ICardActionPayload
{
    public static string Verb => RosterVerbs.RemoveOverride;
}
