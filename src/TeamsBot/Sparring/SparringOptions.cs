namespace TeamsBot.Sparring;

/// <summary>Sparring settings (section <c>Sparring</c>).</summary>
public sealed class SparringOptions
{
    public const string SectionName = "Sparring";

    /// <summary>Where the contact was configured before it moved here; still read when <c>Sparring:Contact</c> is not set.</summary>
    public const string LegacyContactSection = "Shifts:SparringContact";

    /// <summary>Who to call for sparring where a team keeps no on-call roster.</summary>
    public SparringContact Contact { get; set; } = new();

    /// <summary>How long each escalation step waits for an accept on a request for <c>now</c>.</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long each escalation step waits on a request for later in the shift or after it.</summary>
    public TimeSpan LaterAckTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// What the counsellor reads when nobody has answered yet: a number to call and what it is for, in the organisation's
    /// words (e.g. the duty manager's phone, or 112 when a life is in danger). Unset: a built-in text that names 112.
    /// </summary>
    public string? EmergencyText { get; set; }

    /// <summary>
    /// How long after it was made a request still open or accepted is closed by the hourly lapse job (its note goes):
    /// what neither a press nor the end of a shift closes (a talk after the shift, a request made off duty, an accepted
    /// one nobody pressed Done on).
    /// </summary>
    public TimeSpan LapseAfter { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// A lapse time the ladder fits in: longer than its three waits at the longer timeout (so the counsellor is told
    /// honestly that nobody answered before the request closes), at least an hour, at most 30 days (the note is private).
    /// </summary>
    internal static bool LapseIsSane(SparringOptions o) =>
        o.LapseAfter >= TimeSpan.FromHours(1) && o.LapseAfter <= TimeSpan.FromDays(30)
        && o.LapseAfter > 3 * (o.AckTimeout > o.LaterAckTimeout ? o.AckTimeout : o.LaterAckTimeout);

    /// <summary>Timeouts a ladder can run on: more than a second (a step must be sent before the next), at most a day.</summary>
    internal static bool TimeoutsAreSane(SparringOptions o) =>
        o.AckTimeout >= TimeSpan.FromSeconds(1) && o.AckTimeout <= TimeSpan.FromDays(1)
        && o.LaterAckTimeout >= TimeSpan.FromSeconds(1) && o.LaterAckTimeout <= TimeSpan.FromDays(1);
}

/// <summary>A person counsellors can call for sparring.</summary>
public sealed class SparringContact
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    /// <summary>Their Teams sign-in name (UPN), for a one-click Teams call.</summary>
    public string? TeamsUserPrincipalName { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Name);
}
