using Bot.Protocol.Invoke;

namespace TeamsBot.Sparring;

/// <summary>The verbs of the sparring request buttons. On posted cards, so they never change.</summary>
public static class SparringVerbs
{
    public const string Accept = "sparring.accept";
    public const string Decline = "sparring.decline";
    public const string Cancel = "sparring.cancel";
    public const string Done = "sparring.done";
}

/// <summary>"I'll call now": takes the request. Checked against the request as stored: routed to the presser, or asked on duty.</summary>
public sealed record AcceptSparringPress(string RequestId) : ICardActionPayload
{
    public static string Verb => SparringVerbs.Accept;
}

/// <summary>"Can't right now": kept, and the ladder moves on at once when the step being waited on went to the presser.</summary>
public sealed record DeclineSparringPress(string RequestId) : ICardActionPayload
{
    public static string Verb => SparringVerbs.Decline;
}

/// <summary>The counsellor's Cancel: only they may press it (the presser comes from the activity, never the card).</summary>
public sealed record CancelSparringPress(string RequestId) : ICardActionPayload
{
    public static string Verb => SparringVerbs.Cancel;
}

/// <summary>Done, by the one who took it; <see cref="FollowUp"/> marks it for the coordinators' follow-up (never with the note).</summary>
public sealed record DoneSparringPress(string RequestId, bool FollowUp = false) : ICardActionPayload
{
    public static string Verb => SparringVerbs.Done;
}
