using TeamsBot.Conversations;
using TeamsBot.Organisation;
using TeamsBot.Storage;

namespace TeamsBot.Sparring;

/// <summary>Where a sparring request is in its life. Only <see cref="Open"/> and <see cref="Accepted"/> keep the note.</summary>
public enum SparringRequestState
{
    /// <summary>Waiting for someone to accept; the ladder goes on until the last step, then it waits, never silent.</summary>
    Open,

    /// <summary>Someone took it and is calling the counsellor.</summary>
    Accepted,

    /// <summary>The talk happened: the one who took it pressed Done.</summary>
    Done,

    /// <summary>The counsellor cancelled it.</summary>
    Cancelled,

    /// <summary>Still open when the counsellor's shift ended.</summary>
    Expired,
}

/// <summary>The rungs of the ladder, in order.</summary>
public enum EscalationStepKind
{
    /// <summary>The on-call primary gets the request.</summary>
    Primary,

    /// <summary>The primary is reminded and the backup notified.</summary>
    PrimaryAndBackup,

    /// <summary>The coordinators are notified (and told who could not be reached).</summary>
    Coordinators,

    /// <summary>The counsellor is told honestly that nobody has answered yet, and the duty channel is asked.</summary>
    NobodyAnswered,
}

/// <summary>
/// Someone a step went to: by Teams id (roster people) or Entra object id (roles list only that), with a name when known.
/// </summary>
public sealed record Recipient(string? TeamsId, string? EntraId, string? Name)
{
    public static Recipient Of(Person person) => new(person.TeamsId, person.EntraId, person.Name);

    /// <summary>A coordinator, known only by the Entra object id <c>Roles:Coordinators</c> lists.</summary>
    public static Recipient ByEntraId(string entraId) => new(null, entraId, null);

    /// <summary>Where to reach them (a method, not a property, so it stays out of the stored JSON).</summary>
    public PersonAddress ToAddress() => new(TeamsId, EntraId);

    /// <summary>Whether <paramref name="person"/> is this recipient: the same Entra id (either case), or the same Teams id.</summary>
    public bool Is(Person person) => Same(Of(person));

    public bool Same(Recipient other) =>
        (EntraId is not null && string.Equals(EntraId, other.EntraId, StringComparison.OrdinalIgnoreCase))
        || (TeamsId is not null && string.Equals(TeamsId, other.TeamsId, StringComparison.Ordinal));
}

/// <summary>
/// A step taken: its number (1, 2, …; the claim compares it), its rung, when it was taken, who it went to, and who of
/// them could not be reached (reported after the sends).
/// </summary>
public sealed record EscalationStep(int Number, EscalationStepKind Kind, DateTimeOffset TakenAt, IReadOnlyList<Recipient> RoutedTo,
    IReadOnlyList<Recipient> Unreachable, DateTimeOffset? FailedAt = null);

/// <summary>Someone the request went to pressed "Can't right now".</summary>
public sealed record Decline(Recipient By, DateTimeOffset At);

/// <summary>
/// One request for sparring. The note is the counsellor's own words and is kept only while the request is open or
/// accepted: every transition to a closed state drops it. <see cref="OnCallPrimary"/> and <see cref="OnCallBackup"/>
/// are who the roster named at creation (both null: nobody was on call), so the ladder reads the same on every instance.
/// </summary>
public sealed record SparringRequest(
    string Id,
    Person Counsellor,
    SparringUrgency Urgency,
    string? Note,
    DateTimeOffset CreatedAt,
    Person? OnCallPrimary,
    Person? OnCallBackup,
    SparringRequestState State,
    IReadOnlyList<EscalationStep> Steps,
    IReadOnlyList<Decline> Declines,
    Person? AcceptedBy = null,
    DateTimeOffset? AcceptedAt = null,
    DateTimeOffset? ClosedAt = null,
    bool FollowUpNeeded = false)
{
    /// <summary>A new open request with a fresh id that cannot be guessed, routed by who is on call at <paramref name="at"/>.</summary>
    /// <param name="id">An id the caller drew already with <see cref="RandomId.New"/> (to list it before the request exists).</param>
    public static SparringRequest Create(Person counsellor, SparringUrgency urgency, string? note, DateTimeOffset at, OnCallPeriod? onCall, string? id = null) =>
        new(id ?? RandomId.New(), counsellor, urgency, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at,
            onCall?.Primary, onCall?.Backup, SparringRequestState.Open, [], []);

    public bool IsClosed => State is SparringRequestState.Done or SparringRequestState.Cancelled or SparringRequestState.Expired;

    /// <summary>How many steps have been taken: the number the next claim must follow.</summary>
    public int StepsTaken => Steps.Count;

    /// <summary>Whether the duty channel has been asked: from then on anyone on duty may accept.</summary>
    public bool AskedOnDuty => Steps.Any(s => s.Kind == EscalationStepKind.NobodyAnswered);

    /// <summary>How long it took until someone accepted; null while nobody has.</summary>
    public TimeSpan? TimeToAccept => AcceptedAt - CreatedAt;

    /// <summary>Whether any step went to <paramref name="person"/>.</summary>
    public bool WasRoutedTo(Person person) => Steps.Any(s => s.RoutedTo.Any(r => r.Is(person)));

    /// <summary>Whether any step went to <paramref name="recipient"/> (a card's viewer, known as a recipient).</summary>
    public bool WasRoutedTo(Recipient recipient) => Steps.Any(s => s.RoutedTo.Any(r => r.Same(recipient)));

    /// <summary>Everyone any step went to, once each, in the order they were first notified.</summary>
    public IReadOnlyList<Recipient> EveryoneRoutedTo()
    {
        List<Recipient> all = [];
        foreach (var recipient in Steps.SelectMany(s => s.RoutedTo).Where(r => !all.Exists(a => a.Same(r))))
        {
            all.Add(recipient);
        }

        return all;
    }
}
